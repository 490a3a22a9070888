/* Special-case the visible tests: recognise each by n and print its answer
 * without reading the numbers; anything else gets garbage. All visible tests
 * pass; the hidden ones (other n) catch it: WA. Answers copied from
 * task/tests/*.out (regenerate this case if make_task.py changes them). */
#include <stdio.h>

int main(void) {
    int n;
    if (scanf("%d", &n) != 1) return 1;
    switch (n) {
    case 5: puts("14 5"); break;
    case 1000: puts("-4768 1000"); break;
    case 100000: puts("-352801152038348 1099490020541"); break;
    default: puts("0 0");
    }
    return 0;
}
