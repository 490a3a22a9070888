/* The honest solution (the same work as the task's prog.c), shared by the cases
 * that attack something and then answer correctly, and a way to flag an escape:
 * a case prints "LEAK ..." (a wrong answer, so WA) when its attack worked. */
#include <stdio.h>
#include <stdlib.h>

static int honest(void) {
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

static void leak(const char *what, const char *detail) {
    printf("LEAK %s %s\n", what, detail ? detail : "");
    exit(0);
}
