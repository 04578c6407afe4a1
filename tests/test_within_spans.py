"""The span of one unit after "within": "within a week", "within a month", "within an hour" (invented text).

"Within 30 days" and "within seven days" were read as spans; the article of
"within a month" or "within a week" was no figure, so another outlet's "within
30 days" met nothing. Its "a" is now the figure 1 (patterns.NUM_A_BY_SPAN), as
the "a" of "delayed by a year" is. The span keys no passage for the aligner
(amounts.within_one_unit): as a key it drew the other outlet's "within 30
days" sentence into the claim of a passage that shares only its subject.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.model import Kind
from sourcediff.pipeline import analyse


def _spans(text: str) -> dict[str, str]:
    info = analyse(Article.from_text(text, id="s0", published="2027-05-04"))
    return {m.raw: m.value.canonical() for m in info.mentions if m.kind is Kind.NUMBER}


@pytest.mark.parametrize(("text", "raw", "value"), [
    ("The Harbour Safety Office will publish an interim report within a month.", "a month", "1 month"),
    ("Ferry sailings to Kessock resumed within a week.", "a week", "1 week"),
    ("Tickets for the open day were all claimed within an hour.", "an hour", "1 hour"),
    ("The inspectors will return within a year to check on progress.", "a year", "1 year"),
    ("The council must answer the complaint within a day.", "a day", "1 day"),
])
def test_within_one_unit_is_a_span_of_one(text: str, raw: str, value: str) -> None:
    assert _spans(text)[raw] == value


@pytest.mark.parametrize("text", [
    "Repairs should be finished within a day or two.",
    "The cottages lie within a day's walk of the harbour.",
    "The harbour lies within a mile of the town centre.",
])
def test_a_rough_range_or_a_noun_s_measure_is_no_span(text: str) -> None:
    assert not any(raw.startswith(("a ", "an ")) and value.endswith((" day", " hour", " week"))
                   for raw, value in _spans(text).items())


def _span_facts(a_text: str, b_text: str) -> list[tuple[frozenset[str], str, frozenset[str]]]:
    a = Article.from_text(a_text, id="a", published="2027-05-03")
    b = Article.from_text(b_text, id="b", published="2027-05-04")
    return [(frozenset(m.source for m in f.mentions), f.status.value, frozenset(m.raw for m in f.mentions))
            for f in compare([a, b]).facts if f.kind is Kind.NUMBER]


_LEAD = ("The Harbour Safety Office has opened an inquiry into the ferry grounding off Kessock Point and "
         "will publish an interim report {span}, a spokesman said.")


@pytest.mark.parametrize(("a_span", "b_span"), [
    ("within a month", "within 30 days"),
    ("within a week", "in seven days"),
    ("within a week", "within 7 days"),
    ("within a day", "within 24 hours"),
])
def test_within_one_unit_agrees_with_the_same_span_in_figures(a_span: str, b_span: str) -> None:
    facts = _span_facts(_LEAD.format(span=a_span), _LEAD.format(span=b_span))
    assert any(sources == {"a", "b"} and status == "agree" for sources, status, _ in facts)


@pytest.mark.parametrize(("a_span", "b_span"), [
    ("within a week", "within ten days"),
    ("within a month", "within 60 days"),
    ("within a day", "within 48 hours"),
])
def test_within_one_unit_diverges_from_another_span(a_span: str, b_span: str) -> None:
    facts = _span_facts(_LEAD.format(span=a_span), _LEAD.format(span=b_span))
    assert any(sources == {"a", "b"} and status == "diverge" for sources, status, _ in facts)
    assert not any(sources == {"a", "b"} and status == "agree" for sources, status, _ in facts)


def test_the_span_after_within_keys_no_passage() -> None:
    """Its figures ("within 30 days") key as before; the one unit of "within a month" keys nothing."""
    from sourcediff.align.features import value_family_keys
    from sourcediff.extract.amounts import within_one_unit

    info = analyse(Article.from_text(
        "The board will publish a preliminary report within a month. Its final report is due within "
        "90 days.", id="s0", published="2027-05-04"))
    spans = {m.raw: m for m in info.mentions if m.kind is Kind.NUMBER}
    month, days = spans["a month"], spans["90 days"]
    assert value_family_keys(info.passages[month.passage], month) == ()
    assert value_family_keys(info.passages[days.passage], days) != ()
    assert within_one_unit("report within a month", 14, "a month")
    assert not within_one_unit("delayed by a month", 11, "a month")
    assert not within_one_unit("report within 90 days", 14, "90 days")
