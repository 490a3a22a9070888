/* prefix_sums: n numbers a_1..a_n (|a_i| <= 10^9), then q queries "l r"
 * (1 <= l <= r <= n); for each, print a_l + ... + a_r. */
#include <stdio.h>

#define MAXN 200000

static long long pre[MAXN + 1];

int main(void) {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    if (n < 0 || n > MAXN) return 1;
    pre[0] = 0;
    for (int i = 1; i <= n; ++i) {
        long long a;
        if (scanf("%lld", &a) != 1) return 0;
        pre[i] = pre[i - 1] + a;
    }
    while (q-- > 0) {
        int l, r;
        if (scanf("%d %d", &l, &r) != 2) return 0;
        if (l < 1 || r > n || l > r) return 1;
        printf("%lld\n", pre[r] - pre[l - 1]);
    }
    return 0;
}
