"""Fixtures of the report tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportdata import greedy_records, llm_records, write_jsonl


@pytest.fixture
def results_files(tmp_path: Path) -> tuple[Path, Path]:
    """(greedy.jsonl, llm.jsonl) in a fresh folder."""
    return (write_jsonl(tmp_path / "greedy.jsonl", greedy_records()),
            write_jsonl(tmp_path / "llm.jsonl", llm_records()))
