"""asmopt.jsonl: results files that survive a kill."""

from __future__ import annotations

import json

from asmopt import jsonl


def test_by_key_keeps_whole_keyed_rows_and_skips_a_cut_line(tmp_path) -> None:
    path = tmp_path / "rows.jsonl"
    assert jsonl.by_key(path) == {}  # not written yet: nothing done
    jsonl.append(path, {"key": "a", "v": 1})
    jsonl.append(path, {"no_key": True})
    jsonl.append(path, {"key": "b", "v": 2})
    jsonl.append(path, {"key": "a", "v": 3})  # measured again: the later row wins
    with open(path, "a") as f:
        f.write(json.dumps({"key": "c", "v": 4})[:-5])  # a kill cut the last line
    assert jsonl.by_key(path) == {"a": {"key": "a", "v": 3}, "b": {"key": "b", "v": 2}}
