/* Change the clock: set CLOCK_REALTIME (and adjtimex) to fool time
 * measurement or the host. Forbidden whatever the privileges: SV. */
#include <time.h>
#include "honest.h"

int main(void) {
    struct timespec ts = {1000000000, 0};
    if (clock_settime(CLOCK_REALTIME, &ts) == 0) leak("clock_settime worked", "");
    return honest();
}
