/* Scratch space elsewhere: the working directory is a 16 MiB tmpfs, but a
 * program can also write to /tmp, /dev/shm, /dev, / and /box. Each file stays
 * under the 16 MiB file-size limit (SIGXFSZ ignored, errors tolerated); it
 * writes 8 MiB files in every writable place and counts what it stored. More
 * than 48 MiB in all means the scratch cap does not bound the disk (RAM) one
 * run can take: LEAK (WA). Bounded, it answers honestly: AC. */
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    static char buf[1 << 20];
    static const char *dirs[] = {".", "/tmp", "/dev/shm", "/dev", "/", "/box", "/usr/lib/debug"};
    char name[64], detail[128];
    long long stored = 0;
    signal(SIGXFSZ, SIG_IGN);
    memset(buf, 'x', sizeof buf);
    for (unsigned d = 0; d < sizeof dirs / sizeof *dirs; d++)
        for (int k = 0; k < 2; k++) {
            snprintf(name, sizeof name, "%s/scratch%d", dirs[d], k);
            FILE *f = fopen(name, "w");
            if (!f) continue;
            for (int i = 0; i < 8; i++) stored += fwrite(buf, 1, sizeof buf, f);
            if (fclose(f) != 0) stored -= 1;
        }
    if (stored > 48LL << 20) {
        snprintf(detail, sizeof detail, "stored %lld MiB outside any cap", stored >> 20);
        leak("scratch", detail);
    }
    return honest();
}
