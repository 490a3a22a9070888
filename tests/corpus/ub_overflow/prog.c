#include <limits.h>
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    int big = INT_MAX - 5 + n; /* n > 5 overflows: undefined */
    /* gcc -O3 folds this comparison to 1; -O0 computes the wrapped value. */
    printf("%d\n", big + 10 > big);
    return 0;
}
