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

import secrets
import tempfile
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from asmopt import cache, sandbox, toolchain
from asmopt.asm import functions
from asmopt.asm import parse as parse_asm
from asmopt.errors import AsmoptError

LIMITS = sandbox.Limits(wall_s=120.0, cpu_s=120.0, memory_bytes=None)
_OPTIONS = ("--compress-strings=no", "--compress-pos=no", "--vgdb=no", "--log-fd={logfd}")
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
    where: str = ""  # its function and basic block, as `asmopt.asm` reads the text ("main, block .L3")


@dataclass
class Profile:
    """A callgrind profile of one run.

    `total`, `functions` and `lines` count the first event (Ir, instructions).
    Runs with more events (`--cache-sim=yes --branch-sim=yes`) also keep every
    event: `totals` over the whole run, `line_events` per line of the profiled
    assembly, and with `--dump-instr=yes` `line_addresses`, the instructions
    executed at each address of a line (alignment padding the assembler put
    after a line's instruction shows up as further addresses of that line).
    """

    total: int
    functions: list[FunctionCost] = field(default_factory=list)  # most expensive first
    lines: list[LineCost] = field(default_factory=list)  # lines of the program's own assembly, most first
    events: tuple[str, ...] = ("Ir",)
    totals: dict[str, int] = field(default_factory=dict)  # self cost of every event, whole run
    line_events: dict[int, tuple[int, ...]] = field(default_factory=dict)  # own line -> cost per event
    line_addresses: dict[int, dict[int, int]] = field(default_factory=dict)  # own line -> {address: Ir}

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
                           f"({100 * ln.instructions / self.total:.1f}%)" + (f" in {ln.where}" if ln.where else ""))
        return "\n".join(out)


def parse(text: str, asm: str = "") -> Profile:
    """Parse a callgrind output file written with --compress-strings=no --compress-pos=no.

    Self cost is summed per function and, for code whose line table points at
    the profiled assembly (`prog.s`), per line. Each `calls=` line is followed
    by the inclusive cost of that call, which belongs to the callee and is
    skipped here. Every event column is kept (see `Profile`); a cost line may
    leave out trailing zero events.
    """
    events: tuple[str, ...] = ("Ir",)
    npos = 1  # position columns before the costs: "line", or "instr line" with --dump-instr=yes
    by_fn: dict[tuple[str, str], int] = defaultdict(int)
    by_line: dict[int, list[int]] = {}
    by_addr: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    totals = [0]
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
            if len(parts) <= npos:
                continue
            try:
                lineno = int(parts[npos - 1])
                costs = [int(c) for c in parts[npos:npos + len(events)]]
            except ValueError:
                continue
            costs += [0] * (len(events) - len(costs))
            # Unnamed code (no symbols: the dynamic loader, stripped libraries) is one entry per object.
            by_fn[("(unnamed code)" if fn.startswith("0x") else fn, obj)] += costs[0]
            for i, c in enumerate(costs):
                totals[i] += c
            if (fi or fl).endswith(_SOURCE):
                acc = by_line.setdefault(lineno, [0] * len(events))
                for i, c in enumerate(costs):
                    acc[i] += c
                if npos == 2:
                    by_addr[lineno][int(parts[0], 16)] += costs[0]
            continue
        if line.startswith("events:"):
            events = tuple(line.split(":", 1)[1].split())
            totals = [0] * len(events)
            continue
        if line.startswith("positions:"):
            npos = len(line.split(":", 1)[1].split())
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
    asm_lines = asm.splitlines()
    functions = sorted((FunctionCost(name or "?", _short_object(o), c) for (name, o), c in by_fn.items() if c),
                       key=lambda f: -f.instructions)
    where = _locations(asm)
    lines = sorted((LineCost(n, c[0], asm_lines[n - 1] if 0 < n <= len(asm_lines) else "", where.get(n, ""))
                    for n, c in by_line.items() if c[0]), key=lambda x: -x.instructions)
    return Profile(totals[0], functions, lines, events, dict(zip(events, totals)),
                   {n: tuple(c) for n, c in by_line.items()},
                   {n: dict(a) for n, a in by_addr.items()})


def _locations(asm: str) -> dict[int, str]:
    """For each instruction line of `asm`: its function and block ("main, block .L3", "f, block 2")."""
    out: dict[int, str] = {}
    for fn in functions(parse_asm(asm)):
        for b, block in enumerate(fn.blocks):
            name = "entry" if b == 0 else block.labels[0] if block.labels else f"#{b}"
            for st in block.statements:
                out.setdefault(st.line, f"{fn.name or '(no function)'}, block {name}")
    return out


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


@dataclass
class CallgrindRun:
    """One run under callgrind: what the sandbox saw and the profile file's text (None if none)."""

    run: sandbox.Run
    text: str | None


def run_callgrind(binary: Path, stdin: bytes, options: Sequence[str] = (), limits: sandbox.Limits = LIMITS, *,
                  unsafe: bool = False) -> CallgrindRun:
    """Run `binary` once under callgrind in the sandbox (extra valgrind `options`) and collect its profile.

    The profile is written to the sandbox's working directory under a name the
    program cannot guess (of fixed length, so the count does not depend on it):
    a program cannot plant a file there in advance for callgrind to leave alone.
    """
    out = f"callgrind-{secrets.token_hex(16)}.out"
    argv = ["/usr/bin/valgrind", "--tool=callgrind", f"--callgrind-out-file={sandbox.WORKDIR}/{out}",
            *_OPTIONS, *options, "/box/prog"]
    run = sandbox.execute(argv, stdin=stdin, ro_files={"prog": binary}, limits=limits,
                          collect=[out], log_channel=True, unsafe=unsafe)
    data = run.files.get(out)
    return CallgrindRun(run, data.decode(errors="replace") if data else None)


def profile_binary(binary: Path, stdin: bytes, asm: str = "", limits: sandbox.Limits = LIMITS, *,
                   unsafe: bool = False) -> Profile | None:
    """Run `binary` once under callgrind in the sandbox and parse its profile; None when none was written."""
    result = run_callgrind(binary, stdin, limits=limits, unsafe=unsafe)
    return parse(result.text, asm) if result.text else None


def profile_asm(asm: str, stdin: bytes, limits: sandbox.Limits = LIMITS, *, unsafe: bool = False) -> Profile | None:
    """Profile an assembly text on one input (built with -g so lines map back to `asm`)."""
    return profile_binary(build_debug(asm, unsafe=unsafe), stdin, asm, limits, unsafe=unsafe)
