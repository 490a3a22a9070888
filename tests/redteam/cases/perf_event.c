/* perf_event_open: hardware counters, side channels, kernel attack surface. Forbidden: SV. */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    if (syscall(SYS_perf_event_open, calloc(1, 256), 0, -1, -1, 0) >= 0) leak("perf_event", "the call succeeded");
    return honest();
}
