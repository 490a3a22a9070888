"""What the command groups share: the consoles, the progress bar, options used by several
commands, and the checks every command that runs candidates makes first."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from asmopt import datasets
from asmopt.errors import AsmoptError

if TYPE_CHECKING:
    from asmopt.policies.spec import PolicySpec
    from asmopt.sandbox import Limits

err = Console(stderr=True, highlight=False, soft_wrap=True)
# Piped output keeps wide tables readable instead of folding them to 80 columns.
out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)

#: Candidate files shipped with the package, by name.
BUILTIN_CANDIDATES = {"examples": datasets.BUILTIN["examples"] / "candidates.jsonl"}


def candidates_path(spec: str) -> Path:
    if spec in BUILTIN_CANDIDATES:
        return BUILTIN_CANDIDATES[spec]
    return Path(spec)


def progress() -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )


# Options several commands share (resolved by typer when a command runs).
JobsOpt = Annotated[Optional[int], typer.Option("-j", "--jobs", min=1, help="Parallel workers \\[default: cores].")]
SplitOpt = Annotated[Optional[str], typer.Option("--split", help="Only this split (train, val, test; made by problem).")]
TimeLimitOpt = Annotated[float, typer.Option("--time-limit", help="Per-test wall/CPU limit, seconds.")]
MemoryLimitOpt = Annotated[int, typer.Option("--memory-limit", help="Per-test address-space limit, MiB.")]
PlacementsOpt = Annotated[int, typer.Option("--placements", help="Code placements a timing cycles both programs through (1, 2 or 4, spread over a 64-byte line), so a gain is what the change does wherever the code lands, not alignment luck; 1: as built.")]
UnsafeOpt = Annotated[bool, typer.Option("--unsafe-no-sandbox", help="Run untrusted binaries WITHOUT bubblewrap.")]

# Options shared by `optimize` and `eval --policy` (resolved by typer when a command runs).
PolicyOpt = Annotated[Optional[str], typer.Option("--policy", help="offline (default for optimize: the offline search portfolio), compiler, learned (the small RL-trained policy shipped with asmopt) or learned:PATH (one from `asmopt train policy`), llm (an OpenAI-compatible server), or hf:PATH (a local transformers model folder).")]
StrategyOpt = Annotated[Optional[str], typer.Option("--strategy", help="single, best_of_n or refine \\[optimize: refine; eval: single].")]
SamplesOpt = Annotated[Optional[int], typer.Option("--samples", min=1, help="Candidates per round (best-of-N's N).")]
RoundsOpt = Annotated[Optional[int], typer.Option("--rounds", min=1, help="Refinement rounds.")]
SecondsOpt = Annotated[Optional[float], typer.Option("--seconds", help="Wall-clock budget of the search per task, seconds.")]
BudgetOpt = Annotated[Optional[str], typer.Option("--budget", help="Budget as samples=N,rounds=N,seconds=S (the flags above win).")]
ModelOpt = Annotated[Optional[str], typer.Option("--model", help="Model name on the server (llm policy) \\[env ASMOPT_MODEL].")]
BaseUrlOpt = Annotated[Optional[str], typer.Option("--base-url", help="OpenAI-compatible server, e.g. http://localhost:8000/v1 \\[env OPENAI_BASE_URL].")]
ApiKeyOpt = Annotated[Optional[str], typer.Option("--api-key", help="API key \\[env OPENAI_API_KEY; 'EMPTY' when unset].")]
PromptOpt = Annotated[str, typer.Option("--prompt", help="asm (the paper's prompt) or c_only (its ablation).")]
TemperatureOpt = Annotated[Optional[float], typer.Option("--temperature", help="Sampling temperature \\[default: 0 (greedy) for one sample, 0.5 for several].")]
MaxTokensOpt = Annotated[int, typer.Option("--max-tokens", min=1, help="New tokens per reply.")]
ConcurrencyOpt = Annotated[int, typer.Option("--max-concurrency", min=1, help="Requests in flight at once (llm policy).")]
RequestTimeoutOpt = Annotated[float, typer.Option("--request-timeout", help="Seconds per request before it is retried.")]
RetriesOpt = Annotated[int, typer.Option("--retries", min=0, help="Retries of a failed request (back-off doubles).")]
RayOpt = Annotated[Optional[str], typer.Option("--ray", metavar="ADDRESS", envvar="ASMOPT_RAY_ADDRESS", show_envvar=False, help="Run on a Ray cluster's CPU nodes instead of local workers: 'auto' joins the cluster this machine is part of, HOST:PORT a given one, 'local' starts one here (needs asmopt[ray]) \\[env ASMOPT_RAY_ADDRESS].")]
SearchCostOpt = Annotated[str, typer.Option("--search-cost", help="What a search ranks candidates by on the visible tests: time (short interleaved timing, calibrated) or instructions (callgrind counts: deterministic, not time). --no-timing implies instructions.")]


def policy_spec(policy: str, model: Optional[str], base_url: Optional[str], api_key: Optional[str], prompt: str,
                temperature: Optional[float], max_tokens: int, max_concurrency: int, request_timeout: float,
                retries: int, unsafe: bool) -> PolicySpec:
    """The policy the options name, with problems (unknown prompt, missing model or policy folder)
    reported before any work starts."""
    from asmopt.policies.llm import LLMConfig
    from asmopt.policies.spec import PolicySpec
    from asmopt.prompt import KINDS

    if prompt not in KINDS:
        raise AsmoptError(f"unknown prompt {prompt!r} (known: {', '.join(KINDS)})")
    llm = LLMConfig(model=model or "", base_url=base_url, api_key=api_key, prompt=prompt, temperature=temperature,
                    max_tokens=max_tokens, max_concurrency=max_concurrency, timeout_s=request_timeout,
                    retries=retries)
    spec = PolicySpec(policy, llm, unsafe)
    if policy == "llm":
        llm.resolved()  # a missing model is reported now, before any work
    if policy == "learned" or policy.startswith("learned:"):
        built = spec.build()  # a missing or foreign policy folder is reported now (the model loads on first use)
        if (note := built.machine_note()) is not None:
            err.print(f"note: {note}", markup=False)
    return spec


def ray_address(option: Optional[str], unsafe: bool) -> Optional[str]:
    """The Ray cluster to run on (None: local workers), and its sandboxes checked now: the
    cluster joined and its nodes probed, else this machine's sandbox, so a missing Ray or a
    node without a sandbox is reported before any work starts."""
    from asmopt import cluster

    address = cluster.address_of(option)
    if address is None:
        require_sandbox(unsafe)
    else:
        nodes = cluster.connect(address, unsafe=unsafe)
        err.print(f"ray: {len(nodes)} node(s), {int(sum(n.cpus for n in nodes))} CPUs: "
                  + ", ".join(n.name for n in nodes), markup=False)
    return address


def require_sandbox(unsafe: bool) -> None:
    from asmopt.sandbox import bwrap_problem

    if not unsafe and (problem := bwrap_problem()) is not None:
        raise AsmoptError(f"the sandbox cannot run: {problem}. Run the README's setup command, or pass "
                          "--unsafe-no-sandbox to run untrusted code without a sandbox")


def warn_unsafe(unsafe: bool) -> None:
    """The warning every command that may run candidates unsandboxed prints first."""
    if unsafe:
        err.print("[bold red]WARNING: --unsafe-no-sandbox: candidate binaries run with your user's rights, "
                  "network and files.[/]")


def limits(time_limit: float, memory_limit_mib: int) -> Limits:
    """Per-test limits from --time-limit (wall and CPU seconds) and --memory-limit (MiB)."""
    from asmopt.sandbox import Limits

    return Limits(wall_s=time_limit, cpu_s=time_limit, memory_bytes=memory_limit_mib << 20)
