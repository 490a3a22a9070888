"""What `asmopt optimize` is given, made into a task: a program (C, whose baseline is `gcc -O3 -S`, or
the assembly itself) and a folder of tests, split into visible and hidden ones; an input without an
expected output takes the baseline's (differential testing)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from asmopt import toolchain
from asmopt.errors import AsmoptError
from asmopt.evaluate import EvalConfig
from asmopt.judge import Verdict, judge_run
from asmopt.sandbox import execute
from asmopt.task import Baseline, Task, Test

DEFAULT_HIDDEN_FRACTION = 0.5


@dataclass
class Program:
    """What `optimize` was given: C source or assembly."""

    path: Path
    c_source: str  # "" when only assembly was given
    asm: str | None  # the assembly when given as .s (then it is the baseline)

    @property
    def task_id(self) -> str:
        stem = self.path.stem
        return self.path.resolve().parent.name if stem == "prog" else stem


def read_program(path: Path) -> Program:
    """A .c or .s file; AsmoptError (one line) when missing, empty or of another kind."""
    if not path.is_file():
        raise AsmoptError(f"{path}: no such file")
    try:
        text = path.read_text()
    except UnicodeDecodeError:
        raise AsmoptError(f"{path}: not a UTF-8 text file") from None
    if not text.strip():
        raise AsmoptError(f"{path}: empty file")
    if path.suffix == ".c":
        return Program(path, text, None)
    if path.suffix in (".s", ".S", ".asm"):
        return Program(path, "", text)
    raise AsmoptError(f"{path}: expected a C file (.c) or an assembly file (.s)")


@dataclass
class TestFiles:
    """Test inputs found in the tests folder, expected outputs where given."""

    __test__ = False

    items: list[tuple[str, bytes, bytes | None, bool | None]]  # name, input, output or None, hidden or None (split later)


def read_tests(folder: Path) -> TestFiles:
    """NAME.in (+ NAME.out) files, or tests/ and hidden/ subfolders of them."""
    if not folder.is_dir():
        raise AsmoptError(f"{folder}: no such tests folder")
    items: list[tuple[str, bytes, bytes | None, bool | None]] = []
    if (folder / "tests").is_dir() and (folder / "hidden").is_dir():
        for sub, hidden in (("tests", False), ("hidden", True)):
            items += [(f"{sub}/{n}", i, o, hidden) for n, i, o, _ in _read_pairs(folder / sub)]
    else:
        items = _read_pairs(folder)
    if not items:
        raise AsmoptError(f"{folder}: no test inputs (NAME.in files) found")
    return TestFiles(items)


def _read_pairs(folder: Path) -> list[tuple[str, bytes, bytes | None, bool | None]]:
    out = []
    for inp in sorted(folder.glob("*.in")):
        if not inp.is_file():
            continue
        exp = inp.with_suffix(".out")
        out.append((inp.stem, inp.read_bytes(), exp.read_bytes() if exp.is_file() else None, None))
    return out


def hidden_names(names: Sequence[str], fraction: float) -> set[str]:
    """A fixed share of the names, chosen by hash (the same names every run, whatever their order).

    At least one test stays visible; with two or more tests and a fraction above
    0, at least one is hidden.
    """
    if not 0 <= fraction < 1:
        raise AsmoptError(f"hidden fraction must be in [0, 1), got {fraction}")
    ranked = sorted(names, key=lambda n: hashlib.sha256(n.encode()).hexdigest())
    k = round(len(ranked) * fraction)
    if fraction > 0 and len(ranked) >= 2:
        k = max(1, k)
    k = min(k, len(ranked) - 1)
    return set(ranked[:k])


@dataclass
class Inputs:
    """The task built from the files, and how its tests came about."""

    task: Task
    program: Program
    differential: int = 0  # tests whose expected output came from the baseline
    notes: list[str] = field(default_factory=list)


def make_task(program_path: Path, tests_dir: Path, hidden_fraction: float | None = None,
              cfg: EvalConfig | None = None) -> Inputs:
    """The task for `optimize`: baseline made or taken, tests split, missing outputs from the baseline."""
    cfg = cfg or EvalConfig()
    program = read_program(program_path)
    files = read_tests(tests_dir)
    if program.asm is not None:
        baseline = Baseline(asm=program.asm, compiler="given", version="", flags=())
    else:
        asm = toolchain.compile_c(program.c_source, ("-O3",), unsafe=cfg.unsafe)
        baseline = Baseline(asm=asm, compiler="gcc", version=toolchain.compiler_version("gcc"), flags=("-O3",))
    notes: list[str] = []
    split_given = all(h is not None for *_, h in files.items)
    if split_given and hidden_fraction is not None:
        notes.append("the tests folder has tests/ and hidden/: --hidden-fraction is not used")
    hidden = set() if split_given else hidden_names(
        [n for n, *_ in files.items], DEFAULT_HIDDEN_FRACTION if hidden_fraction is None else hidden_fraction)
    missing = [(n, i) for n, i, o, _ in files.items if o is None]
    outputs = _baseline_outputs(baseline.asm, missing, cfg) if missing else {}
    tests = tuple(Test(n, i, o if o is not None else outputs[n], bool(h) if split_given else n in hidden)
                  for n, i, o, h in files.items)
    if not any(t.hidden for t in tests):
        notes.append("no hidden tests: the final verdict is on the same tests that selected the candidate")
    if missing:
        notes.append(f"differential testing: {len(missing)} expected outputs taken from the baseline")
    task = Task(id=program.task_id, c_source=program.c_source, tests=tests, baseline=baseline,
                meta={"source": str(program_path), "asm_only": program.asm is not None})
    return Inputs(task, program, len(missing), notes)


def _baseline_outputs(asm: str, inputs: list[tuple[str, bytes]], cfg: EvalConfig) -> dict[str, bytes]:
    """What the baseline prints on each input (sandboxed): the expected outputs of differential tests."""
    built = toolchain.build(asm, unsafe=cfg.unsafe)
    if not built.ok or built.binary is None:
        raise AsmoptError(f"the baseline does not build: {built.error.splitlines()[0] if built.error else ''}")
    out: dict[str, bytes] = {}
    for name, data in inputs:
        run = execute(["/box/prog"], stdin=data, ro_files={"prog": built.binary}, limits=cfg.limits,
                      unsafe=cfg.unsafe)
        # Judged against its own output, so only the run's ending can fail: a crash or a limit.
        verdict, message = judge_run(run, run.stdout, cfg.limits)
        if verdict is not Verdict.AC:
            raise AsmoptError(f"test {name}: the baseline itself fails ({verdict.value} {message}); "
                              "it cannot provide the expected output")
        out[name] = run.stdout
    return out
