"""A sentence dating two steps by year, against a fact box dating each step on its own line (invented text).

"Construction will start in 2027, with the first passengers expected in
2030" is aligned both with a fact box's "Tram works: from 2027" and with
its "First passengers: 2031". The works line agrees on the 2027, so what
the sentence dates for the passengers line is the 2030, the rival of the
2031 (`divergesplit.split_year_pairs`). Before, the sentence's two years
hid both from the claim's consensus (which weighs only passages stating one
year; the third outlet's passengers sentence packs two as well) and the
2031 stayed unique; a fourth outlet's sentence packing the same two steps
sits in both claims too, which kept the two claims from reading as two
facts.
"""

from __future__ import annotations

from sourcediff import Article, compare

A = ("The Wexley Transport Authority on Tuesday approved a 14-kilometre tram line linking the city centre "
     "with the airport.\n\n"
     "Construction will start in 2027, with the first passengers expected in 2030, the authority said.\n\n"
     "The line will have 19 stops and trams will run every six minutes at peak times.\n\n"
     "Authority chair Lorna Petrosyan said the line would take 9,000 cars a day off the airport road.")
B = ("Wexley's transport authority gave the go-ahead on Tuesday to a 14km tram line between the city centre "
     "and the airport.\n\n"
     "Tram works on the line will begin in 2027.\n\n"
     "The first passengers should ride the line in 2030, and the whole network should be finished by "
     "2033.\n\n"
     "Trams will call at 19 stops, every six minutes at peak times.\n\n"
     "Chair Lorna Petrosyan said the line would take 9,000 cars a day off the airport road.")
D = ("Wexley is to get a 14km tram line to its airport after the transport authority approved the plan on "
     "Tuesday.\n\n"
     "The authority says construction will begin in 2027, with the first passengers in 2030.\n\n"
     "Lorna Petrosyan, who chairs the authority, said the trams would call at 19 stops.")


def _c(first: str) -> str:
    return ("The Wexley Transport Authority approved the 14km airport tram line on Tuesday.\n\n"
            "Line length: 14km\n\n"
            "Stops: 19\n\n"
            "Tram works: from 2027\n\n"
            f"First passengers: {first}\n\n"
            "Lorna Petrosyan, the authority's chair, said the line would take 9,000 cars a day off the "
            "airport road.")


def _statuses(c: str) -> tuple[list[list[str]], list[list[str]]]:
    texts = (("a", A), ("b", B), ("c", c), ("d", D))
    arts = [Article.from_text(t, id=k, published="2026-06-03") for k, t in texts]
    facts = compare(arts).facts
    diverged = [sorted(m.raw for m in f.mentions) for f in facts if f.status.value == "diverge"]
    agreed = [sorted(m.raw for m in f.mentions) for f in facts if f.status.value == "agree"]
    return diverged, agreed


def test_the_fact_box_year_of_the_step_diverges() -> None:
    diverged, agreed = _statuses(_c("2031"))
    assert ["2030", "2030", "2030", "2031"] in diverged
    assert ["2027", "2027", "2027", "2027"] in agreed


def test_no_start_line_leaves_the_box_year_alone() -> None:
    # without the box's works line nothing takes the sentence's 2027: which year rivals the 2031 is unknown
    diverged, _ = _statuses(_c("2031").replace("Tram works: from 2027\n\n", ""))
    assert ["2030", "2030", "2030", "2031"] not in diverged


def test_the_same_year_raises_no_alarm() -> None:
    diverged, agreed = _statuses(_c("2030"))
    assert diverged == []
    assert ["2030", "2030", "2030", "2030"] in agreed
