"""`asmopt report`: tables agree with summarize(), figures are embedded, files and links exist, bad input fails."""

from __future__ import annotations

import base64
import difflib
import json
from pathlib import Path

import pytest
from pagefacts import read
from reportdata import greedy_records, llm_records, write_jsonl

from asmopt import datasets
from asmopt.errors import AsmoptError
from asmopt.report import build_report, report_command
from asmopt.report.metrics import INSTRUCTIONS_ONLY, summarize

EXAMPLES = datasets.BUILTIN["examples"]
CANDIDATES = EXAMPLES / "candidates.jsonl"
PNG = b"\x89PNG\r\n\x1a\n"


def _x(v: float) -> str:
    return f"{v:.3f}x"


def _pct(v: float) -> str:
    return f"{100 * v:.1f}%"


@pytest.fixture
def built(results_files: tuple[Path, Path], tmp_path: Path) -> Path:
    """Both policies, with the examples dataset and the greedy policy's candidates."""
    greedy, llm = results_files
    return build_report([greedy, llm], tmp_path / "report", dataset="examples", candidates=[CANDIDATES, None])


@pytest.fixture
def with_untimed(results_files: tuple[Path, Path], tmp_path: Path) -> Path:
    """Both timed policies and an untimed file (significant marks without any wall-time test)."""
    untimed = write_jsonl(tmp_path / "untimed.jsonl", greedy_records(timed=False))
    return build_report([*results_files, untimed], tmp_path / "report3")


def test_policy_table_matches_summarize(with_untimed: Path, results_files: tuple[Path, Path]) -> None:
    facts = read(with_untimed.read_text())
    # file stem; meta["policy"]; file stem
    names = {"greedy": results_files[0], "llm-7b": results_files[1],
             "untimed": results_files[0].parent / "untimed.jsonl"}
    assert set(facts.cells) == set(names)
    for name, path in names.items():
        s = summarize(json.loads(line) for line in path.read_text().splitlines())
        assert s.paper_instr is not None and s.strict_instr is not None
        cells = facts.cells[name]
        expect = {
            "paper: compile rate": (s.compile_rate, _pct(s.compile_rate)),
            "paper: test-pass rate": (s.pass_rate, _pct(s.pass_rate)),
            "ours: instr geomean": (s.strict_instr.geomean, _x(s.strict_instr.geomean)),
            "ours: significant gain": (s.significant_share, _pct(s.significant_share)),
            "ours: no change": (s.no_change / s.n, _pct(s.no_change / s.n)),
        }
        for field in ("p25", "p50", "p75", "mean", "geomean"):
            v = getattr(s.paper_instr, field)
            expect[f"paper: instr {field}"] = (v, _x(v))
        for key, v in s.fast_p.items():
            expect[f"ours: fast_{key}"] = (v, _pct(v))
        for col, (value, text) in expect.items():
            assert float(cells[col][0]) == pytest.approx(value), (name, col)
            assert cells[col][1] == text, (name, col)
        wall = cells["ours: wall geomean [95% CI]"]
        if s.paper_wall is None:
            assert wall == ("", "untimed") and cells["paper: wall mean"] == ("", "n/a")
        else:
            assert s.strict_wall is not None
            assert float(cells["paper: wall mean"][0]) == pytest.approx(s.paper_wall.mean)
            assert float(cells["paper: wall geomean"][0]) == pytest.approx(s.paper_wall.geomean)
            assert float(wall[0]) == pytest.approx(s.strict_wall.geomean)
            assert wall[1].startswith(_x(s.strict_wall.geomean) + " [")
    assert facts.cells["untimed"]["paper: wall mean"][1] == "n/a"  # one of each kind was checked
    assert facts.cells["greedy"]["paper: wall mean"][1] != "n/a"
    assert facts.cells["llm-7b"]["paper: wall mean"][1] != "n/a"
    # The same candidates: confirmed in time they count, marked significant without a wall test they do not.
    assert float(facts.cells["greedy"]["ours: instr geomean"][0]) > 1.0
    assert facts.cells["untimed"]["ours: instr geomean"][1] == "1.000x"
    assert facts.cells["untimed"]["ours: significant gain"][1] == "0.0%"
    assert facts.cells["untimed"]["paper: instr geomean"] == facts.cells["greedy"]["paper: instr geomean"]
    # summary.json carries the same table for scripts
    table = {t["policy"]: t for t in json.loads((with_untimed.parent / "summary.json").read_text())}
    assert table["greedy"]["summary"] == summarize(greedy_records()).to_dict()
    assert table["untimed"]["summary"] == summarize(greedy_records(timed=False)).to_dict()
    assert table["untimed"]["summary"]["timed"] is False and table["greedy"]["summary"]["timed"] is True
    assert table["llm-7b"]["columns"]["ours: fast_1.1"] == summarize(llm_records()).fast_p["1.1"]


