"""Corpus: building the built-in benchmark from programs and input generators.

A corpus program is a folder holding `prog.c` (reads stdin, writes stdout) and
`gen.py`, whose `generate(rng)` returns the program's test inputs as a list of
`(name, input)` pairs; `input` is str or bytes, and each name starts with the
kind of the test:

- `edge_...`   small hand-picked inputs (empty, minimum, maximum, degenerate);
- `rand_...`   random inputs of modest size;
- `stress_...` inputs sized so that the gcc -O3 binary runs >= 20 ms of CPU.

`gen.py` may also set CATEGORY (a word) and HEADROOM (True when gcc -O3 is known
to leave real gains on the table, False when it is known not to). The module's
docstring is the program's description.

`build_program` turns that into a task folder (see `asmopt.datasets.folder`):
the rng is seeded from the program's name, so the same generator gives the same
bytes; within each kind tests alternate visible/hidden (first one visible), so
both halves hold edge, random and stress tests. Expected outputs come from the
-O3 binary and must agree with an -O0 build and an ASan+UBSan build on every
input, so undefined behaviour that changes the output or trips a sanitizer
fails the build of that program instead of landing in the benchmark.

Our own programs and generators are trusted code: they run here without the
sandbox (ASan does not run under its address-space limit). The judge test of
the built corpus runs every baseline through the sandboxed harness.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from asmopt import toolchain
from asmopt.errors import AsmoptError

ROOT = Path(__file__).resolve().parent.parent / "benchmarks" / "builtin"
KINDS = ("edge", "rand", "stress")
MIN_TESTS = 20
MIN_STRESS = 4
STRESS_MIN_CPU_S = 0.020
RUN_TIMEOUT_S = 60.0
MAX_OUTPUT_BYTES = 4 << 20
BASELINE_FLAGS = ("-O3",)
VARIANTS: dict[str, tuple[str, ...]] = {
    "O3": ("-O3",),
    "O0": ("-O0",),
    "san": ("-O1", "-g", "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer"),
}
_SAN_ENV = {"ASAN_OPTIONS": "detect_leaks=0:abort_on_error=0:exitcode=86", "UBSAN_OPTIONS": "halt_on_error=1:exitcode=87"}


@dataclass(frozen=True)
class Case:
    """One generated test before it is split and given its expected output."""

    name: str
    input: bytes
    hidden: bool = False

    @property
    def kind(self) -> str:
        return self.name.split("_", 1)[0]


@dataclass
class ProgramReport:
    """What building (or checking) one program found."""

    name: str
    problems: list[str] = field(default_factory=list)
    tests: int = 0
    stress_cpu_s: list[float] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)  # files whose bytes differ from what was on disk

    @property
    def ok(self) -> bool:
        return not self.problems


def programs(root: Path = ROOT) -> list[Path]:
    """The program folders under `root` (those holding prog.c and gen.py), by name."""
    if not root.is_dir():
        raise AsmoptError(f"corpus folder {root} does not exist")
    return sorted(p for p in root.iterdir() if (p / "prog.c").is_file() and (p / "gen.py").is_file())


def load_generator(folder: Path) -> object:
    """Import a program's gen.py as a module (fresh each call)."""
    spec = importlib.util.spec_from_file_location(f"asmopt_gen_{folder.name}", folder / "gen.py")
    if spec is None or spec.loader is None:
        raise AsmoptError(f"{folder}/gen.py cannot be imported")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not callable(getattr(module, "generate", None)):
        raise AsmoptError(f"{folder}/gen.py defines no generate(rng)")
    return module


def seed_for(name: str) -> str:
    """The rng seed of a program: its name (string seeds are stable across runs)."""
    return f"asmopt-builtin/{name}"


def generate(folder: Path) -> list[Case]:
    """The program's tests in generator order, split visible/hidden. Raises AsmoptError on a bad generator."""
    module = load_generator(folder)
    raw = module.generate(random.Random(seed_for(folder.name)))  # type: ignore[attr-defined]
    cases: list[Case] = []
    seen: set[str] = set()
    for item in raw:
        if not (isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], str)):
            raise AsmoptError(f"{folder.name}: generate() must return (name, input) pairs, got {item!r:.60}")
        name, data = item
        if name.split("_", 1)[0] not in KINDS or not name.replace("_", "").isalnum():
            raise AsmoptError(f"{folder.name}: test name {name!r} must be KIND_word with KIND in {KINDS}")
        if name in seen:
            raise AsmoptError(f"{folder.name}: duplicate test name {name!r}")
        seen.add(name)
        cases.append(Case(name, data.encode() if isinstance(data, str) else bytes(data)))
    return split(cases)


