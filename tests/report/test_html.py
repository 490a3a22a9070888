"""The report opens in a real browser: headless Chromium renders it with nothing in its console.

Chromium is installed by scripts/setup.sh, so its absence is a failure, not a skip.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from asmopt import datasets
from asmopt.report import build_report

CANDIDATES = datasets.BUILTIN["examples"] / "candidates.jsonl"
WIDTH, HEIGHT = 1280, 2000

# Chromium logs page console messages to stderr as "...:INFO:CONSOLE:12] "text", source: ..."
# (older builds: "CONSOLE(12)"). It logs console.log and console.error alike at INFO, so
# any console line counts: the report has no script, so anything there is an error.
_CONSOLE = re.compile(r":CONSOLE[(:]\d*|Uncaught")


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("chromium is not installed: scripts/setup.sh installs it (apt-get install -y chromium)")
    return path


def render(page: Path, tmp: Path) -> tuple[Path, list[str]]:
    """Screenshot `page` in headless Chromium; return the PNG and the console lines it logged."""
    shot = tmp / "shot.png"
    profile = tmp / "profile"
    cmd = [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--log-level=0",
           f"--screenshot={shot}", f"--window-size={WIDTH},{HEIGHT}", page.resolve().as_uri()]
    # A private HOME: Chromium writes caches and crash dumps there even with --user-data-dir.
    env = {**os.environ, "HOME": str(tmp)}
    proc = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, f"chromium failed ({proc.returncode}):\n{proc.stderr[-3000:]}"
    return shot, [line for line in proc.stderr.splitlines() if _CONSOLE.search(line)]


def test_console_detector_catches_errors(tmp_path: Path) -> None:
    page = tmp_path / "bad.html"
    page.write_text("<!DOCTYPE html><html><body><p>x</p>"
                    "<script>console.error('detector-check-x')</script>"
                    "<script>notDefinedAnywhere()</script></body></html>")
    _, console = render(page, tmp_path)
    assert any("detector-check-x" in line for line in console), console
    assert any("Uncaught ReferenceError" in line for line in console), console


def test_report_renders_cleanly(results_files: tuple[Path, Path], tmp_path: Path) -> None:
    greedy, llm = results_files
    index = build_report([greedy, llm], tmp_path / "report", dataset="examples", candidates=[CANDIDATES, None])
    shot, console = render(index, tmp_path)
    assert console == [], "console messages:\n" + "\n".join(console)
    assert shot.is_file() and shot.stat().st_size > 50_000
    with Image.open(shot) as img:
        assert img.size == (WIDTH, HEIGHT)
        # A blank or error page is a handful of colours; tables, text and plots are many.
        colours = img.convert("RGB").getcolors(maxcolors=1 << 20)
        assert colours is not None and len(colours) > 500
    # Kept for people to look at when the test fails (pytest's tmp_path survives the run).
    print(f"screenshot: {shot}")
