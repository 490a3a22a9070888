/* Lexicographically smallest topological order (Kahn's algorithm with a min-heap); reports a cycle if none exists. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 500005
#define MAXM 2000005

static int head[MAXN], nxt[MAXM], to[MAXM], indeg[MAXN];
static int heap[MAXN], hs;
static int order[MAXN];
static int ecount;

static void add_edge(int a, int b) {
    to[ecount] = b;
    nxt[ecount] = head[a];
    head[a] = ecount++;
    indeg[b]++;
}

static void heap_push(int x) {
    int i = hs++;
    while (i > 0 && heap[(i - 1) >> 1] > x) {
        heap[i] = heap[(i - 1) >> 1];
        i = (i - 1) >> 1;
    }
    heap[i] = x;
}

static int heap_pop(void) {
    int top = heap[0], x = heap[--hs], i = 0;
    while (2 * i + 1 < hs) {
        int c = 2 * i + 1;
        if (c + 1 < hs && heap[c + 1] < heap[c]) c++;
        if (heap[c] >= x) break;
        heap[i] = heap[c];
        i = c;
    }
    heap[i] = x;
    return top;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2 || n < 1 || n >= MAXN || m < 0 || m >= MAXM) return 0;
    for (int i = 1; i <= n; i++) head[i] = -1;
    for (int i = 0; i < m; i++) {
        int a, b;
        if (scanf("%d %d", &a, &b) != 2) return 0;
        add_edge(a, b);
    }
    int g;
    unsigned long long seed;
    if (scanf("%d %llu", &g, &seed) != 2 || g < 0 || g >= MAXM - m) return 0;
    uint64_t x = seed ? seed : 88172645463325252ULL; /* xorshift64 must not start at 0 */
    for (int i = 0; i < g; i++) { /* generated edges point from the larger label to the smaller */
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        int a = (int)(x % (uint64_t)n) + 1;
        x ^= x << 13; x ^= x >> 7; x ^= x << 17;
        int b = (int)(x % (uint64_t)n) + 1;
        if (a == b) continue;
        if (a < b) add_edge(b, a); else add_edge(a, b);
    }
    for (int i = 1; i <= n; i++)
        if (indeg[i] == 0) heap_push(i);
    int cnt = 0;
    while (hs > 0) {
        int u = heap_pop();
        order[cnt++] = u;
        for (int e = head[u]; e != -1; e = nxt[e])
            if (--indeg[to[e]] == 0) heap_push(to[e]);
    }
    if (cnt < n) {
        printf("CYCLE %d\n", n - cnt);
        return 0;
    }
    uint64_t h = 0;
    for (int i = 0; i < n; i++) h = h * 1000003u + (uint64_t)order[i];
    printf("%llu", (unsigned long long)h);
    for (int i = 0; i < n && i < 10; i++) printf(" %d", order[i]);
    printf("\n");
    return 0;
}
