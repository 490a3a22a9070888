/* Sum of gcd(i, j) over all 1 <= i, j <= n, by Euclid's algorithm on every pair. */
#include <stdio.h>

static unsigned int gcd(unsigned int a, unsigned int b) {
    while (b != 0) {
        unsigned int t = a % b;
        a = b;
        b = t;
    }
    return a;
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t-- > 0) {
        unsigned int n;
        if (scanf("%u", &n) != 1) return 0;
        if (n > 3000) n = 3000;
        unsigned long long total = 0;
        for (unsigned int i = 1; i <= n; i++)
            for (unsigned int j = 1; j <= n; j++)
                total += gcd(i, j);
        printf("%llu\n", total);
    }
    return 0;
}
