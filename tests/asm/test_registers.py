"""Register names: every width and spelling to one canonical name."""

from __future__ import annotations

import pytest

from asmopt.asm import canonical, gpr, mentions, registers_in, width


@pytest.mark.parametrize("name,canon,w", [
    ("%rax", "rax", "q"), ("%eax", "rax", "d"), ("%ax", "rax", "w"), ("%al", "rax", "b"), ("%ah", "rax", "h"),
    ("%r8", "r8", "q"), ("%r8d", "r8", "d"), ("%r8w", "r8", "w"), ("%r8b", "r8", "b"), ("%sil", "rsi", "b"),
    ("%ESP", "rsp", "d"), ("dil", "rdi", "b"), ("%r15d", "r15", "d"),
])
def test_general_purpose_registers(name: str, canon: str, w: str) -> None:
    assert canonical(name) == canon and width(name) == w


def test_vector_and_other_registers() -> None:
    assert canonical("%xmm3") == canonical("%ymm3") == canonical("%zmm3") == "xmm3"
    assert canonical("%zmm31") == "xmm31" and canonical("%xmm32") is None
    assert canonical("%k1") == "k1" and canonical("%st(2)") == "st" and canonical("%mm0") == "mm0"
    assert canonical("%rip") is None and canonical("%fs") is None and width("%xmm0") is None


def test_names_by_width_and_mentions() -> None:
    assert [gpr("r9", w) for w in "qdwb"] == ["r9", "r9d", "r9w", "r9b"]
    assert gpr("rsi", "b") == "sil"
    assert registers_in("8(%rsp,%rax,4)") == [("rsp", "rsp"), ("rax", "rax")]
    assert registers_in("%fs:40") == [] and registers_in("$3") == []
    assert mentions("(%r8d)", "r8") and not mentions("%r9", "r8")
