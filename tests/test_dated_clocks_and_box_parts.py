"""Figures a power-station closure's coverage writes its own way (invented text, no story's).

- "at 09:50 on 14 March" in a trade paper that never writes a.m./p.m.: the
  clock is set on its day as surely as "on 14 March at 09:50";
- "on Friday at 9:50" from a writer who gives "4pm" elsewhere: a 12-hour
  clock missing its half of the day, read as either half, so another
  outlet's "9:50 a.m." agrees and its "9:40 a.m." diverges;
- "3.1 Mt of CO2": the energy press's megatonnes, three million tonnes;
- "targeted for 2031": a year after a word that schedules;
- a fact box's "Staff: 380" then "Retrained: 95 of them": a part of the line
  before.
"""

from __future__ import annotations

import datetime as dt

from sourcediff import Article
from sourcediff.compat import compatible
from sourcediff.model import Kind, Mention
from sourcediff.pipeline import analyse
from sourcediff.values import ClockTime

DAY = dt.date(2027, 3, 15)


def mentions(text: str, kind: Kind) -> list[Mention]:
    return [m for m in analyse(Article.from_text(text, published=DAY)).mentions if m.kind is kind]


def clocks(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in mentions(text, Kind.TIME) if m.slot == "clock"]


def test_clock_with_its_day_after_it_is_read_where_no_am_pm_is_written() -> None:
    text = "The grid operator took the last boiler off the network at 09:50 on 14 March, after 61 years."
    assert clocks(text) == [("09:50", "09:50")]
    text = "The turbine hall fell silent at 9:50 on Sunday, the operator said."
    assert clocks(text) == [("9:50", "09:50")]


def test_lone_clock_without_a_day_stays_unread() -> None:
    assert clocks("The turbine hall fell silent at 9:50, the operator said.") == []
    assert clocks("He arrived at 2:30 on the dot.") == []


def test_twelve_hour_writer_s_dated_clock_is_read_with_either_half() -> None:
    text = "The last unit stopped on Friday at 9:50. A vigil is planned for 4pm at the gates."
    found = [m for m in mentions(text, Kind.TIME) if m.raw == "9:50"]
    assert len(found) == 1
    value = found[0].value
    assert isinstance(value, ClockTime) and value.halves and (value.hour, value.minute) == (9, 50)


def _clock_mention(text: str, raw: str) -> Mention:
    return next(m for m in mentions(text, Kind.TIME) if m.raw == raw)


def test_either_half_clock_agrees_with_either_reading_and_no_other() -> None:
    dated = _clock_mention("The last unit stopped on Friday at 9:50. Doors open at 4pm.", "9:50")
    morning = _clock_mention("The last unit stopped at 9:50 a.m. on Friday.", "9:50 a.m.")
    evening = _clock_mention("The last unit stopped at 9.50pm on Friday.", "9.50pm")
    earlier = _clock_mention("The last unit stopped at 9:40 a.m. on Friday.", "9:40 a.m.")
    assert compatible(dated, morning) and compatible(morning, dated)
    assert compatible(dated, evening)
    assert not compatible(dated, earlier) and not compatible(earlier, dated)


def test_megatonnes_written_mt() -> None:
    found = mentions("At full load the station emitted 3.1 Mt of CO2 per year.", Kind.NUMBER)
    assert [(m.raw, m.canonical) for m in found] == [("3.1 Mt", "3.1 megatonne")]
    general = mentions("It emitted about 3.1 million tonnes of carbon dioxide a year.", Kind.NUMBER)
    assert general and compatible(found[0], general[0])


def test_mt_before_a_name_is_a_mountain() -> None:
    found = mentions("The route climbs the 2,900 m Mt Orrel ridge.", Kind.NUMBER)
    assert [m.canonical for m in found] == ["2900 meter"]


def test_year_after_targeted_for() -> None:
    found = mentions("Commercial operation of the battery is targeted for 2031.", Kind.DATE)
    assert [(m.raw, m.canonical) for m in found] == [("2031", "2031-01-01..2031-12-31")]
    assert mentions("Aid was targeted for 2031 families.", Kind.DATE) == []


def test_box_line_part_of_the_line_before() -> None:
    text = ("Closure in figures\n\n- Staff: 380 at the works when it shut.\n"
            "- Retrained: 95 of them will move to the new depot.\n")
    found = [(m.raw, m.canonical) for m in mentions(text, Kind.NUMBER)]
    assert ("95", "95") in found and ("380", "380") in found


def test_clock_dated_to_another_day_is_no_rival_of_a_part_of_day() -> None:
    """A clock written with its own date and a part of day on another day time two moments."""
    from sourcediff import compare

    wire = Article.from_text("The ferry link failed on Saturday afternoon, the operator said.",
                             id="wire", published="2027-03-15")
    trade = Article.from_text("The operator said the ferry link was restored at 10:57 on 16 March 2027.",
                              id="trade", published="2027-03-16")
    facts = [f for f in compare([wire, trade]).facts if f.kind is Kind.TIME]
    assert not any(f.status.value == "diverge" for f in facts)
