"""`asmopt report`: results files in, a folder with index.html, report.md, plots/ and programs/ out."""

from __future__ import annotations

import json
from pathlib import Path

from asmopt.errors import AsmoptError
from asmopt.report.aggregate import best_per_task
from asmopt.report.columns import Row, columns
from asmopt.report.figures import make_figures
from asmopt.report.html import Page, ProgramRow, render_html, render_markdown
from asmopt.report.load import load_policies
from asmopt.report.metrics import INSTRUCTIONS_ONLY, strict_wall_interval, summarize, wrong_on_hidden_share
from asmopt.report.programs import (
    ProgramFiles,
    load_candidates,
    load_tasks,
    write_programs,
)


def build_report(results: list[Path], out_dir: Path, *, dataset: str | None = None,
                 candidates: list[Path | None] | None = None) -> Path:
    """Build the report for one or more results files (one policy each); return index.html's path.

    `candidates`, when given, is aligned with `results` (the candidates file
    each results file was judged from, None for one without); with `dataset` it lets the report
    write each program's source, baseline, best candidate and diff.
    """
    results = [Path(p) for p in results]
    if candidates is not None and len(candidates) != len(results):
        raise AsmoptError(f"report: {len(candidates)} candidates files for {len(results)} results files "
                          "(give one per results file, in the same order)")
    policies = load_policies(results)
    rows = []
    for p in policies:
        try:
            summary = summarize(p.records)
        except ValueError as exc:  # load_policies already checks; kept so a message always names the file
            raise AsmoptError(f"results file {p.path}: {exc}") from None
        rows.append(Row(p, summary, strict_wall_interval(p.records), wrong_on_hidden_share(p.records)))
    bests = {p.name: best_per_task(p.records) for p in policies}
    needed = {tid for per in bests.values() for tid in per}

    notes: list[str] = [f"{r.policy.name}: {INSTRUCTIONS_ONLY}" for r in rows if not r.summary.timed]
    tasks = load_tasks(dataset, needed, notes) if dataset else None
    known = set(tasks) if tasks is not None else needed
    cands = [load_candidates(Path(c), known, notes) if c is not None else None
             for c in (candidates or [None] * len(results))]

    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        files = write_programs(out_dir, policies, bests, tasks, cands, notes)
        figures = make_figures(policies, {r.policy.name: r.summary for r in rows}, bests)
        (out_dir / "plots").mkdir(exist_ok=True)
        for f in figures:
            (out_dir / "plots" / f.name).write_bytes(f.png)
        programs = [ProgramRow(tid, files.get(tid, ProgramFiles()),
                               {p.name: bests[p.name].get(tid) for p in policies})
                    for tid in _program_order(bests)]
        page = Page(rows, figures, programs, notes, dataset)
        (out_dir / "report.md").write_text(render_markdown(page), encoding="utf-8")
        (out_dir / "summary.json").write_text(json.dumps(_summary_json(rows), indent=2) + "\n", encoding="utf-8")
        index = out_dir / "index.html"
        index.write_text(render_html(page), encoding="utf-8")
    except OSError as exc:
        raise AsmoptError(f"cannot write the report to {out_dir}: {exc.strerror or exc}") from None
    return index


def _program_order(bests: dict) -> list[str]:
    # Biggest gains first, so the interesting programs are at the top of a long table.
    top: dict[str, float] = {}
    for per in bests.values():
        for tid, b in per.items():
            top[tid] = max(top.get(tid, 0.0), b.speedup)
    return sorted(top, key=lambda t: (-top[t], t))


def _summary_json(rows: list[Row]) -> list[dict]:
    """The table in machine-readable form: each policy's Summary plus the report's columns."""
    return [{"policy": r.policy.name, "results": str(r.policy.path), "summary": r.summary.to_dict(),
             "wall_ci": list(r.wall_ci) if r.wall_ci else None, "wrong_on_hidden": r.wrong_on_hidden,
             "columns": {f"{c.group}: {c.header}": c.value(r) for c in columns()}} for r in rows]


def report_command(results: list[Path], out: Path, dataset: str | None,
                   candidates: list[Path] | None) -> Path:
    """What `asmopt report` calls; returns index.html's path.

    Each candidates entry may be "-" (this results file has none) or a
    built-in name ("examples"), as `asmopt eval --candidates` accepts.
    """
    return build_report(results, out, dataset=dataset,
                        candidates=[_candidates_path(c) for c in candidates] if candidates else None)


def _candidates_path(spec: Path | str | None) -> Path | None:
    """A candidates argument: "-" (or None) for none, a built-in name ("examples"), or a path."""
    from asmopt import datasets

    if spec is None or str(spec) == "-":
        return None
    if str(spec) in datasets.BUILTIN and not Path(spec).exists():
        return datasets.BUILTIN[str(spec)] / "candidates.jsonl"
    return Path(spec)
