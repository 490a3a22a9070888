/* 0/1 knapsack: best total value of items with total weight <= W, one-array DP over capacities. */
#include <stdio.h>

#define MAXW 2000000

static long long dp[MAXW + 1];

int main(void) {
    int n, W;
    if (scanf("%d %d", &n, &W) != 2 || n < 0 || W < 0 || W > MAXW) return 0;
    for (int i = 0; i < n; i++) {
        int w;
        long long v;
        if (scanf("%d %lld", &w, &v) != 2) return 0;
        if (w > W) continue;
        for (int c = W; c >= w; c--) {
            long long cand = dp[c - w] + v;
            if (cand > dp[c]) dp[c] = cand;
        }
    }
    long long best = dp[W];
    int used = W;
    while (used > 0 && dp[used - 1] == best) used--;
    printf("%lld %d\n", best, used);
    return 0;
}
