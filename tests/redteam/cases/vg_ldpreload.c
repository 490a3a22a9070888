/* Detect valgrind by its preload library in LD_PRELOAD and print a cheap
 * answer when measured. Natively right, under measurement wrong: the harness
 * checks the output of the measured run too, so WA ("under measurement"). */
#include <string.h>
#include "honest.h"

int main(void) {
    const char *pre = getenv("LD_PRELOAD");
    if (pre && strstr(pre, "vgpreload")) {
        puts("0 0");
        return 0;
    }
    return honest();
}
