"""Export a dataset as training data in the SuperCoder paper's verl parquet schema.

One row per task:
```
{"data_source": "<dataset name>",
 "prompt": [{"role": "user", "content": question}],      # the paper's prompt (asmopt.prompt)
 "ability": "code-optimization",
 "reward_model": {"style": "rule", "ground_truth": "<baseline .s>"},
 "extra_info": {"split", "index": "<task id>", "problem_id", "c_code",
                "question", "c_only_question",
                "answer": "<baseline .s>",                # no better answer is known: the baseline
                "inputs": [...], "outputs": [...],        # the tests the reward runs
                "unoptimized_assembly": "```assembly\\n<baseline .s>```",
                "unoptimized_compiled": b"..."},          # only with binaries=True
 "task_id": "<data_source>-<task id>"}                     # the id asmopt gives the row when loading it
```
`asmopt.datasets.load` reads the file back (the paper's schema is one it
knows), so the same file feeds verl (`asmopt.rl.verl.compute_score` reads the
record), TRL (`AsmoptReward(dataset=<the file>)` with the `task_id` column)
and `asmopt eval`.

Tests: by default a train split carries only the visible tests: hidden tests are
for evaluation, and a policy must never be trained on them. Other splits carry
all tests; `tests` ("all" | "visible") overrides. Hidden marks are not part of
the paper's schema, so read back every exported test is visible.

Prompts longer than `max_prompt_tokens` (the paper: 2,000) are dropped, as the
paper did. They are counted with a tokenizer's chat template when one is given
(transformers `AutoTokenizer`, local files only), else approximated as one
token per 3 bytes of UTF-8: about what code tokenizers (Qwen2.5, Llama 3)
achieve on C and x86 assembly, on the side of counting too many.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asmopt import toolchain
from asmopt.errors import AsmoptError
from asmopt.prompt import for_task, messages
from asmopt.rl.service import select_tests
from asmopt.task import Task

ABILITY = "code-optimization"
DEFAULT_MAX_PROMPT_TOKENS = 2000
BYTES_PER_TOKEN = 3

TokenCounter = Callable[[str], int]


def approx_tokens(text: str) -> int:
    """Tokens of a prompt, approximated: one per 3 bytes of UTF-8 (see the module docstring)."""
    return math.ceil(len(text.encode("utf-8", "surrogatepass")) / BYTES_PER_TOKEN)


def tokenizer_counter(path: str | Path) -> TokenCounter:
    """Count a prompt's tokens as the trainer will feed it: the tokenizer's chat template
    with the generation prompt when it has one (as verl's prompt filter does), else the
    plain text. Loads from local files only."""
    try:
        from transformers import AutoTokenizer
    except ImportError:
        raise AsmoptError("--tokenizer needs transformers (pip install 'asmopt[train]')") from None
    try:
        tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True)
    except (OSError, ValueError) as exc:
        raise AsmoptError(f"cannot load a tokenizer from {path}: {str(exc).splitlines()[0]}") from None

    def count(text: str) -> int:
        if getattr(tok, "chat_template", None):
            ids = tok.apply_chat_template(messages(text), add_generation_prompt=True, tokenize=True)
            if isinstance(ids, dict) or hasattr(ids, "keys"):  # transformers 5 may return a BatchEncoding
                ids = ids["input_ids"]
            return len(ids)
        return len(tok(text, add_special_tokens=True)["input_ids"])

    return count


@dataclass
class ExportReport:
    """What an export wrote and left out, and how prompts were counted."""

    written: int = 0
    dropped: list[tuple[str, int]] = field(default_factory=list)  # (task id, prompt tokens) over the limit
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (task id, why) not representable
    counter: str = ""


def default_tests(split: str | None) -> str:
    """Which tests a split's rows carry unless told: visible for train, all otherwise."""
    return "visible" if split is not None and split.strip().lower() in ("train", "training") else "all"


def verl_rows(
    tasks: Iterable[Task],
    *,
    data_source: str,
    split: str | None = "train",
    tests: str | None = None,
    max_prompt_tokens: int | None = DEFAULT_MAX_PROMPT_TOKENS,
    count: TokenCounter = approx_tokens,
    binaries: bool = False,
    unsafe: bool = False,
) -> tuple[list[dict[str, Any]], ExportReport]:
    """Rows in the paper's schema for tasks (their baselines made when missing)."""
    from asmopt.datasets.split import split_of

    tests = tests or default_tests(split)
    report = ExportReport()
    rows: list[dict[str, Any]] = []
    for task in tasks:
        task = select_tests(toolchain.with_baseline(task, unsafe=unsafe), tests)
        assert task.baseline is not None
        if not task.tests:
            report.skipped.append((task.id, f"no {tests} tests"))
            continue
        try:
            inputs = [t.input.decode("utf-8") for t in task.tests]
            outputs = [t.output.decode("utf-8") for t in task.tests]
        except UnicodeDecodeError:
            report.skipped.append((task.id, "a test is not UTF-8 text, which the paper's schema cannot hold"))
            continue
        question = for_task(task, "asm")
        tokens = count(question)
        if max_prompt_tokens is not None and tokens > max_prompt_tokens:
            report.dropped.append((task.id, tokens))
            continue
        asm = task.baseline.asm
        extra: dict[str, Any] = {
            "split": split if split is not None and split != "all" else split_of(task),
            "index": task.id,
            "problem_id": str(task.meta.get("problem_id") or task.id),
            "c_code": task.c_source,
            "question": question,
            "c_only_question": for_task(task, "c_only"),
            "answer": asm,
            "inputs": inputs,
            "outputs": outputs,
            "unoptimized_assembly": f"```assembly\n{asm}```",
        }
        if binaries:
            built = toolchain.build(asm, unsafe=unsafe)
            if not built.ok or built.binary is None:
                report.skipped.append((task.id, f"baseline does not build: {built.error}"))
                continue
            extra["unoptimized_compiled"] = built.binary.read_bytes()
        rows.append({
            "data_source": data_source,
            "prompt": messages(question),
            "ability": ABILITY,
            "reward_model": {"style": "rule", "ground_truth": asm},
            "extra_info": extra,
            "task_id": f"{data_source}-{task.id}",
        })
    report.written = len(rows)
    return rows, report


def write_parquet(rows: list[dict[str, Any]], out: Path, settings: dict[str, Any]) -> None:
    """Write rows to a parquet file (atomically), the export settings in its metadata."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not rows:
        raise AsmoptError("nothing to export: every task was dropped or skipped")
    table = pa.Table.from_pylist(rows)
    table = table.replace_schema_metadata({**(table.schema.metadata or {}),
                                           b"asmopt": json.dumps(settings, sort_keys=True).encode()})
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def export_verl(
    dataset: str,
    out: Path,
    *,
    split: str | None = "train",
    tests: str | None = None,
    max_prompt_tokens: int | None = DEFAULT_MAX_PROMPT_TOKENS,
    tokenizer: str | Path | None = None,
    data_source: str | None = None,
    binaries: bool = False,
    unsafe: bool = False,
) -> ExportReport:
    """Export a dataset's split to `out` in the paper's verl schema; see the module docstring."""
    from asmopt import datasets

    tasks = datasets.load(dataset, split).tasks
    source = data_source or (dataset if dataset in datasets.BUILTIN else Path(dataset).stem)
    count = tokenizer_counter(tokenizer) if tokenizer is not None else approx_tokens
    tests = tests or default_tests(split)
    rows, report = verl_rows(tasks.values(), data_source=source, split=split, tests=tests,
                             max_prompt_tokens=max_prompt_tokens, count=count, binaries=binaries, unsafe=unsafe)
    report.counter = (f"tokenizer {tokenizer}" if tokenizer is not None
                      else f"approximate ({BYTES_PER_TOKEN} bytes/token)")
    write_parquet(rows, out, {"dataset": dataset, "split": split, "tests": tests,
                              "max_prompt_tokens": max_prompt_tokens, "counter": report.counter})
    return report
