"""llvm-mca: steady-state cycles of basic blocks on a scheduling model of a CPU.

llvm-mca simulates an out-of-order core from LLVM's scheduling model of a
named CPU: each block of instructions is repeated back to back, so the cycles
per repetition include the block's own dependency chains (a `div` on the
critical path costs its latency, not one instruction). It reads text only and
never executes anything, so it runs outside the sandbox, on a temporary file,
with a timeout.

All blocks of a program go to one llvm-mca process as code regions, and each
block's result is cached on disk by (block text, CPU, llvm-mca version).

The CPU is the host's, as LLVM names it (`Host CPU` of `llvm-mca --version`),
unless $ASMOPT_CYCLES_CPU names another. With it comes the geometry of its
private caches, which fixes valgrind's cache simulator (see `CpuModel`).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from asmopt import cache
from asmopt.errors import AsmoptError

#: Newest first: LLVM 17 added a scheduling model of Sapphire Rapids; LLVM 14's
#: Intel models all share Skylake's slow divider. Debian 12 ships llvm-19.
MCA_NAMES = ("llvm-mca-19", "llvm-mca-18", "llvm-mca-17", "llvm-mca-16", "llvm-mca")
TRIPLE = "x86_64-unknown-linux-gnu"
#: Repetitions per block; cycles per repetition = total cycles / iterations.
#: 100 is llvm-mca's default: the pipeline fill then adds ~1% to a tiny block.
ITERATIONS = 100
TIMEOUT_S = 120.0
CPU_ENV = "ASMOPT_CYCLES_CPU"


class McaError(AsmoptError):
    """llvm-mca could not model the text (unknown instruction, no model for the CPU, not installed)."""

    def __init__(self, message: str, block: int | None = None, index: int | None = None) -> None:
        super().__init__(message)
        self.block = block  # which block of the request, when known
        self.index = index  # which instruction of that block, when known


@dataclass(frozen=True)
class CacheGeometry:
    """One cache level as valgrind's simulator takes it: size, associativity, line (bytes)."""

    size: int
    assoc: int
    line: int = 64

    def option(self) -> str:
        return f"{self.size},{self.assoc},{self.line}"


@dataclass(frozen=True)
class CpuModel:
    """The CPU a cycles number is for: llvm-mca's -mcpu and the caches valgrind simulates.

    valgrind simulates two levels; `ll` is the core's private L2, not the
    shared L3, whose share of a virtual machine is unknown and changes with
    neighbours. An LL miss is thus a trip to L3 or memory.
    """

    name: str  # llvm's CPU name, passed as -mcpu
    i1: CacheGeometry
    d1: CacheGeometry
    ll: CacheGeometry

    def valgrind_options(self) -> tuple[str, ...]:
        """Fixed cache geometry: without it valgrind reads the host's, and the count follows the machine."""
        return (f"--I1={self.i1.option()}", f"--D1={self.d1.option()}", f"--LL={self.ll.option()}")

    def describe(self) -> str:
        return f"{self.name} (I1 {self.i1.option()}, D1 {self.d1.option()}, LL {self.ll.option()})"


