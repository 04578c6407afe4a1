"""Equal counts of clearly different kinds of thing are two facts: "40 firefighters", "40 families".

Writers name one set with changing nouns ("40 homes", "40 households";
"300 workers", "300 jobs"), so agreement does not ask that two counts share
a noun; but people counted one by one and households, vehicles or flights
never count one set (countclasses.kinds_apart). Invented text.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.countclasses import kinds_apart, noun_kind
from sourcediff.model import Kind, Report, Verdict


def test_people_and_households_are_kinds_apart() -> None:
    assert kinds_apart({"firefighter"}, {"family"})
    assert kinds_apart({"resident"}, {"vehicle"})
    assert kinds_apart({"passenger"}, {"flight"})
    assert kinds_apart({"hydrologist"}, {"home"})


def test_one_set_named_otherwise_is_not_apart() -> None:
    assert not kinds_apart({"home"}, {"property"})
    assert not kinds_apart({"household"}, {"family"})
    assert not kinds_apart({"passenger"}, {"customer"})
    assert not kinds_apart({"worker"}, {"job"})  # jobs name no kind: "300 workers" are "300 jobs" cut
    assert not kinds_apart({"firefighter"}, {"crew"})  # a noun of no known kind says nothing
    # a utility's "1.2 million customers" are a wire's "1.2 million homes" without power
    assert not kinds_apart({"customer"}, {"home"}) and not kinds_apart({"subscriber"}, {"household"})


def test_a_count_of_two_kinds_says_nothing() -> None:
    assert not kinds_apart({"firefighter", "vehicle"}, {"family"})
    assert noun_kind("firefighter") == "person" and noun_kind("family") == noun_kind("household")
    assert noun_kind("crater") is None


WIRE = ("Fire crews from Harnel spent three days on a moorland blaze near Dunmere, which the county "
        "service said on Monday had burned 310 hectares.\n\n"
        "The service said it had trained 40 firefighters in moorland tactics since the spring, after "
        "a dry summer on Dunmere Moor.")
PAPER = ("A moorland blaze near Dunmere burned 310 hectares over three days, the county fire service "
         "said on Monday.\n\n"
         "About 40 families spent the night in Dunmere village hall after the dry summer's fire on "
         "Dunmere Moor crept towards the village.")
SITE = ("Harnel fire crews fought a blaze on Dunmere Moor for three days, the service said on Monday, "
        "and 310 hectares burned.\n\n"
        "Volunteers served hot meals at the village hall through the night.")


def _report(*texts: str) -> Report:
    return compare([Article.from_text(t, id=i, published="2026-08-20")
                    for i, t in zip("abc", texts, strict=True)])


def test_forty_firefighters_and_forty_families_are_no_agreed_fact() -> None:
    report = _report(WIRE, PAPER, SITE)
    forty = [f for f in report.facts
             if f.kind is Kind.NUMBER and any(m.raw.endswith("40") for m in f.mentions)]
    assert forty and all(f.status is not Verdict.AGREE for f in forty)
    assert all(len({m.source for m in f.mentions}) == 1 for f in forty)
