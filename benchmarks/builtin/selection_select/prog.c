/* k-th smallest queries answered by quickselect on a fresh copy of the array for every query. */
#include <stdio.h>
#include <string.h>

#define MAXN 200000

static int a[MAXN], work[MAXN];

static int select_kth(int *v, int n, int k) {   /* k is 0-based */
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        int x = v[lo], y = v[mid], z = v[hi];
        int pivot = x < y ? (y < z ? y : (x < z ? z : x)) : (x < z ? x : (y < z ? z : y));
        int i = lo, j = hi;
        while (i <= j) {
            while (v[i] < pivot) i++;
            while (v[j] > pivot) j--;
            if (i <= j) {
                int t = v[i];
                v[i] = v[j];
                v[j] = t;
                i++;
                j--;
            }
        }
        if (k <= j)
            hi = j;
        else if (k >= i)
            lo = i;
        else
            return v[k];
    }
    return v[k];
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2 || n < 1 || n > MAXN) return 0;
    for (int i = 0; i < n; i++)
        if (scanf("%d", &a[i]) != 1) return 0;
    long long total = 0;
    for (int t = 0; t < q; t++) {
        int k;
        if (scanf("%d", &k) != 1 || k < 1 || k > n) return 0;
        memcpy(work, a, (size_t)n * sizeof(int));
        int ans = select_kth(work, n, k - 1);
        total += ans;
        printf("%d\n", ans);
    }
    printf("%lld\n", total);
    return 0;
}
