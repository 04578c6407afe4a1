"""A clock its sentence dates to a day still ahead is no rival of an agreed undated clock (invented text).

Three outlets' "staff were told at a meeting at 10 a.m." and a weekly's
"A public meeting will be held at the Corn Exchange on Friday at 6pm",
printed days later: the aligner seats the weekly's sentence with the others
over the shared "meeting", and the claim's consensus took the 6pm as the
dissenter from the agreed 10:00. The weekly's clock falls on a day after its
own dateline, named in its sentence, and none of the agreeing sentences
names that day: it times an event still to come, not a second reading of
the one the others report. A dissenting clock with no day of its own, or
one on the day the others name, is still weighed.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article

LEAD = ("The glassmaker Brantley Vitreous will shut its works in Oxcombe with the loss of 230 jobs, "
        "the company said on Monday.")


def _articles(d_line: str) -> list[Article]:
    a = (f"{LEAD}\n\nStaff were told at a meeting at 10 a.m. in the works canteen.\n\n"
         "The company blamed the cost of gas for its furnaces.")
    b = (f"{LEAD}\n\nWorkers were called to a meeting at 10am and told the news.\n\n"
         "Some staff left the meeting in tears, one worker said.")
    c = (f"{LEAD}\n\nEmployees were told at a staff meeting at 10:00 GMT.\n\n"
         "The works opened in 1952 and makes bottles for brewers.")
    d = (f"The glassmaker Brantley Vitreous will shut its works in Oxcombe with the loss of 230 jobs, "
         f"it said on Monday.\n\n{d_line}\n\n"
         "Councillors said they would ask the company to think again.")
    dates = {"a": "2026-11-16", "b": "2026-11-17", "c": "2026-11-17", "d": "2026-11-19"}
    texts = zip("abcd", (a, b, c, d), strict=True)
    return [Article.from_text(t, id=k, published=dates[k]) for k, t in texts]


def _clock_facts(d_line: str) -> list[dict[str, object]]:
    facts = compare(_articles(d_line)).to_dict()["facts"]
    return [f for f in facts if f["kind"] == "time"]


def test_a_clock_of_a_coming_day_is_no_dissenter() -> None:
    facts = _clock_facts("A public meeting about the closure will be held at the Corn Exchange on Saturday "
                         "at 6pm, the union said.")
    assert [f["status"] for f in facts if f["status"] == "diverge"] == [], facts
    agreed = [f for f in facts if f["status"] == "agree"]
    assert len(agreed) == 1 and {m["source"] for m in agreed[0]["mentions"]} == {"a", "b", "c"}, facts


def test_an_undated_rival_clock_still_diverges() -> None:
    facts = _clock_facts("Staff were told at a meeting at 11 a.m. in the works canteen, the union said.")
    with_d = [f for f in facts if any(m["source"] == "d" for m in f["mentions"])]
    assert [f["status"] for f in with_d] == ["diverge"], facts


def test_a_coming_clock_on_the_day_the_others_name_still_diverges() -> None:
    lines = {"a": "A public meeting about the closure will be held at the Corn Exchange on Saturday at 7pm.",
             "b": "A public meeting on the closure is planned at the Corn Exchange on Saturday at 7pm.",
             "c": "The union will hold a public meeting about the closure at the Corn Exchange on Saturday "
                  "at 7pm.",
             "d": "A public meeting about the closure will be held at the Corn Exchange on Saturday at 6pm, "
                  "the union said."}
    dates = {"a": "2026-11-16", "b": "2026-11-17", "c": "2026-11-17", "d": "2026-11-19"}
    tail = "Councillors said they would ask the company to think again."
    arts = [Article.from_text(f"{LEAD}\n\n{line}\n\n{tail}", id=k, published=dates[k])
            for k, line in lines.items()]
    facts = [f for f in compare(arts).to_dict()["facts"] if f["kind"] == "time"]
    assert [f["status"] for f in facts] == ["diverge"], facts
