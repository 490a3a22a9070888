/* Sum of the decimal digit sums of every integer in [a, b], one number at a time. */
#include <stdio.h>

static unsigned int digit_sum(unsigned long long x) {
    unsigned int s = 0;
    while (x > 0) {
        s += (unsigned int)(x % 10);
        x /= 10;
    }
    return s;
}

int main(void) {
    int q;
    if (scanf("%d", &q) != 1) return 0;
    for (int t = 1; t <= q; t++) {
        unsigned long long a, b;
        if (scanf("%llu %llu", &a, &b) != 2) return 0;
        unsigned long long total = 0;
        if (a <= b) {
            unsigned long long x = a;
            for (;;) {
                total += digit_sum(x);
                if (x == b) break;
                x++;
            }
        }
        printf("Case #%d: %llu\n", t, total);
    }
    return 0;
}
