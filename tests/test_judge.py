import signal

import pytest

from asmopt.judge import Verdict, check_output, judge_run, overall
from asmopt.sandbox import Limits, Run

LIMITS = Limits(wall_s=1.0, cpu_s=1.0, memory_bytes=64 << 20, output_bytes=100)


def run(**kw) -> Run:
    base = dict(exit_code=0, signal=None, stdout=b"6\n", stderr=b"", wall_s=0.01, cpu_s=0.01, max_rss_kb=1000)
    base.update(kw)
    return Run(**base)


@pytest.mark.parametrize(
    "kw, verdict",
    [
        ({}, Verdict.AC),
        ({"stdout": b"7\n"}, Verdict.WA),
        ({"stdout": b"6"}, Verdict.WA),  # exact compare: a missing newline is wrong
        ({"exit_code": 1}, Verdict.RE),
        ({"exit_code": None, "signal": signal.SIGSEGV}, Verdict.RE),
        ({"exit_code": None, "signal": signal.SIGKILL, "timed_out": True}, Verdict.TLE),
        ({"cpu_s": 1.5}, Verdict.TLE),
        ({"exit_code": None, "signal": signal.SIGXCPU}, Verdict.TLE),
        ({"exit_code": None, "signal": signal.SIGKILL, "output_exceeded": True}, Verdict.OLE),
        ({"max_rss_kb": 100 << 10}, Verdict.MLE),
        ({"exit_code": None, "signal": signal.SIGSYS}, Verdict.SV),
    ],
)
def test_run_verdicts(kw, verdict):
    assert judge_run(run(**kw), b"6\n", LIMITS)[0] is verdict


def test_wrong_answer_message_points_at_the_line():
    verdict, message = judge_run(run(stdout=b"1\n2\n"), b"1\n3\n", LIMITS)
    assert verdict is Verdict.WA
    assert "line 2" in message and "'3'" in message and "'2'" in message


@pytest.mark.parametrize(
    "checker, out, expected, ok",
    [
        ("exact", b"1 2\n", b"1 2\n", True),
        ("exact", b"1 2 \n", b"1 2\n", False),
        ("lines", b"1 2 \n\n\n", b"1 2\n", True),
        ("lines", b"1  2\n", b"1 2\n", False),
        ("tokens", b"1\n  2\n", b"1 2\n", True),
        ("tokens", b"1 3\n", b"1 2\n", False),
    ],
)
def test_checkers(checker, out, expected, ok):
    assert check_output(out, expected, checker) is ok


def test_unknown_checker_is_an_error():
    with pytest.raises(ValueError, match="unknown checker"):
        check_output(b"", b"", "fuzzy")


def test_overall_is_first_failure():
    assert overall([Verdict.AC, Verdict.AC]) is Verdict.AC
    assert overall([Verdict.AC, Verdict.WA, Verdict.TLE]) is Verdict.WA
