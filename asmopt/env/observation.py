"""What an agent sees of a program: a fixed-length feature vector, and the same as words.

Features come from the assembly (read by `asmopt.asm`, the one reader):
instruction classes counted inside loops (blocks on a back edge's path) and in
the whole program, calls to the C library's I/O, which rewrite passes match,
and what the harness measured: the Amdahl ceilings of the baseline (how much
of its time its own code takes), the current speedup, the last verdict. The
words (`words`) are the vector bucketed, the prompt a small language-model
policy reads (`asmopt.policies.learned`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from asmopt import asm as reader
from asmopt.ceiling import Ceiling
from asmopt.env.actions import Action

#: Instruction classes, by mnemonic (AT&T, suffixes as gcc and clang write them).
CLASSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("div", re.compile(r"^(i?div[bwlq]?|div[sp][sd]|vdiv[sp][sd])$")),
    ("mul", re.compile(r"^(i?mul[bwlq]?|mulx[lq]?)$")),
    ("shift", re.compile(r"^(sh[lr]|sa[lr]|ro[lr]|sh[lr]d|sarx|shlx|shrx)[bwlq]?$")),
    ("bitop", re.compile(r"^(and|or|xor|not|test|bt[crs]?|andn|blsr|blsi|tzcnt|lzcnt|popcnt|bsf|bsr)[bwlq]?$")),
    ("cmov", re.compile(r"^(cmov|set)[a-z]+$")),
    ("branch", re.compile(r"^j(?!mp)[a-z]+$")),
    ("fp", re.compile(r"^v?(add|sub|mul|div|sqrt|min|max|cvt[a-z0-9]*|ucomi|comi)s[sd]$")),
    ("vector", re.compile(r"^v?(p[a-z0-9]+|[a-z]+p[sd]|vpermq|vbroadcast[a-z0-9]*|vextract[a-z0-9]*|vinsert[a-z0-9]*)$")),
    ("lea", re.compile(r"^lea[lq]?$")),
    ("call", re.compile(r"^call[q]?$")),
)
IO = re.compile(r"\b(scanf|__isoc99_scanf|__isoc23_scanf|printf|puts|putchar|getchar|fgets|fread|fwrite|"
                r"getchar_unlocked|putchar_unlocked|__printf_chk|__fprintf_chk|strtol|atoi)\b")
VERDICTS = ("none", "AC", "WA", "CE", "other")


def loop_blocks(fn: reader.Function) -> set[int]:
    """Blocks on some back edge's path (b -> s with s <= b: blocks s..b), a cheap loop test."""
    inside: set[int] = set()
    for b, block in enumerate(fn.blocks):
        for s in block.successors:
            if s <= b:
                inside.update(range(s, b + 1))
    return inside


@dataclass(frozen=True)
class Static:
    """What the assembly text says, before anything is run."""

    loop: dict[str, int]  # instruction class -> count inside loops
    total: dict[str, int]  # instruction class -> count anywhere ("all": every instruction)
    loops: int  # back edges
    functions: int
    io_calls: int  # calls to C library I/O and number parsing


def static(asm: str) -> Static:
    """Count the instruction classes of `asm` in loops and overall (never raises)."""
    loop = dict.fromkeys((n for n, _ in CLASSES), 0)
    total = {**dict.fromkeys((n for n, _ in CLASSES), 0), "all": 0}
    loops = io = 0
    fns = reader.functions(reader.parse(asm))
    for fn in fns:
        inside = loop_blocks(fn)
        loops += sum(1 for b, blk in enumerate(fn.blocks) for s in blk.successors if s <= b)
        for b, block in enumerate(fn.blocks):
            for st in block.statements:
                m = st.mnemonic or ""
                total["all"] += 1
                if m.startswith("call") and st.operands and IO.search(st.operands[0]):
                    io += 1
                for name, pat in CLASSES:
                    if pat.match(m):
                        total[name] += 1
                        if b in inside:
                            loop[name] += 1
                        break
    return Static(loop, total, loops, len(fns), io)


def matching(asm: str, vocabulary: Sequence[Action]) -> list[bool]:
    """For each single-pass action of the vocabulary, whether it would change `asm` here."""
    return [a.matches(asm) for a in vocabulary if a.kind == "pass"]


def feature_names(vocabulary: Sequence[Action]) -> tuple[str, ...]:
    """The name of each entry of the feature vector, in order."""
    return (*(f"loop_{n}" for n, _ in CLASSES), *(f"all_{n}" for n, _ in CLASSES), "all_instructions",
            "loops", "functions", "io_calls",
            *(f"applies_{a.name}" for a in vocabulary if a.kind == "pass"),
            "ceiling_known", "own_share", "log_own_ceiling", "log_above_floor",
            "log_speedup", "step", *(f"verdict_{v}" for v in VERDICTS))


def _log_count(n: int) -> float:
    return math.log1p(n)


def features(st: Static, applies: Sequence[bool], ceiling: Ceiling | None, speedup: float, step: float,
             verdict: str) -> np.ndarray:
    """The feature vector (float32) in `feature_names` order."""
    own = min(ceiling.own, 1e6) if ceiling is not None else 1.0
    above = min(ceiling.above_floor, 1e6) if ceiling is not None else 1.0
    v = verdict if verdict in VERDICTS else "other"
    values = [
        *(_log_count(st.loop[n]) for n, _ in CLASSES),
        *(_log_count(st.total[n]) for n, _ in CLASSES),
        _log_count(st.total["all"]), _log_count(st.loops), _log_count(st.functions), _log_count(st.io_calls),
        *(1.0 if a else 0.0 for a in applies),
        1.0 if ceiling is not None else 0.0,
        ceiling.own_share if ceiling is not None else 0.0,
        math.log(own), math.log(above),
        math.log(speedup) if speedup > 0 else 0.0, step,
        *(1.0 if v == name else 0.0 for name in VERDICTS),
    ]
    return np.asarray(values, dtype=np.float32)


def _bucket(name: str, value: float) -> str:
    if name.startswith(("loop_", "all_", "loops", "functions", "io_calls")):
        return str(min(int(round(value)), 9))  # log1p counts: 0..9
    if name.startswith(("applies_", "verdict_", "ceiling_known")):
        return "1" if value >= 0.5 else "0"
    if name == "own_share":
        return str(min(int(value * 10), 9))
    if name.startswith("log_"):
        return str(max(-3, min(int(math.floor(value / 0.05)), 20)))  # 5% steps of log speedup
    return str(min(int(value * 4), 4))  # step in quarters


def words(names: Sequence[str], vector: np.ndarray) -> list[str]:
    """The feature vector as words (`name=bucket`), a language model's prompt."""
    return [f"{n}={_bucket(n, float(x))}" for n, x in zip(names, vector, strict=True)]


def word_vocabulary(names: Sequence[str]) -> list[str]:
    """Every word `words` can produce for these feature names."""
    out: list[str] = []
    for n in names:
        if n.startswith(("applies_", "verdict_", "ceiling_known")):
            values = ["0", "1"]
        elif n.startswith("log_"):
            values = [str(i) for i in range(-3, 21)]
        elif n == "step":
            values = [str(i) for i in range(5)]
        else:
            values = [str(i) for i in range(10)]
        out.extend(f"{n}={v}" for v in values)
    return out


def prompt_names(names: Sequence[str]) -> list[str]:
    """The feature names of `names` that a policy's prompt holds: what the assembly says and which
    rewrite passes match (nothing measured, so a policy reads a program before anything runs)."""
    return [n for n in names if n.startswith(("loop_", "all_", "loops", "functions", "io_calls", "applies_"))]
