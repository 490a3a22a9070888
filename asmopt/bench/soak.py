"""The soak benchmark: many candidates judged, nothing leaked.

`soak` judges many candidates (good, bad and hostile) in rounds through the same
batch path as `asmopt eval` and checks that nothing leaks: no process left behind
(of the sandbox user, or a child of ours), no temporary directory, no descriptor,
no memory growth in the main process, and that every candidate got the verdict
its kind allows. Judge only (no callgrind), with 1 s limits so hangs end fast.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Self

from rich.console import Console
from rich.table import Table

from asmopt import datasets
from asmopt.batch import default_jobs, run_batch
from asmopt.evaluate import EvalConfig

_PROLOGUE = "\t.text\n\t.globl\tmain\n\t.type\tmain, @function\nmain:\n"
_EPILOGUE = "\t.size\tmain, .-main\n\t.section\t.note.GNU-stack,\"\",@progbits\n"


def _main(body: str, data: str = "") -> str:
    return data + _PROLOGUE + body + _EPILOGUE


#: Hostile programs, written as assembly: kind -> (assembly, verdicts allowed, slow).
#: "slow" ones end only at the 1 s wall or CPU limit, so the soak rations them.
HOSTILE: dict[str, tuple[str, frozenset[str], bool]] = {
    # fork() forever: RLIMIT_NPROC stops the growth, the wall clock the program.
    "fork_bomb": (_main("\tsubq\t$8, %rsp\n.Lfork:\n\tcall\tfork@PLT\n\tjmp\t.Lfork\n"),
                  frozenset({"TLE"}), True),
    # write(1, 64 KiB) forever: killed at the output cap.
    "stdout_flood": (_main("\tsubq\t$8, %rsp\n.Lw:\n\tmovl\t$1, %edi\n\tleaq\tbuf(%rip), %rsi\n"
                           "\tmovl\t$65536, %edx\n\tcall\twrite@PLT\n\tjmp\t.Lw\n",
                           "\t.local\tbuf\n\t.comm\tbuf,65536,32\n"),
                     frozenset({"OLE"}), False),
    # write(2, ...) forever: stderr is kept to 64 KiB and drained, the wall clock ends it.
    "stderr_flood": (_main("\tsubq\t$8, %rsp\n.Lw:\n\tmovl\t$2, %edi\n\tleaq\tbuf(%rip), %rsi\n"
                           "\tmovl\t$65536, %edx\n\tcall\twrite@PLT\n\tjmp\t.Lw\n",
                           "\t.local\tbuf\n\t.comm\tbuf,65536,32\n"),
                     frozenset({"TLE"}), True),
    # memset(malloc(1 GiB), 1, 1 GiB): over the address-space limit, malloc fails and
    # memset(NULL) crashes; were it to succeed, peak RSS would be MLE or no output WA.
    "malloc_1g": (_main("\tsubq\t$8, %rsp\n\tmovl\t$1073741824, %edi\n\tcall\tmalloc@PLT\n"
                        "\tmovq\t%rax, %rdi\n\tmovl\t$1, %esi\n\tmovl\t$1073741824, %edx\n"
                        "\tcall\tmemset@PLT\n\txorl\t%eax, %eax\n\taddq\t$8, %rsp\n\tret\n"),
                  frozenset({"RE", "MLE", "WA"}), False),
    # A child that leaves the process group (setsid) and sleeps 60 s; the parent exits at once.
    "orphan_sleeper": (_main("\tsubq\t$8, %rsp\n\tcall\tfork@PLT\n\ttestl\t%eax, %eax\n\tjne\t.Lparent\n"
                             "\tcall\tsetsid@PLT\n\tmovl\t$60, %edi\n\tcall\tsleep@PLT\n"
                             "\txorl\t%edi, %edi\n\tcall\t_exit@PLT\n"
                             ".Lparent:\n\txorl\t%eax, %eax\n\taddq\t$8, %rsp\n\tret\n"),
                       frozenset({"WA"}), False),
    # sleep(60): the wall clock ends it.
    "sleep_60": (_main("\tsubq\t$8, %rsp\n\tmovl\t$60, %edi\n\tcall\tsleep@PLT\n"
                       "\txorl\t%eax, %eax\n\taddq\t$8, %rsp\n\tret\n"),
                 frozenset({"TLE"}), True),
    # Close stdin, stdout and stderr, then sleep: the pipes end but the process does not.
    "closed_stdio_sleep": (_main("\tsubq\t$8, %rsp\n\txorl\t%edi, %edi\n\tcall\tclose@PLT\n"
                                 "\tmovl\t$1, %edi\n\tcall\tclose@PLT\n\tmovl\t$2, %edi\n\tcall\tclose@PLT\n"
                                 "\tmovl\t$60, %edi\n\tcall\tsleep@PLT\n"
                                 "\txorl\t%eax, %eax\n\taddq\t$8, %rsp\n\tret\n"),
                           frozenset({"TLE"}), True),
    # Unbounded recursion: the stack limit, SIGSEGV.
    "stack_overflow": (_main(".Lrec:\n\tcall\t.Lrec\n\tret\n"), frozenset({"RE"}), False),
    # Write a file in the working directory until the file-size limit (SIGXFSZ) or a full tmpfs.
    "disk_fill": (_main("\tpushq\t%rbx\n\tleaq\t.Lname(%rip), %rdi\n\tmovl\t$65, %esi\n\tmovl\t$420, %edx\n"
                        "\txorl\t%eax, %eax\n\tcall\topen@PLT\n\tmovl\t%eax, %ebx\n\ttestl\t%eax, %eax\n"
                        "\tjs\t.Lfail\n.Lw:\n\tmovl\t%ebx, %edi\n\tleaq\tbuf(%rip), %rsi\n\tmovl\t$65536, %edx\n"
                        "\tcall\twrite@PLT\n\ttestq\t%rax, %rax\n\tjg\t.Lw\n"
                        ".Lfail:\n\tmovl\t$3, %eax\n\tpopq\t%rbx\n\tret\n",
                        "\t.section\t.rodata\n.Lname:\n\t.string\t\"junk\"\n\t.local\tbuf\n\t.comm\tbuf,65536,32\n"),
                  frozenset({"RE"}), False),
    # kill(-1, SIGKILL) and kill(1, SIGKILL): try to take the sandbox's pid 1 (the shim) down.
    # (Confined to the sandbox's pid namespace; never judge these with the sandbox off.)
    "kill_all": (_main("\tsubq\t$8, %rsp\n\tmovl\t$-1, %edi\n\tmovl\t$9, %esi\n\tcall\tkill@PLT\n"
                       "\tmovl\t$1, %edi\n\tmovl\t$9, %esi\n\tcall\tkill@PLT\n"
                       "\txorl\t%eax, %eax\n\taddq\t$8, %rsp\n\tret\n"),
                 frozenset({"WA"}), False),
    # Threads that spin until the process's CPU limit (SIGXCPU) or the wall clock.
    "thread_swarm": (_main("\tsubq\t$24, %rsp\n\tmovl\t$200, %ebx\n.Lt:\n\tleaq\t8(%rsp), %rdi\n"
                           "\txorl\t%esi, %esi\n\tleaq\tspin(%rip), %rdx\n\txorl\t%ecx, %ecx\n"
                           "\tcall\tpthread_create@PLT\n\tdecl\t%ebx\n\tjnz\t.Lt\n.Lself:\n\tjmp\t.Lself\n",
                           "\t.text\n\t.type\tspin, @function\nspin:\n\tjmp\tspin\n\t.size\tspin, .-spin\n"),
                     frozenset({"TLE"}), True),
    # Build-time attack: read a host file into the binary. The assembler sees no host files.
    "incbin_secret": (_main("\txorl\t%eax, %eax\n\tret\n", "\t.section\t.rodata\nsecret:\n"
                            "\t.incbin\t\"/etc/shadow\"\n"),
                      frozenset({"CE"}), False),
    # Build-time attack: a 512 MiB section, over the build's file-size limit.
    "fill_bomb": (_main("\txorl\t%eax, %eax\n\tret\n", "\t.data\nbomb:\n\t.fill\t536870912, 1, 7\n"),
                  frozenset({"CE"}), False),
}

#: The baseline with a child that leaves the process group and sleeps 60 s, forked
#: before the real main: the answer is right (AC) and the sleeper must not outlive the run.
_ORPHAN_PREFIX = (
    "\t.text\n\t.globl\tmain\n\t.type\tmain, @function\nmain:\n"
    "\tpushq\t%rdi\n\tpushq\t%rsi\n\tsubq\t$8, %rsp\n\tcall\tfork@PLT\n\ttestl\t%eax, %eax\n"
    "\tjne\t.Lsoak_parent\n\tcall\tsetsid@PLT\n\tmovl\t$60, %edi\n\tcall\tsleep@PLT\n"
    "\txorl\t%edi, %edi\n\tcall\t_exit@PLT\n"
    ".Lsoak_parent:\n\taddq\t$8, %rsp\n\tpopq\t%rsi\n\tpopq\t%rdi\n\tjmp\tsoak_real_main\n"
    "\t.size\tmain, .-main\n"
)


def _orphan_then_answer(baseline_asm: str) -> str:
    import re

    return _ORPHAN_PREFIX + re.sub(r"\bmain\b", "soak_real_main", baseline_asm)


@dataclass(frozen=True)
class _SoakItem:
    kind: str
    task_id: str
    asm: str
    allowed: frozenset[str]


def _soak_kinds(tasks: list, shipped: list[dict]) -> tuple[list[_SoakItem], list[_SoakItem], list[_SoakItem]]:
    """(every kind once, the fast kinds to cycle through, the slow kinds to ration)."""
    by_id = {t.id: t for t in tasks}
    ids = sorted(by_id)
    every, fast, slow = [], [], []
    for t in ids:
        item = _SoakItem("baseline", t, by_id[t].baseline.asm, frozenset({"AC"}))
        every.append(item)
    for t in ids:
        item = _SoakItem("orphan_then_answer", t, _orphan_then_answer(by_id[t].baseline.asm), frozenset({"AC"}))
        every.append(item)
        fast.append(item)
    for c in shipped:
        item = _SoakItem(f"shipped_{c['label']}", c["task_id"], c["asm"], frozenset({c["expect"]}))
        every.append(item)
        (slow if c["expect"] == "TLE" else fast).append(item)
    for i, (kind, (asm, allowed, is_slow)) in enumerate(HOSTILE.items()):
        item = _SoakItem(kind, ids[i % len(ids)], asm, allowed)
        every.append(item)
        (slow if is_slow else fast).append(item)
    return every, fast, slow


def _soak_plan(tasks: list, shipped: list[dict], n: int) -> list[_SoakItem]:
    """n candidates: every kind once first, then a cycle of 24 slots: 12 unchanged
    baselines, 11 fast good/bad/hostile ones, 1 slow one (a program that runs into the limits)."""
    every, fast, slow = _soak_kinds(tasks, shipped)
    baselines = [i for i in every if i.kind == "baseline"]
    plan = list(every)
    b = f = s = 0
    while len(plan) < n:
        for slot in range(24):
            if slot < 12:
                plan.append(baselines[b % len(baselines)])
                b += 1
            elif slot < 23:
                plan.append(fast[f % len(fast)])
                f += 1
            else:
                plan.append(slow[s % len(slow)])
                s += 1
    return plan[:n]


def _write_soak(path: Path, items: list[_SoakItem], tag: str) -> None:
    with open(path, "w") as f:
        for i, item in enumerate(items):
            # A unique comment: every candidate is built, none is served from the cache.
            asm = item.asm + f"\n# soak {tag} {i}\n"
            f.write(json.dumps({"task_id": item.task_id, "asm": asm, "kind": item.kind}) + "\n")


def _soak_batch(items: list[_SoakItem], cfg: EvalConfig, jobs: int, tmp: Path, tag: str,
                tally: dict[str, dict[str, int]], unexpected: list[str]) -> tuple[float, int, list[str]]:
    """Judge `items` in one batch; (seconds, results missing, batch errors)."""
    cands, out = tmp / f"{tag}.jsonl", tmp / f"{tag}-results.jsonl"
    _write_soak(cands, items, tag)
    start = time.perf_counter()
    report = run_batch("examples", cands, out, cfg, jobs)
    elapsed = time.perf_counter() - start
    results: dict[int, dict] = {}
    for line in out.read_text().splitlines():
        rec = json.loads(line)
        results[rec["index"]] = rec
    for number, item in enumerate(items, start=1):
        rec = results.get(number)
        if rec is None:
            continue
        verdict = rec["verdict"]
        tally.setdefault(item.kind, {}).setdefault(verdict, 0)
        tally[item.kind][verdict] += 1
        if verdict not in item.allowed:
            unexpected.append(f"{tag}:{number} {item.kind} ({item.task_id}): {verdict} {rec['message'][:120]}")
    missing = sum(1 for number in range(1, len(items) + 1) if number not in results)
    cands.unlink()
    out.unlink()
    return elapsed, missing, report.errors


def _proc_stat(pid: str) -> tuple[int, int, int] | None:
    """(ppid, uid, start time in clock ticks) of a process, None when it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        uid = Path(f"/proc/{pid}").stat().st_uid
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[1]), uid, int(fields[19])


