"""Instruction counts from valgrind's callgrind: exact and repeatable.

A binary is always run as /box/prog with the sandbox's fixed environment, so
the baseline and an identical candidate read the same count (the count shifts
with the path's length and the environment). valgrind reports on its own log
pipe, which the program's stdout cannot forge. The program's stdout under
valgrind is returned too: the harness checks it, so a program cannot behave
differently when measured.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from asmopt import cache, sandbox

#: valgrind is ~50x slower than native; callers scale the wall limit.
LIMITS = sandbox.Limits(wall_s=120.0, cpu_s=120.0, memory_bytes=None)
_ARGV = (
    "/usr/bin/valgrind",
    "--tool=callgrind",
    "--callgrind-out-file=/dev/null",
    "--vgdb=no",
    "--log-fd={logfd}",
    "/box/prog",
)
_COLLECTED = re.compile(r"^==(\d+)== Collected : (\d+)\s*$", re.M)
_COMMAND = re.compile(r"^==(\d+)== Command: ", re.M)
_UNDECODABLE = ("unhandled instruction bytes", "Illegal opcode")


@dataclass(frozen=True)
class Count:
    """One measured run: the count, or why there is none."""

    instructions: int | None
    stdout: bytes
    ok: bool  # the run ended normally (exit 0, in time) and was counted
    error: str = ""  # why not ok (tool limitation, timeout or crash under valgrind)
    tool_failure: bool = False  # valgrind itself could not run this binary: not the program's fault


@lru_cache(maxsize=1)
def valgrind_version() -> str:
    try:
        return subprocess.run(["valgrind", "--version"], capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


def count(binary: Path, stdin: bytes, limits: sandbox.Limits = LIMITS, *, unsafe: bool = False) -> Count:
    """Run `binary` on `stdin` under callgrind in the sandbox and return its instruction count."""
    run = sandbox.execute(
        list(_ARGV), stdin=stdin, ro_files={"prog": binary}, limits=limits, log_channel=True, unsafe=unsafe
    )
    instructions = parse_collected(run.log)
    if cannot_decode(run.log):
        return Count(None, run.stdout, False, "valgrind cannot decode an instruction of this binary "
                     "(e.g. AVX-512); not counted", tool_failure=True)
    if run.timed_out:
        return Count(None, run.stdout, False, f"timed out under valgrind after {limits.wall_s:g} s")
    if run.leftovers:
        return Count(None, run.stdout, False, "processes outlived the program under valgrind; "
                     "their work would not be counted")
    if instructions is None:
        tail = run.log.strip().splitlines()[-3:]
        return Count(None, run.stdout, False, "no count from valgrind: " + " | ".join(tail))
    if not run.ok:
        return Count(instructions, run.stdout, False, f"ended with {_ending(run)} under valgrind")
    return Count(instructions, run.stdout, True)


def cannot_decode(log: str) -> bool:
    """Whether valgrind's log says it met an instruction it cannot decode (e.g. AVX-512 in 3.19)."""
    return any(marker in log for marker in _UNDECODABLE)


def cached_count(binary: Path, stdin: bytes, limits: sandbox.Limits = LIMITS, *, unsafe: bool = False) -> Count:
    """`count`, remembered on disk by (binary bytes, input, valgrind version).

    Used for baselines and the start-up floor, which every candidate of a task
    is compared against: they are measured once, never per candidate.
    """
    key = cache.digest("callgrind-v1", binary.read_bytes(), stdin, valgrind_version(), str(unsafe))
    hit = cache.get_json("count", key)
    if hit is not None:
        return Count(hit["instructions"], bytes.fromhex(hit["stdout"]), hit["ok"], hit["error"], hit["tool_failure"])
    result = count(binary, stdin, limits, unsafe=unsafe)
    if result.ok:  # failures may be transient (a loaded machine timing out): do not remember them
        cache.put_json("count", key, {
            "instructions": result.instructions, "stdout": result.stdout.hex(), "ok": result.ok,
            "error": result.error, "tool_failure": result.tool_failure,
        })
    return result


def parse_collected(log: str) -> int | None:
    """Instructions of the whole process tree from a callgrind log, or None.

    Every process valgrind ran (the program and any child it forked) reports
    its own "Collected" total; they are summed, so work moved into a child is
    counted. None when the main process (named on the first "Command:" line)
    reported nothing, e.g. because it exec'd another program.
    """
    first = _COMMAND.search(log)
    if first is None:
        return None
    totals: dict[str, int] = {}
    for pid, n in _COLLECTED.findall(log):
        totals[pid] = int(n)  # the last line of a process wins
    if first.group(1) not in totals:
        return None
    return sum(totals.values())


#: The instruction preamble of a valgrind client request (valgrind.h, amd64):
#: four rotations of %rdi that are a no-op natively but make valgrind act, e.g.
#: stop counting (CALLGRIND_TOGGLE_COLLECT) or run code natively, uncounted.
CLIENT_REQUEST = bytes.fromhex("48c1c70348c1c70d48c1c73d48c1c733")


def uses_client_requests(binary: Path) -> bool:
    """Whether a binary contains a valgrind client request: its count cannot be trusted."""
    return CLIENT_REQUEST in binary.read_bytes()


def _ending(run: sandbox.Run) -> str:
    if run.signal is not None:
        return f"signal {run.signal}"
    return f"exit status {run.exit_code}"
