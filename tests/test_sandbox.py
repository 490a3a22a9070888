"""The sandbox really contains what it runs (bubblewrap must work on this machine)."""

import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest


from asmopt.sandbox import Limits, execute


def _build(tmp_path: Path, source: str, name: str = "prog") -> Path:
    src = tmp_path / f"{name}.c"
    src.write_text(source)
    out = tmp_path / name
    subprocess.run(["gcc", "-O2", "-o", str(out), str(src)], check=True)
    return out


def _box(binary: Path, stdin: bytes = b"", **limits) -> object:
    return execute(["/box/prog"], stdin=stdin, ro_files={"prog": binary}, limits=Limits(**limits))


def test_stdin_to_stdout_and_exit_status(tmp_path):
    prog = _build(tmp_path, '#include <stdio.h>\nint main(){int a,b; scanf("%d %d",&a,&b); printf("%d\\n",a+b); return 3;}')
    run = _box(prog, b"2 40\n")
    assert run.stdout == b"42\n"
    assert run.exit_code == 3 and run.signal is None and not run.timed_out


def test_crash_reports_the_signal(tmp_path):
    prog = _build(tmp_path, "int main(){ *(volatile int*)0 = 1; return 0; }")
    run = _box(prog)
    assert run.exit_code is None and run.signal == 11


def test_timeout_kills_the_whole_tree(tmp_path):
    marker = "sleep 61.2345"  # an unusual argument, to find any survivor with pgrep
    run = execute(["/bin/sh", "-c", f"({marker}) & {marker}"],
                  limits=Limits(wall_s=0.5))
    assert run.timed_out
    time.sleep(0.2)
    ps = subprocess.run(["pgrep", "-f", marker], capture_output=True, text=True)
    assert ps.stdout.strip() == "", "a sandboxed process outlived its timeout"


def test_children_are_killed_when_the_program_exits():
    marker = "sleep 62.3456"
    run = execute(["/bin/sh", "-c", f"({marker} &); echo done"], limits=Limits(wall_s=5))
    assert run.stdout == b"done\n" and not run.timed_out
    time.sleep(0.2)
    assert subprocess.run(["pgrep", "-f", marker], capture_output=True).stdout == b""


def test_output_cap(tmp_path):
    run = execute(["/usr/bin/yes"], limits=Limits(wall_s=5, output_bytes=1 << 16))
    assert run.output_exceeded
    assert len(run.stdout) == 1 << 16


def test_cpu_limit_counts_busy_loops():
    run = execute(["/bin/sh", "-c", "while :; do :; done"], limits=Limits(wall_s=5, cpu_s=1))
    assert not run.timed_out
    assert run.signal is not None and run.cpu_s >= 0.9


def test_memory_limit(tmp_path):
    prog = _build(tmp_path, "#include <stdlib.h>\n#include <string.h>\nint main(){ char*p=malloc(512<<20); if(!p) return 7; memset(p,1,512<<20); return 0; }")
    run = _box(prog, memory_bytes=128 << 20)
    assert run.exit_code == 7


def test_sees_no_host_files_and_cannot_write_the_system():
    run = execute(["/bin/sh", "-c", "ls / ; ls /root /home /work 2>&1; touch /usr/x 2>&1; echo hi > here && cat here; id -u"])
    text = run.stdout.decode()
    assert "No such file" in text  # /root, /home, /work are not there
    assert "Read-only file system" in text or "Permission denied" in text
    assert "hi\n" in text
    assert text.strip().endswith("65534")  # never root inside


def test_fresh_working_directory_each_run():
    execute(["/bin/sh", "-c", "echo secret > kept"])
    run = execute(["/bin/sh", "-c", "cat kept 2>&1 || true; ls -A | wc -l"])
    assert b"No such file" in run.stdout and run.stdout.strip().endswith(b"0")


