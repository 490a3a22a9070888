/* Rounds of a ciphertext-autokey Vigenere shift over a text; prints a checksum and the first 64 characters. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAXT (1 << 20)

static char text[MAXT + 1], key[1024];
static unsigned char ks[MAXT];

int main(void) {
    int R;
    if (scanf("%d %1023s", &R, key) != 2) return 0;
    int m = (int)strlen(key), c;
    while ((c = getchar()) != EOF && c != '\n') {}
    size_t n = fread(text, 1, MAXT, stdin);
    for (int r = 0; r < R; r++) {
        size_t j = 0;
        for (size_t i = 0; i < n; i++) {
            int ch = (unsigned char)text[i], base;
            if (ch >= 'a' && ch <= 'z') base = 'a';
            else if (ch >= 'A' && ch <= 'Z') base = 'A';
            else continue;
            int sh = j < (size_t)m ? key[(j + r) % m] - 'a' : ks[j - m];
            int v = (ch - base + sh) % 26;
            ks[j++] = (unsigned char)v;
            text[i] = (char)(base + v);
        }
    }
    uint64_t h = 0;
    for (size_t i = 0; i < n; i++) h = h * 131 + (unsigned char)text[i];
    printf("%llu\n%.*s\n", (unsigned long long)h, (int)(n < 64 ? n : 64), text);
    return 0;
}
