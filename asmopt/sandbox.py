"""Sandbox: the one place where untrusted programs (candidate binaries, the
assembler and linker working on candidate text) are executed.

Each execution gets bubblewrap with every namespace unshared (no network, own
pids, own mounts), a read-only /usr, a fresh empty working directory, a clear
fixed environment, a wall-clock timeout that kills the whole tree, and a cap on
captured output. Inside, a small C shim (data/shim.c) is pid 1: it applies the
rlimits (CPU, address space, processes, file size, open files, no core dumps)
to the program alone, times it, sums CPU over every thread and child, kills
whatever the program left behind, and reports on a pipe the program cannot
reach. When run as root the sandbox drops to nobody first (setpriv), because
the kernel does not enforce RLIMIT_NPROC for root.

A seccomp filter (asmopt/seccomp.py) kills the program with SIGSYS on system
calls it has no business making (judged SV). Not enforced here: cgroup memory
and pid limits; see docs/sandbox.md. Without bubblewrap, execution is refused unless the
caller explicitly asks for the unsafe mode.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import multiprocessing.util
import os
import selectors
import shutil
import signal
import subprocess
import tempfile
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from asmopt import cache, seccomp
from asmopt.errors import AsmoptError

BOX = "/box"
WORKDIR = f"{BOX}/work"
#: Fixed environment inside the sandbox: instruction counts depend on it.
ENV = {"PATH": "/usr/bin:/bin", "LANG": "C", "LC_ALL": "C"}
NOBODY = 65534
_MIB = 1 << 20


class SandboxError(AsmoptError):
    """The sandbox could not run a program; says nothing about the program."""


@dataclass(frozen=True)
class Limits:
    """Resource limits for one execution. `None` means unlimited."""

    wall_s: float = 10.0
    cpu_s: float | None = 10.0
    memory_bytes: int | None = 1024 * _MIB
    processes: int | None = 64
    file_bytes: int = 16 * _MIB
    open_files: int = 256
    output_bytes: int = 16 * _MIB
    stderr_bytes: int = 64 * 1024
    scratch_bytes: int = 16 * _MIB


@dataclass
class Run:
    """What one execution did."""

    exit_code: int | None  # None when killed by a signal
    signal: int | None
    stdout: bytes
    stderr: bytes
    wall_s: float
    cpu_s: float  # user + system over all threads and reaped children
    max_rss_kb: int
    timed_out: bool = False  # wall-clock limit hit; the whole tree was killed
    output_exceeded: bool = False  # stdout went past the cap; killed
    log: str = ""  # text from the side channel (e.g. valgrind's log), never the program's
    leftovers: bool = False  # processes outlived the program (killed by the shim)
    files: dict[str, bytes] = field(default_factory=dict)  # files collected from the work dir

    @property
    def ok(self) -> bool:
        return self.exit_code == 0 and not self.timed_out and not self.output_exceeded


@lru_cache(maxsize=1)
def bwrap_problem() -> str | None:
    """Why bubblewrap cannot be used here, or None when it works."""
    exe = shutil.which("bwrap")
    if exe is None:
        return "bubblewrap (bwrap) is not installed"
    argv = [exe, *_bwrap_mounts(), "--", "/usr/bin/true"]
    try:
        proc = subprocess.run([*_drop_privileges(), *argv], capture_output=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"bubblewrap failed to start: {exc}"
    if proc.returncode != 0:
        return "bubblewrap cannot create namespaces: " + proc.stderr.decode(errors="replace").strip()
    return None


def _bwrap_mounts() -> list[str]:
    """The sandbox's file system: read-only system, nothing of ours."""
    argv = [
        "--unshare-all",
        "--die-with-parent",
        "--new-session",
        # The shim is pid 1: no intermediate init is left as a zombie for the host's init to reap.
        "--as-pid-1",
        "--clearenv",
        "--ro-bind", "/usr", "/usr",
        "--symlink", "usr/lib", "/lib",
        "--symlink", "usr/lib64", "/lib64",
        "--symlink", "usr/bin", "/bin",
        "--symlink", "usr/sbin", "/sbin",
        "--proc", "/proc",
        "--dev", "/dev",
        "--remount-ro", "/dev",
    ]
    if os.path.exists("/etc/ld.so.cache"):
        argv += ["--ro-bind", "/etc/ld.so.cache", "/etc/ld.so.cache"]
    if os.path.isdir("/usr/lib/debug"):
        # valgrind reads libc's debug info when present (libc6-dbg): hiding it halves
        # valgrind's start-up and changes no instruction count.
        argv += ["--tmpfs", "/usr/lib/debug", "--remount-ro", "/usr/lib/debug"]
    for key, value in ENV.items():
        argv += ["--setenv", key, value]
    return argv


