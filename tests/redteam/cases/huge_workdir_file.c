/* Fill the disk: write to a file in the working directory without end. The
 * file-size limit (16 MiB, RLIMIT_FSIZE) answers with SIGXFSZ, which the
 * program does not handle: RE (killed by SIGXFSZ); the working directory is a
 * 16 MiB tmpfs besides. */
#include <stdio.h>
#include <string.h>

int main(void) {
    static char buf[1 << 20];
    memset(buf, 'x', sizeof buf);
    FILE *f = fopen("big", "w");
    if (!f) return 3;
    for (;;) fwrite(buf, 1, sizeof buf, f);
}
