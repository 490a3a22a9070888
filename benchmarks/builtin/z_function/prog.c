/* Sum of the Z-array of strings built by repeating a block. */
#include <stdio.h>
#include <string.h>

#define MAXN (1 << 23)

static char block[1 << 20], s[MAXN];
static int z[MAXN];

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) {
        int r;
        if (scanf("%d %1048575s", &r, block) != 2) return 0;
        int b = (int)strlen(block), n = 0;
        for (int k = 0; k < r; k++) {
            memcpy(s + n, block, b);
            n += b;
        }
        unsigned long long sum = (unsigned long long)n;
        z[0] = n;
        int l = 0, rr = 0;
        for (int i = 1; i < n; i++) {
            int v = 0;
            if (i < rr) {
                v = rr - i;
                if (z[i - l] < v) v = z[i - l];
            }
            while (i + v < n && s[v] == s[i + v]) v++;
            if (i + v > rr) {
                l = i;
                rr = i + v;
            }
            z[i] = v;
            sum += (unsigned long long)v;
        }
        printf("%d %llu\n", n, sum);
    }
    return 0;
}
