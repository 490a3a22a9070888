/* popcount_sum: q queries "l r" (0 <= l <= r < 2^63); for each, print the
 * total number of set bits over all integers x with l <= x <= r. */
#include <stdio.h>

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q-- > 0) {
        unsigned long long l, r;
        if (scanf("%llu %llu", &l, &r) != 2) return 0;
        unsigned long long s = 0;
        for (unsigned long long x = l; x <= r; ++x)
            s += (unsigned long long)__builtin_popcountll(x);
        printf("%llu\n", s);
    }
    return 0;
}
