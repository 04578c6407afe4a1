"""A named count ("more than 20 fire crews") never joins a role count its own source tells otherwise."""

from __future__ import annotations

from sourcediff import Article, compare


def facts(*texts: str, published: str = "2025-06-03") -> list[tuple[str, list[str]]]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [(f.status.value, [m.raw for m in f.mentions]) for f in compare(articles).facts]


def fact_of(found: list[tuple[str, list[str]]], text: str) -> tuple[str, list[str]]:
    return next(f for f in found if text in f[1])


WIRE = ("A tram derailed in central Orlen on Monday morning, injuring 27 people, the city said.\n\n"
        "Nine of the injured were taken to hospital with serious wounds.\n\n"
        "Two helicopters and more than 20 fire and ambulance crews attended the scene.\n\n"
        "The line will stay closed until Thursday while engineers inspect the track.")
TABLOID = ("Terrified commuters were thrown from their seats when a tram jumped the rails in Orlen.\n\n"
           "More than 20 people were hurt as two helicopters landed by the tracks.\n\n"
           "The line stays shut until Thursday.")
WEEKLY = ("Twenty-seven passengers were injured when a tram left the rails in Orlen on Monday.\n\n"
          "The operator said the line would reopen on Thursday after checks.")


def test_a_named_count_stays_apart_from_the_role_its_source_counts_otherwise() -> None:
    found = facts(WIRE, TABLOID, WEEKLY)
    crews = fact_of(found, "more than 20")
    assert crews[1] == ["more than 20"] and crews[0] == "unique"
    injured = fact_of(found, "27")
    assert "More than 20" in injured[1] and "Twenty-seven" in injured[1] and injured[0] == "agree"


def test_a_source_that_counts_the_role_nowhere_says_nothing_against_the_link() -> None:
    wire = ("Some 4,300 residents left their homes in Marrow Vale on Friday as the river rose, "
            "officials said.\n\n"
            "Shelters opened in three schools.")
    other = ("About 4,300 people were evacuated from Marrow Vale on Friday as the river rose.\n\n"
             "Schools were turned into shelters.")
    found = facts(wire, other)
    assert fact_of(found, "Some 4,300")[1] == ["Some 4,300", "About 4,300"]


def test_a_margin_beside_the_votes_it_divides_still_joins_another_sources_margin() -> None:
    # the wire's votes are told twice, neither of the margin's size: they say nothing of its 52,118
    wire = ("Voters in Tesland backed the new charter on Sunday, officials said.\n\n"
            "The Yes side won 612,404 votes and the No side 560,286, a margin of 52,118.")
    other = ("Tesland approved its new charter by 52,118 votes on Sunday.\n\n"
             "Turnout was the highest in a decade.")
    found = facts(wire, other)
    assert fact_of(found, "52,118")[1] == ["52,118", "52,118"]
