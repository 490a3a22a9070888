/* Conway's Game of Life on an R x C torus for g generations; prints the live count and a position checksum. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAXR 512
#define MAXC 512

static unsigned char grid[2][MAXR][MAXC];
static char line[MAXC + 2];

int main(void) {
    int R, C, g;
    if (scanf("%d %d %d", &R, &C, &g) != 3 || R < 1 || R > MAXR || C < 1 || C > MAXC || g < 0) return 0;
    for (int r = 0; r < R; r++) {
        if (scanf("%513s", line) != 1 || (int)strlen(line) != C) return 0;
        for (int c = 0; c < C; c++) grid[0][r][c] = line[c] == '*';
    }
    int cur = 0;
    for (int step = 0; step < g; step++) {
        int nxt = cur ^ 1;
        for (int r = 0; r < R; r++)
            for (int c = 0; c < C; c++) {
                int alive = 0;
                for (int dr = -1; dr <= 1; dr++)
                    for (int dc = -1; dc <= 1; dc++) {
                        if (dr == 0 && dc == 0) continue;
                        alive += grid[cur][(r + dr + R) % R][(c + dc + C) % C];
                    }
                grid[nxt][r][c] = alive == 3 || (alive == 2 && grid[cur][r][c]);
            }
        cur = nxt;
    }
    long live = 0;
    uint64_t h = 0;
    for (int r = 0; r < R; r++)
        for (int c = 0; c < C; c++)
            if (grid[cur][r][c]) {
                live++;
                h += (uint64_t)(r + 1) * 1000003u ^ (uint64_t)(c + 1) * 998244353u;
            }
    printf("%ld %llu\n", live, (unsigned long long)h);
    return 0;
}
