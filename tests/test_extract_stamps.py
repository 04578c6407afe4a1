"""Bylines' publication dates and times are marked, so outlets publishing at different times never diverge."""

from __future__ import annotations

import pytest

from sourcediff import Article, Verdict, compare
from sourcediff.extract.stamps import SERVICE, STAMP
from sourcediff.pipeline import analyse


def stamped(text: str) -> list[tuple[str, bool]]:
    """(raw, is stamp) for every date and clock time in ``text``."""
    return [(m.raw, STAMP in m.cues) for m in analyse(Article.from_text(text)).mentions
            if m.kind.value in ("date", "time") and m.slot in ("clock", "date")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ferry operator fined Updated: March 4, 2024, 9:56 AM The operator was fined.",
     [("March 4, 2024", True), ("9:56 AM", True)]),
    ("Harbour reopens Published on: Tue, 5 Mar 2024 at 09:56 GMT Boats returned to the quay.",
     [("5 Mar 2024", True), ("09:56 GMT", True)]),
    ("Council approves budget March 4, 2024 12:50 PM The council approved the plan.",
     [("March 4, 2024", True), ("12:50 PM", True)]),
    ("Mayor resigns 8:13 AM PDT 3/4/2024 The mayor stepped down.",
         [("8:13 AM PDT", True), ("3/4/2024", True)]),
    ("Last updated at 13:42 GMT The bridge stayed shut.", [("13:42 GMT", True)]),
    ("BRISTOL, March 4, 2024 The ferry ran aground near the harbour.", [("March 4, 2024", True)]),
])
def test_byline_stamps(text: str, expected: list[tuple[str, bool]]) -> None:
    assert stamped(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The quake struck on March 4, 2024 at 7:58 am local time.",
     [("March 4, 2024", False), ("7:58 am local time", False)]),
    ("The ferry ran aground at 9:56 a.m. near the harbour.", [("9:56 a.m.", False)]),
    ("He was hired on April 21, 2004 and left.", [("April 21, 2004", False)]),
    ("Crews were called shortly before 9pm on March 4, 2024.", [("9pm", False), ("March 4, 2024", False)]),
])
def test_event_times_are_not_stamps(text: str, expected: list[tuple[str, bool]]) -> None:
    assert stamped(text) == expected


def test_different_publication_times_do_not_diverge() -> None:
    a = Article.from_text("Ferry runs aground Updated 4:08 p.m. ET The ferry ran aground near the harbour "
                          "with 40 passengers on board.", id="a")
    b = Article.from_text("Ferry runs aground Updated 11:45 AM PDT The ferry ran aground near the harbour "
                          "with 40 passengers on board.", id="b")
    report = compare([a, b])
    assert [f for f in report.facts if f.status is Verdict.DIVERGE] == []


def test_event_times_still_diverge() -> None:
    a = Article.from_text("The ferry ran aground near the harbour at 4:10 p.m. on Monday.", id="a",
                          published="2024-03-05")
    b = Article.from_text("The ferry ran aground near the harbour at 6:10 p.m. on Monday.", id="b",
                          published="2024-03-05")
    report = compare([a, b])
    assert [f.kind.value for f in report.facts if f.status is Verdict.DIVERGE] == ["time"]


LIVE_BLOG = (
    "Live: storm closes the coast road\n\nAll times local.\n\n"
    "16:45 The council briefing starts at 17:15, we are told.\n\n"
    "16:20 SHUT: police close the coast road in both directions.\n\n"
    "14:05 The harbour master says the last ferry left at 1.30pm, before the gusts peaked.\n\n"
    "07:10 Good morning. The storm warning took effect at midnight.\n"
)


def test_a_live_blog_entry_stating_its_own_time_is_stamped_by_when_it_was_posted() -> None:
    # The entries with a clock of their own report that clock; their opening stamp is the posting time.
    # "16:20 SHUT: ..." tells the closure as it happens: its stamp is the event's time.
    assert stamped(LIVE_BLOG) == [("16:45", True), ("17:15", False), ("16:20", False), ("14:05", True),
                                  ("1.30pm", False), ("07:10", True), ("midnight", False)]


def test_a_clock_inside_a_line_is_no_entry_stamp() -> None:
    assert stamped("Police said the road shut at 16:20 and reopened at 18:05.") == [
        ("16:20", False), ("18:05", False)]


def _service_clocks(text: str) -> list[tuple[str, bool]]:
    """(raw, names a service) for every clock time in ``text``."""
    return [(m.raw.rstrip("."), SERVICE in m.cues) for m in analyse(Article.from_text(text)).mentions
            if m.kind.value == "time" and m.slot == "clock"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The train, the 07:52 Tarrow to Orley Junction service, struck a van at 08:17.",
     [("07:52", True), ("08:17", False)]),
    ("Passengers on the 17:05 from Tarrow were stuck for two hours.", [("17:05", True)]),
    ("The 6.15am fast train hit a fallen tree near Orley.", [("6.15am", True)]),
    # a departure told as an event, and a span of hours, are no names of a service
    ("The train left Tarrow at 07:52 and hit the van at 08:17.", [("07:52", False), ("08:17", False)]),
    ("Staff on the 9am to 5pm shift were sent home.", [("9am", False), ("5pm", False)]),
    ("Crowds gathered for the 11am Remembrance service in Tarrow.", [("11am", False)]),
])
def test_a_clock_naming_a_service_is_marked(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _service_clocks(text) == expected


def test_a_service_clock_is_no_rival_of_the_event_clock() -> None:
    """Three outlets time the crash 8:14; the trade site's 08:17 is the rival, its 07:52 names the train."""
    texts = {
        "wire": ("2026-05-12", "Train hits van at Tarrow crossing\n\nThe train struck the van at the Mill "
                               "Lane crossing near Orley at 8:14 a.m., police said."),
        "tabloid": ("2026-05-13", "Train smash horror\n\nA packed train slammed into a van at the Mill Lane "
                                  "crossing near Orley at 8.14am yesterday."),
        "local": ("2026-05-16", "Orley counts the cost\n\nOrley is still coming to terms with the crash at "
                                "the Mill Lane crossing, where a train struck a van at 8.14am last Tuesday."),
        "trade": ("2026-05-14", "Inquiry into Mill Lane collision\n\nThe train, the 07:52 Tarrow to Orley "
                                "Junction service formed of a two-car unit carrying 86 passengers and 3 "
                                "crew, struck the van at 08:17.\n\nThere were 86 passengers and 3 crew on "
                                "board."),
    }
    articles = [Article.from_text(text, id=key, published=day) for key, (day, text) in texts.items()]
    times = [(f.status, sorted(m.raw for m in f.mentions))
             for f in compare(articles).facts if f.kind.value == "time"]
    assert (Verdict.DIVERGE, ["08:17", "8.14am", "8.14am", "8:14 a.m."]) in times
    assert (Verdict.UNIQUE, ["07:52"]) in times
