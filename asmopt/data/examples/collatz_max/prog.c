/* collatz_max: q queries "a b" (1 <= a <= b <= 1000000); for each, print the
 * start x in [a, b] whose Collatz trajectory reaches 1 in the most steps
 * (smallest such x on ties) and that number of steps. */
#include <stdio.h>

static int steps(unsigned long long x) {
    int c = 0;
    while (x != 1) {
        if (x & 1)
            x = 3 * x + 1;
        else
            x >>= 1;
        c++;
    }
    return c;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    while (q-- > 0) {
        unsigned long long a, b;
        if (scanf("%llu %llu", &a, &b) != 2) return 0;
        unsigned long long best = a;
        int best_steps = -1;
        for (unsigned long long x = a; x <= b; ++x) {
            int s = steps(x);
            if (s > best_steps) {
                best_steps = s;
                best = x;
            }
        }
        printf("%llu %d\n", best, best_steps);
    }
    return 0;
}
