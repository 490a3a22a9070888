"""Small pure pieces: identical detection, callgrind log parsing, the result round trip."""

from asmopt.candidate import is_identical, normalise_asm
from asmopt.measure.callgrind import parse_collected
from asmopt.result import Result, TestOutcome


def test_identical_ignores_whitespace_only():
    base = "main:\n\tmovl\t$1, %eax\n\tret\n"
    assert is_identical("  main:\n    movl $1,  %eax\n\n\tret", base)
    assert not is_identical("main:\n\tmovl\t$2, %eax\n\tret\n", base)
    assert not is_identical(base + "# comment\n", base)
    assert normalise_asm("a\n\n  b  c \n") == "a\nb c"


def test_collected_sums_every_process_of_the_tree():
    log = ("==2== Command: /box/prog\n==2== Events    : Ir\n"
           "==9== Collected : 5000\n"  # a forked child that did part of the work
           "==2== Collected : 123456\n==2== \n")
    assert parse_collected(log) == 128456
    # The main process reported nothing (it exec'd another program): no count at all.
    assert parse_collected("==2== Command: /box/prog\n==3== Collected : 5\n") is None
    assert parse_collected("no log at all") is None


def test_result_round_trip():
    r = Result(task_id="t", verdict="AC", tests_passed=1, tests_total=1, identical=False,
               speedup_instr=1.5, speedup_wall_ci=(1.1, 1.3),
               tests=[TestOutcome("a", False, "AC", 0.1, 0.1, "", 10, 5)], meta={"model": "m"})
    again = Result.from_dict(r.to_dict())
    assert again == r
    assert Result.from_dict({**r.to_dict(), "future_field": 1}) == r