def _processes() -> dict[int, tuple[int, int, int]]:
    out = {}
    for name in os.listdir("/proc"):
        if name.isdigit() and (info := _proc_stat(name)) is not None:
            out[int(name)] = info
    return out


def _descendants(procs: dict[int, tuple[int, int, int]], root: int) -> set[tuple[int, int]]:
    children: dict[int, list[int]] = {}
    for pid, (ppid, _, _) in procs.items():
        children.setdefault(ppid, []).append(pid)
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add((child, procs[child][2]))
            todo.append(child)
    return found


def _sandbox_processes(procs: dict[int, tuple[int, int, int]], since_ticks: int,
                       owners: set[int] | None = None) -> set[tuple[int, int]]:
    """Processes of the sandbox user (nobody) started since `since_ticks`.

    With `owners`, only the sandboxes of those processes: each sandbox binds files
    from its owner's staging directory (asmopt-stage-PID-*), which shows in the
    command line of bwrap and in the mount table of everything inside. Other
    asmopt runs on the machine then do not count as our leaks.
    """
    from asmopt.sandbox import NOBODY

    found = set()
    marks = tuple(f"asmopt-stage-{pid}-" for pid in owners or ())
    for pid, (_, uid, start) in procs.items():
        if uid != NOBODY or start < since_ticks:
            continue
        if owners is not None:
            try:
                text = Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
                text += Path(f"/proc/{pid}/mountinfo").read_text(errors="replace")
            except OSError:
                text += ""
            if not any(mark in text for mark in marks):
                continue
        found.add((pid, start))
    return found


