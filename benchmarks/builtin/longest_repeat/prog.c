/* Longest substring occurring at least twice: binary search on its length, rolling hashes in an open-addressing set. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAXN 300005
#define TB 20
#define TS (1 << TB)

static char s[MAXN];
static uint64_t tkey[TS];
static int tpos[TS], stamp[TS];
static int n, iter;

/* is there a length-L substring seen twice? On success *a < *b are the first such pair found */
static int check(int L, int *a, int *b) {
    const uint64_t B = 911382323ULL;
    uint64_t h = 0, pw = 1;
    iter++;
    for (int i = 0; i < L; i++) {
        h = h * B + (unsigned char)s[i];
        pw *= B;
    }
    for (int i = 0; i + L <= n; i++) {
        if (i > 0) h = h * B + (unsigned char)s[i + L - 1] - pw * (unsigned char)s[i - 1];
        uint32_t slot = (uint32_t)((h * 0x9E3779B97F4A7C15ULL) >> (64 - TB));
        while (stamp[slot] == iter) {
            if (tkey[slot] == h && memcmp(s + tpos[slot], s + i, L) == 0) {
                *a = tpos[slot];
                *b = i;
                return 1;
            }
            slot = (slot + 1) & (TS - 1);
        }
        stamp[slot] = iter;
        tkey[slot] = h;
        tpos[slot] = i;
    }
    return 0;
}

int main(void) {
    if (scanf("%300000s", s) != 1) return 0;
    n = (int)strlen(s);
    int lo = 0, hi = n - 1, a = -1, b = -1;   /* length lo always repeats (lo = 0 trivially) */
    while (lo < hi) {
        int mid = lo + (hi - lo + 1) / 2;
        if (check(mid, &a, &b)) lo = mid;
        else hi = mid - 1;
    }
    if (lo == 0) {
        printf("0\n");
        return 0;
    }
    check(lo, &a, &b);
    printf("%d %d %d\n%.*s\n", lo, a, b, lo < 60 ? lo : 60, s + a);
    return 0;
}
