/* Number of n-queens placements by plain backtracking over rows with column and diagonal flag arrays. */
#include <stdio.h>

#define MAXN 16

static int n;
static char col[MAXN], diag1[2 * MAXN], diag2[2 * MAXN];
static int place[MAXN];
static unsigned long long checksum;

static long long solve(int row) {
    if (row == n) {
        unsigned long long h = 0;
        for (int i = 0; i < n; i++) h = h * 17 + (unsigned long long)place[i];
        checksum += h;
        return 1;
    }
    long long count = 0;
    for (int c = 0; c < n; c++) {
        if (col[c] || diag1[row + c] || diag2[row - c + n - 1]) continue;
        col[c] = diag1[row + c] = diag2[row - c + n - 1] = 1;
        place[row] = c;
        count += solve(row + 1);
        col[c] = diag1[row + c] = diag2[row - c + n - 1] = 0;
    }
    return count;
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) {
        if (scanf("%d", &n) != 1 || n < 1 || n > MAXN) return 0;
        checksum = 0;
        long long total = solve(0);
        printf("%d %lld %llu\n", n, total, checksum);
    }
    return 0;
}
