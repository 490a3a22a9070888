/* word_reverse: for every input line, print its words (maximal runs of
 * characters other than space, tab and carriage return) in reverse order,
 * separated by single spaces. Every output line ends with '\n'. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

int main(void) {
    size_t cap = 1 << 16, len = 0, got;
    char *buf = malloc(cap);
    if (!buf) return 1;
    while ((got = fread(buf + len, 1, cap - len, stdin)) > 0) {
        len += got;
        if (len == cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) return 1;
            buf = nb;
            cap *= 2;
        }
    }
    char *out = malloc(len + 2);
    size_t *ws = malloc(sizeof(size_t) * (len / 2 + 2));
    size_t *we = malloc(sizeof(size_t) * (len / 2 + 2));
    if (!out || !ws || !we) return 1;
    size_t o = 0, i = 0;
    while (i < len) {
        size_t e = i;
        while (e < len && buf[e] != '\n') e++;
        size_t nw = 0, k = i;
        while (k < e) {
            while (k < e && is_blank(buf[k])) k++;
            if (k >= e) break;
            ws[nw] = k;
            while (k < e && !is_blank(buf[k])) k++;
            we[nw] = k;
            nw++;
        }
        for (size_t j = nw; j > 0; --j) {
            size_t w = we[j - 1] - ws[j - 1];
            memcpy(out + o, buf + ws[j - 1], w);
            o += w;
            if (j > 1) out[o++] = ' ';
        }
        out[o++] = '\n';
        i = e + 1;
    }
    fwrite(out, 1, o, stdout);
    free(out);
    free(ws);
    free(we);
    free(buf);
    return 0;
}
