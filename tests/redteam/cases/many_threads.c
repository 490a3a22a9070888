/* Create threads until it fails (each blocks forever). RLIMIT_NPROC (64
 * processes, threads included) stops it; the program then answers honestly
 * and exits, which ends the blocked threads: AC. Over 64 prints LEAK (WA). */
#include <pthread.h>
#include <unistd.h>
#include "honest.h"

static void *block(void *arg) {
    for (;;) pause();
    return arg;
}

int main(void) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, 64 << 10);
    int made = 0;
    pthread_t t;
    while (made < 10000 && pthread_create(&t, &attr, block, NULL) == 0) made++;
    fprintf(stderr, "created %d threads\n", made);
    if (made > 64) {
        char detail[32];
        snprintf(detail, sizeof detail, "%d", made);
        leak("threads", detail);
    }
    return honest();
}