def split(cases: list[Case]) -> list[Case]:
    """Alternate visible/hidden within each kind, first visible: both halves see every kind."""
    count = {k: 0 for k in KINDS}
    out = []
    for c in cases:
        out.append(Case(c.name, c.input, hidden=count[c.kind] % 2 == 1))
        count[c.kind] += 1
    return out


def check_counts(cases: list[Case]) -> list[str]:
    """Problems with the number of tests of each kind."""
    problems = []
    if len(cases) < MIN_TESTS:
        problems.append(f"{len(cases)} tests, need at least {MIN_TESTS}")
    stress = sum(c.kind == "stress" for c in cases)
    if stress < MIN_STRESS:
        problems.append(f"{stress} stress tests, need at least {MIN_STRESS}")
    if not any(c.kind == "edge" for c in cases):
        problems.append("no edge_ tests")
    return problems


def compile_variants(source: Path, out_dir: Path) -> dict[str, Path]:
    """Build prog.c at -O3, -O0 and with ASan+UBSan; AsmoptError carrying gcc's message on failure."""
    binaries = {}
    for variant, flags in VARIANTS.items():
        binary = out_dir / f"prog.{variant}"
        proc = subprocess.run(["gcc", *flags, "-Wall", "-o", str(binary), str(source), "-lm"],
                              capture_output=True, text=True)
        if proc.returncode != 0:
            raise AsmoptError(f"gcc {' '.join(flags)} failed: {proc.stderr.strip()[:2000]}")
        binaries[variant] = binary
    return binaries


@dataclass(frozen=True)
class Execution:
    """A trusted run of one of our binaries: output, exit status, CPU seconds."""

    stdout: bytes
    stderr: bytes
    returncode: int
    cpu_s: float


def execute(binary: Path, data: bytes, env: dict[str, str] | None = None) -> Execution:
    """Run `binary` on `data` without the sandbox, measuring the child's CPU time."""
    with tempfile.TemporaryFile() as stdin, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        stdin.write(data)
        stdin.seek(0)
        proc = subprocess.Popen([str(binary)], stdin=stdin, stdout=out, stderr=err,
                                env={**os.environ, **(env or {})})
        deadline = time.monotonic() + RUN_TIMEOUT_S
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.002)
        proc.returncode = os.waitstatus_to_exitcode(status)  # keep Popen from waiting again
        out.seek(0)
        err.seek(0)
        return Execution(out.read(MAX_OUTPUT_BYTES + 1), err.read(4096), proc.returncode,
                         usage.ru_utime + usage.ru_stime)


def cross_check(binaries: dict[str, Path], case: Case) -> tuple[bytes | None, list[str], float]:
    """Expected output of one case from -O3, checked against -O0 and the sanitizer build.

    Returns (output or None, problems, -O3 CPU seconds).
    """
    problems = []
    ref = execute(binaries["O3"], case.input)
    if ref.returncode != 0:
        problems.append(f"{case.name}: -O3 binary exits with {ref.returncode}")
    if len(ref.stdout) > MAX_OUTPUT_BYTES:
        problems.append(f"{case.name}: output over {MAX_OUTPUT_BYTES} bytes")
    if not ref.stdout:
        problems.append(f"{case.name}: empty output")
    for variant in ("O0", "san"):
        other = execute(binaries[variant], case.input, _SAN_ENV if variant == "san" else None)
        if other.returncode != 0:
            detail = other.stderr.decode(errors="replace").strip().splitlines()
            problems.append(f"{case.name}: {variant} build exits with {other.returncode}"
                            + (f" ({_first_report(detail)})" if detail else ""))
        elif other.stdout != ref.stdout:
            problems.append(f"{case.name}: {variant} build prints different output than -O3")
    return (None if problems else ref.stdout), problems, ref.cpu_s


def _first_report(lines: list[str]) -> str:
    for line in lines:
        if "runtime error" in line or "ERROR: AddressSanitizer" in line:
            return line.strip()[:300]
    return lines[0][:300]


def stress_cpu(binary: Path, data: bytes, repeats: int = 3) -> float:
    """Least CPU time of `repeats` runs (the least is the least disturbed)."""
    return min(execute(binary, data).cpu_s for _ in range(repeats))


