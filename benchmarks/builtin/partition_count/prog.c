/* Number of integer partitions p(n) modulo 1e9+7 for several n, by the O(n^2) "largest part" DP. */
#include <stdio.h>

#define MOD 1000000007u
#define MAXN 30000
#define MAXQ 10000

static unsigned p[MAXN + 1];
static int query[MAXQ];

int main(void) {
    int q, top = 0;
    if (scanf("%d", &q) != 1 || q < 0 || q > MAXQ) return 0;
    for (int i = 0; i < q; i++) {
        if (scanf("%d", &query[i]) != 1 || query[i] < 0 || query[i] > MAXN) return 0;
        if (query[i] > top) top = query[i];
    }
    p[0] = 1;
    for (int part = 1; part <= top; part++) {
        for (int s = part; s <= top; s++) {
            unsigned v = p[s] + p[s - part];
            if (v >= MOD) v -= MOD;
            p[s] = v;
        }
    }
    for (int i = 0; i < q; i++) printf("%u\n", p[query[i]]);
    return 0;
}
