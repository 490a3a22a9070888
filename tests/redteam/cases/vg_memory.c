/* Use more memory when measured: natively the address space is capped at
 * 1 GiB, but the measured run has no memory limit at all. Under valgrind the
 * program maps and touches 1.5 GiB; if that works it prints LEAK (a
 * different answer under measurement: WA). With a bounded measured run the
 * mapping fails and the answer is honest: AC. */
#include <string.h>
#include <sys/mman.h>
#include "honest.h"

int main(void) {
    const char *pre = getenv("LD_PRELOAD");
    if (pre && strstr(pre, "vgpreload")) {
        size_t size = 3UL << 29;
        char *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p != MAP_FAILED) {
            for (size_t i = 0; i < size; i += 4096) p[i] = 1;
            leak("touched 1.5 GiB under measurement", "");
        }
    }
    return honest();
}
