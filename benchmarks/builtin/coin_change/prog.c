/* Number of ways to pay amounts with unlimited coins of given denominations, modulo 1e9+7. */
#include <stdio.h>

#define MOD 1000000007u
#define MAXA 3000000
#define MAXQ 100000

static unsigned ways[MAXA + 1];
static int coin[1000], amount[MAXQ];

int main(void) {
    int k, q;
    if (scanf("%d %d", &k, &q) != 2 || k < 0 || k > 1000 || q < 0 || q > MAXQ) return 0;
    for (int i = 0; i < k; i++)
        if (scanf("%d", &coin[i]) != 1 || coin[i] < 1) return 0;
    int top = 0;
    for (int i = 0; i < q; i++) {
        if (scanf("%d", &amount[i]) != 1 || amount[i] < 0 || amount[i] > MAXA) return 0;
        if (amount[i] > top) top = amount[i];
    }
    ways[0] = 1;
    for (int i = 0; i < k; i++) {
        int c = coin[i];
        for (int a = c; a <= top; a++)
            ways[a] = (ways[a] + ways[a - c]) % MOD;
    }
    for (int i = 0; i < q; i++) printf("%u\n", ways[amount[i]]);
    return 0;
}
