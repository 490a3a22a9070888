"""The compiler as a policy: a candidate is what a compiler setting makes of the C source.

A `Setting` names a compiler, its flags, and whether gcc's profile-guided
optimisation is trained on the task's visible tests (never the hidden ones: they
decide the verdict). Flags that change the program's meaning (-ffast-math and
friends) are refused. `BASELINES` are the settings a user would try before
reaching for a model; `asmopt baselines` judges them like any other policy.

`CompilerSearch` is the compiler as a search policy: it proposes the assembly of
the settings of `GRID`, most promising first, skipping settings whose output is
the baseline or repeats an earlier proposal.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from asmopt import toolchain
from asmopt.candidate import Candidate, normalise_asm
from asmopt.errors import AsmoptError
from asmopt.policies import Feedback
from asmopt.task import Task

# Flags that allow results to differ from the C program's meaning.
UNSAFE_FLAGS = ("-ffast-math", "-Ofast", "-funsafe-math-optimizations", "-fassociative-math",
                "-freciprocal-math", "-ffinite-math-only", "-fno-signed-zeros", "-fno-trapping-math",
                "-fno-math-errno")


@dataclass(frozen=True)
class Setting:
    """One compiler setting: `compiler flags -S`, optionally with PGO on visible tests."""

    name: str
    compiler: str = "gcc"
    flags: tuple[str, ...] = ("-O3",)
    pgo: bool = False

    def __post_init__(self) -> None:
        bad = [f for f in self.flags if f in UNSAFE_FLAGS]
        if bad:
            raise AsmoptError(f"setting {self.name}: {', '.join(bad)} may change the program's results")
        if self.pgo and self.compiler != "gcc":
            raise AsmoptError(f"setting {self.name}: profile-guided optimisation is supported with gcc only")

    @property
    def available(self) -> bool:
        """Whether the compiler is installed (clang is optional)."""
        return shutil.which(self.compiler) is not None

    def describe(self) -> str:
        return " ".join((self.compiler, *self.flags, *(["+PGO(visible tests)"] if self.pgo else [])))


BASELINES: tuple[Setting, ...] = (
    Setting("gcc-O2", flags=("-O2",)),
    Setting("gcc-O3-native", flags=("-O3", "-march=native")),
    Setting("gcc-O3-pgo", flags=("-O3",), pgo=True),
    # -fno-addrsig: clang's .addrsig directive is unknown to GNU as, which links every candidate.
    Setting("clang-O3", compiler="clang", flags=("-O3", "-fno-addrsig")),
)


def assembly(task: Task, setting: Setting, *, unsafe: bool = False) -> str:
    """The assembly `setting` makes of the task's C source. Raises AsmoptError on failure."""
    if setting.pgo:
        training = [t.input for t in task.visible_tests]
        return toolchain.compile_pgo(task.c_source, training, setting.flags, unsafe=unsafe)
    return toolchain.compile_c(task.c_source, setting.flags, setting.compiler, unsafe=unsafe)


def candidate(task: Task, setting: Setting, *, unsafe: bool = False) -> Candidate:
    """A candidate for `task` from `setting`; a compiler failure gives an empty (CE) candidate."""
    meta = {"policy": "compiler", "setting": setting.name, "command": setting.describe()}
    try:
        asm = assembly(task, setting, unsafe=unsafe)
    except AsmoptError as exc:
        return Candidate(task.id, "", {**meta, "error": str(exc)})
    return Candidate(task.id, asm, meta)


