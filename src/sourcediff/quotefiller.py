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
from collections.abc import Sequence

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


def _gap_fits(x: Sequence[str], y: Sequence[str], cut_before: bool = False) -> bool:
    """Two runs of filler between the same content words: filler added or dropped, a determiner for another.

    The runs are aligned on their longest common subsequence (they are a few words long). Where both
    runs hold words of their own between two matched words, one was put for the other: allowed only
    between determiners ("the" / "this"), never for the other filler ("is" for "was" is a change of
    tense, "an" for "is" no transcription); words only one run holds came or went. With ``cut_before``
    ``x``'s printing runs on before these words and ``y``'s stops: ``y`` may hold no word of its own
    before the first word they share, for that word would stand where ``x`` has words of its own.
    """
    n, m = len(x), len(y)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            lcs[i][j] = lcs[i + 1][j + 1] + 1 if x[i] == y[j] else max(lcs[i + 1][j], lcs[i][j + 1])
    i = j = 0
    own_x: list[str] = []
    own_y: list[str] = []
    while True:
        if i < n and j < m and x[i] == y[j]:
            if (own_x and own_y and not set(own_x + own_y) <= DETERMINERS) or (cut_before and own_y):
                return False
            cut_before = False
            own_x, own_y, i, j = [], [], i + 1, j + 1
        elif i < n and (j == m or lcs[i + 1][j] >= lcs[i][j + 1]):
            own_x.append(x[i])
            i += 1
        elif j < m:
            own_y.append(y[j])
            j += 1
        else:
            return not (cut_before and own_y) and (not (own_x and own_y) or set(own_x + own_y) <= DETERMINERS)


def _content_at(ws: tuple[str, ...]) -> list[int]:
    return [i for i, w in enumerate(ws) if w not in FILLER]


def _fits_at(short: tuple[str, ...], long: tuple[str, ...], ps: list[int], pl: list[int], k: int) -> bool:
    """Whether ``short`` is ``long`` with filler changed (and cut) when its content starts at ``long``'s k-th.

    Between two content words both printings hold filler only (`_gap_fits`). At an end where ``long``
    runs on with words of its own, ``short`` is a cut there: the filler it keeps at that end must meet
    ``long``'s own filler first ("hold them to that" is no cut of "hold them to every cent").
    """
    n = len(ps)
    lo, hi = pl[k], pl[k + n - 1]
    for j in range(n - 1):
        if not _gap_fits(short[ps[j] + 1:ps[j + 1]], long[pl[k + j] + 1:pl[k + j + 1]]):
            return False
    head_s, tail_s = short[:ps[0]], short[ps[-1] + 1:]
    if k > 0:  # long runs on before: keep only its filler right before the shared words
        if not _gap_fits(long[pl[k - 1] + 1:lo], head_s, cut_before=True):
            return False
    elif not _gap_fits(long[:lo], head_s):
        return False
    if k + n < len(pl):  # long runs on after: read both runs backwards from the cut
        return _gap_fits(long[hi + 1:pl[k + n]][::-1], tail_s[::-1], cut_before=True)
    return _gap_fits(long[hi + 1:], tail_s)


def filler_apart(wa: tuple[str, ...], wb: tuple[str, ...]) -> bool:
    """True when two quotations' folded words differ only in filler (and one may be a cut of the other).

    The words are those of `compat.quote_words` (house style folded). A
    necessary test runs first and is cheap: without filler, the shorter
    must be a run of the longer. Only then are the filler words between
    each pair of shared content words compared (`_fits_at`), for each
    place the run stands in the longer: no diff of the whole is needed, as
    the content words fix where the two printings meet.
    """
    if min(len(wa), len(wb)) < MIN_WORDS:
        return False
    ca, cb = _content(wa), _content(wb)
    (short, cs), (long, cl) = sorted(((wa, ca), (wb, cb)), key=lambda pair: len(pair[1]))
    if not cs:
        return False
    ps, pl = _content_at(short), _content_at(long)
    n = len(cs)
    return any(cl[k:k + n] == cs and _fits_at(short, long, ps, pl, k) for k in range(len(cl) - n + 1))
