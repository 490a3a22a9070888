"""Cycles: a deterministic time model, beside instruction counts.

Instruction counts reward `div` over a reciprocal multiply, executed nops and
wide vectors. This model prices what an instruction count cannot see, and
nothing in it depends on the machine's load or noise:

* exact executions of every basic block of the program's own assembly, from
  one run under callgrind in the sandbox (the assembly is built with `gcc -g`,
  so the line table points into the .s text; one instruction per line);
* each executed block's steady-state cycles per execution from llvm-mca's
  scheduling model of the chosen CPU (`mca.py`): latencies, ports, dependency
  chains;
* what a pipeline model does not see, from the same run: cache misses
  (valgrind's simulator, with the chosen CPU's cache geometry, never the
  host's), branch mispredictions (valgrind's predictor model), executed
  alignment padding, `rep` string iterations, and library code (libc, the
  loader) counted in instructions.

    cycles = pipeline * sum(count(block) * mca(block)) + library * library_instr
             + l1_miss * L1 misses + ll_miss * LL misses + mispredict * mispredicts
             + rep_iteration * rep iterations + padding_nop * padding nops

The coefficients are priors (`CyclesCoefficients`) until `asmopt bench cost`
fits them to measured time; `CyclesCost` keeps every term apart for that fit.
Anything the model cannot read (an instruction llvm-mca or valgrind does not
know, code that is not an instruction line) raises CyclesError: the caller
falls back to measured time, never to a made-up number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

from asmopt import cache, sandbox, toolchain
from asmopt.asm import Function, Statement, functions, parse
from asmopt.errors import AsmoptError
from asmopt.measure import callgrind, mca, profile

LIMITS = profile.LIMITS
#: Cache and branch simulation on; per-instruction positions so that alignment
#: padding the assembler put after a line is told apart from the line's instruction.
_OPTIONS = ("--cache-sim=yes", "--branch-sim=yes", "--dump-instr=yes")
_EVENTS = ("Ir", "I1mr", "D1mr", "D1mw", "ILmr", "DLmr", "DLmw", "Bcm", "Bim")
_VERSION = "cycles-v1"  # bump when the model changes: part of every cache key
#: Directives that make the line table point somewhere else than the .s text:
#: a candidate could hide its own code as "library" (priced cheaper). Blanked,
#: so line numbers stay those of the text.
_DEBUG_DIRECTIVE = re.compile(r"^\s*(\.(loc|loc_mark_labels|file|line|ln|appline|appfile)\b|#\s*\d)")
_STRING_OP = re.compile(r"^(movs|stos|lods|scas|cmps|ins|outs)[bwdlq]?$")
_EXPANDING = frozenset({".rept", ".irp", ".irpc", ".macro"})
_COLLECTED = re.compile(r"^==(\d+)== Collected : ([\d ]+)$", re.M)
_EVENTS_LINE = re.compile(r"^==\d+== Events\s*: (.+)$", re.M)


class CyclesError(AsmoptError):
    """No cycles number for this program and input; the one-line reason is the message."""


@dataclass(frozen=True)
class CyclesCoefficients:
    """Cycles per unit of each term. Priors until a calibration against measured time fits them."""

    pipeline: float = 1.0  # llvm-mca's cycles are cycles
    library: float = 0.4  # per library instruction (scanf/printf run at IPC ~2.5; measurement notes)
    l1_miss: float = 10.0  # an L1 miss served by L2: ~14-16 cycles latency, partly hidden out of order
    ll_miss: float = 40.0  # a miss of the private L2 ("LL" here): L3 ~50-70 cycles or memory, overlapped
    mispredict: float = 15.0  # a pipeline flush on a recent core
    rep_iteration: float = 0.25  # one element of `rep movs/stos`: fast-string microcode moves several a cycle
    padding_nop: float = 0.25  # an executed alignment nop takes one issue slot of a ~4-6 wide front end


@dataclass
class CyclesCost:
    """The terms of one program's cycles on one input; `total` weighs them."""

    cpu: str  # llvm's CPU name the pipeline and caches model
    own_cycles: float  # sum over executed blocks of executions x llvm-mca cycles per execution
    own_instr: int  # instructions executed in the program's own assembly
    library_instr: int  # instructions executed elsewhere (libc, loader, start-up, PLT)
    l1_misses: int  # I1mr + D1mr + D1mw, whole run
    ll_misses: int  # ILmr + DLmr + DLmw, whole run
    mispredicts: int  # Bcm + Bim, whole run
    rep_iterations: int = 0  # elements moved by rep-prefixed string instructions
    padding_nops: int = 0  # alignment nops executed (fall-through into an aligned label)
    functions: dict[str, float] = field(default_factory=dict)  # own pipeline cycles per function of the .s
    model: str = ""  # llvm-mca version, CPU and cache geometry, valgrind version

    def total(self, coeffs: CyclesCoefficients = CyclesCoefficients()) -> float:
        """The modelled cycles of the whole run."""
        return (coeffs.pipeline * self.own_cycles + coeffs.library * self.library_instr
                + coeffs.l1_miss * self.l1_misses + coeffs.ll_miss * self.ll_misses
                + coeffs.mispredict * self.mispredicts + coeffs.rep_iteration * self.rep_iterations
                + coeffs.padding_nop * self.padding_nops)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> CyclesCost:
        return cls(**data)


