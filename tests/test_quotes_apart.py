"""Two passages quoting one speaker in words that share nothing are two statements (align/quotesapart.py).

Every text here is invented: a port authority fining a ferry operator, its director of operations quoted.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sourcediff import compare
from sourcediff.align import pair_probabilities, score_pairs
from sourcediff.align.quotesapart import apart_quotations, quote_frames
from sourcediff.ingest import parse_raw
from sourcediff.ingest.reading import RawInput
from sourcediff.model import Article, Report

_LEDE_A = ("Port fines ferry operator\n\nThe Brenmouth port authority on Monday fined the ferry operator "
           "Skelwater Lines 40,000 euros for a season of late sailings.\n\n")
_LEDE_B = ("Ferry firm fined over delays\n\nSkelwater Lines was fined 40,000 euros by the Brenmouth port "
           "authority on Monday over a season of late sailings.\n\n")
_QUAY = "Passengers were left standing on the quay for hours with no information at all."
_TIMETABLE = "We will review every timetable the company files before the summer season begins."


def _one(text: str, name: str) -> Article:
    (article,) = parse_raw(RawInput(name, text), Path(name).suffix)
    return replace(article, id=Path(name).stem)


def _story(quote_b: str, frame_b: str = "Teodor Vasskin, the port authority's director of operations, said: "
           ) -> Report:
    frame_a = "Teodor Vasskin, the authority's director of operations, said: "
    a = _one(_LEDE_A + f"{frame_a}\"{_QUAY}\"\n", "wire.txt")
    b = _one(_LEDE_B + f"{frame_b}\"{quote_b}\"\n", "post.txt")
    return compare([a, b])


def _together(report: Report, first: str, second: str) -> bool:
    """Whether one claim holds a passage of each source containing the given words."""
    texts = {(s.article.id, p.index): p.text for s in report.sources for p in s.passages}
    for c in report.claims:
        held = [texts[(m.source, m.index)] for m in c.members]
        if any(first in t for t in held) and any(second in t for t in held):
            return True
    return False


def test_one_speakers_two_statements_are_not_one_claim() -> None:
    report = _story(_TIMETABLE)
    assert not _together(report, "standing on the quay", "review every timetable")


def test_one_statement_cut_by_another_outlet_stays_one_claim() -> None:
    report = _story("Passengers were left standing on the quay for hours")
    assert _together(report, "no information at all", "standing on the quay for hours")


def test_the_attribution_alone_links_no_pair() -> None:
    report = _story(_TIMETABLE)
    scores = score_pairs(report.sources)
    keys = [(d.source, d.index) for d in scores.docs]
    frames = quote_frames(report.sources, keys)
    quay = keys.index(("wire", 2))
    timetable = keys.index(("post", 2))
    assert frames[quay] is not None and frames[timetable] is not None
    assert frames[quay].speaker == frames[timetable].speaker == "vasskin"
    probs = pair_probabilities(scores)
    pair = (min(quay, timetable), max(quay, timetable))
    kept = apart_quotations(probs, scores.docs, frames)
    assert kept.get(pair, 0.0) == 0.0
    ledes = (keys.index(("wire", 1)), keys.index(("post", 1)))
    assert kept[ledes] == probs[ledes]  # no quotation: the ledes' link is the model's


def test_another_speaker_is_left_to_the_judge() -> None:
    # the same words given to another official: a misattribution the claim must hold for the judge to see
    report = _story(_QUAY, "Marta Quell, the authority's chief executive, said: ")
    assert _together(report, "standing on the quay", "standing on the quay")



def test_two_halves_of_one_statement_printed_whole_elsewhere_stay_linked() -> None:
    # a tabloid keeps the first sentence, a trade site the second, the wire prints both: one statement
    whole = f"{_QUAY} {_TIMETABLE}"
    a = _one(_LEDE_A + f"Teodor Vasskin, the authority's director of operations, said: \"{whole}\"\n",
             "wire.txt")
    b = _one(_LEDE_B + f"Teodor Vasskin, the port authority's director of operations, said: \"{_QUAY}\"\n",
             "post.txt")
    c = _one("Skelwater Lines fined\n\nThe Brenmouth port authority fined Skelwater Lines 40,000 euros on "
             "Monday for a season of late sailings.\n\nTeodor Vasskin, the authority's operations director, "
             f"said: \"{_TIMETABLE}\"\n", "trade.txt")
    report = compare([a, b, c])
    scores = score_pairs(report.sources)
    keys = [(d.source, d.index) for d in scores.docs]
    probs = pair_probabilities(scores)
    kept = apart_quotations(probs, scores.docs, quote_frames(report.sources, keys))
    halves = tuple(sorted((keys.index(("post", 2)), keys.index(("trade", 2)))))
    assert halves in probs and kept[halves] == probs[halves]
