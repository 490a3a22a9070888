/* Balanced-bracket check with an explicit stack over lines given as (repeat count, text). */
#include <stdio.h>
#include <string.h>

#define MAXT (1 << 20)
#define MAXS (1 << 24)

static char t[MAXT + 1], st[MAXS];

int main(void) {
    int n, balanced = 0, maxd = 0;
    if (scanf("%d", &n) != 1) return 0;
    while (n--) {
        int r;
        if (scanf("%d %1048576s", &r, t) != 2) return 0;
        int len = (int)strlen(t), top = 0, depth = 0, ok = 1;
        for (int rep = 0; rep < r && ok; rep++) {
            for (int i = 0; i < len; i++) {
                char c = t[i];
                if (c == '(' || c == '[' || c == '{') {
                    if (top == MAXS) { ok = 0; break; }
                    st[top++] = c;
                    if (top > depth) depth = top;
                } else if (c == ')' || c == ']' || c == '}') {
                    char want = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (top == 0 || st[top - 1] != want) { ok = 0; break; }
                    top--;
                }
            }
        }
        if (ok && top == 0) {
            balanced++;
            if (depth > maxd) maxd = depth;
        }
    }
    printf("%d %d\n", balanced, maxd);
    return 0;
}