def cycles(asm: str, stdin: bytes, *, unsafe: bool = False, cpu: str | None = None,
           limits: sandbox.Limits = LIMITS) -> CyclesCost:
    """Model the cycles `asm` takes on `stdin` (one callgrind run in the sandbox + llvm-mca).

    `cpu` is an llvm CPU name (default: $ASMOPT_CYCLES_CPU, else the host's).
    Raises CyclesError with a one-line reason when there is no trustworthy number.
    """
    model = mca.choose_cpu(cpu)
    text = _without_debug_directives(asm)
    statements = parse(text)
    expanding = next((st for st in statements if st.kind == "directive" and st.directive in _EXPANDING), None)
    if expanding is not None:
        # One text line would stand for many instructions: per-line counts cannot price them.
        raise CyclesError(f"line {expanding.line}: `{expanding.directive}` expands to code the model cannot "
                          "map to lines")
    funcs = functions(statements)
    try:
        binary = profile.build_debug(text, unsafe=unsafe)
    except AsmoptError as exc:
        raise CyclesError(str(exc)) from exc
    result = profile.run_callgrind(binary, stdin, (*_OPTIONS, *model.valgrind_options()), limits, unsafe=unsafe)
    prof = _checked_profile(result, limits)
    return _cost(prof, statements, funcs, model)


def cached_cycles(asm: str, stdin: bytes, *, unsafe: bool = False, cpu: str | None = None,
                  limits: sandbox.Limits = LIMITS) -> CyclesCost:
    """`cycles`, remembered on disk by (asm, input, gcc, valgrind, llvm-mca, CPU model). Errors are not cached."""
    model = mca.choose_cpu(cpu)
    key = cache.digest(_VERSION, asm, stdin, toolchain.compiler_version("gcc"), callgrind.valgrind_version(),
                       mca.mca_version(), model.describe(), str(unsafe))
    hit = cache.get_json("cycles", key)
    if hit is not None:
        return CyclesCost.from_json(hit)
    cost = cycles(asm, stdin, unsafe=unsafe, cpu=model.name, limits=limits)
    cache.put_json("cycles", key, cost.to_json())
    return cost


def _without_debug_directives(asm: str) -> str:
    return "\n".join("" if _DEBUG_DIRECTIVE.match(ln) else ln for ln in asm.split("\n"))


