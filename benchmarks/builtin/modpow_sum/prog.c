/* For each modulus m: (sum of a_i^e_i) mod m, binary exponentiation with a runtime modulus. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 20000

static uint64_t base[MAXN], expo[MAXN];

static uint64_t power_mod(uint64_t a, uint64_t e, uint64_t m) {
    uint64_t r = 1 % m;
    a %= m;
    while (e) {
        if (e & 1) r = r * a % m;
        a = a * a % m;
        e >>= 1;
    }
    return r;
}

int main(void) {
    int n, q;
    if (scanf("%d", &n) != 1 || n < 0 || n > MAXN) return 0;
    for (int i = 0; i < n; i++)
        if (scanf("%llu %llu", (unsigned long long *)&base[i], (unsigned long long *)&expo[i]) != 2) return 0;
    if (scanf("%d", &q) != 1) return 0;
    while (q-- > 0) {
        unsigned long long m;
        if (scanf("%llu", &m) != 1) return 0;
        if (m == 0 || m > 0xFFFFFFFFull) {
            printf("invalid\n");
            continue;
        }
        uint64_t sum = 0;
        for (int i = 0; i < n; i++) {
            sum += power_mod(base[i], expo[i], m);
            if (sum >= m) sum -= m;
        }
        printf("%llu\n", (unsigned long long)sum);
    }
    return 0;
}
