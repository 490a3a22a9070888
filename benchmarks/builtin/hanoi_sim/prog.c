/* Tower of Hanoi simulated move by move on explicit peg stacks via recursion; prints move count, checksum and rule violations. */
#include <stdio.h>
#include <stdint.h>

#define MAXD 40

static int peg[3][MAXD], height[3];
static uint64_t moves, hash;
static long violations;

static void move_disk(int from, int to) {
    int disk = peg[from][--height[from]];
    if (height[to] > 0 && peg[to][height[to] - 1] < disk) violations++;
    peg[to][height[to]++] = disk;
    moves++;
    hash = hash * 1000003u + (uint64_t)(disk * 6 + from * 3 + to);
}

static void hanoi(int n, int from, int to, int via) {
    if (n == 0) return;
    hanoi(n - 1, from, via, to);
    move_disk(from, to);
    hanoi(n - 1, via, to, from);
}

int main(void) {
    int t;
    if (scanf("%d", &t) != 1) return 0;
    while (t--) {
        int n, a, b;
        if (scanf("%d %d %d", &n, &a, &b) != 3 || n < 0 || n >= MAXD || a < 1 || a > 3 || b < 1 || b > 3 || a == b)
            return 0;
        a--;
        b--;
        height[0] = height[1] = height[2] = 0;
        for (int d = n; d >= 1; d--) peg[a][height[a]++] = d;
        moves = hash = 0;
        violations = 0;
        hanoi(n, a, b, 3 - a - b);
        int top = height[b] > 0 ? peg[b][height[b] - 1] : 0;
        printf("%llu %llu %ld %d %d\n", (unsigned long long)moves, (unsigned long long)hash, violations,
               height[b], top);
    }
    return 0;
}
