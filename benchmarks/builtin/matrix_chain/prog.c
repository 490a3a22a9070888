/* Matrix chain multiplication: minimal scalar multiplications for several chains, O(n^3) interval DP. */
#include <stdio.h>

#define MAXN 400

static unsigned long long cost[MAXN][MAXN];
static unsigned long long p[MAXN + 1];

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) {
        int n;
        if (scanf("%d", &n) != 1 || n < 1 || n > MAXN) return 0;
        for (int i = 0; i <= n; i++)
            if (scanf("%llu", &p[i]) != 1) return 0;
        for (int i = 0; i < n; i++) cost[i][i] = 0;
        for (int len = 2; len <= n; len++) {
            for (int i = 0; i + len - 1 < n; i++) {
                int j = i + len - 1;
                unsigned long long best = ~0ULL;
                for (int k = i; k < j; k++) {
                    unsigned long long c = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1];
                    if (c < best) best = c;
                }
                cost[i][j] = best;
            }
        }
        printf("%llu\n", cost[0][n - 1]);
    }
    return 0;
}
