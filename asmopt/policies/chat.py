"""Chat: the conversation a language-model policy sends, first turn and refinement turns.

The first turn is the paper's prompt exactly (`asmopt.prompt`: the C source and
its gcc -O3 assembly, or the C-only ablation), one user message, no system
prompt. A task given as assembly only (no C source) gets the same prompt with
the C block replaced by a plain statement that the source is not available.

A refinement turn continues the chat of an earlier candidate: its answer as the
assistant's message, then a user message telling what the harness found on the
visible tests only:
- it did not build: the assembler's or linker's message;
- it failed a test: that test's input, the expected output and what the program
  printed (each truncated), or the verdict (crash, time limit) and its message;
- it is correct: the measured instruction speedup and where the instructions
  are spent (callgrind per function and per line of its assembly);
- it is the baseline itself: that nothing changed.
Hidden tests never appear in a message.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from asmopt import prompt as paper_prompt
from asmopt.candidate import Candidate
from asmopt.errors import AsmoptError
from asmopt.policies import Feedback
from asmopt.task import Task

Message = dict[str, str]
TEXT_LIMIT = 1200  # characters of a test's input or output shown in feedback
MESSAGE_LIMIT = 3000  # characters of an assembler message shown

_ASM_ONLY_HEAD = ("Given the following assembly code (the C source is not available), your task is to generate "
                  "highly optimized x86-64 assembly code.")


def first_prompt(task: Task, kind: str = "asm") -> str:
    """The opening user message: the paper's prompt, or its assembly-only form when there is no C source."""
    if task.c_source.strip():
        return paper_prompt.for_task(task, kind)
    if kind == "c_only":
        raise AsmoptError(f"task {task.id}: the C-only prompt needs C source, and this task has assembly only")
    if task.baseline is None:
        raise AsmoptError(f"task {task.id} has neither C source nor baseline assembly to show")
    full = paper_prompt.question("", task.baseline.asm)
    # The paper's text with the C block swapped for a note: everything else stays as the paper wrote it.
    _, _, rest = full.partition("Assembly Code:")
    return f"{_ASM_ONLY_HEAD}\nAssembly Code:{rest}"


def new_uid() -> str:
    """An identifier for a candidate, so a later round can find its place in the chat."""
    return uuid.uuid4().hex[:12]


def assistant_text(cand: Candidate) -> str:
    """What the model said for a candidate: its raw reply when kept (no answer could be read from it),
    else its assembly in the fence the prompt asked for."""
    reply = cand.meta.get("reply")
    if isinstance(reply, str) and reply:
        return reply
    body = cand.asm if cand.asm.endswith("\n") else cand.asm + "\n"
    return f"```assembly\n{body}```"


def _clip(text: str, limit: int = TEXT_LIMIT) -> str:
    return text if len(text) <= limit else text[:limit] + f"\n... ({len(text) - limit} more characters)"


def _bytes_text(data: bytes | None) -> str:
    return "" if data is None else _clip(data.decode(errors="replace"))


