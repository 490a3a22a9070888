"""Traps: candidate/baseline pairs built so that instruction counts and time disagree.

Each is a folder of `benchmarks/traps/` (see its README): a program, how its
baseline and candidate are made (other gcc flags, or an assembly-search pass
applied to the baseline), and what time must say (`not_faster`). They are the
test that the judge does not call a cheaper-looking program faster, and the
part of `asmopt bench cost`'s calibration where a cost can most easily go wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from asmopt import datasets, toolchain
from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.inputs import make_task
from asmopt.policies.passes import PASSES, cpu_flags
from asmopt.task import Baseline, Task

ROOT = Path(__file__).resolve().parent.parent / "benchmarks" / "traps"
EXPECT = ("not_faster", "faster", None)


@dataclass(frozen=True)
class Trap:
    """One trap as its folder describes it."""

    name: str
    folder: Path
    what: str
    program: str  # "prog.c" or "builtin:NAME"
    baseline_flags: tuple[str, ...]
    candidate_flags: tuple[str, ...] | None
    candidate_pass: str | None
    requires: tuple[str, ...]
    expect: str | None
    instructions: str | None

    def missing(self, flags: frozenset[str] | None = None) -> tuple[str, ...]:
        """CPU features the trap needs that this machine lacks (empty: it can run here)."""
        have = cpu_flags() if flags is None else flags
        return tuple(f for f in self.requires if f not in have)


def load(folder: Path) -> Trap:
    """Read one trap folder; AsmoptError naming the folder when `trap.json` is unusable."""
    try:
        spec = json.loads((folder / "trap.json").read_text())
    except (OSError, ValueError) as exc:
        raise AsmoptError(f"trap {folder}: cannot read trap.json: {exc}") from None
    cand = spec.get("candidate") or {}
    flags, pass_name = cand.get("flags"), cand.get("pass")
    if (flags is None) == (pass_name is None):
        raise AsmoptError(f"trap {folder}: candidate needs exactly one of 'flags' or 'pass'")
    if pass_name is not None and pass_name not in {p.name for p in PASSES}:
        raise AsmoptError(f"trap {folder}: unknown assembly-search pass {pass_name!r}")
    if spec.get("expect") not in EXPECT:
        raise AsmoptError(f"trap {folder}: expect must be one of {EXPECT}")
    program = spec.get("program", "prog.c")
    return Trap(folder.name, folder, spec.get("what", ""), program, tuple(spec.get("baseline", ["-O3"])),
                tuple(flags) if flags is not None else None, pass_name, tuple(spec.get("requires", [])),
                spec.get("expect"), spec.get("instructions"))


def all_traps(root: Path = ROOT) -> list[Trap]:
    """Every trap under `root`, by name."""
    return [load(d) for d in sorted(root.iterdir()) if (d / "trap.json").is_file()]


def task(trap: Trap, cfg: EvalConfig | None = None) -> Task:
    """The trap's task: a built-in program as the corpus has it, or its own program with
    expected outputs taken from its baseline (differential testing, in the sandbox)."""
    cfg = cfg or EvalConfig()
    if trap.program.startswith("builtin:"):
        name = trap.program.split(":", 1)[1]
        tasks = datasets.load("builtin").tasks
        if name not in tasks:
            raise AsmoptError(f"trap {trap.name}: no built-in program {name!r}")
        return toolchain.with_baseline(tasks[name], unsafe=cfg.unsafe)
    inputs = make_task(trap.folder / trap.program, trap.folder / "tests", hidden_fraction=0.0, cfg=cfg)
    t = inputs.task
    if trap.baseline_flags != ("-O3",):
        asm = toolchain.compile_c(t.c_source, trap.baseline_flags, unsafe=cfg.unsafe)
        base = Baseline(asm=asm, compiler="gcc", version=toolchain.compiler_version("gcc"),
                        flags=trap.baseline_flags)
        # Outputs were the -O3 build's: the baseline must agree with them, which prepare() checks.
        t = replace(t, baseline=base)
    return replace(t, id=f"trap:{trap.name}")


def candidate(trap: Trap, t: Task, *, unsafe: bool = False) -> Candidate:
    """The trap's candidate for its task."""
    assert t.baseline is not None
    meta = {"policy": "trap", "trap": trap.name}
    if trap.candidate_flags is not None:
        return Candidate(t.id, toolchain.compile_c(t.c_source, trap.candidate_flags, unsafe=unsafe),
                         {**meta, "flags": list(trap.candidate_flags)})
    apply = next(p for p in PASSES if p.name == trap.candidate_pass).apply
    asm = apply(t.baseline.asm)
    if asm is None:
        raise AsmoptError(f"trap {trap.name}: pass {trap.candidate_pass} changes nothing in {t.id}")
    return Candidate(t.id, asm, {**meta, "pass": trap.candidate_pass})
