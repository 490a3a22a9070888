/* For ranges [a, b]: the start with the longest Collatz chain (steps to reach 1), no memoisation. */
#include <stdio.h>
#include <stdint.h>

static unsigned int steps(uint64_t x) {
    unsigned int s = 0;
    while (x != 1) {
        if (x % 2 == 0)
            x /= 2;
        else
            x = 3 * x + 1;
        s++;
    }
    return s;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q-- > 0) {
        unsigned long long a, b;
        if (scanf("%llu %llu", &a, &b) != 2) return 0;
        if (a > b) {
            unsigned long long t = a;
            a = b;
            b = t;
        }
        if (a == 0) a = 1;
        if (b > 5000000000ull) b = 5000000000ull; /* keeps every trajectory below 2^64 */
        unsigned long long best = a;
        unsigned int best_steps = 0;
        for (unsigned long long x = a; x <= b; x++) {
            unsigned int s = steps(x);
            if (s > best_steps) {
                best_steps = s;
                best = x;
            }
        }
        printf("%llu %u\n", best, best_steps);
    }
    return 0;
}
