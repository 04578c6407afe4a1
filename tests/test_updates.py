"""Updated figures: a toll that rose between two reports is an update, shown as earlier and later.

The articles' own words say which figure came first ("up from 9", "first
reported 9") and which is the latest ("rose to 61", "now stands at 61").
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.extract.updates import EARLIER, LATER
from sourcediff.model import Fact, Mention, Report, Span
from sourcediff.pipeline import analyse
from sourcediff.render import RenderOptions
from sourcediff.render.html import render_html
from sourcediff.render.markdown import render_markdown
from sourcediff.render.terminal import render_terminal_text
from sourcediff.render.view import UPDATE_TAG
from sourcediff.updates import mention_key, rival_current, update_of
from sourcediff.values import Quantity

DAY = "2026-06-12"


def cues(text: str) -> list[tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="t", published=DAY))
    return [(m.raw, EARLIER if EARLIER in m.cues else LATER if LATER in m.cues else None)
            for m in info.mentions
            if m.kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT) and not m.slot.startswith("interval:")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The death toll has risen to 19, officials said.", [("19", LATER)]),
    ("The toll now stands at 61, officials said.", [("61", LATER)]),
    ("The toll rose to 61 from 9 overnight.", [("61", LATER), ("9", EARLIER)]),
    ("Officials first reported 9 dead on Monday.", [("9", EARLIER)]),
    ("Officials first reported 9 dead, later 61.", [("9", EARLIER), ("61", LATER)]),
    ("Initially, police said 9 people had died.", [("9", EARLIER)]),
    ("An earlier toll of 9 was revised on Tuesday.", [("9", EARLIER)]),
    ("The previous estimate of 9 was revised on Tuesday.", [("9", EARLIER)]),
    # an old record is a figure of its own, not an earlier report of the new one
    ("The previous best of £35.2 million was set in 2021.", [("£35.2 million", None)]),
    ("It beat the previous record of 4,210 visitors.", [("4,210", None)]),
    ("Prices passed the previous all-time high of $71.", [("$71", None)]),
    ("Shares rose from $12 to $15 in early trading.", [("$12", EARLIER), ("$15", LATER)]),
    ("Sales rose 12% to $4.5 billion.", [("12%", None), ("$4.5 billion", LATER)]),
    ("Claims fell to 3,000, down from 3,500 a week earlier.", [("3,000", LATER), ("3,500", EARLIER)]),
    ("The death toll was revised up to 61, up from 9.", [("61", LATER), ("9", EARLIER)]),  # no ceiling
    # the period may stand between the new level and the old one
    ("Absences fell to 1,870 during the pilot from 2,960 a year before.",
     [("1,870", LATER), ("2,960", EARLIER)]),
    ("Vacancies rose to 5,400 in the spring, from 3,100.", [("5,400", LATER), ("3,100", EARLIER)]),
    ("Membership rose to 12,000 in the city from 40 towns.", [("12,000", LATER), ("40", None)]),
    # a cost first priced, originally budgeted, initially valued: the earlier figure of that cost
    ("The project was first priced at £240 million.", [("£240 million", EARLIER)]),
    ("The scheme was originally budgeted at $2.1bn in 2019.", [("$2.1bn", EARLIER)]),
    ("The painting was initially valued at €3m by the house.", [("€3m", EARLIER)]),
    ("Tickets are priced at £40 for adults.", [("£40", None)]),  # a price, no earlier one
    ("The first stage is costed at £12m.", [("£12m", None)]),  # "first" of a stage, no verb after it
    # plain time words a few words away, and ordinals, are no update cue
    ("She sank the first of two penalty kicks.", [("two", None)]),
    ("Earlier, 9 people were arrested in the square.", [("9", None)]),
    ("Nine people died later in hospital.", [("Nine", None)]),
    ("The bridge reopened to 40 trucks a day.", [("40 trucks a day", None)]),
])
def test_the_words_before_a_figure_give_it_as_earlier_or_later(text: str, expected: list[object]) -> None:
    assert cues(text) == expected


def story(*texts: str) -> Report:
    return compare([Article.from_text(t, id=chr(ord("a") + n), published=DAY) for n, t in enumerate(texts)])


def toll_facts(report: Report) -> list[Fact]:
    return [f for f in report.facts if f.kind is Kind.NUMBER and f.status is not Verdict.UNIQUE]


NINE = "The landslide near Arvel killed 9 people on Tuesday, rescuers said."
SIXTY_ONE = "The landslide near Arvel killed 61 people on Tuesday, rescuers said."
ROSE = "The death toll from the landslide near Arvel rose to 61 on Tuesday, up from 9, rescuers said."
FIRST = "Rescuers first reported 9 dead in the landslide near Arvel on Tuesday."
SEVENTEEN = "The landslide near Arvel killed 17 people on Tuesday, rescuers said."
RISEN = "The death toll from the landslide near Arvel has risen to 19, rescuers said on Tuesday."


@pytest.mark.parametrize(("texts", "verdict", "earlier", "later"), [
    # a source gives 9 as the earlier figure: 9 and 61 are an update, not a contradiction
    ((NINE, ROSE, SIXTY_ONE), Verdict.AGREE, {"a", "b"}, {"b", "c"}),
    ((FIRST, SIXTY_ONE), Verdict.AGREE, {"a"}, {"b"}),
])
def test_an_earlier_and_a_later_figure_are_an_update(texts: tuple[str, ...], verdict: Verdict,
                                                     earlier: set[str], later: set[str]) -> None:
    (fact,) = toll_facts(story(*texts))
    assert fact.status is verdict
    assert fact.update is not None
    assert {s for side in fact.update.earlier for s in side.sources} == earlier
    assert {s for side in fact.update.later for s in side.sources} == later
    assert "earlier" in fact.summary and "later" in fact.summary


def test_a_divergence_is_summarised_as_one_not_as_an_update() -> None:
    # 17 is given as the current toll by its source: a divergence, not "17 earlier → 19 later"
    report = story(SEVENTEEN, RISEN)
    (fact,) = toll_facts(report)
    assert fact.status is Verdict.DIVERGE and fact.update is None
    assert " vs " in fact.summary and "updated" not in fact.summary and "earlier" not in fact.summary
    options = RenderOptions(color=False, width=120)
    for render in (render_markdown, render_html, render_terminal_text):
        assert UPDATE_TAG not in render(report, options), render.__name__


def test_a_source_naming_its_own_earlier_figure_gives_the_earlier_side() -> None:
    own = count("c", 23, "role:dead", LATER)
    group = (count("a", 22, "role:dead"), count("b", 22, "role:dead"), own)
    # "from 18 to 23": the figure 23 rose from is the source's own 18, not the others' 22
    assert update_of(group, lambda m: m.canonical, frozenset({mention_key(own)})) is None
    # a source giving 23 only as the latest ("risen to 23") leaves the others' 22 its earlier side
    update = update_of(group, lambda m: m.canonical)
    assert update is not None
    assert [s.value for s in update.earlier] == ["22"] and [s.value for s in update.later] == ["23"]
    # its own earlier figure in the fact is the earlier side; another source's 40 is a rival later figure
    earlier = count("c", 18, "role:dead", EARLIER)
    group = (count("a", 18, "role:dead"), earlier, own, count("b", 40, "role:dead"))
    update = update_of(group, lambda m: m.canonical, frozenset({mention_key(own), mention_key(earlier)}))
    assert update is not None
    assert [s.value for s in update.earlier] == ["18"] and [s.value for s in update.later] == ["23", "40"]


def test_another_sources_current_figure_is_the_rival_of_a_stated_rise() -> None:
    """22p (a, b) and "rises from £0.18 to £0.23" (c): the current figures diverge, the £0.18 stands apart.

    Before, the update joins made one agreed fact of all four ("£0.18 (c) earlier → 22 pence (a, b) /
    £0.23 (c) later"), although its two current figures differ.
    """
    voted = "The council voted on Monday. "
    report = story(voted + "Cars crossing the Harlow bridge will pay 22 pence a trip from May.",
                   voted + "Cars crossing the Harlow bridge will pay 22p a trip from May.",
                   voted + "The charge for cars crossing the Harlow bridge rises from £0.18 to £0.23 a trip "
                   "from May.")
    assert not [f for f in report.facts if f.update is not None]
    money = sorted(((f.status, sorted((m.source, m.raw) for m in f.mentions)) for f in report.facts
                    if f.kind is Kind.MONEY), key=str)
    assert money == [(Verdict.DIVERGE, [("a", "22 pence"), ("b", "22p"), ("c", "£0.23")]),
                     (Verdict.UNIQUE, [("c", "£0.18")])]


def test_current_figures_that_differ_are_rivals_and_the_earlier_side_is_set_apart() -> None:
    own = count("c", 23, "role:dead", LATER)
    earlier = count("c", 18, "role:dead", EARLIER)
    paired = frozenset({mention_key(own), mention_key(earlier)})
    group = (count("a", 22, "role:dead"), count("b", 22, "role:dead"), earlier, own)
    assert rival_current(group, paired) == [earlier]
    # the others' current figure is the source's own: one update, agreed
    agreed = (count("a", 23, "role:dead"), count("b", 18, "role:dead"), earlier, own)
    assert rival_current(agreed, paired) is None
    # one source's two current figures are no rivals of each other
    assert rival_current((count("c", 22, "role:dead"), earlier, own), paired) is None
    assert rival_current((count("a", 22, "role:dead"), count("b", 23, "role:dead")), frozenset()) is None


def test_without_update_words_two_tolls_are_a_plain_divergence() -> None:
    (fact,) = toll_facts(story(NINE, SIXTY_ONE))
    assert fact.status is Verdict.DIVERGE and fact.update is None


def test_the_update_is_in_the_json_report_and_the_renderers() -> None:
    report = story(NINE, ROSE, SIXTY_ONE)
    (fact,) = [f for f in json.loads(report.to_json())["facts"] if "update" in f]
    assert [s["value"] for s in fact["update"]["earlier"]] == ["9"]
    assert [s["value"] for s in fact["update"]["later"]] == ["61"]
    assert fact["update"]["later"][0]["sources"] == ["b", "c"]
    options = RenderOptions(color=False, width=120)
    for render in (render_markdown, render_html, render_terminal_text):
        assert UPDATE_TAG in render(report, options), render.__name__
    assert UPDATE_TAG not in render_markdown(story(NINE, SIXTY_ONE), options)


def count(source: str, n: int, *cues: str) -> Mention:
    return Mention(Kind.NUMBER, source, 0, Span(0, 1), str(n), Quantity(Decimal(n)), "number:count",
                   cues=cues)


@pytest.mark.parametrize(("group", "earlier", "later"), [
    # the injured count in the same fact is no part of the deaths' update
    ((count("a", 9, "role:dead", EARLIER), count("b", 61, "role:dead"), count("c", 55, "role:injured")),
     ["9"], ["61"]),
    ((count("a", 9, "role:dead"), count("b", 19, "role:dead", LATER)), ["9"], ["19"]),
    # nothing changed: "originally reported two" among sources that all say two
    ((count("a", 2, "role:dead", EARLIER), count("b", 2, "role:injured"), count("c", 2)), None, None),
    ((count("a", 9, "role:dead"), count("b", 61, "role:dead")), None, None),  # no words mark an update
])
def test_the_sides_of_an_update(group: tuple[Mention, ...], earlier: list[str] | None,
                                later: list[str] | None) -> None:
    update = update_of(group, lambda m: m.canonical)
    if earlier is None:
        assert update is None
    else:
        assert update is not None
        assert [s.value for s in update.earlier] == earlier and [s.value for s in update.later] == later
