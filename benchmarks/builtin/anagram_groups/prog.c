/* Anagram classes among words: sort each word's letters, qsort the keys, count runs of equal keys. */
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>

#define MAXN 1000000
#define MAXLEN 32

static char words[MAXN][MAXLEN + 1];
static char *key[MAXN];

static int cmp(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void sort_letters(char *w) {
    int len = (int)strlen(w);
    for (int a = 1; a < len; a++) {           /* insertion sort */
        char c = w[a];
        int b = a - 1;
        while (b >= 0 && w[b] > c) {
            w[b + 1] = w[b];
            b--;
        }
        w[b + 1] = c;
    }
}

int main(void) {
    int m, total = 0;
    unsigned n, L, A;
    unsigned long long x;
    if (scanf("%d", &m) != 1 || m < 0 || m > MAXN) return 0;
    for (int i = 0; i < m; i++) {
        if (scanf("%32s", words[total]) != 1) return 0;
        total++;
    }
    if (scanf("%u %u %u %llu", &n, &L, &A, &x) != 4 || n > (unsigned)(MAXN - total)) return 0;
    for (unsigned i = 0; i < n; i++) {
        char *w = words[total++];
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        unsigned len = 1 + (unsigned)(((x >> 32) * L) >> 32);
        for (unsigned j = 0; j < len; j++) {
            x = x * 6364136223846793005ULL + 1442695040888963407ULL;
            w[j] = (char)('a' + (((x >> 32) * A) >> 32));
        }
        w[len] = '\0';
    }
    for (int i = 0; i < total; i++) {
        sort_letters(words[i]);
        key[i] = words[i];
    }
    qsort(key, total, sizeof key[0], cmp);
    int classes = 0, best = 0;
    for (int i = 0; i < total;) {
        int j = i + 1;
        while (j < total && strcmp(key[i], key[j]) == 0) j++;
        classes++;
        if (j - i > best) best = j - i;
        i = j;
    }
    printf("%d %d\n", classes, best);
    return 0;
}
