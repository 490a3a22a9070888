"""Every `asmopt ...` command line quoted in README.md and docs/ names a real command and real options,
and every command's --help shows an example that parses: docs cannot drift from the CLI unseen."""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from asmopt.cli import app

ROOT = Path(__file__).resolve().parents[2]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "benchmarks" / "README.md"]
TREE = typer.main.get_command(app)  # click's command tree (typer ships its own click)
FENCE = re.compile(r"^\s*```")
INLINE = re.compile(r"`(asmopt [^`]+)`")


def _is_group(cmd: Any) -> bool:
    return isinstance(getattr(cmd, "commands", None), dict)


@dataclass(frozen=True)
class Quoted:
    where: str  # file:line
    text: str


def quoted_commands(path: Path) -> list[Quoted]:
    """`asmopt ...` lines of a Markdown file: in code blocks (joining `\\` continuations, dropping
    `# comments`) and in inline code spans."""
    found: list[Quoted] = []
    in_code, pending, start = False, "", 0
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            body = line.strip().removeprefix("$ ")
            if pending:
                pending += " " + body
            elif body.startswith("asmopt "):
                pending, start = body, n
            if pending and not pending.endswith("\\"):
                found.append(Quoted(f"{path.name}:{start}", pending.split(" #")[0]))
                pending = ""
            elif pending:
                pending = pending[:-1]
        else:
            found.extend(Quoted(f"{path.name}:{n}", m.group(1)) for m in INLINE.finditer(line))
    return found


def _resolve(words: list[str]) -> tuple[Any, list[str], str | None]:
    """The command a line names and the words after it; a problem when a subcommand is unknown.
    `a|b` or `a/b` at a subcommand's place names alternatives: each must exist."""
    cmd = TREE
    rest = list(words)
    while _is_group(cmd) and rest and not rest[0].startswith("-"):
        names = re.split(r"[|/]", rest[0])
        unknown = [n for n in names if n not in cmd.commands]
        if unknown:
            return cmd, rest, f"no command {' '.join(unknown)!r} (known: {', '.join(sorted(cmd.commands))})"
        if len(names) > 1:
            return cmd.commands[names[0]], [], None  # a list of commands: nothing more to check
        cmd, rest = cmd.commands[names[0]], rest[1:]
    return cmd, rest, None


def option_names(cmd: Any) -> set[str]:
    names = {"--help"}
    for p in cmd.params:
        if p.param_type_name == "option":
            names.update(p.opts, p.secondary_opts)
    return names


def problems(text: str) -> list[str]:
    """What is wrong with one quoted command line (synopsis brackets and `a|b` alternatives allowed)."""
    try:
        words = shlex.split(text.replace("[", " ").replace("]", " "))
    except ValueError as exc:
        return [f"cannot split: {exc}"]
    cmd, rest, problem = _resolve(words[1:])
    if problem:
        return [problem]
    known = option_names(cmd)
    out = []
    for word in rest:
        for alt in word.split("|"):
            name = alt.split("=", 1)[0]
            if re.fullmatch(r"--?[A-Za-z][\w-]*", name) and name not in known:
                out.append(f"{cmd.name}: no option {name}")
    return out


def test_the_checker_finds_wrong_commands_and_options() -> None:
    assert problems("asmopt eval --dataset builtin --split test -j 1") == []
    assert problems("asmopt bench cost [--program NAME ...] [--timing|--no-timing]") != []  # no --timing there
    assert problems("asmopt bench cost [--program NAME ...] [--traps|--no-traps]") == []
    assert problems("asmopt evaluate --out x") == ["no command 'evaluate' (known: baselines, bench, data, eval, "
                                                   "export, optimize, report, summary, train)"]
    assert problems("asmopt train grpo|ppo") == []
    assert problems("asmopt train grpo|sft")[0].startswith("no command 'sft'")
    assert problems("asmopt optimize prog.c --test DIR") == ["optimize: no option --test"]


def test_docs_quote_only_commands_and_options_that_exist() -> None:
    quoted = [q for path in DOCS if path.exists() for q in quoted_commands(path)]
    assert len(quoted) >= 40, "the docs quote asmopt commands; finding so few means the extraction broke"
    wrong = [f"{q.where}: {q.text}: {p}" for q in quoted for p in problems(q.text)]
    assert not wrong, "\n".join(wrong)


def _leaves(cmd: Any, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], Any]]:
    if _is_group(cmd):
        return [leaf for name, sub in sorted(cmd.commands.items()) for leaf in _leaves(sub, (*path, name))]
    return [(path, cmd)]


@pytest.mark.parametrize("path,cmd", _leaves(TREE), ids=lambda v: " ".join(v) if isinstance(v, tuple) else "")
def test_every_command_help_shows_an_example_that_parses(path: tuple[str, ...], cmd: Any) -> None:
    help_text = CliRunner().invoke(app, [*path, "--help"]).output
    assert "Example: asmopt" in help_text, f"asmopt {' '.join(path)} --help shows no example"
    match = re.search(r"Example: (asmopt [^\n]+)", cmd.help or "")  # the docstring, unwrapped
    assert match
    example = match.group(1).strip()
    words = shlex.split(example)
    assert words[1:1 + len(path)] == list(path), f"the example of {' '.join(path)} runs another command: {example}"
    assert problems(example) == []
    # Parsed for real (values converted, choices and ranges checked); nothing runs.
    cmd.make_context(" ".join(("asmopt", *path)), words[1 + len(path):])


def test_options_that_take_several_values_say_to_repeat_the_flag() -> None:
    """click options take one value per flag: `--setting A B` would read B as an argument."""
    several = [(" ".join(path), p) for path, cmd in _leaves(TREE) for p in cmd.params
               if p.param_type_name == "option" and p.multiple]
    assert len(several) >= 8
    silent = [f"{where} {p.opts[0]}" for where, p in several if "repeat" not in (p.help or "")]
    assert not silent, f"options taking several values whose help does not say to repeat the flag: {silent}"
