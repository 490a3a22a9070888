"""The corpus builder: generation, split, cross-check, determinism; and the shipped corpus itself."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from asmopt import corpus, datasets
from asmopt.evaluate import EvalConfig, prepare

FIXTURES = Path(__file__).parent / "corpus"


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private corpus holding copies of the fixture programs (never the shipped corpus)."""
    for prog in ("good_sum", "ub_overflow", "ub_aliasing"):
        shutil.copytree(FIXTURES / prog, tmp_path / prog)
    # The fixtures are tiny: their stress tests are not meant to run 20 ms.
    monkeypatch.setattr(corpus, "STRESS_MIN_CPU_S", 0.0)
    return tmp_path


def test_split_alternates_within_each_kind() -> None:
    cases = [corpus.Case(n, b"") for n in ("edge_a", "rand_a", "edge_b", "stress_a", "rand_b", "stress_b", "edge_c")]
    hidden = {c.name: c.hidden for c in corpus.split(cases)}
    assert hidden == {"edge_a": False, "edge_b": True, "edge_c": False, "rand_a": False, "rand_b": True,
                      "stress_a": False, "stress_b": True}


def test_good_program_builds_and_rebuild_changes_nothing(root: Path) -> None:
    (report,) = corpus.build(root, ["good_sum"])
    assert report.ok, report.problems
    folder = root / "good_sum"
    assert len(list((folder / "tests").glob("*.in"))) == 10 and len(list((folder / "hidden").glob("*.in"))) == 10
    snapshot = {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    (again,) = corpus.build(root, ["good_sum"], write=False)
    assert again.ok and again.changed == []
    (rewritten,) = corpus.build(root, ["good_sum"])
    assert rewritten.changed == []
    assert snapshot == {p.relative_to(folder): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    task = datasets.load(str(folder)).tasks["good_sum"]
    assert task.meta["category"] == "fixture" and task.baseline is not None
    assert len(task.visible_tests) == 10 and len(task.hidden_tests) == 10


def test_check_reports_edited_and_stale_files(root: Path) -> None:
    corpus.build(root, ["good_sum"])
    folder = root / "good_sum"
    (folder / "tests" / "edge_zero.out").write_text("tampered\n")
    (folder / "hidden" / "old_test.in").write_text("1\n")
    (report,) = corpus.build(root, ["good_sum"], write=False)
    assert "tests/edge_zero.out" in report.changed
    assert "hidden/old_test.in (stale)" in report.changed
    assert (folder / "tests" / "edge_zero.out").read_text() == "tampered\n"  # --check writes nothing


@pytest.mark.parametrize("program, expected", [
    ("ub_overflow", "san build exits with 87 (/"),  # UBSan names the signed overflow
    ("ub_aliasing", "O0 build prints different output than -O3"),  # no sanitizer sees this one
])
def test_planted_undefined_behaviour_is_caught(root: Path, program: str, expected: str) -> None:
    (report,) = corpus.build(root, [program])
    assert not report.ok
    assert any(expected in p for p in report.problems), report.problems
    if program == "ub_overflow":
        assert any("runtime error: signed integer overflow" in p for p in report.problems)
    assert not (root / program / "tests").exists(), "a failing program must not be written"


def test_slow_enough_stress_tests_are_required(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus, "STRESS_MIN_CPU_S", 10.0)
    (report,) = corpus.build(root, ["good_sum"])
    assert sum("a stress test needs" in p for p in report.problems) == 4


@pytest.mark.parametrize("body, message", [
    ("return [('edge_a', '1'), ('edge_a', '2')]", "duplicate test name"),
    ("return [('tiny', '1')]", "must be KIND_word"),
    ("return ['edge_a']", "(name, input) pairs"),
    ("raise ValueError('boom')", "generator failed: ValueError: boom"),
    ("return [('edge_a', '1')]", "1 tests, need at least 20"),
])
def test_bad_generators_are_reported(root: Path, body: str, message: str) -> None:
    (root / "good_sum" / "gen.py").write_text(f"def generate(rng):\n    {body}\n")
    (report,) = corpus.build(root, ["good_sum"])
    assert any(message in p for p in report.problems), report.problems


def test_unknown_program_name_is_an_error(root: Path) -> None:
    with pytest.raises(corpus.AsmoptError, match="no program named nope"):
        corpus.build(root, ["nope"])


# ------------------------------------------------------------ the shipped corpus
SHIPPED = corpus.programs()


def test_shipped_corpus_is_big_and_varied() -> None:
    assert len(SHIPPED) >= 60
    cats = {corpus.load_generator(p).CATEGORY for p in SHIPPED}  # type: ignore[attr-defined]
    assert len(cats) >= 6
    headroom = [getattr(corpus.load_generator(p), "HEADROOM", None) for p in SHIPPED]
    assert headroom.count(True) >= 10 and headroom.count(False) >= 10


@pytest.mark.parametrize("folder", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_generators_are_deterministic(folder: Path) -> None:
    """The generator, run again, gives exactly the committed inputs (and no others)."""
    cases = corpus.generate(folder)
    assert not corpus.check_counts(cases)
    on_disk = {p.relative_to(folder).as_posix(): p.read_bytes()
               for sub in ("tests", "hidden") for p in (folder / sub).glob("*.in")}
    made = {f"{'hidden' if c.hidden else 'tests'}/{c.name}.in": c.input for c in cases}
    assert made == on_disk
    # The same seed twice in one process gives the same bytes, too.
    assert cases == corpus.generate(folder)


@pytest.mark.parametrize("folder", SHIPPED, ids=[p.name for p in SHIPPED])
def test_shipped_baseline_is_accepted_on_all_tests(folder: Path) -> None:
    """Every built-in program's -O3 baseline passes all its tests in the sandboxed judge."""
    task = datasets.load(str(folder)).tasks[folder.name]
    assert len(task.tests) >= corpus.MIN_TESTS
    prep = prepare(task, EvalConfig(instructions=False))  # raises TaskError on any non-AC test
    assert len(prep.tests) == len(task.tests)


@pytest.mark.slow
def test_shipped_corpus_rebuilds_identically() -> None:
    """`asmopt data build --check`: cross-checks every output again and finds nothing to change."""
    reports = corpus.build(write=False, jobs=2)
    assert all(r.ok for r in reports), [(r.name, r.problems) for r in reports if not r.ok]
    assert all(not r.changed for r in reports), [(r.name, r.changed) for r in reports if r.changed]