def build_program(folder: Path, *, write: bool = True) -> ProgramReport:
    """Generate, cross-check and (when `write`) write one program's task files.

    With write=False nothing is written; `changed` lists the files whose bytes would
    differ from those on disk (the determinism check).
    """
    report = ProgramReport(folder.name)
    try:
        cases = generate(folder)
    except Exception as exc:  # a generator is user code: any failure is a report, not a crash
        report.problems.append(f"generator failed: {type(exc).__name__}: {exc}")
        return report
    report.problems += check_counts(cases)
    report.tests = len(cases)
    files: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory(prefix="asmopt-corpus-") as tmp:
        try:
            binaries = compile_variants(folder / "prog.c", Path(tmp))
        except AsmoptError as exc:
            report.problems.append(str(exc))
            return report
        for case in cases:
            output, problems, _ = cross_check(binaries, case)
            report.problems += problems
            if output is None:
                continue
            sub = "hidden" if case.hidden else "tests"
            files[f"{sub}/{case.name}.in"] = case.input
            files[f"{sub}/{case.name}.out"] = output
            if case.kind == "stress":
                cpu = stress_cpu(binaries["O3"], case.input)
                report.stress_cpu_s.append(cpu)
                if cpu < STRESS_MIN_CPU_S:
                    report.problems.append(f"{case.name}: -O3 runs {cpu * 1e3:.1f} ms of CPU, "
                                           f"a stress test needs >= {STRESS_MIN_CPU_S * 1e3:.0f} ms")
    if report.problems:
        return report
    source = (folder / "prog.c").read_text()
    files["baseline.s"] = toolchain.compile_c(source, BASELINE_FLAGS).encode()
    files["task.json"] = (json.dumps(task_json(folder), indent=2, sort_keys=True) + "\n").encode()
    report.changed = _diff(folder, files)
    if write and report.changed:
        _write(folder, files)
    return report


def task_json(folder: Path) -> dict:
    """task.json of a built program: checker, how the baseline was made, and the generator's metadata."""
    module = load_generator(folder)
    doc = (module.__doc__ or "").strip()
    return {
        "checker": "exact",
        "baseline": {"compiler": "gcc", "version": toolchain.compiler_version("gcc"),
                     "flags": list(BASELINE_FLAGS)},
        "meta": {
            "description": doc.splitlines()[0] if doc else "",
            "category": getattr(module, "CATEGORY", ""),
            "headroom": getattr(module, "HEADROOM", None),
            "seed": seed_for(folder.name),
        },
    }


def _diff(folder: Path, files: dict[str, bytes]) -> list[str]:
    changed = [name for name, data in files.items()
               if not (folder / name).is_file() or (folder / name).read_bytes() != data]
    for sub in ("tests", "hidden"):  # stale tests the generator no longer makes
        for old in sorted((folder / sub).glob("*")) if (folder / sub).is_dir() else []:
            if f"{sub}/{old.name}" not in files:
                changed.append(f"{sub}/{old.name} (stale)")
    return sorted(changed)


def _write(folder: Path, files: dict[str, bytes]) -> None:
    for sub in ("tests", "hidden"):
        shutil.rmtree(folder / sub, ignore_errors=True)
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)


def build(root: Path = ROOT, only: list[str] | None = None, *, write: bool = True, jobs: int = 1,
          on_done: Callable[[ProgramReport], None] | None = None) -> list[ProgramReport]:
    """Build (or check) every program under `root`, or those named in `only`."""
    folders = programs(root)
    if only:
        known = {f.name: f for f in folders}
        missing = [n for n in only if n not in known]
        if missing:
            raise AsmoptError(f"no program named {', '.join(missing)} under {root}")
        folders = [known[n] for n in only]
    reports: list[ProgramReport] = []
    if jobs <= 1:
        for folder in folders:
            reports.append(build_program(folder, write=write))
            if on_done:
                on_done(reports[-1])
        return reports
    from concurrent.futures import ProcessPoolExecutor, as_completed

    with ProcessPoolExecutor(jobs) as pool:
        futures = [pool.submit(build_program, f, write=write) for f in folders]
        for fut in as_completed(futures):
            reports.append(fut.result())
            if on_done:
                on_done(reports[-1])
    return sorted(reports, key=lambda r: r.name)


if __name__ == "__main__":  # quick use while writing a program: python -m asmopt.corpus NAME ...
    names = [a for a in sys.argv[1:] if not a.startswith("--")]
    for rep in build(only=names or None, write="--check" not in sys.argv, jobs=2):
        status = "ok" if rep.ok else "FAIL"
        ms = ", ".join(f"{s * 1e3:.0f}" for s in rep.stress_cpu_s)
        print(f"{rep.name}: {status}, {rep.tests} tests, stress ms [{ms}]")
        for p in rep.problems:
            print(f"  - {p}")
