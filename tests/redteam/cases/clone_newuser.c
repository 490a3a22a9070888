/* clone(CLONE_NEWUSER | CLONE_NEWNS): the same through the raw clone system
 * call, bypassing unshare. The filter checks clone's flags: SV. */
#define _GNU_SOURCE
#include <sched.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    long pid = syscall(SYS_clone, CLONE_NEWUSER | CLONE_NEWNS | SIGCHLD, 0, 0, 0, 0);
    if (pid == 0) _exit(0);
    if (pid > 0) leak("clone(CLONE_NEWUSER) worked", "");
    return honest();
}
