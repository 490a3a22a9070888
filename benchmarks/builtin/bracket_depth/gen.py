"""Count balanced lines of brackets ()[]{} (other characters ignored) and their maximum nesting depth.

Input: n, then n lines "r text": the line is text repeated r times (text has no whitespace,
r * |text| <= 2^24). Each line is checked with an explicit stack, stopping at the first
mismatch. Output: number of balanced lines and the largest depth reached by one of them.
"""

CATEGORY = "strings"
HEADROOM = False  # a push/pop stack walk with a data-dependent branch per character

OPEN, CLOSE = "([{", ")]}"
FILL = "abcxyz019+-*/.,;:"


def _balanced(rng, n, maxdepth, noise):
    out, stack = [], []
    while len(out) < n or stack:
        if len(out) < n and len(stack) < maxdepth and (not stack or rng.random() < 0.5):
            k = rng.randrange(3)
            stack.append(k)
            out.append(OPEN[k])
        else:
            out.append(CLOSE[stack.pop()])
        if rng.random() < noise:
            out.append(rng.choice(FILL))
    return "".join(out)


def _text(rng, n, maxdepth):
    s = _balanced(rng, n, maxdepth, rng.choice([0.0, 0.05, 0.3]))
    kind = rng.random()
    if kind < 0.5:
        return s, True
    if kind < 0.7:  # surplus opens: depth grows with every repetition, never balanced
        return "(" + s, True
    if kind < 0.85:  # wrong closer near the end: the scan stops in the first copy
        i = max(0, len(s) - rng.randint(1, 10))
        return s[:i] + rng.choice(CLOSE) + s[i:], False
    return (s + ")" if rng.random() < 0.5 else s[:-1] if s else "]"), False


def _case(items):
    return f"{len(items)}\n" + "".join(f"{r} {t}\n" for r, t in items)


def generate(rng):
    tests = [
        ("edge_single_pair", _case([(1, "()")])),
        ("edge_unbalanced", _case([(1, "("), (1, ")"), (1, "(]"), (1, ")("), (3, "([)]")])),
        ("edge_no_brackets", _case([(1, "abc"), (5, "x")])),
        ("edge_deep", _case([(100000, "(")])),
        ("edge_repeat", _case([(50000, "({[]})"), (2, "(()"), (1, "{[()()]}")])),
    ]
    for i in range(12):
        items = []
        for _ in range(rng.randint(1, 40)):
            text, _ = _text(rng, rng.randint(1, 300), rng.randint(1, 50))
            items.append((rng.randint(1, 50), text))
        tests.append((f"rand_{i:02d}", _case(items)))
    for i in range(5):
        items, total = [], 0
        while total < 24_000_000:
            text, full = _text(rng, rng.randint(2000, 20000), rng.choice([5, 40, 1000]))
            r = rng.randint(50, 400)
            items.append((r, text))
            total += r * len(text) if full else len(text)
        tests.append((f"stress_{i:02d}", _case(items)))
    return tests
