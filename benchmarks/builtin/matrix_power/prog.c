/* Powers of a small square matrix modulo a prime read at run time, by repeated squaring, for many exponents. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAXK 20

typedef struct { uint64_t a[MAXK][MAXK]; } Mat;

static int k;
static uint64_t P;

static Mat mul(const Mat *x, const Mat *y) {
    Mat r;
    for (int i = 0; i < k; i++)
        for (int j = 0; j < k; j++) {
            uint64_t s = 0;
            for (int l = 0; l < k; l++) s = (s + x->a[i][l] * y->a[l][j]) % P;
            r.a[i][j] = s;
        }
    return r;
}

int main(void) {
    int q;
    unsigned long long p;
    if (scanf("%d %llu %d", &k, &p, &q) != 3 || k < 1 || k > MAXK || p < 2 || p >= (1ULL << 31)) return 0;
    P = p;
    Mat m;
    memset(&m, 0, sizeof m);
    for (int i = 0; i < k; i++)
        for (int j = 0; j < k; j++) {
            unsigned long long v;
            if (scanf("%llu", &v) != 1) return 0;
            m.a[i][j] = v % P;
        }
    while (q--) {
        unsigned long long e;
        if (scanf("%llu", &e) != 1) return 0;
        Mat res, base = m;
        memset(&res, 0, sizeof res);
        for (int i = 0; i < k; i++) res.a[i][i] = 1 % P;
        while (e) {
            if (e & 1) res = mul(&res, &base);
            e >>= 1;
            if (e) base = mul(&base, &base);
        }
        uint64_t sum = 0, trace = 0;
        for (int i = 0; i < k; i++) {
            trace = (trace + res.a[i][i]) % P;
            for (int j = 0; j < k; j++) sum = (sum + res.a[i][j]) % P;
        }
        printf("%llu %llu\n", (unsigned long long)sum, (unsigned long long)trace);
    }
    return 0;
}