# -march=native without AVX-512: valgrind 3.19, which counts instructions, cannot
# decode AVX-512, and gcc emits it under -march=native on CPUs that have it, so
# such a candidate gets no count. Turning off AVX-512F (every AVX-512 subset
# depends on it) keeps the rest of what the CPU offers (popcnt, lzcnt, BMI1/2,
# AVX2) and stays countable. Plain -march=native is in the grid too, early: a
# search ranks by measured time by default, which AVX-512 does not blind (on the
# test split, Sapphire Rapids, plain -march=native measured 1.244x strict wall
# against 1.165x for a portfolio without it). On a CPU without AVX-512 both give
# the same assembly, and the search skips the repeat.
# -ffp-contract=off: with FMA available, gcc (GNU C mode) and clang fuse a*b+c
# into one rounding, which can change printed floating-point results; the
# baseline (no FMA) rounds twice, so contraction is turned off to keep meaning.
NATIVE = ("-march=native", "-mno-avx512f", "-ffp-contract=off")
# clang's .addrsig directive is unknown to GNU as, which links every candidate.
CLANG = ("-fno-addrsig",)


def _gcc(name: str, *flags: str, pgo: bool = False) -> Setting:
    return Setting(name, "gcc", flags, pgo)


def _clang(name: str, *flags: str) -> Setting:
    return Setting(name, "clang", (*flags, *CLANG))


_BASE = {s.name: s for s in BASELINES}

# The settings grid, most promising first (see docs/policies.md "Offline policies" for the
# measurements behind the order). Each differs from the gcc -O3 baseline by
# optimisation level, target ISA, unrolling / vectorisation, profile or compiler.
GRID: tuple[Setting, ...] = (
    _gcc("gcc-O3-native-noavx512-pgo", "-O3", *NATIVE, pgo=True),
    # AVX-512 where the CPU has it: measured by time, not countable by valgrind 3.19.
    _gcc("gcc-O3-native-nocontract", "-O3", "-march=native", "-ffp-contract=off"),
    _BASE["gcc-O3-pgo"],
    _clang("clang-O3-native-noavx512", "-O3", *NATIVE),
    _clang("clang-O3-native-nocontract", "-O3", "-march=native", "-ffp-contract=off"),
    _gcc("gcc-O3-native-noavx512", "-O3", *NATIVE),
    _BASE["clang-O3"],
    _gcc("gcc-O3-native-noavx512-unroll", "-O3", *NATIVE, "-funroll-loops"),
    _gcc("gcc-O3-unroll", "-O3", "-funroll-loops"),
    _gcc("gcc-O2-pgo", "-O2", pgo=True),
    _gcc("gcc-O2-native-noavx512", "-O2", *NATIVE),
    _BASE["gcc-O2"],
    _gcc("gcc-O3-novec", "-O3", "-fno-tree-vectorize"),
    _clang("clang-O2", "-O2"),
    _clang("clang-O2-native-noavx512", "-O2", *NATIVE),
    _clang("clang-O3-native-noavx512-novec", "-O3", *NATIVE, "-fno-vectorize", "-fno-slp-vectorize"),
)


@dataclass(frozen=True)
class CompilerSearch:
    """The compiler as a search: proposes the assembly of `grid` settings, in order.

    Each round proposes up to `n` settings not yet in the history, skipping
    compilers that are not installed, settings that fail to compile, and those
    whose assembly is the baseline's or an earlier candidate's (whitespace
    normalised), so no judgement is spent on a program already judged.
    """

    grid: tuple[Setting, ...] = GRID
    unsafe: bool = False
    name: str = "compiler"
    #: Rewrites only the program's own code: its ceiling is asmopt.ceiling's "own".
    reach: ClassVar[str] = "own"

    def propose(self, task: Task, n: int, history: Sequence[Feedback]) -> list[Candidate]:
        tried = {fb.candidate.meta.get("setting") for fb in history
                 if fb.candidate.meta.get("policy") == "compiler"}
        seen = {normalise_asm(fb.candidate.asm) for fb in history}
        if task.baseline is not None:
            seen.add(normalise_asm(task.baseline.asm))
        out: list[Candidate] = []
        for setting in self.grid:
            if len(out) >= n:
                break
            if setting.name in tried or not setting.available or (setting.pgo and not task.visible_tests):
                continue
            cand = candidate(task, setting, unsafe=self.unsafe)
            key = normalise_asm(cand.asm)
            if not cand.asm or key in seen:
                continue  # a compiler failure or a program already judged: nothing to learn
            seen.add(key)
            out.append(cand)
        return out
