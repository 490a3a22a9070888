/* mount: replace the size-capped working directory (or mount over anything). Forbidden: SV. */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    if (syscall(SYS_mount, "none", "/box/work", "tmpfs", 0, "size=1g") >= 0) leak("mount_tmpfs", "the call succeeded");
    return honest();
}
