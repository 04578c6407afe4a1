"""Equal counts of different nouns: "26 towns" and "26 matches" are two facts (invented text)."""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.factlinks import _noun_key
from sourcediff.model import Kind, Report, Verdict
from sourcediff.pipeline import analyse

WIRE = ("Rovan City lost 2-1 at home to Pellmoor on Saturday, ending a club record run.\n\n"
        "Rovan City had gone unbeaten for 29 matches before Saturday's defeat, coach Ilse Varga said.\n\n"
        "Varga said the players were disappointed but proud of the run.\n\n"
        "The club runs youth teams in 26 towns across the region.")
PAPER = ("Pellmoor beat Rovan City 2-1 on Saturday to end the hosts' club record run.\n\n"
         "Rovan City had stayed unbeaten for 26 matches before the shock home defeat, "
         "coach Ilse Varga said.\n\n"
         "Varga said her players were disappointed.")
SITE = ("Pellmoor won 2-1 at Rovan City on Saturday, ending a club record run.\n\n"
        "Rovan City had been unbeaten for 29 matches before the defeat, coach Ilse Varga said.\n\n"
        "Varga said the players were proud of the run.\n\n"
        "The club's academy recruits players in 26 towns.")


def _report(*texts: str) -> Report:
    return compare([Article.from_text(t, id=i, published="2026-10-12")
                    for i, t in zip("abc", texts, strict=True)])


def _facts(*texts: str) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    report = _report(*texts)
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts
            if f.kind is Kind.NUMBER and f.mentions[0].raw in ("26", "29")]


def test_equal_counts_of_different_nouns_are_two_facts() -> None:
    """The paper's 26 matches is no second source for the others' 26 towns, but the rival of their 29."""
    facts = _facts(WIRE, PAPER, SITE)
    towns = [ms for _, ms in facts if ("a", "26") in ms]
    assert towns == [[("a", "26"), ("c", "26")]]
    assert (Verdict.DIVERGE, [("a", "29"), ("b", "26"), ("c", "29")]) in facts


def test_varied_nouns_in_one_aligned_sentence_still_agree() -> None:
    """ "620 jobs will go ... loses 410 positions" says nothing against another outlet's "620 positions"."""
    wire = ("Quellar will close its plant in Avenby, where 620 jobs will go, and its office in Tolk, "
            "which loses 410 positions, the company said on Tuesday.")
    paper = "Quellar said on Tuesday that all 620 positions at its Avenby plant would go."
    site = "The Avenby plant of Quellar will close with the loss of 620 jobs, the company said on Tuesday."
    report = _report(wire, paper, site)
    six_twenty = [f for f in report.facts if any(m.raw == "620" for m in f.mentions)]
    assert len(six_twenty) == 1 and six_twenty[0].status is Verdict.AGREE
    assert {m.source for m in six_twenty[0].mentions} == {"a", "b", "c"}


RUN = {
    "a": "Rovan City lost 2-1 at home to Pellmoor on Saturday, ending a club record run.\n\n"
         "The club had gone unbeaten for 41 consecutive matches since a defeat at Tolk in March, "
         "swelling crowds at the Ashgrove ground.\n\n"
         "Coach Ilse Varga said the players were disappointed but proud.",
    "b": "Pellmoor stunned Rovan City 2-1 on Saturday.\n\n"
         "The proud home side had not tasted defeat in 38 matches on the trot, sparking a ticket frenzy "
         "across the city.\n\nCoach Ilse Varga said her players were gutted.",
    "c": "Pellmoor won 2-1 at Rovan City on Saturday, ending a club record run.\n\n"
         "City had not lost for 41 matches in a row, about seven months of league and cup games.\n\n"
         "Coach Ilse Varga said the players were proud of the run.",
    "d": "Rovan City Football Club congratulates Pellmoor on their 2-1 win on Saturday.\n\n"
         "The club's unbeaten run had lasted 41 consecutive matches without a defeat, starting in March.\n\n"
         "Coach Ilse Varga thanked the supporters.",
}


def _run_facts(ids: str) -> list[tuple[Verdict, list[str]]]:
    report = compare([Article.from_text(RUN[i], id=i, published="2026-10-12") for i in ids])
    return [(f.status, sorted(m.source for m in f.mentions)) for f in report.facts
            if f.kind is Kind.NUMBER and any("match" in m.cues for m in f.mentions)]


def test_lone_count_of_the_noun_three_others_agree_on_diverges() -> None:
    """The tabloid's "38 matches on the trot" is worded apart; three sources count 41 matches in its claim."""
    assert _run_facts("abcd") == [(Verdict.DIVERGE, ["a", "b", "c", "d"])]


def test_two_agreeing_sources_are_not_enough_for_a_noun_alone() -> None:
    """A shared noun is weaker evidence than alike passages: two agreeing sources are not enough."""
    assert Verdict.DIVERGE not in [v for v, _ in _run_facts("abc")]


# A division's abstentions told in a sentence and in a list: no claim joins the list item to the sentences.
DIVISION = {
    "a": "Marrowby council approved the new library by 21 votes to 9, with three abstentions, on Monday.\n\n"
         "The library will open in 2028, the council said.",
    "b": "Councillors in Marrowby backed the library on Monday, 21 in favour and 9 against, "
         "with three abstentions.\n\nBuilding work starts next spring.",
    "c": "Marrowby's new library was approved on Monday evening.\n\n"
         "- For: 21\n- Against: 9\n- Abstentions: 3\n\nThe building will open in 2028.",
}


def _counts_of(report: Report, raws: tuple[str, ...]) -> list[tuple[Verdict, list[tuple[str, str]]]]:
    return [(f.status, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts
            if f.kind is Kind.NUMBER and any(m.raw in raws for m in f.mentions)]


def test_an_exact_small_count_links_on_its_noun_across_passages_no_claim_joins() -> None:
    """ "with three abstentions" and a list's "Abstentions: 3" are one count of one division."""
    articles = [Article.from_text(t, id=i, published="2026-11-23") for i, t in DIVISION.items()]
    facts = _counts_of(compare(articles), ("three", "3"))
    assert facts == [(Verdict.AGREE, [("a", "three"), ("b", "three"), ("c", "3")])]


@pytest.mark.parametrize(("text", "key"), [
    ("The motion carried with three abstentions.", "abstention"),
    ("Abstentions: 3", "abstention"),
    ("The council approved it with 3 abstentions.", "abstention"),
    ("About 40 officers policed the protest.", None),  # hedged: fits 38 and 45 alike
    ("Up to 12 officers will be posted there.", None),
    ("Dozens of officers policed the protest.", None),  # an order of magnitude
    ("The club has one stand left.", None),  # "one" identifies nothing
    ("Two people were hurt.", None),  # a generic noun names no thing
    ("Four were killed in the crash.", None),  # a role (the dead) links on the role instead
])
def test_which_small_counts_link_on_their_noun(text: str, key: str | None) -> None:
    """Written exact, a count of two or more links on its noun; hedged, vague, "one" or a role's do not."""
    counts = [m for m in analyse(Article.from_text(text, published="2026-11-23")).mentions
              if m.kind is Kind.NUMBER]
    assert [_noun_key(m) for m in counts] == [key]
