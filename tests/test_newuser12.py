"""newuser12: a council story read by a first-time user put three dates on the wrong side of publication.

"Work should begin in September", written in March, went to the September before; "the fair will be
held on Tuesday", written on a Wednesday, to the Tuesday gone; and "the pool will be rebuilt after
councillors voted on Tuesday" to the coming Tuesday, so two outlets that agree on the vote's day
seemed to name two days. All text here is invented.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from hostile_cli import run_cli
from sourcediff.extract import dates

PUB = dt.date(2026, 3, 4)  # a Wednesday


def _first(text: str) -> tuple[dt.date | None, dt.date | None]:
    found = dates.find(text, PUB)
    assert found, text
    return found[-1].value.start, found[-1].value.end


@pytest.mark.parametrize("text", [
    "Work on the new pool should begin in September.",
    "The depot might reopen in September, officials said.",
    "Tenants must leave in September under the new plan.",
])
def test_a_modal_before_a_bare_verb_looks_ahead(text: str) -> None:
    assert _first(text) == (dt.date(2026, 9, 1), dt.date(2026, 9, 30))


@pytest.mark.parametrize("text", [
    "The pool should have opened in September.",
    "The council should not have closed the library in September.",
])
def test_a_modal_with_have_or_not_still_looks_back(text: str) -> None:
    assert _first(text) == (dt.date(2025, 9, 1), dt.date(2025, 9, 30))


@pytest.mark.parametrize("text", [
    "The craft fair will be held on Tuesday.",
    "The hearing is to be held on Tuesday in the town hall.",
])
def test_a_passive_future_takes_the_coming_weekday(text: str) -> None:
    assert _first(text)[0] == dt.date(2026, 3, 10)


@pytest.mark.parametrize("text", [
    "The craft fair was held on Tuesday.",
    "The craft fair was being held on Tuesday when the roof leaked.",
])
def test_a_passive_past_keeps_the_past_weekday(text: str) -> None:
    assert _first(text)[0] == dt.date(2026, 3, 3)


@pytest.mark.parametrize("text", [
    "The Kingsmead pool will be rebuilt for £6.4m after councillors voted 9-4 on Tuesday.",
    "A new bridge will be built, months after residents petitioned on Tuesday.",
    "The scheme, which councillors approved on Tuesday, will cost £2m.",
])
def test_a_past_verb_in_an_inner_clause_dates_its_weekday(text: str) -> None:
    assert _first(text)[0] == dt.date(2026, 3, 3)


def test_a_future_main_clause_without_an_inner_past_still_looks_ahead() -> None:
    assert _first("The pool will be reopened on Tuesday after repairs.")[0] == dt.date(2026, 3, 10)


def test_could_is_left_to_the_nearest_day() -> None:
    # "could not attend" is a past inability: no modal rule, the -3..+3 rule keeps the day gone.
    assert _first("The mayor could not attend the meeting on Tuesday.")[0] == dt.date(2026, 3, 3)


_COURIER = """Harbour council backs lido rebuild
By Mara Quint, The Fenwick Courier
4 March 2026

Fenwick council voted 7-2 on Tuesday to rebuild the Saltings lido.

Work should begin in September, the council said.
"""

_RADIO = """Saltings lido to be rebuilt
By Owen Dace, Fenwick Radio
4 March 2026

The Saltings lido will be rebuilt after councillors voted 7-2 in favour on Tuesday.

Work is due to begin in September.
"""


def test_two_outlets_agree_on_the_vote_day_and_the_start_month(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "courier.txt", tmp_path / "radio.txt"
    a.write_text(_COURIER, encoding="utf-8")
    b.write_text(_RADIO, encoding="utf-8")
    run = run_cli(capsys, "compare", a, b, "-f", "json")
    assert run.code == 0
    facts = json.loads(run.out)["facts"]
    by_text = {(m["source"], m["text"]): f["status"] for f in facts for m in f["mentions"]}
    assert by_text[("courier", "Tuesday")] == by_text[("radio", "Tuesday")] == "agree"
    assert by_text[("courier", "September")] == by_text[("radio", "September")] == "agree"


def test_a_changed_figure_is_marked_whole_not_around_its_point() -> None:
    from sourcediff.model import Span
    from sourcediff.render.view import _joined

    text = "£7.1 million"
    spans = [Span(1, 2), Span(3, 12)]  # "7" and "1 million", as the word diff gives them
    assert [text[s.start:s.end] for s in _joined(text, spans)] == ["7.1 million"]
    text = "£12,500"
    assert [text[s.start:s.end] for s in _joined(text, [Span(1, 3), Span(4, 7)])] == ["12,500"]


def test_words_a_comma_and_space_part_stay_two_marks() -> None:
    from sourcediff.model import Span
    from sourcediff.render.view import _joined

    text = "long, too long"
    assert [text[s.start:s.end] for s in _joined(text, [Span(0, 4), Span(6, 9)])] == ["long", "too"]


def test_the_markdown_report_marks_the_whole_divergent_figure(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "courier.txt", tmp_path / "radio.txt"
    a.write_text(_COURIER.replace("rebuild the Saltings lido", "rebuild the Saltings lido for £6.4m"),
                 encoding="utf-8")
    b.write_text(_RADIO.replace("will be rebuilt", "will be rebuilt for £7.1 million"), encoding="utf-8")
    run = run_cli(capsys, "compare", a, b, "-f", "md")
    assert "£*7.1 million*" in run.out