def test_no_network(tmp_path):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    accepted = []
    server.settimeout(3)
    thread = threading.Thread(target=lambda: accepted.append(_accept(server)))
    thread.start()
    prog = _build(tmp_path, f"""
#include <arpa/inet.h>
#include <stdio.h>
#include <sys/socket.h>
int main(){{ int s=socket(AF_INET,SOCK_STREAM,0); struct sockaddr_in a={{0}}; a.sin_family=AF_INET;
 a.sin_port=htons({port}); a.sin_addr.s_addr=htonl(0x7f000001);
 if(s<0||connect(s,(struct sockaddr*)&a,sizeof a)<0){{puts("blocked");return 0;}} puts("connected"); return 0; }}""")
    run = _box(prog)
    thread.join()
    server.close()
    assert run.signal == signal.SIGSYS  # socket() is forbidden outright (and the netns is empty anyway)
    assert accepted == [False]


def _accept(server: socket.socket) -> bool:
    try:
        conn, _ = server.accept()
        conn.close()
        return True
    except OSError:
        return False


def test_fork_bomb_is_contained():
    run = execute(["/bin/sh", "-c", "b() { b | b & }; b; sleep 1; echo survived"], limits=Limits(wall_s=3, processes=32))
    assert b"survived" in run.stdout  # the shell itself went on: forks failed, nothing took the machine
    time.sleep(0.2)
    # Nothing of it is left, and the harness is fine afterwards.
    assert subprocess.run(["pgrep", "-u", "65534", "-f", "/bin/sh -c b()"], capture_output=True).stdout == b""
    after = execute(["/bin/sh", "-c", "echo ok"])
    assert after.stdout == b"ok\n"


def test_unsafe_mode_runs_without_bubblewrap(tmp_path):
    prog = _build(tmp_path, '#include <stdio.h>\nint main(){puts("x");return 0;}')
    run = execute(["/box/prog"], ro_files={"prog": prog}, unsafe=True)
    assert run.stdout == b"x\n" and run.exit_code == 0


def test_process_limit_is_enforced(tmp_path):
    # Runs as nobody, so RLIMIT_NPROC binds (the kernel exempts root from it).
    prog = _build(tmp_path, """
#include <stdio.h>
#include <unistd.h>
int main(){ int n = 0; for (int i = 0; i < 200; i++) { pid_t p = fork(); if (p == 0) { pause(); _exit(0); }
  if (p < 0) break; n++; } printf("%d\\n", n); return 0; }""")
    run = _box(prog, processes=16)
    assert run.exit_code == 0
    assert int(run.stdout) < 16


def test_file_size_limit(tmp_path):
    run = execute(["/bin/sh", "-c", "head -c 3000000 /dev/zero > big; echo $?; wc -c < big"],
                  limits=Limits(file_bytes=1 << 20, scratch_bytes=8 << 20))
    status, size = run.stdout.split()
    assert status != b"0" and int(size) == 1 << 20


@pytest.mark.parametrize("call", [
    "syscall(SYS_ptrace, 0, 0, 0, 0)",
    "syscall(SYS_unshare, 0x10000000)",
    "syscall(SYS_clone, 0x10000000 | 17, 0, 0, 0, 0)",  # a clone into a new user namespace
    "syscall(SYS_bpf, 0, 0, 0)",
    "syscall(SYS_perf_event_open, 0, 0, -1, -1, 0)",
    "syscall(SYS_io_uring_setup, 1, 0)",
    "syscall(SYS_mount, 0, 0, 0, 0, 0)",
    "syscall(0x40000000 | 39)",  # getpid through the x32 table
])
def test_seccomp_kills_forbidden_calls(tmp_path, call):
    prog = _build(tmp_path, "#define _GNU_SOURCE\n#include <unistd.h>\n#include <sys/syscall.h>\n"
                            f"int main(){{ {call}; return 0; }}")
    assert _box(prog).signal == signal.SIGSYS


def test_threads_still_work_under_seccomp(tmp_path):
    src = tmp_path / "t.c"
    src.write_text("#include <pthread.h>\n#include <stdio.h>\nvoid*f(void*a){return a;}\n"
                   "int main(){pthread_t t; pthread_create(&t,0,f,0); pthread_join(t,0); puts(\"ok\"); return 0;}")
    subprocess.run(["gcc", "-O2", "-pthread", "-o", str(tmp_path / "t"), str(src)], check=True)
    run = _box(tmp_path / "t")
    assert run.stdout == b"ok\n" and run.exit_code == 0
