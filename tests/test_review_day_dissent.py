"""Two steps dated in one sentence, and a third outlet's other day for one of them.

"The dam closed to traffic on Monday and will be reopened on May 12" dates two
steps. Another outlet's "The dam will be reopened on Thursday, May 14" is a
rival of the reopening day, never of the closing day: the words around
"Monday" run on to "reopened", and they once set Monday against May 14, so
the real disagreement (May 12 against May 14) went unreported. With a third
outlet agreeing on May 12, the local paper's May 14 is a lone dissenter even
though its one-line passage scores low against the others.
"""

from __future__ import annotations

from sourcediff import Article, compare


def _dates(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{i}", published="2026-05-06") for i, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind.value == "date"]


WIRE = "The Harrow Dam road closed to traffic on Monday and will be reopened on May 12, the county said."
TRADE = "The county will reopen the Harrow Dam road on 12 May, once two weekly inspections are passed."
LOCAL = "The Harrow Dam road will be reopened on Thursday, May 14."


def test_the_start_day_is_no_rival_of_the_other_reopening_day() -> None:
    got = _dates(WIRE, LOCAL)
    assert not any(status == "diverge" and "Monday" in raws for status, raws in got)


def test_a_lone_dissenting_day_diverges_from_two_agreeing_sources() -> None:
    got = _dates(WIRE, TRADE, LOCAL)
    assert ("diverge", sorted(["May 12", "12 May", "Thursday, May 14"])) in got
    assert not any(status == "diverge" and "Monday" in raws for status, raws in got)


def test_the_same_reopening_day_agrees() -> None:
    got = _dates(WIRE, TRADE, "The Harrow Dam road will be reopened on Tuesday, May 12.")
    assert not any(status == "diverge" for status, _ in got)


def test_past_days_told_in_like_words_stay_two_episodes() -> None:
    wire = ("The Tarrow cable failed again this month. Service was restored on 3 March 2026, "
            "the operator said, and engineers blamed a ship's anchor.")
    blog = ("The Tarrow cable failed again this month. The operator restored service on 3 March 2026 after "
            "the repair ship arrived, it said.")
    paper = "Tarrow customers saw service restored on 11 March 2026."
    got = _dates(wire, blog, paper)
    assert not any(status == "diverge" and "11 March 2026" in raws for status, raws in got)
