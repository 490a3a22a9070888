/* Signal the harness: SIGSTOP, SIGTERM and SIGKILL to the parent and to pid 1
 * (both the shim), and kill(-1, ...) to every process it may signal. pid 1 of
 * a pid namespace ignores signals it has no handler for, and everything else
 * the program can see is itself; the harness outside is not in its namespace.
 * The program then answers right: AC, and the harness carries on. */
#include <signal.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    int sigs[] = {SIGSTOP, SIGTERM, SIGKILL};
    for (int i = 0; i < 3; i++) {
        int a = kill(getppid(), sigs[i]), b = kill(1, sigs[i]), c = kill(-1, sigs[i]);
        fprintf(stderr, "signal %d: parent %d, pid 1 %d, -1 %d\n", sigs[i], a, b, c);
    }
    return honest();
}
