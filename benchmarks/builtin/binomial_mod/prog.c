/* C(n, k) mod 1e9+7 for many queries, from factorial and inverse-factorial tables. */
#include <stdio.h>
#include <stdint.h>

#define MOD 1000000007u
#define MAXN 10000000
#define MAXQ 200000

static uint32_t fact[MAXN + 1], inv_fact[MAXN + 1];
static uint32_t qn[MAXQ], qk[MAXQ];

static uint64_t power(uint64_t a, uint64_t e) {
    uint64_t r = 1;
    a %= MOD;
    while (e) {
        if (e & 1) r = r * a % MOD;
        a = a * a % MOD;
        e >>= 1;
    }
    return r;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1 || q < 0 || q > MAXQ) return 0;
    uint32_t top = 0;
    for (int i = 0; i < q; i++) {
        if (scanf("%u %u", &qn[i], &qk[i]) != 2) return 0;
        if (qn[i] > MAXN) qn[i] = MAXN;
        if (qn[i] > top) top = qn[i];
    }
    fact[0] = 1;
    for (uint32_t i = 1; i <= top; i++) fact[i] = (uint64_t)fact[i - 1] * i % MOD;
    inv_fact[top] = (uint32_t)power(fact[top], MOD - 2);
    for (uint32_t i = top; i > 0; i--) inv_fact[i - 1] = (uint64_t)inv_fact[i] * i % MOD;
    uint64_t checksum = 0;
    for (int i = 0; i < q; i++) {
        uint32_t n = qn[i], k = qk[i];
        uint64_t c = 0;
        if (k <= n) c = (uint64_t)fact[n] * inv_fact[k] % MOD * inv_fact[n - k] % MOD;
        checksum = (checksum * 131 + c) % MOD;
        printf("%llu\n", (unsigned long long)c);
    }
    printf("%llu\n", (unsigned long long)checksum);
    return 0;
}
