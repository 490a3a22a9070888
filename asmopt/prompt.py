"""Prompt: the reference paper's prompt, exactly, and its C-only ablation.

One user turn, no system prompt. The assembly prompt shows the C source and the
gcc -O3 assembly; the C-only ablation drops the assembly block. Answers are read
back with `asmopt.answer.extract_assembly`.
"""

from __future__ import annotations

from asmopt.errors import AsmoptError
from asmopt.task import Task

_HEAD = "Given the following C code and assembly code, your task is to generate highly optimized x86-64 assembly code."
_TAIL = ("Only output the optimized assembly code. Do not include any other text. Do not write any comments in "
         "the assembly code. Wrap the assembly code in ```assembly``` tags.\nOptimized Assembly Code:\n")
KINDS = ("asm", "c_only")


def question(c_source: str, asm: str | None) -> str:
    """The paper's prompt text; `asm=None` gives the C-only ablation."""
    parts = [_HEAD, "C Code:\n", f"```c\n{c_source}\n```\n"]
    if asm is not None:
        parts.append(f"Assembly Code:\n\n```assembly\n{asm}\n```\n")
    parts.append(_TAIL)
    return "\n".join(parts)


def for_task(task: Task, kind: str = "asm") -> str:
    """The prompt for a task: kind "asm" (the paper's default) or "c_only"."""
    if kind not in KINDS:
        raise AsmoptError(f"unknown prompt kind {kind!r} (known: {', '.join(KINDS)})")
    if kind == "c_only":
        return question(task.c_source, None)
    if task.baseline is None:
        raise AsmoptError(f"task {task.id} has no baseline assembly to show (load it with toolchain.with_baseline)")
    return question(task.c_source, task.baseline.asm)


def messages(text: str) -> list[dict[str, str]]:
    """Chat messages for a prompt: a single user turn, as in the paper."""
    return [{"role": "user", "content": text}]
