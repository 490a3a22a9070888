"""Judge: turn runs into verdicts, per test and overall.

Verdict codes follow online judges: AC accepted, WA wrong answer, RE runtime
error (crash or nonzero exit), TLE time limit, OLE output limit, MLE memory
limit, CE did not build, SV sandbox violation. Outputs are compared byte for
byte by default, as the reference paper does; a task may select a normalising
checker instead.
"""

from __future__ import annotations

import signal
from collections.abc import Callable, Sequence
from enum import Enum

from asmopt.sandbox import Limits, Run


class Verdict(str, Enum):
    AC = "AC"
    WA = "WA"
    RE = "RE"
    TLE = "TLE"
    OLE = "OLE"
    MLE = "MLE"
    CE = "CE"
    SV = "SV"

    def __str__(self) -> str:
        return self.value


def _exact(out: bytes, expected: bytes) -> bool:
    return out == expected


def _lines(out: bytes, expected: bytes) -> bool:
    """Equal up to trailing blanks on each line and trailing blank lines."""

    def norm(b: bytes) -> list[bytes]:
        lines = [line.rstrip() for line in b.split(b"\n")]
        while lines and not lines[-1]:
            lines.pop()
        return lines

    return norm(out) == norm(expected)


def _tokens(out: bytes, expected: bytes) -> bool:
    """Equal as whitespace-separated tokens."""
    return out.split() == expected.split()


CHECKERS: dict[str, Callable[[bytes, bytes], bool]] = {
    "exact": _exact,
    "lines": _lines,
    "tokens": _tokens,
}


def check_output(out: bytes, expected: bytes, checker: str = "exact") -> bool:
    """Whether `out` is an accepted answer for `expected` under `checker`."""
    try:
        return CHECKERS[checker](out, expected)
    except KeyError:
        raise ValueError(f"unknown checker {checker!r} (known: {', '.join(CHECKERS)})") from None


def judge_run(run: Run, expected: bytes, limits: Limits, checker: str = "exact") -> tuple[Verdict, str]:
    """The verdict of one run on one test, with a short message for anything but AC."""
    if run.output_exceeded:
        return Verdict.OLE, f"output over {limits.output_bytes} bytes"
    if run.timed_out:
        return Verdict.TLE, f"wall time over {limits.wall_s:g} s"
    if limits.cpu_s is not None and run.cpu_s > limits.cpu_s:
        return Verdict.TLE, f"CPU time {run.cpu_s:.2f} s over {limits.cpu_s:g} s"
    if run.signal == signal.SIGSYS:
        return Verdict.SV, "killed for a forbidden system call (seccomp)"
    if run.signal == signal.SIGXCPU:
        return Verdict.TLE, "killed at the CPU time limit"
    if limits.memory_bytes is not None and run.max_rss_kb * 1024 > limits.memory_bytes:
        return Verdict.MLE, f"peak memory {run.max_rss_kb // 1024} MiB over the limit"
    if run.signal is not None:
        return Verdict.RE, f"killed by {_signame(run.signal)}"
    if run.exit_code != 0:
        return Verdict.RE, f"exit status {run.exit_code}"
    if not check_output(run.stdout, expected, checker):
        return Verdict.WA, _first_difference(run.stdout, expected)
    return Verdict.AC, ""


def overall(verdicts: Sequence[Verdict]) -> Verdict:
    """The task verdict: AC when every test is AC, else the first failing test's verdict."""
    for v in verdicts:
        if v is not Verdict.AC:
            return v
    return Verdict.AC


def _signame(sig: int) -> str:
    try:
        return signal.Signals(sig).name
    except ValueError:
        return f"signal {sig}"


def _first_difference(out: bytes, expected: bytes) -> str:
    """Where the output first departs from the expected one, for feedback and logs."""
    out_lines, exp_lines = out.split(b"\n"), expected.split(b"\n")
    for i, (a, b) in enumerate(zip(out_lines, exp_lines)):
        if a != b:
            return f"line {i + 1}: expected {_clip(b)}, got {_clip(a)}"
    if len(out_lines) < len(exp_lines):
        return f"output ends early after {len(out)} bytes (expected {len(expected)})"
    return f"output longer than expected ({len(out)} bytes, expected {len(expected)})"


def _clip(b: bytes, n: int = 60) -> str:
    text = b.decode(errors="replace")
    return repr(text if len(text) <= n else text[:n] + "...")
