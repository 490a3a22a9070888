/* Fork bomb: fork forever. RLIMIT_NPROC (64) stops the growth; the program
 * never ends, so the wall clock does: TLE, and nothing survives the kill. */
#include <unistd.h>
int main(void) {
    for (;;) fork();
}
