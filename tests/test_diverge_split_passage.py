"""A sentence stating two figures, aligned with two claims: each claim's leftover figure (invented text).

"The board cites a study in which 61 per cent of nurses ..., and a poll in
which 41 per cent of patients ..." sits both with another outlet's study
sentence (58 percent) and with its poll sentence (41 percent). The poll
claim agrees on the 41, so what the sentence states for the study claim is
the 61, the rival of the 58 (`divergesplit`); before, the passage's two
percents hid both from the single-value rule and the 61 stayed unique.
"""

from __future__ import annotations

from sourcediff import Article, compare

A = ("Nurses at Harwell General Hospital will get a pay rise of 4 percent from April, the Harwell Health "
     "Board said on Tuesday.\n\n"
     "The decision follows a study by the Harwell Nursing Council of 2,400 nurses, published in March, "
     "in which 58 percent said they worked unpaid overtime every week.\n\n"
     "A separate poll found that 41 percent of patients waited more than a week for an appointment.\n\n"
     "The board's chair, Ines Vardy, said the rise would cost the hospital 6 million euros a year.")
B = ("Harwell General Hospital's nurses are to receive a 4 percent pay rise from April, the Harwell Health "
     "Board announced on Tuesday.\n\n"
     "A Harwell Nursing Council study of 2,400 nurses, published in March, found that 58% worked unpaid "
     "overtime every week.\n\n"
     "In a separate poll, 41% of patients said they waited more than a week for an appointment.\n\n"
     "Board chair Ines Vardy put the cost of the rise at 6 million euros a year.")


def _statuses(c: str) -> tuple[list[list[str]], list[list[str]]]:
    arts = [Article.from_text(t, id=k, published="2026-03-17") for k, t in (("a", A), ("b", B), ("c", c))]
    facts = compare(arts).facts
    diverged = [sorted(m.raw for m in f.mentions) for f in facts if f.status.value == "diverge"]
    agreed = [sorted(m.raw for m in f.mentions) for f in facts if f.status.value == "agree"]
    return diverged, agreed


def _c(nurses: str, patients: str) -> str:
    return ("Nurses at Harwell General Hospital will get a 4 percent pay rise from April, the Harwell Health "
            "Board said on Tuesday.\n\n"
            f"The board cites a Harwell Nursing Council study in which {nurses} of nurses said they worked "
            f"unpaid overtime every week, and a poll in which {patients} of patients waited more than a week "
            "for an appointment.\n\n"
            "The chair, Ines Vardy, said the rise would cost 6 million euros a year.")


def test_the_figure_left_for_the_study_diverges() -> None:
    diverged, agreed = _statuses(_c("61 per cent", "41 per cent"))
    assert ["58 percent", "58%", "61 per cent"] in diverged
    assert ["41 per cent", "41 percent", "41%"] in agreed


def test_both_figures_agreeing_raise_no_alarm() -> None:
    diverged, agreed = _statuses(_c("58 per cent", "41 per cent"))
    assert diverged == []
    assert ["41 per cent", "41 percent", "41%"] in agreed


def test_no_figure_taken_leaves_the_passage_silent() -> None:
    # neither of the sentence's percents is agreed elsewhere: which one rivals the 58 is unknown
    diverged, _ = _statuses(_c("61 per cent", "47 per cent"))
    assert ["58 percent", "58%", "61 per cent"] not in diverged


def test_a_figure_of_another_size_is_no_rival() -> None:
    # 21 against 58: more than BOUND_REACH apart; the evidence is indirect, as for two leftovers
    diverged, _ = _statuses(_c("21 per cent", "41 per cent"))
    assert ["21 per cent", "58 percent", "58%"] not in diverged
