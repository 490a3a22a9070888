/* Disjoint-set union with path compression and union by size over listed and generated union / same-set operations. */
#include <stdio.h>
#include <stdint.h>

#define MAXN 2000000

static int parent[MAXN], sz[MAXN];
static int sets, biggest;
static long long yes;
static uint64_t h;

static int find(int x) {
    int r = x;
    while (parent[r] != r) r = parent[r];
    while (parent[x] != r) {
        int next = parent[x];
        parent[x] = r;
        x = next;
    }
    return r;
}

static void apply(int op, int a, int b) {
    int ra = find(a), rb = find(b);
    if (op == 0) {
        int same = ra == rb;
        yes += same;
        h = h * 31 + (uint64_t)same + 1;
        return;
    }
    if (ra == rb) return;
    if (sz[ra] < sz[rb]) { int t = ra; ra = rb; rb = t; }
    parent[rb] = ra;
    sz[ra] += sz[rb];
    if (sz[ra] > biggest) biggest = sz[ra];
    sets--;
}

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2 || n < 1 || n > MAXN) return 0;
    for (int i = 0; i < n; i++) { parent[i] = i; sz[i] = 1; }
    sets = n;
    biggest = 1;
    for (int i = 0; i < q; i++) {
        char op[4];
        int a, b;
        if (scanf("%3s %d %d", op, &a, &b) != 3 || a < 1 || a > n || b < 1 || b > n) return 0;
        apply(op[0] == 'U', a - 1, b - 1);
    }
    long long r;
    unsigned long long s;
    int percent;
    if (scanf("%lld %llu %d", &r, &s, &percent) != 3) return 0;
    for (long long i = 0; i < r; i++) { /* generated: PCG-style LCG, high bits */
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        int op = (int)((s >> 40) % 100) < percent;
        int a = (int)((s >> 20) % (unsigned)n);
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        int b = (int)((s >> 30) % (unsigned)n);
        apply(op, a, b);
    }
    printf("%lld %d %d %llu\n", yes, sets, biggest, (unsigned long long)h);
    return 0;
}
