/* sum and max: read n, then n integers (|x| < 2^40); print their sum and their maximum. */
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    long long sum = 0, max = 0;
    for (int i = 0; i < n; i++) {
        long long x;
        if (scanf("%lld", &x) != 1) return 1;
        sum += x;
        if (i == 0 || x > max) max = x;
    }
    printf("%lld %lld\n", sum, max);
    return 0;
}
