"""A dissenter's figure that only fits an agreeing bound does not shield it (divergeconsensus._agreed_value).

Invented text. A wire's "closed for at least ten days" and a paper's "closed
for ten days" agree; a third source's "closed for seven days" is their
rival. The consensus rule stands down when the dissenter also states the
agreed value elsewhere (two moments, two figures), and it read that value
off the first agreeing mention: the bound. The dissenter's "shut for two
weeks", about an earlier closure, fits "at least ten days", so the seven
days were left a detail of its own. The exact "ten days" is the agreed
value; two weeks is not it.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare

WIRE = ("Highways minister Petra Lindqvist said the Harlow Street bridge would stay closed for at least ten "
        "days while divers inspect the piers after the barge strike.")
PAPER = ("The Harlow Street bridge will be closed for ten days, Highways minister Petra Lindqvist said, as "
         "divers inspect the piers.")
DATES = ["2026-04-07", "2026-04-08", "2026-04-10"]


def _durations(*texts: str) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published=d)
            for n, (t, d) in enumerate(zip(texts, DATES, strict=True))]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER]


def test_a_figure_inside_the_bound_elsewhere_does_not_hide_the_dissent() -> None:
    third = ("Petra Lindqvist, the highways minister, said on Tuesday that the bridge would be closed for "
             "seven days.\n\nWhen a barge last hit the piers, in 2019, the bridge was shut for two weeks.")
    facts = _durations(WIRE, PAPER, third)
    assert (Verdict.DIVERGE, ["at least ten days", "seven days", "ten days"]) in facts


def test_the_dissenter_stating_the_agreed_value_too_reports_two_figures() -> None:
    third = ("Petra Lindqvist, the highways minister, said on Tuesday that the bridge would be closed for "
             "seven days.\n\nWhen a barge last hit the piers, in 2019, the bridge was shut for ten days.")
    facts = _durations(WIRE, PAPER, third)
    assert not any(v is Verdict.DIVERGE and "seven days" in raws for v, raws in facts)
