/* Insertion sort of up to 20000 ints; prints a position-weighted checksum and the min/max. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 20000

static int a[MAXN];

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > MAXN) return 0;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &a[i]) != 1) return 0;

    for (int i = 1; i < n; i++) {
        int x = a[i];
        int j = i - 1;
        while (j >= 0 && a[j] > x) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = x;
    }

    uint64_t sum = 0;
    for (int i = 0; i < n; i++)
        sum += (uint64_t)i * (uint64_t)(int64_t)a[i];
    printf("%llu %d %d\n", (unsigned long long)sum, a[0], a[n - 1]);
    return 0;
}
