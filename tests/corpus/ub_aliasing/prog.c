#include <stdio.h>

static int store(int *i, float *f, int v) {
    *f = 1.0f;
    *i = v;      /* i and f point at the same bytes: a strict-aliasing violation */
    return (int)*f;
}

int main(void) {
    int v;
    union { int i; float f; } u;
    if (scanf("%d", &v) != 1) return 0;
    printf("%d\n", store(&u.i, &u.f, v));
    return 0;
}
