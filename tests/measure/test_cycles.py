"""The cycles model: deterministic, ranks `div` above a reciprocal multiply, refuses what it cannot read.

llvm-mca must be installed (scripts/setup.sh installs llvm-19): these tests fail without it, never skip.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from asmopt.measure import mca
from asmopt.measure.cycles import CyclesCoefficients, CyclesCost, CyclesError, cached_cycles, cycles
from asmopt.measure.profile import parse

MODSUM = r"""
#include <stdio.h>
int main(void) {
    long n;
    if (scanf("%ld", &n) != 1) return 1;
    unsigned long s = 0;
    for (long i = 1; i <= n; i++) s = (s * 31 + (unsigned long)i) % 1000000007UL;
    printf("%lu\n", s);
    return 0;
}
"""

MAIN = """\t.text
\t.globl\tmain
\t.type\tmain, @function
main:
{body}
\txorl\t%eax, %eax
\tret
\t.size\tmain, .-main
\t.section\t.note.GNU-stack,"",@progbits
"""


@pytest.fixture(scope="module")
def modsum(gcc_asm) -> dict[str, str]:
    """The modular-sum loop as gcc -O3 (reciprocal multiply) and gcc -Os (`divq`) write it."""
    fast, small = gcc_asm(MODSUM, ("-O3",)), gcc_asm(MODSUM, ("-Os",))
    assert "div" not in fast and "divq" in small
    return {"O3": fast, "Os": small}


def test_llvm_mca_is_installed_and_knows_the_host() -> None:
    assert mca.llvm_mca()  # fails (not skips) where setup did not install llvm
    cpu = mca.choose_cpu()
    assert mca.block_cycles([["addq $1, %rax"]], cpu.name)[0] > 0.5


def test_same_binary_and_input_give_the_same_number_even_under_load(modsum) -> None:
    first = cycles(modsum["O3"], b"20000\n")
    again = cycles(modsum["O3"], b"20000\n")
    spin = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(2)]
    try:
        loaded = cycles(modsum["O3"], b"20000\n")
    finally:
        for p in spin:
            p.kill()
            p.wait()
    assert first == again == loaded
    assert first.total() > 0 and first.cpu == mca.choose_cpu().name and "valgrind" in first.model


def test_more_iterations_cost_more(modsum) -> None:
    small, large = cycles(modsum["O3"], b"1000\n"), cycles(modsum["O3"], b"100000\n")
    assert large.own_instr > small.own_instr
    assert large.total() - small.total() > 99_000 * 5  # several cycles per iteration of the loop
    assert abs(large.library_instr - small.library_instr) < 1000  # the same scanf/printf work, other digits


def test_div_costs_more_cycles_though_it_executes_fewer_instructions(modsum) -> None:
    fast, div = cycles(modsum["O3"], b"200000\n"), cycles(modsum["Os"], b"200000\n")
    assert div.own_instr < fast.own_instr  # instruction counts reward the div ...
    assert div.total() > 1.3 * fast.total()  # ... the model does not (measured: ~1.5-1.8x the time)
    assert div.own_cycles / 200_000 > 15  # a 64-bit div's latency on the loop's critical path
    assert set(div.functions) == {"main"}


def test_cached_variant_returns_the_same_cost(modsum) -> None:
    a = cached_cycles(modsum["O3"], b"5000\n")
    b = cached_cycles(modsum["O3"], b"5000\n")
    assert a == b == CyclesCost.from_json(a.to_json())


def test_avx512_that_valgrind_cannot_decode_is_a_measure_error() -> None:
    asm = MAIN.format(body="\tvpaddq\t%zmm0, %zmm1, %zmm2")
    with pytest.raises(CyclesError, match="cannot decode|no scheduling information"):
        cycles(asm, b"")


def test_garbage_is_a_clear_error() -> None:
    with pytest.raises(CyclesError, match="cannot build"):
        cycles("this is not assembly\n", b"")


def test_executed_bytes_the_model_cannot_read_are_refused() -> None:
    asm = MAIN.format(body="\t.byte 0x90")  # a nop, hidden in a data directive
    with pytest.raises(CyclesError, match="cannot read|not attributed"):
        cycles(asm, b"")


def test_an_instruction_llvm_mca_cannot_read_names_it() -> None:
    with pytest.raises(mca.McaError, match="frobnicate"):
        mca.block_cycles([["addq $1, %rax"], ["frobnicate %rax"]], mca.choose_cpu().name)


def test_line_markers_cannot_move_own_code_into_the_library() -> None:
    loop = "\tmovl\t$100000, %ecx\n.L2:\n# 77 \"fake.c\"\n\tsubl\t$1, %ecx\n\tjne\t.L2"
    cost = cycles(MAIN.format(body=loop), b"")
    assert cost.own_instr > 200_000 and cost.own_cycles > 100_000


def test_rep_iterations_and_alignment_padding_are_their_own_terms() -> None:
    body = ("\tsubq\t$4096, %rsp\n\tmovq\t%rsp, %rdi\n\tmovl\t$4000, %ecx\n\txorl\t%eax, %eax\n"
            "\trep stosb\n\taddq\t$4096, %rsp\n\tnop\n\t.p2align 5\n.L9:\n\tnop")
    cost = cycles(MAIN.format(body=body), b"")
    assert cost.rep_iterations == 4000
    assert cost.padding_nops >= 1  # the nops that align .L9, executed on the way into it
    assert cost.own_instr == 10 + 4000 + cost.padding_nops


def test_total_weighs_every_term() -> None:
    cost = CyclesCost(cpu="x", own_cycles=100.0, own_instr=50, library_instr=1000, l1_misses=2, ll_misses=1,
                      mispredicts=3, rep_iterations=8, padding_nops=4)
    c = CyclesCoefficients(pipeline=1, library=0.5, l1_miss=10, ll_miss=100, mispredict=20, rep_iteration=0.5,
                           padding_nop=0.25)
    assert cost.total(c) == 100 + 500 + 20 + 100 + 60 + 4 + 1


PROFILE = """version: 1
positions: instr line
events: Ir D1mr Bcm
ob=/box/prog
fl=/box/prog.s
fn=main
0x10 5 3 1
0x14 6 3 0 2
0x16 6 2
calls=1 0x20 9
0x14 6 500 7 7
ob=/usr/lib/x86_64-linux-gnu/libc.so.6
fl=printf.c
fn=printf
0x99 12 40 4 1
"""


def test_profile_parser_keeps_every_event_and_address() -> None:
    prof = parse(PROFILE)
    assert prof.events == ("Ir", "D1mr", "Bcm")
    assert prof.total == 48 and prof.totals == {"Ir": 48, "D1mr": 5, "Bcm": 3}
    assert prof.line_events == {5: (3, 1, 0), 6: (5, 0, 2)}
    assert prof.line_addresses == {5: {0x10: 3}, 6: {0x14: 3, 0x16: 2}}


def test_repeat_blocks_are_refused_not_priced_as_one_line() -> None:
    with pytest.raises(CyclesError, match=r"\.rept"):
        cycles(MAIN.format(body="\t.rept 100\n\tnop\n\t.endr"), b"")


def test_intel_syntax_reads_as_its_att_twin(gcc_asm) -> None:
    att = gcc_asm(MODSUM, ("-O2",))
    intel = "\t.intel_syntax noprefix\n" + gcc_asm(MODSUM, ("-O2", "-masm=intel"))
    a, b = cycles(att, b"3000\n"), cycles(intel, b"3000\n")
    assert a.own_instr == b.own_instr and a.own_cycles == pytest.approx(b.own_cycles)


def test_a_profile_that_disagrees_with_valgrinds_own_report_is_not_trusted() -> None:
    from asmopt.measure.cycles import _checked_profile
    from asmopt.measure.profile import CallgrindRun
    from asmopt.sandbox import Limits, Run

    log = ("==7== Command: /box/prog\n==7== Events    : Ir I1mr D1mr D1mw ILmr DLmr DLmw Bc Bcm Bi Bim\n"
           "==7== Collected : 48 0 5 0 0 0 0 0 3 0 0\n")
    run = Run(exit_code=0, signal=None, stdout=b"", stderr=b"", wall_s=0.1, cpu_s=0.1, max_rss_kb=1, log=log)
    honest = PROFILE
    assert _checked_profile(CallgrindRun(run, honest), Limits()).total == 48
    forged = PROFILE.replace("0x14 6 3 0 2", "0x14 6 1 0 2")  # two instructions fewer
    with pytest.raises(CyclesError, match="does not match"):
        _checked_profile(CallgrindRun(run, forged), Limits())
    with pytest.raises(CyclesError, match="no totals"):
        _checked_profile(CallgrindRun(Run(0, None, b"", b"", 0.1, 0.1, 1, log=log + log), honest), Limits())