def test_notes_say_instructions_only_for_an_untimed_file(with_untimed: Path) -> None:
    note = f"untimed: {INSTRUCTIONS_ONLY}"
    assert note in read(with_untimed.read_text()).text
    md = (with_untimed.parent / "report.md").read_text()
    assert f"- {note}" in md.splitlines()
    for timed in ("greedy", "llm-7b"):  # timed files get no such note
        assert f"{timed}: {INSTRUCTIONS_ONLY}" not in md


def test_the_ours_columns_put_time_first(built: Path) -> None:
    md = (built.parent / "report.md").read_text()
    header = next(line for line in md.splitlines() if line.startswith("| policy | paper:"))
    cols = [c.strip() for c in header.strip("|").split("|")]
    ours = [c for c in cols if c.startswith("ours: ")]
    assert ours[:4] == ["ours: wall geomean [95% CI]", "ours: significant gain", "ours: instr geomean",
                        "ours: instr geomean, net of start-up"]
    assert INSTRUCTIONS_ONLY not in md  # both policies were timed


def test_report_only_metrics(built: Path) -> None:
    cells = read(built.read_text()).cells
    # greedy: exactly one record (index 8) passes every visible test and fails a hidden one
    assert cells["greedy"]["ours: wrong on hidden"] == (repr(1 / 12), "8.3%")
    assert cells["llm-7b"]["ours: wrong on hidden"][1] == "0.0%"
    # the strict geomean's wall interval brackets it
    lo, hi = json.loads((built.parent / "summary.json").read_text())[1]["wall_ci"]
    g = float(cells["llm-7b"]["ours: wall geomean [95% CI]"][0])
    assert lo < g < hi


def test_figures_embedded_as_png(built: Path) -> None:
    facts = read(built.read_text())
    assert facts.figures == ["speedup_cdf.png", "fast_p.png", "programs.png", "samples.png",
                             "rounds.png", "wall_vs_instr.png"]
    assert len(facts.images) == len(facts.figures)
    for src in facts.images:
        assert src.startswith("data:image/png;base64,")
        data = base64.b64decode(src.split(",", 1)[1], validate=True)
        assert data.startswith(PNG) and len(data) > 5000
    for name in facts.figures:  # the same figures beside report.md
        assert (built.parent / "plots" / name).read_bytes().startswith(PNG)


def test_optional_figures_absent_without_their_data(tmp_path: Path) -> None:
    for timed in (False, True):
        recs = greedy_records(timed=timed)
        for r in recs:
            r["meta"].pop("round", None)
        index = build_report([write_jsonl(tmp_path / f"plain{timed}.jsonl", recs)], tmp_path / f"out{timed}")
        # No rounds: no rounds figure; untimed: no wall against instructions either.
        assert read(index.read_text()).figures == ["speedup_cdf.png", "fast_p.png", "programs.png",
                                                   *(["wall_vs_instr.png"] if timed else [])]


def test_self_contained_no_script_no_network(built: Path) -> None:
    text = built.read_text()
    facts = read(text)
    assert "script" not in facts.tags
    assert "http://" not in text and "https://" not in text and "//" not in "".join(facts.links)
    for href in facts.links:  # every link is relative and its file exists
        assert not href.startswith("/") and (built.parent / href).is_file(), href


