/* BFS on an R x C maze made by tiling an h x w pattern; shortest path from the top-left to the bottom-right cell. */
#include <stdio.h>
#include <string.h>

#define MAXP 512
#define MAXCELLS 4000000

static char pat[MAXP][MAXP + 2];
static int dist[MAXCELLS];
static int que[MAXCELLS];

int main(void) {
    int h, w, R, C;
    if (scanf("%d %d %d %d", &h, &w, &R, &C) != 4) return 0;
    if (h < 1 || w < 1 || h > MAXP || w > MAXP || R < 1 || C < 1 || (long)R * C > MAXCELLS) return 0;
    for (int i = 0; i < h; i++)
        if (scanf("%513s", pat[i]) != 1) return 0;
    int total = R * C, target = total - 1;
    memset(dist, -1, sizeof(int) * (size_t)total);
    if (pat[0][0] == '#' || pat[(R - 1) % h][(C - 1) % w] == '#') {
        puts("-1");
        return 0;
    }
    static const int dr[4] = {-1, 1, 0, 0}, dc[4] = {0, 0, -1, 1};
    int head = 0, tail = 0;
    que[tail++] = 0;
    dist[0] = 0;
    while (head < tail) {
        int cur = que[head++];
        if (cur == target) break;
        int r = cur / C, c = cur % C;
        for (int d = 0; d < 4; d++) {
            int nr = r + dr[d], nc = c + dc[d];
            if (nr < 0 || nr >= R || nc < 0 || nc >= C) continue;
            if (pat[nr % h][nc % w] == '#') continue;
            int id = nr * C + nc;
            if (dist[id] >= 0) continue;
            dist[id] = dist[cur] + 1;
            que[tail++] = id;
        }
    }
    printf("%d\n", dist[target]);
    return 0;
}
