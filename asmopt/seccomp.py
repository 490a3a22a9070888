"""The seccomp filter every sandboxed program runs under (x86-64 only).

A classic BPF program, built here so no native library is needed, and handed
to bubblewrap (`--seccomp FD`). System calls that a program judged on stdin and
stdout has no use for, and that attack the harness or the host (sockets,
ptrace, namespaces, mounts, kernel modules, bpf, perf counters, io_uring,
other processes' memory, the clock), kill the whole process with SIGSYS: the
judge reports that as SV, a sandbox violation. clone3 answers ENOSYS (its flags
sit behind a pointer that BPF cannot read), so libc falls back to clone, whose
namespace flags are checked. The 32-bit and x32 ABIs are refused outright, so
the same call cannot come in through another syscall table.
"""

from __future__ import annotations

import errno
import struct

AUDIT_ARCH_X86_64 = 0xC000003E
X32_SYSCALL_BIT = 0x40000000

#: name -> x86-64 number (from asm/unistd_64.h)
BLOCKED: dict[str, int] = {
    "socket": 41, "ptrace": 101, "mount": 165, "umount2": 166, "pivot_root": 155, "chroot": 161,
    "unshare": 272, "setns": 308, "bpf": 321, "perf_event_open": 298,
    "io_uring_setup": 425, "io_uring_enter": 426, "io_uring_register": 427,
    "kexec_load": 246, "kexec_file_load": 320, "init_module": 175, "finit_module": 313,
    "delete_module": 176, "reboot": 169, "swapon": 167, "swapoff": 168,
    "keyctl": 250, "add_key": 248, "request_key": 249, "userfaultfd": 323,
    "process_vm_readv": 310, "process_vm_writev": 311, "pidfd_getfd": 438,
    "acct": 163, "settimeofday": 164, "clock_settime": 227, "clock_adjtime": 305, "adjtimex": 159,
    "sethostname": 170, "setdomainname": 171, "iopl": 172, "ioperm": 173, "quotactl": 179,
    "name_to_handle_at": 303, "open_by_handle_at": 304, "fanotify_init": 300, "vhangup": 153,
    "lookup_dcookie": 212, "mount_setattr": 442, "move_mount": 429, "open_tree": 428,
    "fsopen": 430, "fsconfig": 431, "fsmount": 432, "fspick": 433,
}
CLONE = 56
CLONE3 = 435
#: CLONE_NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET | NEWTIME
CLONE_NAMESPACE_FLAGS = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000 | 0x00000080

# BPF opcodes
_LD_W_ABS = 0x20
_JEQ_K = 0x15
_JGE_K = 0x35
_JSET_K = 0x45
_RET_K = 0x06
RET_KILL_PROCESS = 0x80000000
RET_ALLOW = 0x7FFF0000
RET_ERRNO = 0x00050000
# offsets in struct seccomp_data
_NR, _ARCH, _ARG0 = 0, 4, 16


def _insn(code: int, jt: int, jf: int, k: int) -> bytes:
    return struct.pack("<HBBI", code, jt, jf, k)


def filter_program() -> bytes:
    """The filter as the bytes of a `struct sock_filter[]`, ready for bwrap --seccomp."""
    prog = [
        _insn(_LD_W_ABS, 0, 0, _ARCH),
        _insn(_JEQ_K, 1, 0, AUDIT_ARCH_X86_64),
        _insn(_RET_K, 0, 0, RET_KILL_PROCESS),
        _insn(_LD_W_ABS, 0, 0, _NR),
        _insn(_JGE_K, 0, 1, X32_SYSCALL_BIT),
        _insn(_RET_K, 0, 0, RET_KILL_PROCESS),
    ]
    for nr in sorted(BLOCKED.values()):
        prog += [_insn(_JEQ_K, 0, 1, nr), _insn(_RET_K, 0, 0, RET_KILL_PROCESS)]
    prog += [
        _insn(_JEQ_K, 0, 1, CLONE3),
        _insn(_RET_K, 0, 0, RET_ERRNO | errno.ENOSYS),
        _insn(_JEQ_K, 0, 3, CLONE),
        _insn(_LD_W_ABS, 0, 0, _ARG0),  # low half of the flags
        _insn(_JSET_K, 0, 1, CLONE_NAMESPACE_FLAGS),
        _insn(_RET_K, 0, 0, RET_KILL_PROCESS),
        _insn(_RET_K, 0, 0, RET_ALLOW),
    ]
    return b"".join(prog)
