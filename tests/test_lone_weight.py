"""Two sources' only weights of one subject are rivals, wherever their sentences align."""

from __future__ import annotations

from sourcediff import Article, compare


def diverging(*texts: str, published: str = "2025-09-02") -> list[str]:
    articles = [Article.from_text(t, id=f"s{n}", published=published) for n, t in enumerate(texts)]
    return [f.summary for f in compare(articles).facts if f.status.value == "diverge"]


WIRE = ("A grizzly bear that wandered into the town of Pell Creek was sedated on Monday, officers said.\n\n"
        "Rangers said Koda, a male weighing 210 kg (463 lb), had left the reserve overnight.\n\n"
        "He was found in a school car park about 4 km from the reserve fence.")
TABLOID = ("A grizzly sent a town into panic yesterday after strolling into Pell Creek.\n\n"
           "Koda, a 300kg monster with claws like carving knives, ambled into a school car park.\n\n"
           "Wildlife officers sedated the bear on Monday.")


def test_a_lone_weight_of_one_subject_diverges() -> None:
    found = diverging(WIRE, TABLOID)
    assert len(found) == 1 and "300" in found[0]


def test_the_same_weight_in_pounds_agrees() -> None:
    assert diverging(WIRE, TABLOID.replace("a 300kg monster", "a 463lb monster")) == []


def test_two_weights_in_one_source_say_nothing_of_which_is_rivalled() -> None:
    tabloid = TABLOID.replace("ambled into", "ate a 2kg bag of dog food in")
    assert diverging(WIRE, tabloid) == []


def test_weights_of_different_things_with_no_shared_word_do_not_diverge() -> None:
    other = ("Lorries were banned from the Pell Creek bridge on Monday.\n\n"
             "The old bridge can take no more than 300 kg per axle, engineers warned.")
    assert diverging(WIRE, other) == []


def test_a_weight_far_off_in_size_is_another_thing() -> None:
    tabloid = TABLOID.replace("a 300kg monster", "a monster who had eaten 12kg of salmon")
    assert diverging(WIRE, tabloid) == []
