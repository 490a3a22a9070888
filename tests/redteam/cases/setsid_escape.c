/* Escape the process group: fork, setsid, fork again, and leave a grandchild
 * sleeping for an hour, then answer right. The shim kills every process of the
 * sandbox's pid namespace when the program exits: AC, and the suite checks no
 * process of uid 65534 is left. */
#include <sys/wait.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    pid_t pid = fork();
    if (pid == 0) {
        setsid();
        if (fork() == 0) {
            for (;;) sleep(3600);
        }
        _exit(0);
    }
    if (pid > 0) waitpid(pid, NULL, 0);
    return honest();
}