def _checked_profile(result: profile.CallgrindRun, limits: sandbox.Limits) -> profile.Profile:
    """The run's profile, or CyclesError when the run or its file cannot be trusted."""
    run = result.run
    if callgrind.cannot_decode(run.log):
        raise CyclesError("valgrind cannot decode an instruction of this program (e.g. AVX-512); no cycles")
    if run.timed_out:
        raise CyclesError(f"timed out under valgrind after {limits.wall_s:g} s")
    if run.leftovers:
        raise CyclesError("processes outlived the program under valgrind; their work is not modelled")
    if not run.ok:
        how = f"signal {run.signal}" if run.signal is not None else f"exit status {run.exit_code}"
        raise CyclesError(f"the program ended with {how} under valgrind")
    collected = _collected(run.log)
    if collected is None:
        tail = " | ".join(run.log.strip().splitlines()[-2:])
        raise CyclesError("valgrind reported no totals (the program forked or exec'd?): " + tail[:200])
    if not result.text:
        raise CyclesError("callgrind wrote no profile")
    prof = profile.parse(result.text)  # per-line costs only: no need for the text's hottest lines
    # The file is written where the program could write too: it must agree with
    # valgrind's own report on the log channel, which the program cannot reach.
    if any(prof.totals.get(e, 0) != collected.get(e, 0) for e in _EVENTS):
        raise CyclesError("the callgrind profile does not match valgrind's report; not trusted")
    return prof


def _collected(log: str) -> dict[str, int] | None:
    """Every event valgrind reported for the one process it ran; None if zero or several processes reported."""
    names = _EVENTS_LINE.search(log)
    found = _COLLECTED.findall(log)
    if names is None or len(found) != 1:
        return None
    return dict(zip(names.group(1).split(), map(int, found[0][1].split())))


@dataclass
class _Block:
    function: str
    lines: list[int]  # the line of each instruction, in order
    texts: list[str]  # each instruction as written, without labels or comments
    rep: list[bool]  # which instructions are rep-prefixed string instructions
    intel: bool  # written in Intel syntax (after `.intel_syntax`)


def _cost(prof: profile.Profile, statements: Sequence[Statement], funcs: Sequence[Function],
          model: mca.CpuModel) -> CyclesCost:
    """Combine per-line executions with llvm-mca's cycles per block into the model's terms."""
    instr_at: dict[int, list[Statement]] = {}
    for st in statements:
        if st.kind == "instruction":
            instr_at.setdefault(st.line, []).append(st)
    blocks: list[_Block] = []
    for fn in funcs:
        for blk in fn.blocks:
            ins = [st for st in blk.statements if st.kind == "instruction"]
            if ins:
                blocks.append(_Block(fn.name, [st.line for st in ins], [_instruction_text(st, instr_at[st.line]) for st in ins],
                                     [_is_rep(st) for st in ins], ins[0].syntax == "intel"))
    in_block = {ln for b in blocks for ln in b.lines}
    executed = {ln: ev[0] for ln, ev in prof.line_events.items() if ev and ev[0]}
    stray = sorted(set(executed) - in_block)
    if stray:
        ln = stray[0]
        what = _line_text(statements, ln)
        raise CyclesError(f"line {ln} (`{what}`) executes code the model cannot read "
                          "(not an instruction of a function's block: data, macro or directive)")
    per_line = _executions(prof, instr_at)  # line -> (executions of its instructions, extra at later addresses)
    counts: list[int] = []
    rep_iterations = padding = 0
    for b in blocks:
        plain = [per_line.get(ln, (0, 0))[0] for ln, r in zip(b.lines, b.rep) if not r]
        reps = [per_line.get(ln, (0, 0))[0] for ln, r in zip(b.lines, b.rep) if r]
        # Entries into the block: every later instruction runs at most as often (a call may not return).
        count = max(plain) if plain else 0
        counts.append(count)
        # valgrind counts each element of a rep string instruction as one instruction.
        rep_iterations += sum(max(0, r - count) for r in reps)
    for ln in set(in_block):
        padding += per_line.get(ln, (0, 0))[1]
    live = [i for i, c in enumerate(counts) if c]
    try:
        per_exec = mca.block_cycles([blocks[i].texts for i in live], model.name,
                                    intel=[blocks[i].intel for i in live])
    except mca.McaError as exc:
        where = ""
        if exc.block is not None and exc.index is not None:
            where = f"line {blocks[live[exc.block]].lines[exc.index]}: "
        raise CyclesError(where + str(exc)) from exc
    by_function: dict[str, float] = {}
    own_cycles = 0.0
    for i, c in zip(live, per_exec):
        own_cycles += counts[i] * c
        by_function[blocks[i].function] = by_function.get(blocks[i].function, 0.0) + counts[i] * c
    _check_attribution(prof, funcs, executed)
    t = prof.totals
    own_instr = sum(executed.values())
    return CyclesCost(
        cpu=model.name,
        own_cycles=own_cycles,
        own_instr=own_instr,
        library_instr=prof.total - own_instr,
        l1_misses=t.get("I1mr", 0) + t.get("D1mr", 0) + t.get("D1mw", 0),
        ll_misses=t.get("ILmr", 0) + t.get("DLmr", 0) + t.get("DLmw", 0),
        mispredicts=t.get("Bcm", 0) + t.get("Bim", 0),
        rep_iterations=rep_iterations,
        padding_nops=padding,
        functions=dict(sorted(by_function.items(), key=lambda kv: -kv[1])),
        model=f"{mca.mca_version()} -mcpu={model.describe()}; {callgrind.valgrind_version()}",
    )


