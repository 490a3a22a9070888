"""The compiler as a policy: a candidate is what a compiler setting makes of the C source.

A `Setting` names a compiler, its flags, and whether gcc's profile-guided
optimisation is trained on the task's visible tests (never the hidden ones: they
decide the verdict). Flags that change the program's meaning (-ffast-math and
friends) are refused. `BASELINES` are the settings a user would try before
reaching for a model; `asmopt baselines` judges them like any other policy.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from asmopt import toolchain
from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
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
