/* x32 ABI: the same system calls through the x32 table (number | 0x40000000), the classic way around a filter that lists x86-64 numbers. Refused outright: SV. */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    if (syscall(0x40000000 | SYS_getpid) >= 0) leak("x32_syscall", "the call succeeded");
    return honest();
}
