"""Experiment: do "compiled features" help the learned policy? Cross-validated on the training programs.

The idea: a policy choosing a compiler setting might choose better if it saw what each setting
makes of the program. Compiling is cheap (no tests, no timing), so for each setting of the grid
without PGO the program is compiled and the widest vector register its loops use, with a bucketed
count, becomes one more prompt word (`vec:clang-O3-native-nocontract=y4`: 256-bit vectors, about
e^4 instructions in loops; `-`: no vector code in loops). The rewards are the committed sweep's;
the words are added to its rows, and the model's vocabulary is extended in this process only.

    python benchmarks/experiments/compiled_features_cv.py --seed 0 --seed 1 --seed 2

Measured 2026-11-30 (Emerald Rapids VM, 5 folds, the shipped recipe otherwise): held-out mean
best-of-2 reward 0.156 / 0.245 / 0.209 for seeds 0 / 1 / 2 (mean 0.203), against 0.213-0.220
(mean 0.216) without these words: no better, and less steady over seeds. Not adopted.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from pathlib import Path

from asmopt import asm as reader
from asmopt import datasets, toolchain
from asmopt.env import observation as obs
from asmopt.policies import learned
from asmopt.policies.compiler import GRID, candidate
from asmopt.rl.learn import PolicyRecipe, Row, cross_validate, read_table

TABLE = Path(__file__).resolve().parents[1] / "results" / "policy-sapphirerapids" / "rewards-train.jsonl"
SETTINGS = [s for s in GRID if not s.pgo]  # PGO settings need a training run: not "just compiled"
WIDTHS = (("z", re.compile(r"%zmm")), ("y", re.compile(r"%ymm")), ("x", re.compile(r"%xmm")))
VECTOR = dict(obs.CLASSES)["vector"]


def vector_word(asm: str) -> str:
    """The widest vector register used by instructions in loops, and how many use it (log bucket)."""
    counts = dict.fromkeys("zyx", 0)
    for fn in reader.functions(reader.parse(asm)):
        inside = obs.loop_blocks(fn)
        for b, block in enumerate(fn.blocks):
            if b not in inside:
                continue
            for st in block.statements:
                ops = " ".join(st.operands or ())
                for width, pat in WIDTHS:
                    # xmm registers also carry scalar floating point: count them only in vector instructions.
                    if pat.search(ops) and (width != "x" or VECTOR.match(st.mnemonic or "")):
                        counts[width] += 1
                        break
    return next((f"{w}{min(round(math.log1p(counts[w])), 4)}" for w in "zyx" if counts[w]), "-")


def compiled_words(task) -> list[str]:
    words = []
    for s in SETTINGS:
        cand = candidate(task, s)
        words.append(f"vec:{s.name}={vector_word(cand.asm) if cand.asm else 'err'}")
    return words


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, action="append", help="repeat; default 0")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--out", type=Path, default=Path("out/cv-compiled"))
    args = ap.parse_args()
    tasks = datasets.load("builtin").tasks
    rows = read_table(TABLE)
    args.out.mkdir(parents=True, exist_ok=True)
    table = args.out / "rewards-compiled.jsonl"
    with table.open("w", encoding="utf-8") as f:
        for tid, row in rows.items():
            extra = compiled_words(toolchain.with_baseline(tasks[tid]))
            f.write(json.dumps(Row(tid, (*row.words, *extra), row.rewards, row.verdicts).to_dict()) + "\n")
    values = ["-", "err", *(f"{w}{b}" for w in "zyx" for b in range(5))]
    extra_vocab = [f"vec:{s.name}={v}" for s in SETTINGS for v in values]
    base = learned.words
    learned.words = lambda vocabulary=learned.VOCABULARY: [*base(vocabulary), *extra_vocab]
    for seed in args.seed or [0]:
        cv = cross_validate(PolicyRecipe(output_dir=str(args.out / f"seed{seed}"), seed=seed), table, args.folds,
                            log=lambda line: None)
        print(f"seed {seed}: " + ", ".join(f"{kind} k={k} {v:+.4f}" for kind, ks in cv["mean"].items()
                                           for k, v in ks.items()), flush=True)


if __name__ == "__main__":
    main()
