"""A change named by its noun gives the figure after "from" as the earlier level (invented text).

Statistics copy writes a change as a noun as often as a verb: "an 11.8% rise
from 8,460 in the same quarter of 2026" says what "up 11.8% from 8,460" says.
The cue words knew only the verbs ("rose from", "up from"), so a large bare
figure after a change noun was dropped as a mere starting point, and another
outlet's "the 8,460 evictions in the same period last year" had no partner.
"""

from __future__ import annotations

import datetime as dt

from sourcediff.extract import extract
from sourcediff.extract.updates import EARLIER, update_cue
from sourcediff.model import Article, Kind
from sourcediff.segment import segment


def _numbers(text: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article(id="x", text=text, published=dt.date(2027, 5, 13))
    return [(m.raw, m.cues) for m in extract(article, segment(article)) if m.kind is Kind.NUMBER]


def test_percent_rise_from_reads_the_earlier_level() -> None:
    text = ("Bailiffs carried out 6,215 evictions in the quarter, an 11.8% rise from 5,560 in the same "
            "quarter of 2026, the court service said.")
    assert ("5,560", ("update:earlier",)) in _numbers(text)


def test_plain_change_nouns_read_the_earlier_level() -> None:
    for text in ("Passenger numbers hit 41,200, a sharp increase from 38,500 a year earlier.",
                 "Applications were 12,900, a fall from 14,350 in 2025.",
                 "The register held 7,310 names, a 4 per cent drop from 7,620 last spring."):
        figures = [raw for raw, _ in _numbers(text)]
        assert len(figures) >= 2 and figures[1] in ("38,500", "14,350", "7,620"), text


def test_change_noun_cue_is_an_earlier_update_cue() -> None:
    text = "an 11.8% rise from 5,560"
    assert update_cue(text, text.index("5,560")) == EARLIER


def test_a_noun_of_no_change_before_from_is_no_cue() -> None:
    for text in ("a visit from 2,300", "a letter from 1,450", "the distance from 3,000"):
        assert update_cue(text, len(text) - 5) is None, text
