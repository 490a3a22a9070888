/* Floyd-Warshall all-pairs shortest paths on several directed graphs; prints checksums of the distance matrix. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 500
#define INF 0x3f3f3f3f

static int d[MAXN][MAXN];

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) {
        int n, m;
        if (scanf("%d %d", &n, &m) != 2 || n < 1 || n > MAXN) return 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) d[i][j] = i == j ? 0 : INF;
        for (int e = 0; e < m; e++) {
            int u, v, w;
            if (scanf("%d %d %d", &u, &v, &w) != 3) return 0;
            if (w < d[u - 1][v - 1]) d[u - 1][v - 1] = w;
        }
        for (int k = 0; k < n; k++)
            for (int i = 0; i < n; i++) {
                int dik = d[i][k];
                if (dik == INF) continue;
                for (int j = 0; j < n; j++) {
                    int cand = dik + d[k][j], cur = d[i][j];
                    d[i][j] = cand < cur ? cand : cur;
                }
            }
        uint64_t sum = 0, weighted = 0;
        long reachable = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++) {
                if (d[i][j] >= INF) continue;
                reachable++;
                sum += (uint64_t)d[i][j];
                weighted += (uint64_t)d[i][j] * (uint64_t)(i * n + j + 1);
            }
        printf("%ld %llu %llu\n", reachable, (unsigned long long)sum, (unsigned long long)weighted);
    }
    return 0;
}
