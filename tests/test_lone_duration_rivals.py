"""A lone span of time contradicting an agreed span told in the same words joins it, diverging.

Invented story: a wire, a trade site and a radio station agree a stranded
cable car's rescue took seven hours; a tabloid's "the rescue dragged on for
nine hours" sits in a sentence the aligner seats with none of theirs, so its
span was left one only the tabloid gives
(lonedurationrivals.join_lone_duration_rivals). The guards, on judged facts
with a stand-in for the evidence: two agreeing outlets only, a hedged lone
span, a span in another unit, a span far off, a dissenter that also gives the
agreed span, a span another outlet also gives, words that share only the
unit, and a passage stating the difference all leave the lone span alone.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff import Article, compare
from sourcediff.lonedurationrivals import join_lone_duration_rivals
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.quotefacts import Judged
from sourcediff.values import ABOVE, APPROX, CEILING, FLOOR, Quantity

PUBLISHED = "2027-05-09"
WIRE = ("Forty-one passengers were brought down from a stranded cable car above Varnholt on Sunday after a "
        "rescue that took seven hours, the operator Alpenkamm said. A cable fault stopped the cabins at "
        "10:05. Nobody was hurt.")
TRADE = ("Alpenkamm's Varnholt gondola stopped on Sunday with 41 riders aboard after a cable fault. Mountain "
         "crews winched the passengers down one by one in a rescue that took seven hours, the firm said.")
RADIO = ("All 41 people stuck in the Varnholt cable car are safe. The rescue took seven hours, with crews "
         "lowering riders on ropes, Alpenkamm said.")
TABLOID = ("Terrified skiers dangled hundreds of feet above the rocks yesterday. Pensioners wrapped in foil "
           "blankets clung to each other as the rescue dragged on for {span} in freezing winds. \"We thought "
           "we would never get down,\" said one gran.")


def _spans(tabloid: str) -> list[tuple[str, list[str]]]:
    texts = {"wire": WIRE, "trade": TRADE, "radio": RADIO, "tabloid": tabloid}
    report = compare([Article.from_text(t, id=k, published=PUBLISHED) for k, t in texts.items()])
    return sorted((f.status, sorted(m.raw for m in f.mentions)) for f in report.facts
                  if any("hours" in m.raw for m in f.mentions))


def test_the_lone_span_joins_the_agreed_rescue_time_as_its_rival() -> None:
    assert _spans(TABLOID.format(span="nine hours")) == [
        ("diverge", ["nine hours", "seven hours", "seven hours", "seven hours"])]


ORDER = {"wire": 0, "trade": 1, "radio": 2, "tabloid": 3}


class _Words:
    """Only what the join asks of the evidence: no claim shared, and the words around each span."""

    def __init__(self, words: dict[str, frozenset[str]] | None = None) -> None:
        self.words = words or {}

    def shared_claim(self, a: Mention, b: Mention) -> str | None:
        return None

    def window(self, m: Mention) -> frozenset[str]:
        return self.words.get(m.source, frozenset({"rescu", "took"}))


def _span(source: str, amount: int, unit: str = "hour", *, passage: int = 3,
          qualifier: str | None = None) -> Mention:
    raw = f"{amount} {unit}s"
    return Mention(Kind.NUMBER, source, passage, Span(10 * passage, 10 * passage + len(raw)), raw,
                   Quantity(Decimal(amount), unit, qualifier), f"number:{unit}")


def _run(lone: Mention, ctx: _Words, extra: tuple[Mention, ...] = (),
         agreeing: tuple[str, ...] = ("wire", "trade", "radio")) -> list[tuple[str, list[str]]]:
    agreed: Judged = ([_span(source, 7) for source in agreeing], Verdict.AGREE, None, None)
    facts: list[Judged] = [agreed, ([lone], Verdict.UNIQUE, None, None)]
    mentions = [m for group, *_ in facts for m in group] + list(extra)
    out = join_lone_duration_rivals(facts, mentions, ctx, ORDER)  # type: ignore[arg-type]
    return sorted((v.value, sorted({m.source for m in group}, key=ORDER.__getitem__)) for group, v, *_ in out)


APART = [("agree", ["wire", "trade", "radio"]), ("unique", ["tabloid"])]


def test_the_stand_in_join_makes_the_rival() -> None:
    assert _run(_span("tabloid", 9), _Words()) == [("diverge", ["wire", "trade", "radio", "tabloid"])]


def test_two_agreeing_outlets_are_too_few_to_stand_against_a_third() -> None:
    assert _run(_span("tabloid", 9), _Words(), agreeing=("wire", "trade")) == [
        ("agree", ["wire", "trade"]), ("unique", ["tabloid"])]


def test_a_hedged_lone_span_may_round_the_agreed_one() -> None:
    assert _run(_span("tabloid", 9, qualifier=APPROX), _Words()) == APART


def test_a_span_in_another_unit_is_left_alone() -> None:
    assert _run(_span("tabloid", 9, "day"), _Words()) == APART


def test_a_span_far_off_times_another_thing() -> None:
    assert _run(_span("tabloid", 20), _Words()) == APART


def test_a_dissenter_giving_the_agreed_span_too_is_left_alone() -> None:
    again = _span("tabloid", 7, passage=8)
    assert _run(_span("tabloid", 9), _Words(), (again,)) == APART


def test_a_span_another_outlet_also_gives_is_another_span() -> None:
    other = _span("wire", 9, passage=9)
    assert _run(_span("tabloid", 9), _Words(), (other,)) == APART


def test_spans_sharing_only_their_unit_and_day_are_not_told_alike() -> None:
    plain = frozenset({"hour", "sunday"})
    ctx = _Words({"wire": plain, "trade": plain, "radio": plain, "tabloid": plain | {"gran"}})
    assert _run(_span("tabloid", 9), ctx) == APART


def test_a_passage_stating_the_difference_tells_two_spans() -> None:
    more = _span("tabloid", 2, passage=3)
    assert _run(_span("tabloid", 9), _Words(), (more,)) == APART


def test_a_span_counted_back_from_now_is_no_rival_of_a_length() -> None:
    """"Eight hours ago" dates the rescue's start; "took seven hours" measures it: two facts, no divergence.

    The two share the unit and the word "rescue", so the join had read the
    point in time as a slip of the agreed length (compat.slot_family keeps
    "ago" spans a family of their own).
    """
    tabloid = ("Terrified skiers dangled hundreds of feet above the rocks last night. The rescue began eight "
               "hours ago, and pensioners wrapped in foil blankets clung to each other in freezing winds.")
    assert ("diverge", ["eight hours", "seven hours", "seven hours", "seven hours"]) not in _spans(tabloid)
    ago = Mention(Kind.NUMBER, "tabloid", 3, Span(30, 41), "eight hours", Quantity(Decimal(8), "hour"),
                  "number:hour", cues=("ago",))
    assert _run(ago, _Words()) == [("agree", ["wire", "trade", "radio"]), ("unique", ["tabloid"])]


def test_a_span_the_dissenter_gives_only_inside_a_quotation_is_the_speakers() -> None:
    """The tabloid narrates nine hours and quotes a rescuer's "seven hours": its own nine is still the rival.

    The quoted span is the rescuer's words repeated as said, not the tabloid's
    statement (as lonerivals.quoted_only reads counts): it put the tabloid among
    the agreeing sources, and its own different span stayed a detail only it had.
    """
    quoted = _span("tabloid", 7, passage=8)
    said = "it took us 7 hours"
    quote = Mention(Kind.QUOTE, "tabloid", 8, Span(70, 120), said, said, "quote")
    agreed: Judged = ([_span(source, 7) for source in ("wire", "trade", "radio")] + [quoted],
                      Verdict.AGREE, None, None)
    facts: list[Judged] = [agreed, ([_span("tabloid", 9)], Verdict.UNIQUE, None, None)]
    mentions = [m for group, *_ in facts for m in group] + [quote]
    out = join_lone_duration_rivals(facts, mentions, _Words(), ORDER)  # type: ignore[arg-type]
    assert [(v.value, sorted({m.raw for m in group})) for group, v, *_ in out] == [
        ("diverge", ["7 hours", "9 hours"])]
    unquoted = [m for m in mentions if m.kind is not Kind.QUOTE]
    kept = join_lone_duration_rivals(facts, unquoted, _Words(), ORDER)  # type: ignore[arg-type]
    assert sorted(v.value for _g, v, *_ in kept) == ["agree", "unique"]


# Spans told in two units (lonedurationrivals._keyed): invented story of a closed footbridge.
BRIDGE_WIRE = ("The Oxley footbridge over the river Tamm reopened on Monday after a closure of 18 months "
               "while engineers replaced its rusted deck, Harlow council said.")
BRIDGE_TRADE = ("Deck replacement on the Oxley footbridge is complete. The 18-month closure cost the council "
                "£2.1m, contractor Brenner Civils said.")
BRIDGE_RADIO = ("Walkers can cross the Tamm at Oxley again. The footbridge closure lasted a year and a half "
                "while its deck was replaced, the council said.")
BRIDGE_PAPER = ("Cyclists cheered as barriers came down at Oxley yesterday. Shop owners on Quay Street, who "
                "saw trade slump during a closure of {span}, joined them with balloons.")


def _bridge(span: str) -> list[tuple[str, list[str]]]:
    texts = {"wire": BRIDGE_WIRE, "trade": BRIDGE_TRADE, "radio": BRIDGE_RADIO,
             "paper": BRIDGE_PAPER.format(span=span)}
    report = compare([Article.from_text(t, id=k, published=PUBLISHED) for k, t in texts.items()])
    return sorted((f.status, sorted(m.raw for m in f.mentions)) for f in report.facts
                  if any("month" in m.raw or "year" in m.raw for m in f.mentions))


def test_a_span_agreed_in_months_and_years_meets_its_rival() -> None:
    """18 months, an 18-month closure and a year and a half are one span: the paper's 21 months disputes it.

    The rule wanted the agreed span in one unit and one amount, so "a year and
    a half" beside "18 months" left the paper's figure a detail only it gave.
    """
    assert _bridge("21 months") == [
        ("diverge", ["18 months", "18-month", "21 months", "a year and a half"])]


def _told(source: str, amount: str, unit: str, passage: int = 3) -> Mention:
    raw = f"{amount} {unit}s"
    return Mention(Kind.NUMBER, source, passage, Span(10 * passage, 10 * passage + len(raw)), raw,
                   Quantity(Decimal(amount), unit), f"number:{unit}")


def _run_told(agreed: list[Mention], lone: Mention,
              extra: tuple[Mention, ...] = ()) -> list[tuple[str, list[str]]]:
    facts: list[Judged] = [(agreed, Verdict.AGREE, None, None), ([lone], Verdict.UNIQUE, None, None)]
    mentions = [m for group, *_ in facts for m in group] + list(extra)
    out = join_lone_duration_rivals(facts, mentions, _Words(), ORDER)  # type: ignore[arg-type]
    return sorted((v.value, sorted({m.source for m in group}, key=ORDER.__getitem__)) for group, v, *_ in out)


def test_months_and_years_agree_as_one_span_against_a_rival() -> None:
    agreed = [_told("wire", "18", "month"), _told("trade", "1.5", "year"), _told("radio", "18", "month")]
    assert _run_told(agreed, _told("tabloid", "20", "month")) == [
        ("diverge", ["wire", "trade", "radio", "tabloid"])]


def test_a_fortnight_weeks_and_days_agree_as_one_span_against_a_rival() -> None:
    agreed = [_told("wire", "2", "week"), _told("trade", "1", "fortnight"), _told("radio", "14", "day")]
    assert _run_told(agreed, _told("tabloid", "18", "day")) == [
        ("diverge", ["wire", "trade", "radio", "tabloid"])]


def test_hours_and_minutes_agree_as_one_span_against_a_rival() -> None:
    agreed = [_told("wire", "1.5", "hour"), _told("trade", "90", "minute"), _told("radio", "90", "minute")]
    assert _run_told(agreed, _told("tabloid", "2", "hour")) == [
        ("diverge", ["wire", "trade", "radio", "tabloid"])]


def test_the_same_span_in_another_unit_is_no_rival() -> None:
    agreed = [_told("wire", "18", "month"), _told("trade", "18", "month"), _told("radio", "18", "month")]
    assert _run_told(agreed, _told("tabloid", "1.5", "year")) == APART


def test_months_never_meet_weeks() -> None:
    """A month is no whole number of weeks: "27 weeks" against "six months" may be the writer's own count."""
    agreed = [_told("wire", "6", "month"), _told("trade", "0.5", "year"), _told("radio", "6", "month")]
    assert _run_told(agreed, _told("tabloid", "27", "week")) == APART


