"""index.html (self-contained: inline CSS, PNGs as data URIs, no script) and report.md.

All text from results files, datasets and candidates is escaped: task ids,
policy names and messages are untrusted input.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from html import escape

from asmopt.report.aggregate import Best
from asmopt.report.columns import Column, Row, columns, times
from asmopt.report.figures import Figure
from asmopt.report.programs import ProgramFiles

GROUPS = {"paper": "paper (SuperCoder conventions)", "ours": "ours (strict)"}

DEFINITIONS = (
    "Paper columns: every candidate counts; a correct (AC) one counts its stored speedup, anything "
    "else 1.0; percentiles, means and geometric means over candidates. Ours: a candidate counts its "
    "speedup only when AC and faster in measured time (interleaved CPU and wall time on the tests "
    "where the program's own work dominates, past the noise gate), else 1.0; a file judged without "
    "timing claims no gain. Wall interval: bootstrap 95% interval of the strict wall geomean over "
    "candidates. Significant gain: share of candidates confirmed faster in time. Instruction columns: "
    "the instruction ratio of those same confirmed gains (a diagnostic, not speed). fast_p: share of "
    "all candidates that are AC with a strict wall speedup of at least p. No change: share identical "
    "to the baseline. Wrong on hidden: share that pass every visible test but fail a hidden one."
)

_CSS = """
body { font-family: system-ui, sans-serif; margin: 24px; color: #222; max-width: 1400px; }
h1 { font-size: 1.6em; } h2 { margin-top: 1.6em; border-bottom: 1px solid #ddd; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; font-size: 12px; margin: 8px 0; }
th, td { border: 1px solid #ccc; padding: 3px 5px; text-align: right; white-space: nowrap; }
th { background: #f3f3f3; } th.group { text-align: center; }
table.policies { font-size: 11px; }
table.policies th, table.policies td { padding: 2px 4px; }
table.policies thead th { white-space: normal; vertical-align: bottom; }
table.policies td.ci { white-space: normal; min-width: 5em; }
li { font-size: 13px; }
td.name, th.name { text-align: left; }
tr:nth-child(even) td { background: #fafafa; }
figure { margin: 16px 0; } figure img { max-width: 100%; border: 1px solid #eee; }
figcaption, .legend { font-size: 12px; color: #555; max-width: 900px; }
.bad { color: #b00; } .good { color: #070; }
code { font-size: 12px; }
"""


@dataclass
class ProgramRow:
    """One line of the per-program table."""

    task_id: str
    files: ProgramFiles
    best: dict[str, Best | None]  # policy name -> best candidate (None: no candidate)


@dataclass
class Page:
    """Everything the two outputs show."""

    rows: list[Row]
    figures: list[Figure]
    programs: list[ProgramRow]
    notes: list[str]
    dataset: str | None


def _num(v: float | None) -> str:
    return "" if v is None else repr(float(v))


def _policy_table(rows: list[Row], cols: list[Column]) -> str:
    groups = []
    for col in cols:
        if groups and groups[-1][0] == col.group:
            groups[-1][1] += 1
        else:
            groups.append([col.group, 1])
    head1 = "".join(f'<th class="group" colspan="{n}">{escape(GROUPS[g])}</th>' for g, n in groups)
    head2 = "".join(f"<th>{escape(c.header)}</th>" for c in cols)
    body = []
    for row in rows:
        cells = "".join(f'<td data-col="{escape(c.group)}: {escape(c.header)}" data-value="{_num(c.value(row))}"'
                        f'{" class=ci" if "CI" in c.header else ""}>{escape(c.text(row))}</td>' for c in cols)
        body.append(f'<tr><th class="name" title="{escape(str(row.policy.path))}">'
                    f"{escape(row.policy.name)}</th>{cells}</tr>")
    return (f'<div class="scroll"><table class="policies"><thead><tr><th class="name" rowspan="2">policy</th>'
            f"{head1}</tr><tr>{head2}</tr></thead><tbody>{''.join(body)}</tbody></table></div>")


def _verdict_table(rows: list[Row]) -> str:
    lines = [f'<tr><th class="name">{escape(r.policy.name)}</th><td class="name">{escape(str(r.policy.path))}</td>'
             f'<td>{r.summary.n}</td><td>{r.summary.tasks}</td>'
             f'<td class="name">{escape("  ".join(f"{v}={c}" for v, c in r.summary.verdicts.items()))}</td></tr>'
             for r in rows]
    return ('<table class="verdicts"><thead><tr><th class="name">policy</th><th class="name">results file</th>'
            '<th>records</th><th>tasks</th>'
            f'<th class="name">verdicts</th></tr></thead><tbody>{"".join(lines)}</tbody></table>')


def _link(href: str | None, label: str) -> str:
    return f'<a href="{escape(href)}">{escape(label)}</a>' if href else ""


def _best_cell(best: Best | None) -> str:
    if best is None:
        return "—"
    verdict = str(best.record.get("verdict", "?"))
    cls = "good" if best.speedup > 1.0 else ("bad" if verdict != "AC" else "")
    return f'<span class="{cls}">{escape(verdict)} {escape(times(best.speedup))}</span> ({best.count})'


def _program_table(programs: list[ProgramRow], names: list[str]) -> str:
    head = "".join(f'<th class="name">{escape(n)}: best (candidates)</th>' for n in names)
    body = []
    for p in programs:
        cells = []
        for n in names:
            links = " ".join(x for x in (_link(p.files.best.get(n), "asm"), _link(p.files.diff.get(n), "diff")) if x)
            cells.append(f'<td class="name">{_best_cell(p.best.get(n))} {links}</td>')
        body.append(f'<tr><td class="name">{escape(p.task_id)}</td>'
                    f'<td class="name">{_link(p.files.source, "prog.c")}</td>'
                    f'<td class="name">{_link(p.files.baseline, "baseline.s")}</td>{"".join(cells)}</tr>')
    return ('<div class="scroll"><table class="programs"><thead><tr><th class="name">program</th>'
            f'<th class="name">source</th><th class="name">baseline</th>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def render_html(page: Page) -> str:
    """The whole index.html."""
    cols = columns()
    names = [r.policy.name for r in page.rows]
    figs = "".join(
        f'<figure id="{escape(f.name)}"><h3>{escape(f.title)}</h3>'
        f'<img alt="{escape(f.title)}" src="data:image/png;base64,{base64.b64encode(f.png).decode()}">'
        f"<figcaption>{escape(f.caption)}</figcaption></figure>" for f in page.figures)
    notes = "".join(f"<li>{escape(n)}</li>" for n in page.notes)
    source = f"dataset {escape(page.dataset)}" if page.dataset else "no dataset given: programs are not linked"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>asmopt report</title><style>{_CSS}</style></head><body>"
        f"<h1>asmopt report</h1><p>{len(page.rows)} policies, {source}.</p>"
        f"<h2>Policies</h2>{_policy_table(page.rows, cols)}"
        f'<p class="legend">{escape(DEFINITIONS)}</p>'
        f"<h3>Records and verdicts</h3>{_verdict_table(page.rows)}"
        f"<h2>Figures</h2>{figs}"
        f"<h2>Programs</h2><p class=\"legend\">Best candidate per policy: highest strict instruction "
        f"speedup, then correct before wrong, then lowest index.</p>{_program_table(page.programs, names)}"
        + (f"<h2>Notes</h2><ul>{notes}</ul>" if page.notes else "")
        + "</body></html>\n"
    )


def _md_cell(text: str) -> str:
    # A bare "|" would end the cell, a newline the row; "<" could open raw HTML.
    return escape(text, quote=False).replace("|", "\\|").replace("\n", " ")


def _md_link(href: str | None, label: str) -> str:
    return f"[{label}]({href})" if href else ""


def render_markdown(page: Page) -> str:
    """report.md: the same tables, figures as plots/*.png beside it."""
    cols = columns()
    names = [r.policy.name for r in page.rows]
    out = ["# asmopt report", "",
           f"{len(page.rows)} policies, " + (f"dataset {page.dataset}." if page.dataset else "no dataset given."), "",
           "## Policies", "",
           "| policy | " + " | ".join(_md_cell(f"{c.group}: {c.header}") for c in cols) + " |",
           "|---|" + "---:|" * len(cols)]
    for row in page.rows:
        out.append(f"| {_md_cell(row.policy.name)} | " + " | ".join(_md_cell(c.text(row)) for c in cols) + " |")
    out += ["", DEFINITIONS, "", "| policy | results file | records | tasks | verdicts |", "|---|---|---:|---:|---|"]
    for row in page.rows:
        verdicts = "  ".join(f"{v}={c}" for v, c in row.summary.verdicts.items())
        out.append(f"| {_md_cell(row.policy.name)} | {_md_cell(str(row.policy.path))} | {row.summary.n} | "
                   f"{row.summary.tasks} | {_md_cell(verdicts)} |")
    out += ["", "## Figures", ""]
    for f in page.figures:
        out += [f"### {f.title}", "", f"![{f.title}](plots/{f.name})", "", f.caption, ""]
    out += ["## Programs", "",
            "| program | source | baseline | " + " | ".join(_md_cell(f"{n}: best (candidates)") for n in names) + " |",
            "|---|---|---|" + "---|" * len(names)]
    for p in page.programs:
        cells = []
        for n in names:
            b = p.best.get(n)
            text = "—" if b is None else f"{b.record.get('verdict', '?')} {times(b.speedup)} ({b.count})"
            links = " ".join(x for x in (_md_link(p.files.best.get(n), "asm"),
                                         _md_link(p.files.diff.get(n), "diff")) if x)
            cells.append(_md_cell(f"{text} {links}".strip()))
        out.append(f"| {_md_cell(p.task_id)} | {_md_link(p.files.source, 'prog.c')} | "
                   f"{_md_link(p.files.baseline, 'baseline.s')} | " + " | ".join(cells) + " |")
    if page.notes:
        out += ["", "## Notes", ""] + [f"- {_md_cell(n)}" for n in page.notes]
    return "\n".join(out) + "\n"
