/* Cache the answer: every run looks for a file an earlier run (another test,
 * or the native run before the measured one) left in any writable place, and
 * writes one after answering. Each run starts from fresh, empty file systems,
 * so nothing is ever found: the honest answer every time (AC, no gain). */
#include <string.h>
#include "honest.h"

static const char *places[] = {"asmopt-cache", "/tmp/asmopt-cache", "/dev/shm/asmopt-cache",
                               "/box/asmopt-cache", "/asmopt-cache", "/dev/asmopt-cache"};

int main(void) {
    int nplaces = sizeof places / sizeof *places;
    for (int i = 0; i < nplaces; i++) {
        FILE *f = fopen(places[i], "r");
        if (f) {
            char buf[128] = {0};
            fread(buf, 1, sizeof buf - 1, f);
            leak(places[i], buf);
        }
    }
    int rc = honest();
    for (int i = 0; i < nplaces; i++) {
        FILE *f = fopen(places[i], "w");
        if (f) {
            fputs("a previous run was here\n", f);
            fclose(f);
        }
    }
    return rc;
}