def test_markdown_has_tables_and_figures(built: Path, results_files: tuple[Path, Path]) -> None:
    md = (built.parent / "report.md").read_text()
    lines = md.splitlines()
    header = next(line for line in lines if line.startswith("| policy | paper:"))
    assert "ours: fast_1.5" in header and "ours: wrong on hidden" in header
    s = summarize(greedy_records())
    row = next(line for line in lines if line.startswith("| greedy |"))
    cols = [c.strip() for c in row.strip("|").split("|")]
    assert cols[1] == _pct(s.compile_rate)
    assert _x(s.paper_instr.geomean) in cols and _pct(s.fast_p["2.0"]) in cols
    assert any(line.startswith("| llm-7b |") for line in lines)
    for name in ("speedup_cdf", "fast_p", "programs", "samples", "rounds", "wall_vs_instr"):
        assert f"](plots/{name}.png)" in md
    assert "[diff](programs/popcount_sum/best-greedy.diff)" in md


def test_program_files_from_dataset_and_candidates(built: Path) -> None:
    prog = built.parent / "programs" / "popcount_sum"
    assert (prog / "prog.c").read_text() == (EXAMPLES / "popcount_sum" / "prog.c").read_text()
    baseline = (EXAMPLES / "popcount_sum" / "baseline.s").read_text()
    assert (prog / "baseline.s").read_text() == baseline
    # best greedy candidate for popcount_sum is line 5 (3.30x, significant)
    line5 = json.loads(CANDIDATES.read_text().splitlines()[4])
    assert line5["task_id"] == "popcount_sum"
    assert (prog / "best-greedy.s").read_text() == line5["asm"]
    diff = (prog / "best-greedy.diff").read_text()
    assert diff.startswith("--- baseline.s\n+++ best-greedy.s\n")
    expected = list(difflib.unified_diff(baseline.splitlines(), line5["asm"].splitlines(), lineterm=""))[2:]
    assert diff.splitlines()[2:] == expected
    # llm has no candidates file: no asm of its own; a task outside the dataset has no folder
    assert not list(prog.glob("best-llm*"))
    assert not (built.parent / "programs" / "not_in_dataset").exists()
    text = built.read_text()
    assert 'href="programs/popcount_sum/prog.c"' in text and 'href="programs/popcount_sum/best-greedy.diff"' in text
    assert "not_in_dataset" in read(text).text and "not in dataset" in text  # listed, and explained


def test_single_policy_uses_plain_names(tmp_path: Path) -> None:
    index = build_report([write_jsonl(tmp_path / "g.jsonl", greedy_records())], tmp_path / "r",
                         dataset="examples", candidates=[CANDIDATES])
    prog = index.parent / "programs" / "collatz_max"
    assert sorted(p.name for p in prog.iterdir()) == ["baseline.s", "best.diff", "best.s", "prog.c"]
    # an unchanged best (word_reverse: only the baseline is AC) says so instead of an empty diff
    assert "no difference" in (index.parent / "programs" / "word_reverse" / "best.diff").read_text()


def test_without_dataset_lists_programs_without_links(results_files: tuple[Path, Path], tmp_path: Path) -> None:
    index = build_report(list(results_files), tmp_path / "r")
    facts = read(index.read_text())
    assert facts.links == []
    assert not (index.parent / "programs").exists()
    for task in ("popcount_sum", "collatz_max", "prefix_sums", "word_reverse", "not_in_dataset"):
        assert task in facts.text
    assert "AC 5.430x (3)" in facts.text  # prefix_sums, greedy: best verdict, speedup, candidates


def test_best_candidate_prefers_speed_then_correct_then_lowest_index(tmp_path: Path) -> None:
    recs = [
        {"task_id": "t", "verdict": "WA", "index": 1},
        {"task_id": "t", "verdict": "AC", "identical": True, "speedup_instr": 1.0, "index": 3},
        {"task_id": "t", "verdict": "AC", "identical": True, "speedup_instr": 1.0, "index": 2},
        {"task_id": "u", "verdict": "AC", "speedup_instr": 2.0, "significant": True, "index": 5},
        {"task_id": "u", "verdict": "AC", "speedup_instr": 2.0, "significant": True, "index": 4},
        {"task_id": "u", "verdict": "AC", "speedup_instr": 9.0, "significant": False, "index": 6},
    ]
    cands = tmp_path / "c.jsonl"
    write_jsonl(cands, [{"task_id": "t" if i <= 3 else "u", "asm": f"# line {i}\n"} for i in range(1, 7)])
    index = build_report([write_jsonl(tmp_path / "p.jsonl", recs)], tmp_path / "r", candidates=[cands])
    assert (index.parent / "programs" / "t" / "best.s").read_text() == "# line 2\n"
    assert (index.parent / "programs" / "u" / "best.s").read_text() == "# line 4\n"