class _Lineage:
    """Every process that descends from this one while it runs, sampled in a thread
    (pool workers come and go between rounds): whose sandboxes are ours."""

    def __init__(self, period_s: float = 0.25) -> None:
        import threading

        self.pids = {os.getpid()}
        self.lock = threading.Lock()  # held while sampling: it opens files, so fd counts wait
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(period_s,), daemon=True)

    def _run(self, period_s: float) -> None:
        while not self._stop.wait(period_s):
            with self.lock:
                self.pids |= {pid for pid, _ in _descendants(_processes(), os.getpid())}

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _temp_dirs() -> set[str]:
    tmp = Path(tempfile.gettempdir())
    return {p.name for pattern in ("asmopt-run-*", "asmopt-src-*") for p in tmp.glob(pattern)}


def _stale_staging() -> set[str]:
    """Staging directories whose process is gone (each process removes its own at exit)."""
    stale = set()
    for p in Path(tempfile.gettempdir()).glob("asmopt-stage-*"):
        try:
            pid = int(p.name.split("-")[2])
        except (IndexError, ValueError):
            continue
        if not Path(f"/proc/{pid}").exists():
            stale.add(p.name)
    return stale


def _rss_kib() -> tuple[int, int]:
    """(peak, current) resident set size of this process, KiB."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    current = 0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            current = int(line.split()[1])
    return peak, current


def _open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def _boot_ticks_now() -> int:
    """The current time in the clock ticks since boot that /proc/PID/stat start times use."""
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return int(uptime * os.sysconf("SC_CLK_TCK"))


#: The main process's peak RSS may grow by this much over the run and still count as flat.
SOAK_RSS_SLACK_KIB = 16 * 1024


def soak(n: int = 2000, jobs: int | None = None, console: Console | None = None,
         round_size: int = 250) -> dict:
    """Judge n good, bad and hostile candidates in rounds; print and return throughput, memory and leaks.

    PASS needs: every result present with a verdict its kind allows, no batch error,
    nothing leaked (sandbox-user processes, children, temporary directories, stale
    staging directories, descriptors), the main process's peak RSS flat within
    SOAK_RSS_SLACK_KIB, and a plain baseline still judged AC afterwards.
    """
    from asmopt import toolchain
    from asmopt.sandbox import Limits

    console = console or Console()
    jobs = jobs or default_jobs()
    dataset = datasets.load("examples")
    tasks = [toolchain.with_baseline(t) for t in dataset.tasks.values()]
    shipped = [json.loads(line) for line in
               (datasets.BUILTIN["examples"] / "candidates.jsonl").read_text().splitlines() if line.strip()]
    every, _, _ = _soak_kinds(tasks, shipped)
    plan = _soak_plan(tasks, shipped, n)
    cfg = EvalConfig(limits=Limits(wall_s=1.0, cpu_s=1.0), instructions=False, timing=False)
    tally: dict[str, dict[str, int]] = {}
    warm_tally: dict[str, dict[str, int]] = {}
    unexpected: list[str] = []
    errors: list[str] = []
    missing = 0

    start_ticks = _boot_ticks_now()
    dirs_before = _temp_dirs()
    staging_before = _stale_staging()
    children_before = _descendants(_processes(), os.getpid())
    old = os.environ.get("ASMOPT_CACHE")
    with _Lineage() as lineage, tempfile.TemporaryDirectory(prefix="asmopt-soak-") as tmp_name:
        tmp = Path(tmp_name)
        os.environ["ASMOPT_CACHE"] = str(tmp / "cache")
        try:
            # Warm-up: every kind once; prepares baselines, imports, caches.
            _, warm_missing, warm_errors = _soak_batch(every, cfg, jobs, tmp, "warmup", warm_tally, unexpected)
            missing += warm_missing
            errors += warm_errors
            rss_warm, cur_warm = _rss_kib()
            with lineage.lock:
                fds_warm = _open_fds()
            elapsed = 0.0
            rounds = []
            for r, first in enumerate(range(0, n, round_size)):
                items = plan[first:first + round_size]
                secs, miss, errs = _soak_batch(items, cfg, jobs, tmp, f"round{r}", tally, unexpected)
                elapsed += secs
                missing += miss
                errors += errs
                with lineage.lock:
                    fds = _open_fds()
                rounds.append({"candidates": len(items), "seconds": secs, "rss_kib": _rss_kib()[1], "fds": fds})
                console.print(f"soak round {r + 1}: {len(items)} candidates in {secs:.1f} s "
                              f"({len(items) / secs:.1f}/s), RSS {rounds[-1]['rss_kib'] / 1024:.1f} MiB, "
                              f"{rounds[-1]['fds']} fds", highlight=False)
            rss_end, cur_end = _rss_kib()
            # Afterwards the harness still works: the plain baselines are AC.
            after_tally: dict[str, dict[str, int]] = {}
            after_unexpected: list[str] = []
            _, after_missing, after_errors = _soak_batch(every[: len(tasks)], cfg, jobs, tmp, "after",
                                                         after_tally, after_unexpected)
            harness_ok = not after_missing and not after_errors and not after_unexpected
        finally:
            if old is None:
                os.environ.pop("ASMOPT_CACHE", None)
            else:
                os.environ["ASMOPT_CACHE"] = old
    fds_end = _open_fds()

    # Let anything still dying finish (up to 5 s), then count what is left.
    deadline = time.monotonic() + 5.0
    while True:
        procs = _processes()
        nobody = _sandbox_processes(procs, start_ticks, lineage.pids)
        children = _descendants(procs, os.getpid()) - children_before
        dirs = _temp_dirs() - dirs_before
        staging = _stale_staging() - staging_before
        if not (nobody or children or dirs or staging) or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    others = len(_sandbox_processes(procs, start_ticks) - nobody)
    leaks = {
        "sandbox_user_processes": len(nobody),
        "child_processes": len(children),
        "temp_dirs": len(dirs),
        "stale_staging_dirs": len(staging),
        "open_fds": max(0, fds_end - fds_warm),
    }
    leaked = sum(leaks.values())
    growth = rss_end - rss_warm
    flat = growth <= SOAK_RSS_SLACK_KIB
    passed = leaked == 0 and missing == 0 and not errors and not unexpected and flat and harness_ok
    figures = {
        "candidates": n,
        "jobs": jobs,
        "seconds": elapsed,
        "candidates_per_s": n / elapsed if elapsed else 0.0,
        "verdicts": tally,
        "missing": missing,
        "errors": errors,
        "unexpected": unexpected,
        "rss_peak_warm_kib": rss_warm,
        "rss_peak_end_kib": rss_end,
        "rss_peak_growth_kib": growth,
        "rss_current_warm_kib": cur_warm,
        "rss_current_end_kib": cur_end,
        "memory_flat": flat,
        "fds_warm": fds_warm,
        "fds_end": fds_end,
        "leaks": leaks,
        "leaked": leaked,
        "leaked_names": sorted(dirs | staging) + [f"pid {p}" for p, _ in sorted(nobody | children)],
        "other_sandbox_processes": others,  # of other asmopt runs on the machine: not counted
        "descendant_pids_seen": len(lineage.pids) - 1,
        "harness_ok_after": harness_ok,
        "rounds": rounds,
        "passed": passed,
    }
    _print_soak(figures, console)
    return figures


def _print_soak(fig: dict, console: Console) -> None:
    table = Table(title=f"asmopt bench soak: {fig['candidates']} candidates on examples, -j {fig['jobs']}, "
                        "judge only, 1 s limits")
    table.add_column("measure")
    table.add_column("value", justify="right")
    table.add_row("candidates/s", f"{fig['candidates_per_s']:.1f} ({fig['seconds']:.0f} s)")
    for kind, verdicts in sorted(fig["verdicts"].items()):
        table.add_row(f"  {kind}", " ".join(f"{v} {c}" for v, c in sorted(verdicts.items())))
    table.add_row("results missing", str(fig["missing"]))
    table.add_row("batch errors", str(len(fig["errors"])))
    table.add_row("unexpected verdicts", str(len(fig["unexpected"])))
    table.add_row("peak RSS after warm-up / end", f"{fig['rss_peak_warm_kib'] / 1024:.1f} / "
                  f"{fig['rss_peak_end_kib'] / 1024:.1f} MiB")
    table.add_row("peak RSS growth", f"{fig['rss_peak_growth_kib'] / 1024:+.1f} MiB "
                  f"({'flat' if fig['memory_flat'] else 'GROWS'}, slack {SOAK_RSS_SLACK_KIB // 1024} MiB)")
    table.add_row("current RSS after warm-up / end", f"{fig['rss_current_warm_kib'] / 1024:.1f} / "
                  f"{fig['rss_current_end_kib'] / 1024:.1f} MiB")
    table.add_row("open fds after warm-up / end", f"{fig['fds_warm']} / {fig['fds_end']}")
    for name, count in fig["leaks"].items():
        table.add_row(f"leaked {name.replace('_', ' ')}", str(count))
    table.add_row("leaked objects", str(fig["leaked"]))
    if fig["other_sandbox_processes"]:
        table.add_row("(sandbox processes of other runs, not ours)", str(fig["other_sandbox_processes"]))
    table.add_row("harness works after", "yes" if fig["harness_ok_after"] else "NO")
    console.print(table)
    for line in (fig["errors"] + fig["unexpected"])[:10]:
        console.print(f"  {line}", markup=False, highlight=False)
    if fig["leaked_names"]:
        console.print(f"  leaked: {', '.join(fig['leaked_names'][:10])}", markup=False, highlight=False)
    console.print("[bold green]PASS[/]" if fig["passed"] else "[bold red]FAIL[/]")
