"""`asmopt bench policy`: figures read from results files, strict wall speedups, shares, the plot."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from asmopt.cli import app
from asmopt.rl import policy_bench
from asmopt.rl.policy_bench import Variant


def _results(path: Path, rows: dict[str, tuple[float, bool, int | None]]) -> Path:
    """A results file: per task (wall speedup, confirmed in time, candidates judged)."""
    lines = []
    for task, (wall, significant, cands) in rows.items():
        rec = {"task_id": task, "verdict": "AC", "identical": False, "speedup_wall": wall,
               "significant": significant, "wall_p_value": 0.001 if significant else 0.4, "metric": "strict"}
        if cands is not None:
            rec["meta"] = {"candidates": cands}
        lines.append(json.dumps(rec))
    lines.append('{"task_id": "torn')  # a line cut by a kill is passed over
    path.write_text("\n".join(lines) + "\n")
    return path


def test_read_counts_only_gains_time_confirms(tmp_path: Path) -> None:
    v = policy_bench.read(Variant("x", _results(tmp_path / "x.jsonl", {
        "a": (1.5, True, 2), "b": (1.3, False, 2), "c": (0.9, False, 1)})))
    assert v.speedups == {"a": 1.5, "b": 1.0, "c": 1.0}  # unconfirmed and slower count 1.0
    assert v.geomean == pytest.approx(1.5 ** (1 / 3))
    assert v.mean_evaluations == pytest.approx(5 / 3)
    plain = policy_bench.read(Variant("gcc", _results(tmp_path / "g.jsonl", {"a": (1.2, True, None)})))
    assert plain.evaluations == {"a": 1}  # a compiler setting: one judged program


def test_summary_over_seeds_and_share_of_reference(tmp_path: Path) -> None:
    variants = [
        policy_bench.read(Variant(f"learned s{i} k=1", _results(tmp_path / f"l{i}.jsonl", {"a": (g, True, 1)}),
                                  "learned", 1, f"s{i}")) for i, g in enumerate((1.2, 1.4))]
    variants.append(policy_bench.read(Variant("untrained s0 k=1", _results(tmp_path / "u.jsonl",
                                                                         {"a": (1.0, False, 1)}), "untrained", 1)))
    variants.append(policy_bench.read(Variant("portfolio", _results(tmp_path / "p.jsonl", {"a": (1.5, True, 12)}))))
    s = policy_bench.summary(variants, "portfolio")
    g = s["groups"]["learned k=1"]
    assert g["seeds"] == 2 and g["mean_geomean"] == pytest.approx(1.3)
    assert (g["min"], g["max"]) == (pytest.approx(1.2), pytest.approx(1.4))
    assert g["share_of_reference_gain"] == pytest.approx(0.3 / 0.5)
    text = "\n".join(policy_bench.render(variants, "portfolio"))
    assert "learned k=1: 1.300 [1.200, 1.400] over 2 seed(s); 60%" in text
    assert "portfolio" in text and "12.0" in text
    png = policy_bench.plot(variants, [], tmp_path / "fig.png")
    assert png.stat().st_size > 1000
    policy_bench.write(variants, tmp_path / "b.json", "portfolio")
    assert json.loads((tmp_path / "b.json").read_text())["summary"]["groups"]["learned k=1"]["seeds"] == 2


def test_eval_command_is_a_real_eval_line() -> None:
    cmd = policy_bench.eval_command("learned:/p/final", 2, Path("o.jsonl"), "builtin", "test", 1)
    assert cmd[1:4] == ["-m", "asmopt", "eval"]
    assert cmd[cmd.index("--strategy") + 1] == "best_of_n" and cmd[cmd.index("--samples") + 1] == "2"
    assert cmd[-2:] == ["--split", "test"]


def test_cli_rejects_bad_compare_and_missing_runs(tmp_path: Path) -> None:
    runner = CliRunner()
    r = runner.invoke(app, ["bench", "policy", "--run", str(tmp_path), "--compare", "nolabel"])
    assert r.exit_code == 2 and "LABEL=RESULTS.jsonl" in r.output
    r = runner.invoke(app, ["bench", "policy", "--run", str(tmp_path), "--compare", "a=x.jsonl",
                            "--reference", "b"])
    assert r.exit_code == 2 and "not a --compare label" in r.output
    r = runner.invoke(app, ["bench", "policy", "--run", str(tmp_path), "--out", str(tmp_path / "o")])
    assert r.exit_code != 0 and "no model" in str(r.exception or r.output)


def test_training_program_scores_read_the_sweep(tmp_path: Path) -> None:
    from asmopt.policies.learned import init_model
    from asmopt.rl.learn import TABLE_FILE, Row
    from asmopt.rl.train import append_line

    run = tmp_path / "run"
    init_model(run / "init", seed=1)
    init_model(run / "final", seed=2)
    rewards = {"a": {"setting:gcc-O2": 0.3, "setting:clang-O3": -1.0, "pass:thread-jumps": 0.1},
               "b": {"setting:gcc-O2": -0.2, "setting:clang-O3": 0.5}}
    for tid, r in rewards.items():
        append_line(run / TABLE_FILE, Row(tid, ("loops=1",), r, {}).to_dict())
    scores = policy_bench.table_scores(run, [1, 2, 3])
    assert scores["best action"][1] == pytest.approx((0.3 + 0.5) / 2)
    for kind in ("untrained", "learned"):
        s = scores[kind]
        assert 0.0 <= s[1] <= s[2] <= s[3]
        assert s[3] == pytest.approx(scores["best action"][3])  # judging every action finds the best
    text = "\n".join(policy_bench.render_table_scores({"run": scores}))
    assert "run best action: k=1 0.400" in text
    with pytest.raises(Exception, match="no rewards.jsonl"):
        policy_bench.table_scores(tmp_path / "empty", [1])
