"""Which section each statement is in."""

from __future__ import annotations

from asmopt.asm import parse, sections


def names(text: str) -> list[tuple[str, bool]]:
    stmts = parse(text)
    return [(sec.name, sec.executable) for s, sec in zip(stmts, sections(stmts)) if s.kind == "instruction"]


def test_sections_switch_and_come_back() -> None:
    text = "\n".join([
        "\tnop",  # the assembler starts in .text
        '\t.section\t.text.startup,"ax",@progbits', "\tnop",
        "\t.section\t.rodata", "\tnop",
        "\t.section\t.text.startup", "\tnop",  # no flags: as declared before
        "\t.previous", "\tnop",  # back to .rodata
        "\t.pushsection .text.unlikely", "\tnop", "\t.popsection", "\tnop",
        '\t.section .mycode,"ax"', "\tnop", "\t.section .mycode", "\tnop",
        "\t.section .foo", "\tnop", "\t.data", "\tnop", "\t.text", "\tnop",
    ])
    assert names(text) == [
        (".text", True), (".text.startup", True), (".rodata", False), (".text.startup", True), (".rodata", False),
        (".text.unlikely", True), (".rodata", False), (".mycode", True), (".mycode", True), (".foo", False),
        (".data", False), (".text", True)]
