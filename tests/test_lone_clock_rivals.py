"""A lone clock contradicting an agreed clock told in the same words joins it, diverging.

Invented story: a wire, a trade site and a radio station agree a towed ferry
docked at 4:17 p.m. (and that the tow began at 7:35 a.m.); a tabloid's "the crippled ship docked
at 4.27pm" sits in a sentence the aligner seats with neither, so its clock
was left a time only the tabloid gives (loneclockrivals.join_lone_clock_rivals).
The guards, on judged facts with a stand-in for the evidence: two agreeing
outlets only, a dissenter
that also gives the agreed clock, a clock hours away, a clock another outlet
also gives, words around the clocks that share nothing but the day, a clock
on the hour that may round the agreed one, a passage stating the gap as a
span and a live blog entry's clock all leave the lone clock alone.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.extract.times import ENTRY_CLOCK
from sourcediff.loneclockrivals import join_lone_clock_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ClockTime, Interval, Quantity

PUBLISHED = "2027-03-14"
WIRE = ("A passenger ferry carrying 212 people lost power in a storm off the Brannock coast on Saturday and "
        "was towed into Wexmoor harbour, the operator Calloway Lines said. The vessel docked at 4:17 p.m. "
        "after a tow that began at 7:35 a.m. Nobody was hurt, the operator said.")
TRADE = ("Calloway Lines' ro-pax Heron Star suffered a blackout in heavy weather on Saturday. Tugs from "
         "Wexmoor took her under tow at 07:35, and she docked at 16:17 in Wexmoor harbour. The operator has "
         "opened an inquiry into the engine failure.")
RADIO = ("The Heron Star ferry is safely in Wexmoor after her engines failed in a gale on Saturday. Tugs "
         "started towing her at 7.35am and she docked at 4.17pm, Calloway Lines said.")
TABLOID = ("Terrified holidaymakers wept with relief last night. Mums clutching children wrapped in blankets "
           "from a church hall stepped off after the crippled ship docked at {clock}. \"We thought we were "
           "going to die,\" said one mum.{extra}")


def _times(tabloid: str, wire: str = WIRE) -> list[tuple[str, list[str]]]:
    texts = {"wire": wire, "trade": TRADE, "radio": RADIO, "tabloid": tabloid}
    report = compare([Article.from_text(t, id=k, published=PUBLISHED) for k, t in texts.items()])
    return sorted((f.status, sorted(m.raw for m in f.mentions)) for f in report.facts if f.kind is Kind.TIME)


def test_the_lone_clock_joins_the_agreed_docking_time_as_its_rival() -> None:
    times = _times(TABLOID.format(clock="4.27pm", extra=""))
    assert ("diverge", ["16:17", "4.17pm", "4.27pm", "4:17 p.m."]) in times
    assert ("agree", ["07:35", "7.35am", "7:35 a.m."]) in times


ORDER = {"wire": 0, "trade": 1, "radio": 2, "tabloid": 3}


class _Words:
    """Only what the join asks of the evidence: no claim shared, and the words around each clock."""

    def __init__(self, words: dict[str, frozenset[str]] | None = None) -> None:
        self.words = words or {}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return None

    def window(self, m: Mention) -> frozenset[str]:
        return self.words.get(m.source, frozenset({"dock", "harbour"}))


def _clock(source: str, hour: int, minute: int, *, passage: int = 3) -> Mention:
    raw = f"{hour}:{minute:02d}"
    return Mention(Kind.TIME, source, passage, Span(10 * passage, 10 * passage + len(raw)), raw,
                   ClockTime(hour, minute), "clock")


def _run(lone: Mention, ctx: _Words, extra: tuple[Mention, ...] = (),
         agreeing: tuple[str, ...] = ("wire", "trade", "radio")) -> list[tuple[str, list[str]]]:
    agreed: Judged = ([_clock(source, 16, 17) for source in agreeing], Verdict.AGREE, None, None)
    facts: list[Judged] = [agreed, ([lone], Verdict.UNIQUE, None, None)]
    mentions = [m for group, *_ in facts for m in group] + list(extra)
    out = join_lone_clock_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, sorted({m.source for m in group}, key=ORDER.__getitem__)) for group, v, *_ in out)


def test_the_stand_in_join_makes_the_rival() -> None:
    assert _run(_clock("tabloid", 16, 27), _Words()) == [("diverge", ["wire", "trade", "radio", "tabloid"])]


def test_two_agreeing_outlets_are_too_few_to_stand_against_a_third() -> None:
    assert _run(_clock("tabloid", 16, 27), _Words(), agreeing=("wire", "trade")) == [
        ("agree", ["wire", "trade"]), ("unique", ["tabloid"])]


def test_a_dissenter_giving_the_agreed_clock_too_is_left_alone() -> None:
    again = _clock("tabloid", 16, 17, passage=7)
    assert _run(_clock("tabloid", 16, 27), _Words(), (again,)) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["tabloid"])]


def test_a_clock_hours_away_times_another_moment() -> None:
    assert _run(_clock("tabloid", 20, 27), _Words()) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["tabloid"])]


def test_a_clock_another_outlet_also_gives_is_another_moment() -> None:
    coach = _clock("wire", 16, 27, passage=9)
    assert _run(_clock("tabloid", 16, 27), _Words(), (coach,)) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["tabloid"])]


def test_clocks_sharing_only_the_day_and_zone_are_not_told_alike() -> None:
    day = frozenset({"saturday", "local", "time"})
    ctx = _Words({"wire": day, "trade": day, "radio": day, "tabloid": day | {"mum"}})
    assert _run(_clock("tabloid", 16, 27), ctx) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["tabloid"])]


def test_a_clock_on_the_hour_may_round_the_agreed_one() -> None:
    assert _run(_clock("tabloid", 16, 0), _Words()) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["tabloid"])]


def test_a_passage_timing_its_clock_from_another_moment_tells_two_moments() -> None:
    after = Mention(Kind.NUMBER, "tabloid", 3, Span(40, 60), "ten minutes after",
                    Interval(Quantity(Decimal(10), "minute"), "after", "lead boat"), "interval:after")
    assert _run(_clock("tabloid", 16, 27), _Words(), (after,)) == [
        ("agree", ["wire", "trade", "radio"]), ("unique", ["tabloid"])]


def test_a_live_blog_entry_clock_is_no_rival() -> None:
    entry = Mention(Kind.TIME, "tabloid", 3, Span(30, 35), "16:27", ClockTime(16, 27), "clock",
                    cues=(ENTRY_CLOCK,))
    assert _run(entry, _Words()) == [("agree", ["wire", "trade", "radio"]), ("unique", ["tabloid"])]
