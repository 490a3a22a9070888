/* Open descriptors until it fails. RLIMIT_NOFILE (256) stops it (EMFILE); the
 * program then answers honestly: AC. Over 256 open prints LEAK (WA). */
#include <fcntl.h>
#include "honest.h"

int main(void) {
    int opened = 0;
    while (opened < 100000 && open("/dev/null", O_RDONLY) >= 0) opened++;
    fprintf(stderr, "opened %d descriptors\n", opened);
    if (opened > 256) {
        char detail[32];
        snprintf(detail, sizeof detail, "%d", opened);
        leak("fds", detail);
    }
    return honest();
}
