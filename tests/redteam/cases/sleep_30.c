/* Sleep 30 s using no CPU: the CPU limit never fires, the wall clock does: TLE. */
#include <unistd.h>
#include "honest.h"

int main(void) {
    sleep(30);
    return honest();
}
