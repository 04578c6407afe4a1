"""Two printings of one quotation that differ only in grammatical filler: the same words spoken.

Outlets transcribing one statement (from a recording, a wire copy or each
other) add or drop the small words that carry no claim: an article ("into
Promises Treatment Center" / "into the Promises Treatment Center"), a
determiner for another ("nothing in the regulation" / "nothing in this
regulation"), the complementiser "that" ("the things I've done" / "the
things that I've done"), a form of "be" or a dummy subject ("fair and the
best in the sector" / "fair and it is the best in the sector"). The quote
judge read each as altered words, and on real multi-outlet news (ECB+) these
were a steady share of its false alarms: an editor checking the quotes
would pass every one of them.

`filler_apart` is asked only when the words are not the same run
(`compat.quotes_agree`), and it is strict, since a changed word is what the
quote judge exists to report:

- only insertions and deletions of FILLER words, or one determiner put for
  another (DETERMINERS), may stand between the two; a form of "be" put for
  another ("is" / "was") is a change of tense and still differs, as does
  every other word changed, added or dropped ("not", "only", "and crew");
- besides that, one of the two may be a cut of the other (words missing at
  its head or tail, as `quotes_agree` already allows for a verbatim run):
  never both, since two overlapping cuts are not one quotation shown whole;
- the shorter printing has at least MIN_WORDS words, and keeps some word
  that is not filler: two stock phrases of three words prove nothing.
"""

from __future__ import annotations

import functools
from difflib import SequenceMatcher

# Determiners one transcription puts for another without changing the claim ("the" / "this regulation").
DETERMINERS = frozenset("a an the this that these those".split())
# Words a transcription adds or drops without changing the claim: the determiners, the complementiser
# "that", forms of "be" (a tense of "be" put for another is no filler: "is" / "was" stays a change),
# and the dummy subjects "it" and "there". Prepositions are not filler: "at" and "with" name different
# relations, and even an added "of" was left out so the set stays grammatical, not tuned.
FILLER = DETERMINERS | frozenset("am is are was were be been it there".split())
# The shorter printing's length, in words, below which filler is not weighed (as SAME_QUOTE_MIN_WORDS).
MIN_WORDS = 4


@functools.lru_cache(maxsize=8192)
def _content(ws: tuple[str, ...]) -> tuple[str, ...]:
    """The words that are not filler, in order (kept: a quotation meets many others)."""
    return tuple(w for w in ws if w not in FILLER)


def _holds_run(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[i:i + n] == short for i in range(len(long) - n + 1))


def filler_apart(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """True when two quotations' folded words differ only in filler (and one may be a cut of the other).

    The words are those of `compat.quote_words` (house style folded). A
    necessary test runs first and is cheap: without filler, the shorter
    must be a run of the longer. Only then are the differences read one by
    one, in order (`difflib`), to tell filler added or dropped from a word
    changed.
    """
    if min(len(wa), len(wb)) < MIN_WORDS:
        return False
    ca, cb = _content(wa), _content(wb)
    short, long = (ca, cb) if len(ca) <= len(cb) else (cb, ca)
    if not short or not _holds_run(long, short):
        return False
    ops = [op for op in SequenceMatcher(None, wa, wb, autojunk=False).get_opcodes() if op[0] != "equal"]
    cut: set[str] = set()
    for tag, i1, i2, j1, j2 in ops:
        xs, ys = set(wa[i1:i2]), set(wb[j1:j2])
        if xs <= FILLER and ys <= FILLER and (tag != "replace" or (xs <= DETERMINERS and ys <= DETERMINERS)):
            continue
        at_edge = (i1 == 0 and j1 == 0) or (i2 == len(wa) and j2 == len(wb))
        # a cut: one side's words run on where the other's stop. Where the other has words of its own
        # there, even filler, it is a change ("hold them to that" / "hold them to every cent").
        if at_edge and tag == "delete":
            cut.add("a")
        elif at_edge and tag == "insert":
            cut.add("b")
        else:
            return False
    return len(cut) <= 1
