/* Sum of set bits over ranges [a, b]: a bit-counting loop gcc -O3 does not turn into popcnt. */
#include <stdio.h>

static int bits(unsigned long long x) {
    int c = 0;
    while (x) {
        c += x & 1;
        x >>= 1;
    }
    return c;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q--) {
        unsigned long long a, b, total = 0;
        if (scanf("%llu %llu", &a, &b) != 2) return 0;
        for (unsigned long long x = a; x <= b; x++) {
            total += bits(x);
            if (x == b) break; /* b may be the largest value */
        }
        printf("%llu\n", total);
    }
    return 0;
}
