/* io_uring: its submissions run system calls the seccomp filter never sees. io_uring_setup is forbidden: SV. */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    if (syscall(SYS_io_uring_setup, 8, calloc(1, 512)) >= 0) leak("io_uring", "the call succeeded");
    return honest();
}
