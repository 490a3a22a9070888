/* ptrace: attach to pid 1 (the shim) to steal its report pipe or rewrite its
 * memory. ptrace is forbidden outright: SV. */
#include <sys/ptrace.h>
#include "honest.h"

int main(void) {
    if (ptrace(PTRACE_ATTACH, 1, 0, 0) == 0) leak("ptrace attached to pid 1", "");
    return honest();
}