def test_a_dissenter_giving_the_agreed_span_in_another_unit_is_left_alone() -> None:
    agreed = [_told("wire", "18", "month"), _told("trade", "18", "month"), _told("radio", "18", "month")]
    again = _told("tabloid", "1.5", "year", passage=8)
    assert _run_told(agreed, _told("tabloid", "20", "month"), (again,)) == APART


def test_a_divergence_lists_one_span_told_in_two_units_once() -> None:
    """describe._reading: "18 months (wire, trade) vs a year and a half (radio) vs 21 months (paper)".

    That summary named three delays where the outlets tell two.
    """
    texts = {"wire": BRIDGE_WIRE, "trade": BRIDGE_TRADE, "radio": BRIDGE_RADIO,
             "paper": BRIDGE_PAPER.format(span="21 months")}
    report = compare([Article.from_text(t, id=k, published=PUBLISHED) for k, t in texts.items()])
    assert [f.summary for f in report.facts if any(m.raw == "21 months" for m in f.mentions)] == [
        "18 months (wire, trade, radio) vs 21 months (paper)"]


def test_a_lone_span_in_a_unit_no_agreeing_outlet_uses_is_left_alone() -> None:
    """Three outlets' "two-year" term against a "20 months" elsewhere: a slip keeps the story's unit.

    Read in months, 20 against 24 is a close figure, and the two passages may
    share a claim (a mortgage's two-year term, "the strongest rise in 20
    months"); no agreeing mention writes months, so the 20 months is another
    span, not a slip of the agreed one.
    """
    agreed = [_told("wire", "2", "year"), _told("trade", "2", "year"), _told("radio", "2", "year")]
    assert _run_told(agreed, _told("tabloid", "20", "month")) == APART