_K, _M = 1024, 1024 * 1024
_GOLDEN_COVE = (CacheGeometry(32 * _K, 8), CacheGeometry(48 * _K, 12), CacheGeometry(2 * _M, 16))
_SKYLAKE_SERVER = (CacheGeometry(32 * _K, 8), CacheGeometry(32 * _K, 8), CacheGeometry(1 * _M, 16))
_SKYLAKE = (CacheGeometry(32 * _K, 8), CacheGeometry(32 * _K, 8), CacheGeometry(256 * _K, 4))
_SUNNY_COVE = (CacheGeometry(32 * _K, 8), CacheGeometry(48 * _K, 12), CacheGeometry(512 * _K, 8))
_ZEN3 = (CacheGeometry(32 * _K, 8), CacheGeometry(32 * _K, 8), CacheGeometry(512 * _K, 8))
_ZEN4 = (CacheGeometry(32 * _K, 8), CacheGeometry(32 * _K, 8), CacheGeometry(1 * _M, 8))
#: Per-core caches of the CPUs we expect to meet (vendors' data sheets). A CPU
#: not listed gets GENERIC_CACHES, and the result says so in its cpu text.
CACHES: dict[str, tuple[CacheGeometry, CacheGeometry, CacheGeometry]] = {
    "sapphirerapids": _GOLDEN_COVE, "emeraldrapids": _GOLDEN_COVE, "graniterapids": _GOLDEN_COVE,
    "icelake-server": (CacheGeometry(32 * _K, 8), CacheGeometry(48 * _K, 12), CacheGeometry(1280 * _K, 20)),
    "icelake-client": _SUNNY_COVE, "rocketlake": _SUNNY_COVE,
    "tigerlake": (CacheGeometry(32 * _K, 8), CacheGeometry(48 * _K, 12), CacheGeometry(1280 * _K, 20)),
    "alderlake": (CacheGeometry(32 * _K, 8), CacheGeometry(48 * _K, 12), CacheGeometry(1280 * _K, 10)),
    "raptorlake": _GOLDEN_COVE,
    "skylake-avx512": _SKYLAKE_SERVER, "cascadelake": _SKYLAKE_SERVER, "cooperlake": _SKYLAKE_SERVER,
    "skylake": _SKYLAKE, "haswell": _SKYLAKE, "broadwell": _SKYLAKE,
    "znver2": _ZEN3, "znver3": _ZEN3, "znver4": _ZEN4,
    "znver5": (CacheGeometry(32 * _K, 8), CacheGeometry(48 * _K, 12), CacheGeometry(1 * _M, 16)),
}
GENERIC_CACHES = _SKYLAKE_SERVER


@lru_cache(maxsize=1)
def llvm_mca() -> str:
    """Path of the newest llvm-mca installed ($ASMOPT_LLVM_MCA overrides); McaError if none."""
    override = os.environ.get("ASMOPT_LLVM_MCA")
    for name in ([override] if override else MCA_NAMES):
        path = shutil.which(name)
        if path:
            return path
    raise McaError("llvm-mca is not installed (scripts/setup.sh installs Debian's llvm-19)")


