/* The 32-bit system call ABI (int $0x80) from a 64-bit program: other
 * numbers, another table (getpid is 20 there). The filter checks the
 * architecture of every call and kills non-x86-64 ones: SV. */
#include "honest.h"

int main(void) {
    long ret;
    __asm__ volatile("int $0x80" : "=a"(ret) : "a"(20L) : "memory");
    if (ret > 0) leak("int 0x80 worked", "");
    return honest();
}
