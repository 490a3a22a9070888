/* Distinct words and the most frequent word, counted with a hand-written open-addressing hash table. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define TBITS 22
#define TSIZE (1u << TBITS)
#define MAXW 64

static uint32_t key_off[TSIZE], cnt[TSIZE];
static uint8_t key_len[TSIZE];
static char pool[40u << 20];
static uint32_t pool_used, distinct;

static void add(const char *w, int len) {
    uint64_t h = 14695981039346656037ULL;
    for (int i = 0; i < len; i++) h = (h ^ (unsigned char)w[i]) * 1099511628211ULL;
    uint32_t slot = (uint32_t)(h >> (64 - TBITS));
    while (cnt[slot]) {
        if (key_len[slot] == len && memcmp(pool + key_off[slot], w, len) == 0) {
            cnt[slot]++;
            return;
        }
        slot = (slot + 1) & (TSIZE - 1);
    }
    key_off[slot] = pool_used;
    key_len[slot] = (uint8_t)len;
    cnt[slot] = 1;
    memcpy(pool + pool_used, w, len);
    pool_used += len;
    distinct++;
}

static uint32_t rnd(uint64_t *x, uint32_t bound) {
    *x = *x * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(((*x >> 32) * bound) >> 32);
}

int main(void) {
    unsigned n, L, A;
    unsigned long long seed;
    if (scanf("%u %u %u %llu", &n, &L, &A, &seed) != 4) return 0;
    char w[MAXW];
    int len = 0, c;
    while ((c = getchar()) != EOF) {          /* explicit text first */
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        if (c >= 'a' && c <= 'z') {
            if (len < MAXW) w[len++] = (char)c;
        } else if (len) {
            add(w, len);
            len = 0;
        }
    }
    if (len) add(w, len);
    uint64_t x = seed;
    for (unsigned i = 0; i < n; i++) {        /* then n generated words */
        len = 1 + (int)rnd(&x, L);
        for (int j = 0; j < len; j++) w[j] = (char)('a' + rnd(&x, A));
        add(w, len);
    }
    if (!distinct) {
        printf("0\n");
        return 0;
    }
    uint32_t best = TSIZE;
    for (uint32_t s = 0; s < TSIZE; s++) {
        if (!cnt[s]) continue;
        if (best == TSIZE || cnt[s] > cnt[best]) {
            best = s;
        } else if (cnt[s] == cnt[best]) {
            int m = key_len[s] < key_len[best] ? key_len[s] : key_len[best];
            int d = memcmp(pool + key_off[s], pool + key_off[best], m);
            if (d < 0 || (d == 0 && key_len[s] < key_len[best])) best = s;
        }
    }
    printf("%u\n%.*s %u\n", distinct, (int)key_len[best], pool + key_off[best], cnt[best]);
    return 0;
}