def feedback_text(fb: Feedback) -> str:
    """The user message that reports what the harness found about one candidate (visible tests only)."""
    res = fb.result
    if res.verdict == "CE":
        if not fb.candidate.asm.strip():
            return ("Your reply contained no assembly in a ```assembly block, so nothing could be built. "
                    "Reply with the complete optimized assembly file in a ```assembly block.")
        return ("Your assembly did not build. The assembler/linker said:\n```\n"
                f"{_clip(res.message, MESSAGE_LIMIT)}\n```\n"
                "Fix the error and output the complete optimized assembly code in a ```assembly block.")
    if res.verdict != "AC":
        test = getattr(fb, "failing_test", None)
        actual = getattr(fb, "actual_output", None)
        failing = next((o for o in res.tests if o.verdict not in ("AC", "skipped")), None)
        what = f"{failing.verdict} ({failing.message})" if failing and failing.message else res.verdict
        parts = [(f"Your assembly builds but fails a test: {what}. "
                  f"It passed {res.tests_passed} of {res.tests_total} tests.")]
        if test is not None:
            parts.append(f"Input:\n```\n{_bytes_text(test.input)}\n```")
            parts.append(f"Expected output:\n```\n{_bytes_text(test.output)}\n```")
            if actual is not None:
                parts.append(f"Your program printed:\n```\n{_bytes_text(actual)}\n```")
        parts.append("Fix it so that the output is exactly right, keep it fast, and output the complete "
                     "assembly code in a ```assembly block.")
        return "\n".join(parts)
    if res.identical:
        return ("Your assembly is the same as the original: nothing was optimized. Make it faster and output "
                "the complete optimized assembly code in a ```assembly block.")
    parts = [f"Your assembly is correct on all {res.tests_total} tests."]
    if res.speedup_wall is not None and res.wall_p_value is not None and res.base_wall_s and res.cand_wall_s:
        speed = res.speedup_wall
        parts.append(f"Measured wall time on its heaviest tests: {res.cand_wall_s * 1e3:.1f} ms against the "
                     f"original's {res.base_wall_s * 1e3:.1f} ms: a speedup of {speed:.3f}x"
                     + (f" (interval {res.speedup_wall_ci[0]:.3f}-{res.speedup_wall_ci[1]:.3f})"
                        if res.speedup_wall_ci else "") + "." + ("" if speed > 1 else " That is not faster."))
    elif res.instr_base and res.instr_cand:
        speed = res.instr_base / res.instr_cand
        parts.append(f"It executes {res.instr_cand:,} instructions against the original's {res.instr_base:,}: "
                     f"a speedup of {speed:.3f}x." + ("" if speed > 1 else " That is not faster."))
    elif res.measure_error:
        parts.append(f"Its speed could not be measured: {res.measure_error}.")
    if fb.profile:
        parts.append(f"Where the instructions are spent:\n{fb.profile}")
    parts.append("Make it faster still, keep the output exactly the same, and output the complete assembly "
                 "code in a ```assembly block.")
    return "\n".join(parts)


def _find(history: Sequence[Feedback], uid: object) -> Feedback | None:
    if not isinstance(uid, str):
        return None
    return next((fb for fb in reversed(history) if fb.candidate.meta.get("uid") == uid), None)


def lineage(history: Sequence[Feedback], parent: Feedback, max_turns: int) -> list[Feedback]:
    """`parent` and its ancestors (through meta["parent"]), oldest first, at most `max_turns` of them."""
    chain = [parent]
    seen = {id(parent)}
    while len(chain) < max_turns:
        prev = _find(history, chain[-1].candidate.meta.get("parent"))
        if prev is None or id(prev) in seen:
            break
        chain.append(prev)
        seen.add(id(prev))
    return chain[::-1]


def conversation(task: Task, kind: str, history: Sequence[Feedback], parent: Feedback | None,
                 max_turns: int = 3) -> list[Message]:
    """Messages for one sample: the first prompt, then the parent's lineage as (answer, feedback) turns."""
    msgs: list[Message] = [{"role": "user", "content": first_prompt(task, kind)}]
    if parent is None:
        return msgs
    for fb in lineage(history, parent, max_turns):
        msgs.append({"role": "assistant", "content": assistant_text(fb.candidate)})
        msgs.append({"role": "user", "content": feedback_text(fb)})
    return msgs


def parents(history: Sequence[Feedback], n: int) -> list[Feedback | None]:
    """Which earlier candidate each of `n` new samples continues from.

    First round: none (a fresh prompt). Later: the latest round's candidates in
    order, so sample i carries on chain i; with fewer candidates than samples the
    chains are shared round-robin.
    """
    if not history:
        return [None] * n
    last_round = max(_round(fb) for fb in history)
    pool = [fb for fb in history if _round(fb) == last_round] or list(history)
    return [pool[i % len(pool)] for i in range(n)]


def _round(fb: Feedback) -> int:
    value = fb.candidate.meta.get("round")
    return value if isinstance(value, int) else 0
