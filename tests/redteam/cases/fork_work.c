/* Child processes doing the work: the parent forks, the child reads the input
 * and prints the answer, the parent only waits. Output and exit status are
 * right (AC); the work is the baseline's, done in another process, so an
 * honest measurement sees no gain (significant: false). */
#include <sys/wait.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    pid_t pid = fork();
    if (pid == 0) exit(honest());
    int status;
    if (pid < 0 || waitpid(pid, &status, 0) != pid) return 2;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 3;
}
