"""Observation features: counted from the assembly reader, bucketed into a closed vocabulary."""

from __future__ import annotations

import numpy as np

from asmopt.env import observation as obs
from asmopt.env.actions import VOCABULARY
from asmopt.env.environment import prompt_words

LOOP_WITH_DIV = """\
\t.text
\t.globl\tmain
\t.type\tmain, @function
main:
\txorl\t%ecx, %ecx
.L2:
\tmovl\t%ecx, %eax
\tcltd
\tidivl\t%esi
\taddl\t$1, %ecx
\tcmpl\t$100, %ecx
\tjne\t.L2
\tcall\tprintf@PLT
\txorl\t%eax, %eax
\tret
\t.size\tmain, .-main
"""


def test_static_counts_loop_and_whole_program() -> None:
    st = obs.static(LOOP_WITH_DIV)
    assert st.loop["div"] == 1 and st.total["div"] == 1
    assert st.loop["branch"] == 1
    assert st.loop["call"] == 0 and st.total["call"] == 1
    assert st.io_calls == 1  # printf
    assert st.loops == 1 and st.functions == 1


def test_words_stay_in_the_closed_vocabulary() -> None:
    names = obs.feature_names(VOCABULARY)
    vector = obs.features(obs.static(LOOP_WITH_DIV), [False] * sum(a.kind == "pass" for a in VOCABULARY),
                          None, 1.37, 0.5, "WA")
    assert vector.shape == (len(names),) and vector.dtype == np.float32
    vocab = set(obs.word_vocabulary(names))
    ws = obs.words(names, vector)
    assert set(ws) <= vocab
    assert "loop_div=1" in ws and "verdict_WA=1" in ws


def test_prompt_words_are_static_and_name_matching_passes(gcc_asm) -> None:
    src = ("#include <stdio.h>\nint main(void){unsigned long long x,s=0;while(scanf(\"%llu\",&x)==1)"
           "s+=__builtin_popcountll(x);printf(\"%llu\\n\",s);return 0;}\n")
    asm = gcc_asm(src)
    ws = prompt_words(asm)
    assert ws == prompt_words(asm)  # a pure function of the text
    assert "applies_pass:popcount-libcall=1" in ws
    assert not any(w.startswith(("log_", "verdict_", "step=", "own_share")) for w in ws)  # nothing measured
