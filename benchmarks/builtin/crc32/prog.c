/* Bitwise (table-free) CRC-32 of every input line repeated K times; prints the xor of all CRCs. */
#include <stdio.h>
#include <stdint.h>

#define MAXB (1 << 20)

static unsigned char buf[MAXB];

static uint32_t crc_update(uint32_t crc, const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n; i++) {
        crc ^= s[i];
        for (int b = 0; b < 8; b++)
            crc = (crc & 1) ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
    }
    return crc;
}

int main(void) {
    int K;
    if (scanf("%d", &K) != 1) return 0;
    int c;
    while ((c = getchar()) != EOF && c != '\n') {}
    size_t n = fread(buf, 1, MAXB, stdin), p = 0;
    uint32_t all = 0;
    int lines = 0;
    while (p < n) {
        size_t e = p;
        while (e < n && buf[e] != '\n') e++;
        uint32_t crc = 0xFFFFFFFFu;
        for (int k = 0; k < K; k++) crc = crc_update(crc, buf + p, e - p);
        all ^= ~crc;
        lines++;
        p = e + 1;
    }
    printf("%d %08x\n", lines, all);
    return 0;
}
