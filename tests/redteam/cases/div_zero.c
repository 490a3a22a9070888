/* Integer division by zero (idiv raises #DE): SIGFPE, RE. */
#include <stdio.h>

int main(void) {
    volatile int zero = 0;
    int n;
    if (scanf("%d", &n) != 1) return 1;
    printf("%d\n", n / zero);
    return 0;
}
