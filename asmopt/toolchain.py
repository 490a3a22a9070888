"""Toolchain: C to assembly, assembly to binary.

Assembly is linked exactly as the reference paper does: `gcc x.s -o bin -lm`
(Debian's default PIE, dynamic glibc). Both steps run inside the sandbox, since
assembler directives such as `.incbin` can read files. Binaries (and build
failures) are cached by content hash of (assembly, link line, compiler version).
"""

from __future__ import annotations

import dataclasses
import re
import subprocess
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from asmopt import cache, sandbox
from asmopt.errors import AsmoptError
from asmopt.task import Baseline, Task

LINK_FLAGS = ("-lm",)
BUILD_LIMITS = sandbox.Limits(
    wall_s=60.0,
    cpu_s=60.0,
    memory_bytes=4096 << 20,
    processes=64,
    file_bytes=256 << 20,
    output_bytes=1 << 20,
    scratch_bytes=256 << 20,  # the assembler's temporary objects in /tmp
)
EMPTY_PROGRAM = "int main(void) { return 0; }\n"
_PIE_HINT = (
    " [hint: absolute addressing does not link as PIE; use RIP-relative operands "
    "such as `leaq .LC0(%rip), %rdi`, as gcc does for PIE]"
)


@dataclass(frozen=True)
class Build:
    """The outcome of assembling and linking one assembly text."""

    key: str
    binary: Path | None  # None when the build failed
    error: str = ""  # the assembler's / linker's message (the CE message)

    @property
    def ok(self) -> bool:
        return self.binary is not None


