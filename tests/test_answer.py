from hypothesis import given, settings
from hypothesis import strategies as st

from asmopt.answer import extract_assembly


def test_last_block_wins_and_is_cut_at_the_last_fence():
    reply = "I think:\n```assembly\nold\n```\nBetter:\n```assembly\nmain:\n\tret\n```\nDone."
    assert extract_assembly(reply) == "main:\n\tret\n"


def test_no_block_is_no_answer():
    assert extract_assembly("```asm\nmain: ret\n```") is None
    assert extract_assembly("") is None


def test_unclosed_block_keeps_the_rest():
    assert extract_assembly("```assembly\nmain:\n\tret") == "main:\n\tret"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_none_or_a_substring(reply):
    out = extract_assembly(reply)
    assert out is None or out in reply
    if "```assembly" not in reply:
        assert out is None


# `after` must not start with a backtick: "```" + "`" holds a later "```" (the paper's
# rule then cuts one character later, by design), so the closing fence would move.
@settings(max_examples=200, deadline=None)
@given(st.text().filter(lambda s: "```" not in s), st.text(),
       st.text().filter(lambda s: "```" not in s and not s.startswith("`")))
def test_round_trip_of_a_fenced_body(body, before, after):
    reply = f"{before}```assembly\n{body}```{after}"
    assert extract_assembly(reply) == body
