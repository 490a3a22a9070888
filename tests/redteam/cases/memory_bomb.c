/* Memory bomb: grab memory in 64 MiB blocks, writing to each, until malloc
 * fails; then use the failed allocation, as a program that never checks
 * would. The memory limit is an address-space limit (1 GiB, RLIMIT_AS): malloc
 * fails there, before the resident size can pass the limit, so the judge never
 * sees a peak RSS over it (never MLE); the NULL store kills the program with
 * SIGSEGV: RE. Writing only the first page of each block keeps the run short:
 * touching every page changes nothing but the time (on this project's VM the
 * first touch of 1 GiB takes 0.1 to 3 s, which would make the verdict depend
 * on the 2 s wall limit). */
#include <stdlib.h>

static char *volatile blocks[64];

int main(void) {
    int k = 0;
    for (;; k = (k + 1) % 64) {
        blocks[k] = malloc(64 << 20);
        if (blocks[k] == NULL) break;
        blocks[k][0] = 1;
    }
    *(volatile char *)blocks[k] = 1;  /* blocks[k] is NULL here */
    return 0;
}
