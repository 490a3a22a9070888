"""Answer: the assembly inside a model's reply, extracted the paper's way.

SuperCoder takes the text after the last "```assembly" and cuts it at the last
"```" that follows. A reply with no "```assembly" has no answer (None), which
the harness judges as an empty candidate (CE). A reply cut off before its
closing fence (out of tokens) keeps everything after the opening one: it will
usually fail to build, which is the honest outcome.
"""

from __future__ import annotations

OPEN = "```assembly"
CLOSE = "```"


def extract_assembly(reply: str) -> str | None:
    """The assembly of a model reply, or None when the reply has no ```assembly block."""
    start = reply.rfind(OPEN)
    if start < 0:
        return None
    body = reply[start + len(OPEN):]
    end = body.rfind(CLOSE)
    if end >= 0:
        body = body[:end]
    # The fence line's own newline is not part of the program.
    return body[1:] if body.startswith("\n") else body
