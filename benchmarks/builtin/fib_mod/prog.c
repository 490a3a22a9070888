/* F(n) mod m for many queries, by walking the Fibonacci recurrence n steps (runtime modulus). */
#include <stdio.h>

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q-- > 0) {
        unsigned long long n, m;
        if (scanf("%llu %llu", &n, &m) != 2) return 0;
        if (m == 0 || m > 4000000000000000000ull) {
            printf("-1\n");
            continue;
        }
        unsigned long long a = 0, b = 1 % m;
        for (unsigned long long i = 0; i < n; i++) {
            unsigned long long c = (a + b) % m;
            a = b;
            b = c;
        }
        printf("%llu\n", a);
    }
    return 0;
}