@lru_cache(maxsize=1)
def shim_path() -> Path:
    """The measuring shim, compiled once from the package's C source and cached."""
    source = (Path(__file__).parent / "data" / "shim.c").read_bytes()
    path = cache.entry("shim", cache.digest(source, _gcc_version()))
    if not path.exists():
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "shim.c"
            src.write_bytes(source)
            out = Path(tmp) / "shim"
            proc = subprocess.run(["gcc", "-O2", "-o", str(out), str(src)], capture_output=True)
            if proc.returncode != 0:
                raise AsmoptError("cannot build the sandbox shim: " + proc.stderr.decode(errors="replace"))
            cache.write_atomic(path, out.read_bytes(), mode=0o755)
    return path


def _gcc_version() -> str:
    try:
        return subprocess.run(["gcc", "--version"], capture_output=True, text=True).stdout
    except OSError as exc:
        raise AsmoptError("gcc is not installed (run the README's setup command)") from exc


def _drop_privileges() -> list[str]:
    """A command prefix that makes root give itself up: the kernel does not apply
    RLIMIT_NPROC to root, and the sandbox should not hold root's rights anyway.
    setpriv (util-linux) costs an exec; Popen(user=...) would cost a full fork
    of this process instead of a vfork, which is slower."""
    if os.geteuid() == 0:
        return ["/usr/bin/setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "--"]
    return []


def _shim_limits(limits: Limits) -> list[str]:
    """The shim's rlimit arguments (0 = unlimited); the shim applies them to the program only."""
    cpu = max(1, int(limits.cpu_s + 0.999)) if limits.cpu_s is not None else 0
    return [str(cpu), str(limits.memory_bytes or 0), str(limits.processes or 0),
            str(limits.file_bytes), str(limits.open_files)]


def execute(
    argv: Sequence[str],
    *,
    stdin: bytes = b"",
    ro_files: Mapping[str, Path] | None = None,
    limits: Limits = Limits(),
    collect: Sequence[str] = (),
    log_channel: bool = False,
    unsafe: bool = False,
) -> Run:
    """Run `argv` (paths as seen inside the sandbox) contained, and report what it did.

    ro_files maps names under /box to host files bound read-only there (e.g.
    {"prog": Path(binary)} appears as /box/prog). The working directory /box/work
    starts empty; the names in `collect` are read back from it afterwards. With
    `log_channel`, a pipe is passed whose fd number replaces "{logfd}" in argv:
    a side channel the tool can write to (valgrind's --log-fd) that is not stdout.
    """
    staged = {name: _STAGING.file(src) for name, src in {**(ro_files or {}), "shim": shim_path()}.items()}
    stdin_path = _STAGING.data(stdin)
    if not unsafe:
        problem = bwrap_problem()
        if problem is not None:
            raise SandboxError(f"sandbox unavailable ({problem}); install bubblewrap or pass "
                               "--unsafe-no-sandbox to run untrusted code without one")
    with tempfile.TemporaryDirectory(prefix="asmopt-run-") if (collect or unsafe) else nullcontext() as tmp:
        work = Path(tmp) if tmp else Path()
        if tmp:
            os.chmod(work, 0o777)  # the sandboxed user (nobody) writes here
        if unsafe:
            cmd = [_unsafe_path(a, staged) for a in [f"{BOX}/shim", "{reportfd}", "PG", *_shim_limits(limits), *argv]]
            cwd = str(work)
        else:
            cmd = [shutil.which("bwrap") or "bwrap", *_bwrap_mounts()]
            if collect:
                cmd += ["--bind", str(work), WORKDIR]
            else:
                # Nothing to read back: a size-capped tmpfs, gone with the sandbox.
                cmd += ["--size", str(limits.scratch_bytes), "--tmpfs", WORKDIR]
            # /tmp is writable (compilers need it) but capped like the working directory.
            cmd += ["--size", str(limits.scratch_bytes), "--tmpfs", "/tmp", "--chdir", WORKDIR]
            for name, path in staged.items():
                cmd += ["--ro-bind", str(path), f"{BOX}/{name}"]
            # Last: everything else (/, /box, /dev/shm ...) read-only, so no RAM-backed scratch is uncapped.
            cmd += ["--remount-ro", "/"]
            cmd += ["--seccomp", "{seccompfd}"]
            cmd += ["--", f"{BOX}/shim", "{reportfd}", "NS", *_shim_limits(limits), *argv]
            cwd = "/"
        return _spawn([*_drop_privileges(), *cmd], stdin_path, cwd, limits, log_channel, work, collect)


class _Staging:
    """Per-process copies of binaries and inputs where the sandbox user can read them.

    The caller's files may sit in a directory nobody cannot enter (root's cache),
    and copying a binary or writing an input once per run would cost more than
    the run. Entries are kept by content, the oldest dropped past a size bound;
    the directory goes with the process, and leftovers of killed processes are
    swept by the next one.
    """

    MAX_BYTES = 256 << 20

    def __init__(self) -> None:
        self.pid = -1
        self.root = Path("/nonexistent")
        self.entries: OrderedDict[tuple, tuple[Path, int]] = OrderedDict()
        self.size = 0

    def _dir(self) -> Path:
        if self.pid != os.getpid() or not self.root.is_dir():
            # First use in this process (a forked worker included), or the directory was removed.
            self.pid = os.getpid()
            self.entries.clear()
            self.size = 0
            _sweep_stale_staging()
            self.root = Path(tempfile.mkdtemp(prefix=f"asmopt-stage-{self.pid}-")).resolve()
            os.chmod(self.root, 0o755)
            cleanup = functools.partial(shutil.rmtree, self.root, True)
            atexit.register(cleanup)
            multiprocessing.util.Finalize(None, cleanup, exitpriority=10)  # pool workers skip atexit
        return self.root

    def file(self, src: Path) -> Path:
        st = src.stat()
        return self._put(("file", str(src), st.st_size, st.st_mtime_ns), lambda dst: shutil.copyfile(src, dst))

    def data(self, data: bytes) -> Path:
        return self._put(("data", hashlib.sha256(data).hexdigest()), lambda dst: dst.write_bytes(data))

    def _put(self, key: tuple, write: Callable[[Path], object]) -> Path:
        root = self._dir()
        if key in self.entries:
            self.entries.move_to_end(key)
            return self.entries[key][0]
        dst = root / hashlib.sha256(repr(key).encode()).hexdigest()[:24]
        write(dst)
        os.chmod(dst, 0o755)
        size = dst.stat().st_size
        self.entries[key] = (dst, size)
        self.size += size
        while self.size > self.MAX_BYTES and len(self.entries) > 1:
            _, (old, old_size) = self.entries.popitem(last=False)
            old.unlink(missing_ok=True)
            self.size -= old_size
        return dst


def _sweep_stale_staging() -> None:
    """Remove staging directories of processes that no longer exist (killed runs)."""
    for path in Path(tempfile.gettempdir()).glob("asmopt-stage-*"):
        try:
            pid = int(path.name.split("-")[2])
            if path.stat().st_uid == os.getuid() and not _alive(pid):
                shutil.rmtree(path, ignore_errors=True)
        except (ValueError, IndexError, OSError):
            continue


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_STAGING = _Staging()
_SECCOMP = seccomp.filter_program()


def _unsafe_path(arg: str, staged: Mapping[str, Path]) -> str:
    """Without a sandbox, /box/NAME stands for the staged file itself."""
    if arg.startswith(BOX + "/") and arg[len(BOX) + 1 :] in staged:
        return str(staged[arg[len(BOX) + 1 :]])
    return arg


def _spawn(
    cmd: list[str],
    stdin_path: Path,
    cwd: str,
    limits: Limits,
    log_channel: bool,
    work: Path,
    collect: Sequence[str],
) -> Run:
    # The shim's report pipe is closed in the program; the log pipe (valgrind's) is not.
    report_r, report_w = os.pipe()
    pass_fds = [report_w]
    if "{seccompfd}" in cmd:
        # bwrap reads the filter from this descriptor and installs it before the shim starts.
        seccomp_fd = os.memfd_create("asmopt-seccomp", 0)
        os.write(seccomp_fd, _SECCOMP)
        os.lseek(seccomp_fd, 0, os.SEEK_SET)
        pass_fds.append(seccomp_fd)
        cmd = [a.replace("{seccompfd}", str(seccomp_fd)) for a in cmd]
    log_r = log_w = -1
    if log_channel:
        log_r, log_w = os.pipe()
        pass_fds.append(log_w)
    cmd = [a.replace("{reportfd}", str(report_w)).replace("{logfd}", str(log_w)) for a in cmd]
    start = time.perf_counter()
    try:
        with open(stdin_path, "rb") as fin:
            proc = subprocess.Popen(
                cmd,
                stdin=fin,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                cwd=cwd,
                env=dict(ENV),
                pass_fds=tuple(pass_fds),
                start_new_session=True,
            )
    finally:
        for fd in pass_fds:
            os.close(fd)
    try:
        streams = _collect_output(proc, {"report": report_r, "log": log_r}, limits, start)
    finally:
        _kill_tree(proc)
        os.close(report_r)
        if log_r >= 0:
            os.close(log_r)
    _, status, usage = os.wait4(proc.pid, 0)
    host_wall = time.perf_counter() - start
    proc.returncode = 0  # reaped by wait4 above; stop Popen from waiting again
    report = _parse_report(streams.report)
    if report is not None:
        status = report["status"]
    elif not streams.timed_out and not streams.exceeded and streams.err.startswith(b"bwrap:"):
        # The sandbox itself failed (e.g. no processes left): not the program's doing.
        raise SandboxError(streams.err.decode(errors="replace").strip())
    files = {}
    for name in collect:
        path = work / name
        if path.is_file() and not path.is_symlink():
            files[name] = path.read_bytes()
    cpu = usage.ru_utime + usage.ru_stime
    return Run(
        exit_code=os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
        signal=os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
        stdout=streams.out,
        stderr=streams.err,
        wall_s=report["wall_ns"] / 1e9 if report else host_wall,
        cpu_s=(report["utime_us"] + report["stime_us"]) / 1e6 if report else cpu,
        max_rss_kb=report["maxrss_kb"] if report else usage.ru_maxrss,
        timed_out=streams.timed_out,
        output_exceeded=streams.exceeded,
        log=streams.log.decode(errors="replace"),
        files=files,
        leftovers=bool(report.get("leftovers", 0)) if report else False,
    )


def _parse_report(text: bytes) -> dict[str, int] | None:
    """The shim's one line, or None when it did not finish (killed on timeout)."""
    for line in text.decode(errors="replace").splitlines():
        if line.startswith("asmopt-shim "):
            fields = dict(item.split("=", 1) for item in line.split()[1:])
            return {k: int(v) for k, v in fields.items()}
    return None


@dataclass
class _Streams:
    out: bytes
    err: bytes
    log: bytes
    report: bytes
    timed_out: bool
    exceeded: bool


def _collect_output(
    proc: subprocess.Popen, extra: dict[str, int], limits: Limits, start: float
) -> _Streams:
    """Read stdout, stderr and the side pipes until EOF, the deadline or the output cap."""
    assert proc.stdout is not None and proc.stderr is not None
    caps = {"out": limits.output_bytes, "err": limits.stderr_bytes, "log": 1 << 20, "report": 4096}
    chunks: dict[str, list[bytes]] = {name: [] for name in caps}
    sizes = dict.fromkeys(caps, 0)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ, "out")
    sel.register(proc.stderr, selectors.EVENT_READ, "err")
    for name, fd in extra.items():
        if fd >= 0:
            sel.register(fd, selectors.EVENT_READ, name)
    deadline = start + limits.wall_s
    timed_out = exceeded = False
    try:
        while sel.get_map() and not exceeded:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                timed_out = True
                break
            for key, _ in sel.select(timeout=remaining):
                data = os.read(key.fd, 65536)
                name = key.data
                if not data:
                    sel.unregister(key.fileobj)
                    continue
                room = caps[name] + 1 - sizes[name]
                if room > 0:
                    chunks[name].append(data[:room])
                    sizes[name] += min(len(data), room)
                if name == "out" and sizes["out"] > caps["out"]:
                    exceeded = True
                    break
        # Pipes closed but the process may live on (it closed its stdout): wait for it.
        while not exceeded and not timed_out and not _exited(proc.pid):
            if time.perf_counter() >= deadline:
                timed_out = True
            time.sleep(0.0005)
    finally:
        sel.close()
    joined = {name: b"".join(parts)[: caps[name]] for name, parts in chunks.items()}
    return _Streams(joined["out"], joined["err"], joined["log"], joined["report"], timed_out, exceeded)


def _exited(pid: int) -> bool:
    """Whether the child has exited, without reaping it (wait4 collects its usage later)."""
    return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def _kill_tree(proc: subprocess.Popen) -> None:
    """Kill the process group. Under bwrap, killing it ends its pid namespace."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()
