/* Determinant of an integer matrix modulo 998244353 by Gaussian elimination with modular inverses. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 500
#define MOD 998244353u

static uint32_t a[MAXN][MAXN];

static uint64_t power(uint64_t b, uint64_t e) {
    uint64_t r = 1;
    b %= MOD;
    while (e) {
        if (e & 1) r = r * b % MOD;
        b = b * b % MOD;
        e >>= 1;
    }
    return r;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > MAXN) return 0;
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++) {
            long long v;
            if (scanf("%lld", &v) != 1) return 0;
            v %= (long long)MOD;
            if (v < 0) v += MOD;
            a[i][j] = (uint32_t)v;
        }
    uint64_t det = 1;
    for (int c = 0; c < n; c++) {
        int piv = c;
        while (piv < n && a[piv][c] == 0) piv++;
        if (piv == n) {
            det = 0;
            break;
        }
        if (piv != c) {
            for (int j = 0; j < n; j++) {
                uint32_t t = a[c][j];
                a[c][j] = a[piv][j];
                a[piv][j] = t;
            }
            det = (MOD - det) % MOD;
        }
        det = det * a[c][c] % MOD;
        uint64_t inv = power(a[c][c], MOD - 2);
        for (int r = c + 1; r < n; r++) {
            if (a[r][c] == 0) continue;
            uint64_t f = a[r][c] * inv % MOD;
            for (int j = c; j < n; j++)
                a[r][j] = (uint32_t)((a[r][j] + MOD - f * a[c][j] % MOD) % MOD);
        }
    }
    printf("%llu\n", (unsigned long long)det);
    return 0;
}
