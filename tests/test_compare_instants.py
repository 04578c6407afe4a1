"""One UTC instant written in two zones is one fact, even when the two sentences are not aligned.

Invented articles. "3:20 p.m. CET (1420 GMT)" keeps its local reading in its
canonical form, so only the UTC minute says it is the other outlet's "14:20 UTC".
"""

from __future__ import annotations

from sourcediff import Article, compare

WIRE = ("The ferry service across the Marel strait was suspended on Friday after a gearbox fault. "
        "Sailings stopped at 3:20 p.m. CET (1420 GMT), the operator said in a notice. "
        "About 900 passengers were waiting at the two ports, the harbour master said.")
TRADE = ("Maritime engineers blamed a gearbox fault on the lead vessel. The operator's last crossing "
         "left Port Annet at 14:20 UTC on Friday, roughly an hour before the evening peak. "
         "The two ships were built in 2009 at the Veldt yard.")


def test_a_zoned_clock_and_the_same_utc_clock_are_one_fact() -> None:
    arts = [Article.from_text(t, id=f"s{n}", published="2024-03-08") for n, t in enumerate((WIRE, TRADE))]
    times = [sorted(m.raw for m in f.mentions) for f in compare(arts).facts if f.kind.value == "time"]
    assert ["14:20 UTC", "3:20 p.m. CET (1420 GMT)"] in times, times


TABLOID = ("Furious holidaymakers were left stranded on the quayside with their luggage and pets. "
           "Mum-of-two Kerry Adlam, 41, said the kiosk shut its shutters at 3.20pm without a word.")


def test_a_bare_clock_the_story_converts_joins_the_same_utc_clock() -> None:
    texts = (WIRE, TRADE, TABLOID)
    arts = [Article.from_text(t, id=f"s{n}", published="2024-03-08") for n, t in enumerate(texts)]
    times = [sorted(m.raw for m in f.mentions) for f in compare(arts).facts if f.kind.value == "time"]
    assert ["14:20 UTC", "3.20pm", "3:20 p.m. CET (1420 GMT)"] in times, times
