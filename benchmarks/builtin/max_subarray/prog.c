/* Maximum subarray sum (Kadane) for several arrays, then the maximum-sum subrectangle of a grid. */
#include <stdio.h>

#define MAXR 1000
#define MAXC 1000

static int grid[MAXR][MAXC];
static long long col[MAXC];

static long long kadane_ll(const long long *v, int n) {
    long long best = v[0], cur = 0;
    for (int i = 0; i < n; i++) {
        cur = cur > 0 ? cur + v[i] : v[i];
        if (cur > best) best = cur;
    }
    return best;
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) {
        int n;
        if (scanf("%d", &n) != 1 || n < 1) return 0;
        long long best = 0, cur = 0;
        for (int i = 0; i < n; i++) {
            long long x;
            if (scanf("%lld", &x) != 1) return 0;
            cur = (i == 0 || cur < 0) ? x : cur + x;
            if (i == 0 || cur > best) best = cur;
        }
        printf("%lld\n", best);
    }
    int r, c;
    if (scanf("%d %d", &r, &c) != 2 || r < 1 || c < 1 || r > MAXR || c > MAXC) return 0;
    for (int i = 0; i < r; i++)
        for (int j = 0; j < c; j++)
            if (scanf("%d", &grid[i][j]) != 1) return 0;
    long long best = grid[0][0];
    for (int top = 0; top < r; top++) {
        for (int j = 0; j < c; j++) col[j] = 0;
        for (int bot = top; bot < r; bot++) {
            for (int j = 0; j < c; j++) col[j] += grid[bot][j];
            long long k = kadane_ll(col, c);
            if (k > best) best = k;
        }
    }
    printf("%lld\n", best);
    return 0;
}