def test_a_bound_among_the_agreed_spans_fits_the_lone_one_and_says_nothing() -> None:
    """A wire's "at least seven hours" fits the tabloid's nine too: the two exact sevens still dispute it."""
    agreed: Judged = ([_span("wire", 7, qualifier=FLOOR), _span("trade", 7), _span("radio", 7)],
                      Verdict.AGREE, None, None)
    lone = _span("tabloid", 9)
    facts: list[Judged] = [agreed, ([lone], Verdict.UNIQUE, None, None)]
    mentions = [m for group, *_ in facts for m in group]
    out = join_lone_duration_rivals(facts, mentions, _Words(), ORDER)  # type: ignore[arg-type]
    assert [(v.value, sorted(m.source for m in group)) for group, v, *_ in out] == [
        ("diverge", ["radio", "tabloid", "trade", "wire"])]


def test_a_line_closed_three_days_disputes_48_hours_beside_a_forecast_floor() -> None:
    texts = {
        "wire": "Tarrow line shut after crash\n\nThe line between Tarrow and Orley will remain closed for at "
                "least 48 hours while the track is repaired.",
        "tabloid": "Crash horror\n\nThe line will be shut for two days, with buses replacing trains between "
                   "Tarrow and Orley.",
        "trade": "Inquiry opened\n\nThe line between Tarrow and Orley was closed for 48 hours.",
        "local": "Village counts cost\n\nThe line, which was closed for three days while the wreckage was "
                 "cleared and the track repaired, reopened at the weekend.",
    }
    report = compare([Article.from_text(t, id=k, published=PUBLISHED) for k, t in texts.items()])
    spans = [(f.status, sorted(m.raw for m in f.mentions)) for f in report.facts
             if any("hours" in m.raw or "days" in m.raw for m in f.mentions)]
    assert spans == [("diverge", ["48 hours", "at least 48 hours", "three days", "two days"])]


