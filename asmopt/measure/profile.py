"""Profile: where a program spends its instructions, per function and per assembly line.

Feedback for refinement: a model that knows which functions and which lines of
its own assembly execute the most instructions knows where to work. The
assembly is built with `gcc -g` (the assembler then records a line table that
points into the .s text itself), run once under callgrind in the sandbox with
the profile written to the working directory and collected, and the
callgrind output file is parsed here (uncompressed names and positions, so no
callgrind_annotate is needed).

The profile is advisory only: it is never part of a verdict or a speedup. A
hostile program could overwrite the profile file from inside the sandbox; it
would only mislead its own next refinement.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from asmopt import cache, sandbox, toolchain
from asmopt.errors import AsmoptError

LIMITS = sandbox.Limits(wall_s=120.0, cpu_s=120.0, memory_bytes=None)
_OUT = "callgrind.out"
_ARGV = (
    "/usr/bin/valgrind",
    "--tool=callgrind",
    f"--callgrind-out-file={sandbox.WORKDIR}/{_OUT}",
    "--compress-strings=no",
    "--compress-pos=no",
    "--vgdb=no",
    "--log-fd={logfd}",
    "/box/prog",
)
_SOURCE = "prog.s"  # the name the assembly has when built, so its lines are recognisable


@dataclass(frozen=True)
class FunctionCost:
    """Instructions executed in one function's own code (calls excluded)."""

    name: str
    object: str  # the binary or library it lives in
    instructions: int


@dataclass(frozen=True)
class LineCost:
    """Instructions executed on one line of the profiled assembly."""

    line: int  # 1-based line of the assembly text
    instructions: int
    text: str


@dataclass
class Profile:
    """A callgrind profile of one run."""

    total: int
    functions: list[FunctionCost] = field(default_factory=list)  # most expensive first
    lines: list[LineCost] = field(default_factory=list)  # lines of the program's own assembly, most first

    def summary(self, top: int = 8) -> str:
        """A few lines for a model: the top functions and the hottest lines of its assembly."""
        if self.total <= 0:
            return ""
        out = [f"{self.total:,} instructions in total on the heaviest visible test."]
        out.append("Instructions by function (self cost):")
        for f in self.functions[:top]:
            where = "" if f.object == "prog" else f" [{f.object}]"
            out.append(f"  {f.name}{where}: {f.instructions:,} ({100 * f.instructions / self.total:.1f}%)")
        if self.lines:
            out.append("Hottest lines of the assembly:")
            for ln in self.lines[:top]:
                out.append(f"  line {ln.line}: {ln.text.strip()}  -- {ln.instructions:,} "
                           f"({100 * ln.instructions / self.total:.1f}%)")
        return "\n".join(out)


def parse(text: str, asm: str = "") -> Profile:
    """Parse a callgrind output file written with --compress-strings=no --compress-pos=no.

    Self cost is summed per function and, for code whose line table points at
    the profiled assembly (`prog.s`), per line. Each `calls=` line is followed
    by the inclusive cost of that call, which belongs to the callee and is
    skipped here.
    """
    by_fn: dict[tuple[str, str], int] = defaultdict(int)
    by_line: dict[int, int] = defaultdict(int)
    total = 0
    obj = fl = fi = fn = ""
    skip_next = False
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line[0].isdigit() or line[0] in "+-*":
            if skip_next:
                skip_next = False
                continue
            parts = line.split()
            if len(parts) < 2:
                continue
            try:
                lineno, cost = int(parts[0]), int(parts[1])
            except ValueError:
                continue
            # Unnamed code (no symbols: the dynamic loader, stripped libraries) is one entry per object.
            by_fn[("(unnamed code)" if fn.startswith("0x") else fn, obj)] += cost
            total += cost
            if (fi or fl).endswith(_SOURCE):
                by_line[lineno] += cost
            continue
        key, _, value = line.partition("=")
        if key == "ob":
            obj = value
        elif key == "fl":
            fl, fi = value, ""
        elif key in ("fi", "fe"):
            fi = value
        elif key == "fn":
            fn, fi = value, ""
        elif key == "calls":
            skip_next = True
        elif key == "summary" or line.startswith("summary:"):
            pass
    asm_lines = asm.splitlines()
    functions = sorted((FunctionCost(name or "?", _short_object(o), c) for (name, o), c in by_fn.items() if c),
                       key=lambda f: -f.instructions)
    lines = sorted((LineCost(n, c, asm_lines[n - 1] if 0 < n <= len(asm_lines) else "")
                    for n, c in by_line.items() if c), key=lambda x: -x.instructions)
    return Profile(total, functions, lines)


def _short_object(path: str) -> str:
    name = path.rsplit("/", 1)[-1]
    return "prog" if path in ("/box/prog", "prog") else name or "?"


def build_debug(asm: str, *, unsafe: bool = False) -> Path:
    """`gcc -g prog.s -o prog -lm` in the sandbox, cached: the line table points into the assembly."""
    version = toolchain.compiler_version("gcc")
    key = cache.digest("build-g", asm, "gcc", version, *toolchain.LINK_FLAGS)
    binary = cache.entry("bin", key, ".g")
    if binary.exists():
        return binary
    with tempfile.TemporaryDirectory(prefix="asmopt-prof-") as tmp:
        src = Path(tmp) / _SOURCE
        src.write_text(asm)
        argv = ["/usr/bin/gcc", "-g", f"/box/{_SOURCE}", "-o", "prog", *toolchain.LINK_FLAGS]
        run = sandbox.execute(argv, ro_files={_SOURCE: src}, limits=toolchain.BUILD_LIMITS,
                              collect=["prog"], unsafe=unsafe)
    if not run.ok or "prog" not in run.files:
        raise AsmoptError("cannot build the assembly with -g for profiling: "
                          + run.stderr.decode(errors="replace").strip()[:500])
    cache.write_atomic(binary, run.files["prog"], mode=0o755)
    return binary


def profile_binary(binary: Path, stdin: bytes, asm: str = "", limits: sandbox.Limits = LIMITS, *,
                   unsafe: bool = False) -> Profile | None:
    """Run `binary` once under callgrind in the sandbox and parse its profile; None when none was written."""
    run = sandbox.execute(list(_ARGV), stdin=stdin, ro_files={"prog": binary}, limits=limits,
                          collect=[_OUT], log_channel=True, unsafe=unsafe)
    data = run.files.get(_OUT)
    if not data:
        return None
    return parse(data.decode(errors="replace"), asm)


def profile_asm(asm: str, stdin: bytes, limits: sandbox.Limits = LIMITS, *, unsafe: bool = False) -> Profile | None:
    """Profile an assembly text on one input (built with -g so lines map back to `asm`)."""
    return profile_binary(build_debug(asm, unsafe=unsafe), stdin, asm, limits, unsafe=unsafe)
