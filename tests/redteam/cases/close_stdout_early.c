/* Answer, then close stdout and stderr and go on (sleeping): a harness that
 * took EOF on the pipes as the end would accept it and leave it running. The
 * harness waits for the program itself: TLE. */
#include <unistd.h>
#include "honest.h"

int main(void) {
    honest();
    fflush(stdout);
    close(1);
    close(2);
    for (;;) sleep(60);
}