def test_a_band_more_than_the_agreed_span_still_takes_a_longer_lone_one() -> None:
    """ "Waiting more than seven hours" names a band: a tabloid's nine hours may be one of them."""
    agreed: Judged = ([_span("wire", 7, qualifier=ABOVE), _span("trade", 7), _span("radio", 7)],
                      Verdict.AGREE, None, None)
    facts: list[Judged] = [agreed, ([_span("tabloid", 9)], Verdict.UNIQUE, None, None)]
    mentions = [m for group, *_ in facts for m in group]
    out = join_lone_duration_rivals(facts, mentions, _Words(), ORDER)  # type: ignore[arg-type]
    assert [(v.value, sorted(m.source for m in group)) for group, v, *_ in out] == [
        ("agree", ["radio", "trade", "wire"]), ("unique", ["tabloid"])]


def test_a_ceiling_among_the_agreed_spans_still_fits_a_shorter_lone_one() -> None:
    """ "Up to seven hours" states a most: a shorter span may be another of the story's spans."""
    agreed: Judged = ([_span("wire", 7, qualifier=CEILING), _span("trade", 7), _span("radio", 7)],
                      Verdict.AGREE, None, None)
    facts: list[Judged] = [agreed, ([_span("tabloid", 5)], Verdict.UNIQUE, None, None)]
    mentions = [m for group, *_ in facts for m in group]
    out = join_lone_duration_rivals(facts, mentions, _Words(), ORDER)  # type: ignore[arg-type]
    assert [(v.value, sorted(m.source for m in group)) for group, v, *_ in out] == [
        ("agree", ["radio", "trade", "wire"]), ("unique", ["tabloid"])]