@lru_cache(maxsize=None)
def compiler_version(compiler: str = "gcc") -> str:
    """First line of `<compiler> --version`, recorded with every baseline."""
    try:
        out = subprocess.run([compiler, "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise AsmoptError(f"compiler {compiler!r} is not usable: {exc}") from exc
    return out.stdout.splitlines()[0].strip() if out.stdout else compiler


def _compiler_path(compiler: str) -> str:
    """Inside the sandbox only /usr is visible, so the compiler must live there."""
    for prefix in ("/usr/bin/", "/usr/local/bin/"):
        if Path(prefix + compiler).exists():
            return prefix + compiler
    if compiler.startswith("/usr/"):
        return compiler
    raise AsmoptError(f"compiler {compiler!r} not found under /usr/bin")


def compile_c(
    source: str, flags: tuple[str, ...] = ("-O3",), compiler: str = "gcc", *, unsafe: bool = False
) -> str:
    """C source to assembly text with `<compiler> <flags> -S`. Raises AsmoptError on failure."""
    key = cache.digest("compile", source, compiler, compiler_version(compiler), *flags)
    path = cache.entry("asm", key, ".s")
    if path.exists():
        return path.read_text()
    with _staged(source, "prog.c") as src:
        argv = [_compiler_path(compiler), *flags, "-S", "/box/prog.c", "-o", "prog.s"]
        run = sandbox.execute(
            argv, ro_files={"prog.c": src}, limits=BUILD_LIMITS, collect=["prog.s"], unsafe=unsafe
        )
    if not run.ok or "prog.s" not in run.files:
        raise AsmoptError(f"{compiler} {' '.join(flags)} -S failed: {_message(run)}")
    asm = run.files["prog.s"].decode()
    cache.write_atomic(path, asm.encode())
    return asm


# Profile-guided optimisation in one sandboxed shell run: object first, so the
# profile is named prog.gcda for both the instrumented build and the -S step.
_PGO_SCRIPT = """set -e
cp /box/prog.c prog.c
gcc {flags} -fprofile-generate -fprofile-update=single -c prog.c -o prog.o
gcc -fprofile-generate prog.o -o train -lm
for f in /box/train_*; do [ -e "$f" ] || continue; ./train < "$f" > /dev/null 2>&1 || true; done
[ -e prog.gcda ] || {{ echo "no profile was written (no training input ran)" >&2; exit 3; }}
gcc {flags} -fprofile-use -fprofile-correction -Wno-missing-profile -S prog.c -o prog.s
"""


def compile_pgo(source: str, training: Sequence[bytes], flags: tuple[str, ...] = ("-O3",), *,
                unsafe: bool = False) -> str:
    """C source to assembly with gcc profile-guided optimisation, trained on `training` inputs.

    Everything (the instrumented program included) runs inside the sandbox. Callers
    must train on visible tests only. Raises AsmoptError when a step fails.
    """
    if not training:
        raise AsmoptError("profile-guided optimisation needs at least one training input")
    if any(not re.fullmatch(r"-[A-Za-z0-9=_.,+-]+", f) for f in flags):
        raise AsmoptError(f"unsafe characters in flags {flags!r}")
    version = compiler_version("gcc")
    key = cache.digest("compile-pgo", source, version, *flags, *(cache.digest(t) for t in training))
    path = cache.entry("asm", key, ".s")
    if path.exists():
        return path.read_text()
    with tempfile.TemporaryDirectory(prefix="asmopt-pgo-") as tmp:
        files = {"prog.c": Path(tmp) / "prog.c"}
        files["prog.c"].write_text(source)
        for i, data in enumerate(training):
            files[f"train_{i:03d}"] = Path(tmp) / f"train_{i:03d}"
            files[f"train_{i:03d}"].write_bytes(data)
        script = _PGO_SCRIPT.format(flags=" ".join(flags))
        run = sandbox.execute(["/bin/sh", "-c", script], ro_files=files, limits=BUILD_LIMITS,
                              collect=["prog.s"], unsafe=unsafe)
    if not run.ok or "prog.s" not in run.files:
        raise AsmoptError(f"gcc {' '.join(flags)} with profile-guided optimisation failed: {_message(run)}")
    asm = run.files["prog.s"].decode()
    cache.write_atomic(path, asm.encode())
    return asm


def build(asm: str, *, unsafe: bool = False) -> Build:
    """Assemble and link `asm` as the paper does; cached, including failures."""
    version = compiler_version("gcc")
    key = cache.digest("build", asm, "gcc", version, *LINK_FLAGS)
    binary = cache.entry("bin", key)
    failure = cache.entry("bin", key, ".err")
    if binary.exists():
        return Build(key, binary)
    if failure.exists():
        return Build(key, None, failure.read_text())
    with _staged(asm, "prog.s") as src:
        argv = ["/usr/bin/gcc", "/box/prog.s", "-o", "prog", *LINK_FLAGS]
        run = sandbox.execute(
            argv, ro_files={"prog.s": src}, limits=BUILD_LIMITS, collect=["prog"], unsafe=unsafe
        )
    if run.ok and "prog" in run.files:
        cache.write_atomic(binary, run.files["prog"], mode=0o755)
        return Build(key, binary)
    message = _message(run)
    cache.write_atomic(failure, message.encode())
    return Build(key, None, message)


def with_baseline(task: Task, *, unsafe: bool = False) -> Task:
    """The task itself when it has a baseline, else with one made by gcc -O3 -S."""
    if task.baseline is not None:
        return task
    flags = ("-O3",)
    asm = compile_c(task.c_source, flags, unsafe=unsafe)
    base = Baseline(asm=asm, compiler="gcc", version=compiler_version("gcc"), flags=flags)
    return dataclasses.replace(task, baseline=base)


def floor_build(*, unsafe: bool = False) -> Build:
    """The start-up floor: an empty program compiled with gcc -O3 and linked the same way."""
    result = build(compile_c(EMPTY_PROGRAM, ("-O3",), unsafe=unsafe), unsafe=unsafe)
    if not result.ok:
        raise AsmoptError(f"cannot build the empty program: {result.error}")
    return result


@contextmanager
def _staged(text: str, name: str) -> Iterator[Path]:
    """A temporary host file holding `text`, for binding into the sandbox."""
    with tempfile.TemporaryDirectory(prefix="asmopt-src-") as tmp:
        path = Path(tmp) / name
        path.write_text(text)
        yield path


def _message(run: sandbox.Run) -> str:
    """A build failure's message: the tool's stderr without sandbox paths, with hints."""
    text = run.stderr.decode(errors="replace")
    if run.timed_out:
        text += "\nbuild timed out"
    elif run.exit_code is None:
        text += f"\nbuild killed by signal {run.signal}"
    text = re.sub(r"/box/(work/)?", "", text).strip()
    if "can not be used when making a PIE object" in text or "R_X86_64_32" in text:
        text += _PIE_HINT
    return text or f"build failed (exit {run.exit_code})"
