/* Dijkstra with a hand-written binary heap (lazy deletion), run from several sources on one directed graph. */
#include <stdio.h>

#define MAXN 100005
#define MAXM 200005

static int head[MAXN], nxt[MAXM], to[MAXM], wt[MAXM];
static long long dist[MAXN];
static long long hkey[MAXM + MAXN];
static int hval[MAXM + MAXN];
static int hsize;

static void push(long long k, int v) {
    int i = hsize++;
    while (i > 0) {
        int p = (i - 1) / 2;
        if (hkey[p] <= k) break;
        hkey[i] = hkey[p];
        hval[i] = hval[p];
        i = p;
    }
    hkey[i] = k;
    hval[i] = v;
}

static void pop(void) {
    long long k = hkey[--hsize];
    int v = hval[hsize], i = 0;
    for (;;) {
        int c = 2 * i + 1;
        if (c >= hsize) break;
        if (c + 1 < hsize && hkey[c + 1] < hkey[c]) c++;
        if (hkey[c] >= k) break;
        hkey[i] = hkey[c];
        hval[i] = hval[c];
        i = c;
    }
    hkey[i] = k;
    hval[i] = v;
}

int main(void) {
    int n, m, q;
    if (scanf("%d %d %d", &n, &m, &q) != 3 || n < 1 || n >= MAXN || m < 0 || m >= MAXM) return 0;
    for (int i = 1; i <= n; i++) head[i] = -1;
    for (int e = 0; e < m; e++) {
        int u, v, w;
        if (scanf("%d %d %d", &u, &v, &w) != 3) return 0;
        to[e] = v;
        wt[e] = w;
        nxt[e] = head[u];
        head[u] = e;
    }
    while (q--) {
        int s;
        if (scanf("%d", &s) != 1) return 0;
        for (int i = 1; i <= n; i++) dist[i] = -1;
        hsize = 0;
        dist[s] = 0;
        push(0, s);
        while (hsize > 0) {
            long long d = hkey[0];
            int u = hval[0];
            pop();
            if (d != dist[u]) continue;
            for (int e = head[u]; e != -1; e = nxt[e]) {
                int v = to[e];
                long long nd = d + wt[e];
                if (dist[v] < 0 || nd < dist[v]) {
                    dist[v] = nd;
                    push(nd, v);
                }
            }
        }
        long long sum = 0;
        int reached = 0;
        for (int i = 1; i <= n; i++) {
            sum += dist[i];
            reached += dist[i] >= 0;
        }
        printf("%lld %d\n", sum, reached);
    }
    return 0;
}
