"""Two sources' only speeds of one vehicle are rivals, units converted; a stated limit is no such speed."""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.divergeslots import stated_limit
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity


def diverging(*texts: str, published: str = "2025-03-11") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


WIRE = ("A lorry overturned on the A92 near Dunmore early on Monday, injuring its driver, police said.\n\n"
        "Officers said the lorry had been travelling at about 90 km/h when it left the road on a bend.\n\n"
        "The speed limit on that stretch of the A92 is 80 km/h.\n\n"
        "The road was closed for six hours while the trailer was recovered.")
TABLOID = ("A lorry driver cheated death yesterday when his rig flipped on a notorious bend.\n\n"
           "The 40-tonne truck was thundering along at 75mph near Dunmore when it careered off the road.\n\n"
           "The driver was cut free by firefighters.")


def test_a_lone_speed_against_another_sources_speed_diverges() -> None:
    found = diverging(WIRE, TABLOID)
    assert len(found) == 1 and "75" in found[0]


def test_the_same_speed_in_the_other_unit_agrees() -> None:
    # 90 km/h is 56 mph
    assert diverging(WIRE, TABLOID.replace("at 75mph", "at 56mph")) == []


def test_the_stated_limit_is_not_the_vehicles_speed() -> None:
    # the tabloid gives only the road's limit: no speed of the lorry to set against the wire's 90 km/h
    tabloid = TABLOID.replace("was thundering along at 75mph near Dunmore",
                              "was on a bend near Dunmore, where the speed limit is 40mph,")
    assert diverging(WIRE, tabloid) == []


def test_two_speeds_in_one_source_say_nothing_of_which_is_rivalled() -> None:
    tabloid = TABLOID.replace("The driver was cut free",
                              "A van doing 30mph behind it braked as the driver was cut free")
    assert diverging(WIRE, tabloid) == []


def test_speeds_with_no_shared_word_are_different_things() -> None:
    other = ("Dunmore council voted on Monday to review traffic on its bypass.\n\n"
             "Cyclists there have clocked commuters at 75mph, a councillor claimed.")
    assert diverging(WIRE, other) == []


def test_a_peak_speed_is_no_lone_speed() -> None:
    wire = ("A 70-year-old climber reached the summit of Mount Arden on Friday, her guiding company said.\n\n"
            "She left the top camp at midnight and climbed for nine hours through winds of up to 45 km/h.")
    tabloid = ("A plucky grandmother has conquered Mount Arden.\n\n"
               "The retired teacher took four days to get from base camp to the top, battling winds of "
               "almost 30mph and temperatures of minus 20F.")
    assert diverging(wire, tabloid) == []


def _speed(text: str, figure: str) -> Mention:
    start = text.index(figure)
    return Mention(Kind.NUMBER, "s0", 0, Span(start, start + len(figure)), figure,
                   Quantity(amount=Decimal(figure.split()[0]), unit="mph"))


def test_limits_are_read_before_and_after_the_figure() -> None:
    cases = {
        "The speed limit for lorries on the M40 is 56 mph.": True,
        "The limiter fitted to the bus is normally set at 62 mph.": True,
        "It was doing 70 mph, above the 60 mph limit there.": True,
        "Pupils cross in a 20 mph zone.": True,
        "It was doing 70 mph on the M40.": False,
        "The limit was raised, and it was doing 70 mph.": False,
        "Drivers keep to 50 mph, the limit there.": False,
    }
    for text, want in cases.items():
        figure = "60 mph" if "60 mph limit" in text else next(
            w + " mph" for w in text.split() if w.isdigit() and w + " mph" in text)
        assert stated_limit(text, _speed(text, figure)) is want, text
