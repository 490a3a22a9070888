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
from collections.abc import Iterator
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
