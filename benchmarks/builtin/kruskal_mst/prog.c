/* Kruskal's MST of the complete graph on points with Manhattan edge weights: qsort all edges, then union-find. */
#include <stdio.h>
#include <stdlib.h>

#define MAXN 1200

typedef struct { int w, u, v; } Edge;

static int px[MAXN], py[MAXN], par[MAXN], rnk[MAXN];
static Edge edges[MAXN * (MAXN - 1) / 2];

static int cmp_edge(const void *a, const void *b) {
    const Edge *x = a, *y = b;
    if (x->w != y->w) return x->w < y->w ? -1 : 1;
    if (x->u != y->u) return x->u < y->u ? -1 : 1;
    return (x->v > y->v) - (x->v < y->v);
}

static int root(int x) {
    while (par[x] != x) {
        par[x] = par[par[x]];
        x = par[x];
    }
    return x;
}

int main(void) {
    int n;
    if (scanf("%d", &n) != 1 || n < 1 || n > MAXN) return 0;
    for (int i = 0; i < n; i++)
        if (scanf("%d %d", &px[i], &py[i]) != 2) return 0;
    int m = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++) {
            edges[m].w = abs(px[i] - px[j]) + abs(py[i] - py[j]);
            edges[m].u = i;
            edges[m].v = j;
            m++;
        }
    qsort(edges, (size_t)m, sizeof(Edge), cmp_edge);
    for (int i = 0; i < n; i++) { par[i] = i; rnk[i] = 0; }
    long long total = 0;
    int used = 0, longest = 0;
    for (int e = 0; e < m && used < n - 1; e++) {
        int a = root(edges[e].u), b = root(edges[e].v);
        if (a == b) continue;
        if (rnk[a] < rnk[b]) { int t = a; a = b; b = t; }
        par[b] = a;
        if (rnk[a] == rnk[b]) rnk[a]++;
        total += edges[e].w;
        longest = edges[e].w;
        used++;
    }
    printf("%lld %d\n", total, longest);
    return 0;
}
