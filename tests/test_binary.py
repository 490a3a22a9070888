""""No change" is decided on the machine code: asmopt.binary and its use by evaluate."""

from __future__ import annotations

import pytest

from asmopt import datasets, toolchain
from asmopt.binary import ElfError, code_digest, loaded_sections, same_code
from asmopt.candidate import Candidate
from asmopt.evaluate import EvalConfig, evaluate, prepare


@pytest.fixture(scope="module")
def task():
    return toolchain.with_baseline(datasets.load("examples").tasks["popcount_sum"])


def _binary(asm: str):
    built = toolchain.build(asm)
    assert built.ok, built.error
    return built.binary


def _cosmetic(asm: str) -> str:
    """The same program: another .file name, another .ident, comments and blank lines."""
    out = asm.replace('.file\t"prog.c"', '.file\t"renamed.c"').replace('.ident\t"GCC', '.ident\t"not GCC')
    assert out != asm
    return "# a comment the model added\n\n" + out.replace("\tret\n", "\tret  # done\n", 1)


def test_cosmetic_edits_are_the_same_code(task) -> None:
    base, cosmetic = _binary(task.baseline.asm), _binary(_cosmetic(task.baseline.asm))
    assert base.read_bytes() != cosmetic.read_bytes()  # the files differ (symtab, .comment, build-id)...
    assert same_code(base, cosmetic)  # ...the loaded program does not


def test_a_changed_instruction_or_constant_is_a_change(task) -> None:
    base = _binary(task.baseline.asm)
    # One more instruction that does nothing still moves code: a change.
    nop = task.baseline.asm.replace("\tret\n", "\tnop\n\tret\n", 1)
    assert not same_code(base, _binary(nop))
    # A format string is data the program loads: changing it is a change.
    data = task.baseline.asm.replace('.string\t"%llu\\n"', '.string\t"%llu \\n"')
    assert data != task.baseline.asm
    assert not same_code(base, _binary(data))


def test_not_elf_is_never_the_same(tmp_path, task) -> None:
    junk = tmp_path / "junk"
    junk.write_bytes(b"\x7fELF" + b"\0" * 10)
    with pytest.raises(ElfError):
        loaded_sections(junk.read_bytes())
    assert not same_code(junk, _binary(task.baseline.asm))
    assert not same_code(tmp_path / "missing", junk)


def test_digest_covers_text_and_data(task) -> None:
    names = [name for name, *_ in loaded_sections(_binary(task.baseline.asm).read_bytes())]
    assert ".text" in names and ".rodata" in names and ".note.gnu.build-id" not in names
    assert len(code_digest(_binary(task.baseline.asm))) == 64


def test_evaluate_calls_cosmetic_edits_no_change(task) -> None:
    cfg = EvalConfig(timing=False)
    result = evaluate(prepare(task, cfg), Candidate(task.id, _cosmetic(task.baseline.asm)), cfg)
    assert result.verdict == "AC" and result.identical
    assert result.speedup_instr == 1.0 and not result.significant and not result.instr_gain