def _executions(prof: profile.Profile, instr_at: dict[int, list[Statement]]) -> dict[int, tuple[int, int]]:
    """Per own line: (executions of its first instruction, instructions executed at later addresses).

    The line's instructions sit at its lowest addresses; anything executed at
    a higher address of the same line is alignment padding the assembler put
    after it. A rep string instruction's count includes its iterations.
    """
    out: dict[int, tuple[int, int]] = {}
    for ln, addrs in prof.line_addresses.items():
        ordered = [addrs[a] for a in sorted(addrs)]
        n = max(1, len(instr_at.get(ln, ())))
        out[ln] = (ordered[0], sum(ordered[n:]))
    return out


def _check_attribution(prof: profile.Profile, funcs: Sequence[Function], executed: dict[int, int]) -> None:
    """Every instruction callgrind counted in a function of the .s must lie on that function's lines."""
    own_by_fn: dict[str, int] = {}
    for fn in funcs:
        lines = {st.line for blk in fn.blocks for st in blk.statements if st.kind == "instruction"}
        own_by_fn[fn.name] = sum(executed.get(ln, 0) for ln in lines)
    seen: dict[str, int] = {}
    for f in prof.functions:
        if f.object == "prog":
            base = f.name.split("'")[0]  # callgrind names recursion levels f'2, f'3
            seen[base] = seen.get(base, 0) + f.instructions
    for name, own in own_by_fn.items():
        if seen.get(name, own) > own:
            raise CyclesError(f"code of function {name} is not attributed to its assembly lines "
                              "(data bytes executed as code, .include?): the model cannot read it")


def _instruction_text(st: Statement, on_line: list[Statement]) -> str:
    """The instruction for llvm-mca: prefixes, mnemonic and operands as written, nothing else on its line.

    `on_line` are the instructions of its line, in order (`a; b` is two).
    """
    if st.syntax == "intel":  # the reader squeezes blanks out of operands, which Intel syntax needs
        code = re.sub(r"/\*.*?\*/", " ", st.text).split("#", 1)[0].split(";")
        pieces = [c for c in (re.sub(r"^\s*(?:[\w.$@]+:\s*)+", "", c).strip() for c in code) if c]
        k = next(i for i, other in enumerate(on_line) if other is st)
        return pieces[k] if k < len(pieces) else st.mnemonic or ""
    head = " ".join((*st.prefixes, st.mnemonic or ""))
    return f"{head} {', '.join(st.operands)}" if st.operands else head


def _is_rep(st: Statement) -> bool:
    """A rep-prefixed string instruction: valgrind counts each of its iterations (`rep ret` is one)."""
    return any(p.startswith("rep") for p in st.prefixes) and bool(_STRING_OP.match(st.mnemonic or ""))


def _line_text(statements: Sequence[Statement], line: int) -> str:
    for st in statements:
        if st.line == line:
            return st.text.strip()[:80]
    return ""
