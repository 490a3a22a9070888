/* Length of the longest strictly increasing subsequence of LCG-generated sequences, O(n log n). */
#include <stdio.h>

#define MAXN 5000000

static unsigned long long tails[MAXN];

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) {
        long long n;
        unsigned long long a, c, m, x;
        if (scanf("%lld %llu %llu %llu %llu", &n, &a, &c, &m, &x) != 5) return 0;
        if (n < 0 || n > MAXN || m == 0) return 0;
        int len = 0;
        for (long long i = 0; i < n; i++) {
            unsigned long long v = x;
            x = (a * x + c) % m;
            if (len == 0 || tails[len - 1] < v) {
                tails[len++] = v;
                continue;
            }
            int lo = 0, hi = len - 1;          /* first tail >= v */
            while (lo < hi) {
                int mid = (lo + hi) / 2;
                if (tails[mid] < v)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            tails[lo] = v;
        }
        printf("%d\n", len);
    }
    return 0;
}
