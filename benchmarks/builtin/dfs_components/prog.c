/* Connected components of an undirected graph: CSR adjacency, iterative DFS with an explicit stack. */
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>

#define MAXN 2000000
#define MAXM 3000000

static int eu[MAXM], ev[MAXM];
static int start[MAXN + 1], adj[2 * MAXM], pos[MAXN];
static int stk[MAXN];
static char seen[MAXN];

int main(void) {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2 || n < 1 || n > MAXN || k < 0 || k > MAXM) return 0;
    int m = 0;
    for (int i = 0; i < k; i++) {
        int u, v;
        if (scanf("%d %d", &u, &v) != 2 || u < 1 || u > n || v < 1 || v > n) return 0;
        eu[m] = u - 1;
        ev[m++] = v - 1;
    }
    long long g;
    unsigned long long s;
    if (scanf("%lld %llu", &g, &s) != 2 || g < 0 || g > MAXM - m) return 0;
    for (long long i = 0; i < g; i++) { /* generated edges: 64-bit LCG, high bits */
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        eu[m] = (int)((s >> 33) % (unsigned)n);
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        ev[m++] = (int)((s >> 33) % (unsigned)n);
    }
    for (int i = 0; i < m; i++) {
        start[eu[i] + 1]++;
        start[ev[i] + 1]++;
    }
    for (int i = 0; i < n; i++) start[i + 1] += start[i];
    for (int i = 0; i < n; i++) pos[i] = start[i];
    for (int i = 0; i < m; i++) {
        adj[pos[eu[i]]++] = ev[i];
        adj[pos[ev[i]]++] = eu[i];
    }
    int comps = 0, largest = 0, isolated = 0;
    for (int r = 0; r < n; r++) {
        if (seen[r]) continue;
        comps++;
        int top = 0, size = 0;
        stk[top++] = r;
        seen[r] = 1;
        while (top > 0) {
            int x = stk[--top];
            size++;
            for (int e = start[x]; e < start[x + 1]; e++) {
                int y = adj[e];
                if (!seen[y]) {
                    seen[y] = 1;
                    stk[top++] = y;
                }
            }
        }
        if (size > largest) largest = size;
        if (size == 1) isolated++;
    }
    printf("%d %d %d\n", comps, largest, isolated);
    return 0;
}