def test_policy_names(tmp_path: Path) -> None:
    mixed = llm_records()
    mixed[0]["meta"]["policy"] = "other"  # records disagree: the file's stem names it
    a = write_jsonl(tmp_path / "mixed.jsonl", mixed)
    (tmp_path / "sub").mkdir()
    b = write_jsonl(tmp_path / "sub" / "mixed.jsonl", greedy_records())
    index = build_report([a, b], tmp_path / "r")
    assert set(read(index.read_text()).cells) == {"mixed", "mixed (2)"}  # same stem twice: kept apart


def test_compiler_settings_name_their_policy(tmp_path: Path) -> None:
    files = []
    for setting in ("gcc-O2", "clang-O3"):
        recs = [{"task_id": "t", "verdict": "AC", "speedup_instr": 1.1, "significant": True,
                 "meta": {"policy": "compiler", "setting": setting}}]
        files.append(write_jsonl(tmp_path / f"{setting}.results.jsonl", recs))
    index = build_report(files, tmp_path / "r")
    assert set(read(index.read_text()).cells) == {"compiler gcc-O2", "compiler clang-O3"}


def test_untrusted_text_is_escaped(tmp_path: Path) -> None:
    evil = "<script>alert(1)</script>"
    recs = [{"task_id": evil, "verdict": "AC", "speedup_instr": 2.0, "significant": True, "meta": {"policy": evil}}]
    index = build_report([write_jsonl(tmp_path / "e.jsonl", recs)], tmp_path / "r")
    text = index.read_text()
    assert "<script" not in text and "&lt;script&gt;" in text
    assert "<script" not in (index.parent / "report.md").read_text()


def test_report_command_resolves_builtin_and_dash(results_files: tuple[Path, Path], tmp_path: Path) -> None:
    greedy, llm = results_files
    index = report_command([greedy, llm], tmp_path / "r", "examples", [Path("examples"), Path("-")])
    assert index == tmp_path / "r" / "index.html" and index.is_file()
    assert (tmp_path / "r" / "programs" / "collatz_max" / "best-greedy.s").is_file()


@pytest.mark.parametrize("content, match", [
    ("", r"empty\.jsonl holds no results"),
    ("\n  \n", r"empty\.jsonl holds no results"),
    ('{"task_id": "a", "verdict": "AC"}\n{not json\n', r"empty\.jsonl:2: malformed JSON"),
    ('{"task_id": "a", "verdict": "AC"}\n[1, 2]\n', r"empty\.jsonl:2: expected a JSON object"),
    ('{"task_id": "a"}\n', r"empty\.jsonl:1: record has no 'verdict'"),
    ('{"task_id": "a", "verdict": "AC", "tests": 3}\n', r"empty\.jsonl:1: .*'tests' a list"),
])
def test_bad_results_file_names_it(tmp_path: Path, content: str, match: str) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text(content)
    with pytest.raises(AsmoptError, match=match):
        build_report([path], tmp_path / "r")
    assert not (tmp_path / "r" / "index.html").exists()


def test_bad_arguments(results_files: tuple[Path, Path], tmp_path: Path) -> None:
    with pytest.raises(AsmoptError, match="cannot read .*missing.jsonl"):
        build_report([tmp_path / "missing.jsonl"], tmp_path / "r")
    with pytest.raises(AsmoptError, match="1 candidates files for 2 results files"):
        build_report(list(results_files), tmp_path / "r", candidates=[CANDIDATES])
    with pytest.raises(AsmoptError, match="no results files"):
        build_report([], tmp_path / "r")
    with pytest.raises(AsmoptError, match="dataset 'nowhere' not found"):
        build_report([results_files[0]], tmp_path / "r", dataset="nowhere")
