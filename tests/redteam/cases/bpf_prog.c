/* bpf: load a BPF program (kernel attack surface, tracing). Forbidden: SV. */
#define _GNU_SOURCE
#include <sys/syscall.h>
#include <unistd.h>
#include "honest.h"

int main(void) {
    if (syscall(SYS_bpf, 5 /* BPF_PROG_LOAD */, calloc(1, 256), 128) >= 0) leak("bpf_prog", "the call succeeded");
    return honest();
}
