/* 64 MiB to stderr, then the right answer. stderr is not judged; the harness
 * keeps only its first 64 KiB and drains the rest, so it neither blocks nor
 * grows: AC (and no gain: it does more work). */
#include <string.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    static char buf[1 << 16];
    memset(buf, 'e', sizeof buf);
    for (int i = 0; i < 1024; i++)
        if (write(2, buf, sizeof buf) < 0) return 5;
    return honest();
}
