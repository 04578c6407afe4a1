""""after a five-day trial" against "following a six-day trial": rival lengths of one noun (invented text).

Two outlets' sentences dating a ruling each held a clock time, a date, names
and a trial's length as a compound ("five-day"). They shared too few words
for the pair scorer's divergence bar, and durations also need the words
around them to match, so the rival length stayed a unique fact. A compound
length keeps the noun it stands before as a cue: in a claim the aligner is
sure of, two such lengths of one noun, each the only one its passage states,
contradict each other.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.diverge import _named_measures
from sourcediff.divergepair import compound_lengths
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.values import Quantity

PUBLISHED = "2027-06-10"


def _durations(figures: list[str]) -> list[tuple[Verdict, set[str]]]:
    texts = [
        "The tribunal ruled at 2:15 p.m. on Wednesday after a {} inquiry into the Brackwater quarry permit.",
        "Ruling on Wednesday at 14:15, the tribunal closed a {} inquiry into the Brackwater quarry permit.",
        "The Brackwater quarry permit ruling came at 2.15pm on Wednesday, following a {} inquiry.",
        "After a {} inquiry, the tribunal gave its Brackwater quarry permit ruling at 2:15pm on Wednesday.",
    ]
    arts = [Article.from_text(t.format(f), id=f"s{n}", published=PUBLISHED)
            for n, (t, f) in enumerate(zip(texts, figures, strict=True))]
    rep = compare(arts)
    return [(f.status, {m.source for m in f.mentions}) for f in rep.facts if f.kind is Kind.NUMBER]


def test_a_rival_compound_length_diverges() -> None:
    facts = _durations(["four-day", "four-day", "three-day", "four-day"])
    assert any(status is Verdict.DIVERGE and {"s0", "s2"} <= sources for status, sources in facts), facts


def test_equal_compound_lengths_agree() -> None:
    facts = _durations(["four-day", "four-day", "four-day", "four-day"])
    assert (Verdict.AGREE, {"s0", "s1", "s2", "s3"}) in facts, facts


def _length(raw: str, cues: tuple[str, ...], days: int) -> Mention:
    return Mention(Kind.NUMBER, "s", 0, Span(0, len(raw)), raw, Quantity(amount=Decimal(days), unit="day"),
                   slot="number:day", cues=cues)


def test_lengths_of_different_nouns_or_without_a_noun_are_no_rivals() -> None:
    assert compound_lengths(_length("five-day", ("trial",), 5), _length("six-day", ("trial",), 6))
    assert not compound_lengths(_length("five-day", ("trial",), 5), _length("six-day", ("strike",), 6))
    assert not compound_lengths(_length("five days", ("trial",), 5), _length("six days", ("trial",), 6))
    assert not compound_lengths(_length("five-day", (), 5), _length("six-day", (), 6))
    # two people's ages before one noun are two people
    assert not compound_lengths(_length("23-year-old", ("man",), 23), _length("32-year-old", ("man",), 32))


def test_measures_of_one_noun_and_size_are_rival_candidates_in_a_sure_claim() -> None:
    assert _named_measures(_length("five-day", ("trial",), 5), _length("six-day", ("trial",), 6))
    assert not _named_measures(_length("five-day", ("trial",), 5), _length("six-day", ("strike",), 6))
    assert not _named_measures(_length("two-day", ("trial",), 2), _length("400-day", ("trial",), 400))
    # two runners' times sharing the word "time" are two results, not rivals
    assert not _named_measures(_length("2:05:49", ("time",), 7549), _length("2:14:03", ("time",), 8043))
