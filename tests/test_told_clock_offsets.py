"""A clock that its own sentence places N minutes after another event is not a rival finish time.

Invented race reports: one outlet gives the winner's finish, another the
chasing group's finish "three minutes after the winner". The difference is
stated, so no divergence; a clock that differs by something else still is one.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergeoffsets import told_offsets
from sourcediff.extract import extract
from sourcediff.segment import segment

WIRE = ("Marta Quell won the ninth stage of the Vellin Tour on Tuesday. "
        "Quell crossed the finish line in Ardon at 4:42 p.m. after a solo attack on the last climb.")
LOCAL = ("Marta Quell won the ninth stage of the Vellin Tour on Tuesday. "
         "Quell crossed the finish line in Ardon at 4.42pm, to cheers from the crowd.")


def _times(trade: str) -> list[tuple[str, list[str]]]:
    texts = (WIRE, LOCAL, trade)
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-02") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind.value == "time"]


def test_a_chasing_group_timed_after_the_winner_is_no_divergence() -> None:
    trade = ("Marta Quell won stage nine of the Vellin Tour on Tuesday. "
             "The favourites crossed the finish line in Ardon at 16:45, three minutes after the winner.")
    times = _times(trade)
    assert not [t for t in times if t[0] == "diverge"], times
    assert ("agree", ["4.42pm", "4:42 p.m."]) in times, times


def test_a_clock_off_by_another_amount_still_diverges() -> None:
    trade = ("Marta Quell won stage nine of the Vellin Tour on Tuesday. "
             "Quell crossed the finish line in Ardon at 16:52, three minutes after the chasers.")
    times = _times(trade)
    assert any(status == "diverge" and "16:52" in raws for status, raws in times), times


def _clock_pair(winner: str, chasers: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The pair of the two articles' clocks, and what told_offsets keeps of it."""
    arts = [Article.from_text(t, id=f"s{n}", published="2026-06-02") for n, t in enumerate((winner, chasers))]
    ms = [m for a in arts for m in extract(a, segment(a))]
    clocks = [i for i, m in enumerate(ms) if m.kind.value == "time" and m.slot == "clock"]
    pair = [(clocks[0], clocks[1])]
    return pair, told_offsets(ms, pair)


def test_the_stated_gap_between_two_clocks_clears_their_pair() -> None:
    pair, kept = _clock_pair("Quell crossed the line in Ardon at 4:42 p.m. local time.",
                             "The favourites crossed the line at 16:45, three minutes after the winner.")
    assert kept == []
    pair, kept = _clock_pair("Quell crossed the line in Ardon at 4:42 p.m. local time.",
                             "The chasers crossed the line at 16:52, three minutes after the winner.")
    assert kept == pair


def test_a_vague_span_beside_a_clock_clears_nothing() -> None:
    pair, kept = _clock_pair("Keepers found the enclosure empty at 6:15 a.m., the zoo said.",
                             "The enclosure was empty at 6.45am, and police were called minutes later.")
    assert kept == pair
