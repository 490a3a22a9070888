/* Threads to cut wall time: read with scanf as the baseline does, then sum and
 * take the max in two threads. Correct (AC), but it does at least the
 * baseline's work plus thread start-up, so its instruction count is no gain. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static long long *xs;
struct part { int lo, hi; long long sum, max; };

static void *work(void *arg) {
    struct part *p = arg;
    p->sum = 0;
    p->max = xs[p->lo];
    for (int i = p->lo; i < p->hi; i++) {
        p->sum += xs[i];
        if (xs[i] > p->max) p->max = xs[i];
    }
    return NULL;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1) return 1;
    xs = malloc(sizeof *xs * n);
    for (int i = 0; i < n; i++)
        if (scanf("%lld", &xs[i]) != 1) return 1;
    struct part a = {0, n / 2 > 0 ? n / 2 : 0, 0, 0}, b = {n / 2, n, 0, 0};
    pthread_t t;
    int threaded = a.hi > a.lo;
    if (threaded) pthread_create(&t, NULL, work, &a);
    work(&b);
    if (threaded) pthread_join(t, NULL);
    long long sum = b.sum + (threaded ? a.sum : 0), max = b.max;
    if (threaded && a.max > max) max = a.max;
    printf("%lld %lld\n", sum, max);
    return 0;
}