@lru_cache(maxsize=1)
def _version_text() -> str:
    try:
        out = subprocess.run([llvm_mca(), "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise McaError(f"llvm-mca is not usable: {exc}") from exc
    return out.stdout


def mca_version() -> str:
    """e.g. "LLVM version 19.1.7": part of every cache key and result."""
    m = re.search(r"LLVM version \S+", _version_text())
    return m.group(0) if m else _version_text().strip().splitlines()[0]


def host_cpu() -> str:
    """The host CPU as LLVM names it (what -mcpu=native would pick)."""
    m = re.search(r"Host CPU:\s*(\S+)", _version_text())
    return m.group(1) if m else "generic"


def choose_cpu(name: str | None = None) -> CpuModel:
    """The CPU model for `name`, else $ASMOPT_CYCLES_CPU, else the host's."""
    name = name or os.environ.get(CPU_ENV) or host_cpu()
    i1, d1, ll = CACHES.get(name, GENERIC_CACHES)
    return CpuModel(name, i1, d1, ll)


def block_cycles(blocks: Sequence[Sequence[str]], cpu: str, intel: Sequence[bool] = ()) -> list[float]:
    """Steady-state cycles per execution of each block (instructions in AT&T text) on `cpu`.

    `intel[i]` says block i is in Intel syntax (noprefix), as after `.intel_syntax`.
    Cached per block. Blocks not yet cached go to one llvm-mca run as code
    regions. Raises McaError naming the block and instruction llvm-mca cannot
    read or has no scheduling information for; never guesses a number.
    """
    version = mca_version()
    syntax = [("intel" if i < len(intel) and intel[i] else "att") for i in range(len(blocks))]
    keys = [cache.digest("mca-v1", "\n".join(b), s, cpu, version, str(ITERATIONS)) for b, s in zip(blocks, syntax)]
    result: list[float | None] = []
    for block, key in zip(blocks, keys):
        hit = cache.get_json("mca", key) if block else 0.0
        result.append(hit if isinstance(hit, (int, float)) else None)
    todo = [i for i, r in enumerate(result) if r is None]
    # Identical blocks (e.g. the same epilogue twice) are asked once.
    first_of: dict[str, int] = {}
    for i in todo:
        first_of.setdefault(keys[i], i)
    asked = list(first_of.values())
    if asked:
        measured = _run([blocks[i] for i in asked], cpu, [syntax[i] == "intel" for i in asked])
        for i, cycles in zip(asked, measured):
            cache.put_json("mca", keys[i], cycles)
        by_key = {keys[i]: c for i, c in zip(asked, measured)}
        for i in todo:
            result[i] = by_key[keys[i]]
    return [float(r) for r in result]  # type: ignore[arg-type]


_REGION = re.compile(r"^\[\d+\] Code Region - b(\d+)\s*$")
_FIELD = re.compile(r"^(Iterations|Total Cycles):\s+(\d+)\s*$")
_LOCATION = re.compile(r"^[^:\s]*:(\d+):\d+: error: (.*)$")


def _run(blocks: Sequence[Sequence[str]], cpu: str, intel: Sequence[bool]) -> list[float]:
    """One llvm-mca process over all `blocks`, each its own code region."""
    text: list[str] = []
    where: dict[int, tuple[int, int]] = {}  # line of the region file -> (block, instruction)
    for b, block in enumerate(blocks):
        if intel[b]:
            text.append(".intel_syntax noprefix")
        text.append(f"# LLVM-MCA-BEGIN b{b}")
        for j, instr in enumerate(block):
            text.append(instr)
            where[len(text)] = (b, j)
        text.append(f"# LLVM-MCA-END b{b}")
        if intel[b]:
            text.append(".att_syntax prefix")
    with tempfile.NamedTemporaryFile("w", suffix=".s", prefix="asmopt-mca-") as f:
        f.write("\n".join(text) + "\n")
        f.flush()
        argv = [llvm_mca(), f"-mtriple={TRIPLE}", f"-mcpu={cpu}", f"-iterations={ITERATIONS}",
                "-instruction-info=false", "-resource-pressure=false", f.name]
        try:
            out = subprocess.run(argv, capture_output=True, text=True, timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired as exc:
            raise McaError(f"llvm-mca took longer than {TIMEOUT_S:g} s") from exc
    if out.returncode != 0:
        raise _error(out.stderr, where, blocks, cpu)
    cycles: dict[int, float] = {}
    region = iterations = None
    for line in out.stdout.splitlines():
        m = _REGION.match(line)
        if m:
            region, iterations = int(m.group(1)), None
            continue
        m = _FIELD.match(line)
        if m and region is not None:
            if m.group(1) == "Iterations":
                iterations = int(m.group(2))
            elif iterations:
                cycles[region] = int(m.group(2)) / iterations
    if len(blocks) == 1 and not cycles:
        cycles = _single_region(out.stdout)  # llvm-mca omits the region header when there is one
    missing = [b for b in range(len(blocks)) if b not in cycles]
    if missing:
        raise McaError(f"llvm-mca gave no cycles for block {missing[0]}: "
                       + " | ".join(blocks[missing[0]])[:200], block=missing[0])
    return [cycles[b] for b in range(len(blocks))]


def _single_region(stdout: str) -> dict[int, float]:
    fields = dict(m.groups() for m in map(_FIELD.match, stdout.splitlines()) if m)
    if "Iterations" in fields and "Total Cycles" in fields and int(fields["Iterations"]):
        return {0: int(fields["Total Cycles"]) / int(fields["Iterations"])}
    return {}


def _error(stderr: str, where: dict[int, tuple[int, int]], blocks: Sequence[Sequence[str]], cpu: str) -> McaError:
    """A one-line McaError from llvm-mca's complaint, pointing at the block and instruction."""
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    for ln in lines:
        m = _LOCATION.match(ln)
        if m and int(m.group(1)) in where:
            b, j = where[int(m.group(1))]
            return McaError(f"llvm-mca cannot read `{blocks[b][j].strip()}`: {m.group(2)}", block=b, index=j)
    for k, ln in enumerate(lines):
        if "unsupported instruction" in ln:
            note = next((x for x in lines[k + 1:] if x.startswith("note: instruction:")), "")
            instr = note.partition(":")[2].partition(":")[2].strip()
            hit = next(((b, j) for b, blk in enumerate(blocks) for j, t in enumerate(blk)
                        if _same(t, instr)), (None, None))
            return McaError(f"llvm-mca has no scheduling information for `{' '.join(instr.split())}` on {cpu}",
                            block=hit[0], index=hit[1])
        if "not a recognized processor" in ln:
            return McaError(f"llvm-mca does not know the CPU {cpu!r}")
    return McaError("llvm-mca failed: " + (" | ".join(lines[:3]) or "no message")[:300])


def _same(a: str, b: str) -> bool:
    return a.split() == b.replace(",", ", ").split() or "".join(a.split()) == "".join(b.split())
