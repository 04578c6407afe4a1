"""Two passages quoting one speaker in words that share nothing are two statements (issue #11).

An official is quoted two or three times in a story, and each outlet opens
each quotation with the same frame: "Rowan Tesk, the watchdog's executive
director of enforcement, blasted the firms, saying: '<one thing>'" in a
tabloid, "Rowan Tesk, the regulator's executive director of enforcement,
said: '<another thing>'" in a trade site. The pair model reads what the two
share, the name, the title and a verb of saying, and scored that pair 0.87,
though what each passage reports is its quotation and the two quotations
have no content word in common. Such a pair puts one statement's passage in
the claim of another, a wrong pair, and takes the seat its source's own
report of that statement needed (one seat per source per claim).

So the pair's probability is set to nothing (`apart_quotations`) when the
passages are such frames around two different statements:

- each passage quotes one speaker, named by the extractor (every quotation
  of the passage names the same surname), the same in both: two speakers'
  words are the judge's business (a misattributed quotation is a divergence
  its claim must hold);
- each quotes :data:`MIN_QUOTED` content stems or more, and none of them is
  in the other passage, quoted or not: the words the two share are all in
  the frames (a cut or an altered quotation shares some of its words with
  the whole, and keeps its link);
- outside its quotations each passage holds :data:`FRAME_MAX` content stems
  at most, a name, a title and a verb: a sentence stating a fact of its own
  around the quotation ("..., which fined the sites £14.6m on Tuesday,
  said: ...") is left to the model;
- no other passage quoting the speaker holds most of the stems of both
  quotations (`_parts_of_one`): a tabloid printing a statement's first
  clause and a trade site its second are two parts of the one statement a
  wire prints whole, one fact;
- the two share no figure (cluster.figure_keys).

A passage reporting the speaker's words in its own ("Tesk said the
authority would be watching the market closely") is left alone: its words
need share none of the quotation it reports ("I urge both sides to get
back round the table" and "has called on both parties to resume
negotiations"), so nothing in the words tells it from a report of another
statement. On the stories such pairs were as often one fact as two.

Only the pair's own link goes: the two passages may still meet in a claim
through others that link both.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sourcediff.align.cluster import figure_keys
from sourcediff.align.features import PassageDoc
from sourcediff.model import Kind, SourceInfo
from sourcediff.terms import content_stems
from sourcediff.values import QuoteValue

Pair = tuple[int, int]

# The fewest content stems a passage's quotations hold to count as a statement: "a disgrace" is a label.
MIN_QUOTED = 3
# The most content stems a passage holds outside its quotations to be a frame (name, title, verb).
FRAME_MAX = 10


@dataclass(frozen=True)
class QuoteFrame:
    """A passage quoting one speaker: the speaker's surname, folded, and the quoted content stems."""

    speaker: str
    quoted: frozenset[str]


def quote_frames(sources: Sequence[SourceInfo], keys: Sequence[tuple[str, int]]) -> list[QuoteFrame | None]:
    """Each of the aligner's passages (``keys``: (source, passage) pairs) as a frame, None when it is none.

    A passage is a frame when each of its quotations (no scare-quoted phrase) names a speaker and
    all name one surname.
    """
    where = {key: n for n, key in enumerate(keys)}
    speakers: dict[int, set[str | None]] = {}
    quoted: dict[int, set[str]] = {}
    for s in sources:
        for m in s.mentions:
            if m.kind is not Kind.QUOTE or not isinstance(m.value, QuoteValue) or m.value.phrase:
                continue
            n = where.get((m.source, m.passage))
            if n is None:
                continue
            speaker = m.speaker.split()[-1].casefold() if m.speaker and m.speaker.split() else None
            speakers.setdefault(n, set()).add(speaker)
            quoted.setdefault(n, set()).update(content_stems(m.value.text))
    out: list[QuoteFrame | None] = [None] * len(keys)
    for n, names in speakers.items():
        (name,) = names if len(names) == 1 else (None,)
        if name is not None:
            out[n] = QuoteFrame(name, frozenset(quoted[n]))
    return out


def _parts_of_one(a: QuoteFrame, b: QuoteFrame, frames: Sequence[QuoteFrame]) -> bool:
    """Whether another frame of the speaker holds most of the quoted stems of both (one statement, cut)."""
    return any(f is not a and f is not b and 2 * len(f.quoted & a.quoted) >= len(a.quoted)
               and 2 * len(f.quoted & b.quoted) >= len(b.quoted) for f in frames)


def _apart(a: QuoteFrame, da: PassageDoc, b: QuoteFrame, db: PassageDoc) -> bool:
    """Whether frames ``a`` and ``b`` quote one speaker's two statements (see module)."""
    if a.speaker != b.speaker or len(a.quoted) < MIN_QUOTED or len(b.quoted) < MIN_QUOTED:
        return False
    if a.quoted & db.stems.keys() or b.quoted & da.stems.keys():
        return False  # a quoted word of one is in the other: a cut or an altered quotation may be one
    if len(da.stems.keys() - a.quoted) > FRAME_MAX or len(db.stems.keys() - b.quoted) > FRAME_MAX:
        return False
    return not figure_keys(da.values) & figure_keys(db.values)


def apart_quotations(probs: Mapping[Pair, float], docs: Sequence[PassageDoc],
                     frames: Sequence[QuoteFrame | None]) -> dict[Pair, float]:
    """``probs`` with every pair of frames around one speaker's two statements at 0 (see module)."""
    out = dict(probs)
    by_speaker: dict[str, list[QuoteFrame]] = {}
    for f in frames:
        if f is not None:
            by_speaker.setdefault(f.speaker, []).append(f)
    if all(len(fs) < 2 for fs in by_speaker.values()):
        return out
    for (i, j), p in probs.items():
        fi, fj = frames[i], frames[j]
        if (p > 0 and fi is not None and fj is not None and _apart(fi, docs[i], fj, docs[j])
                and not _parts_of_one(fi, fj, by_speaker[fi.speaker])):
            out[(i, j)] = 0.0
    return out
