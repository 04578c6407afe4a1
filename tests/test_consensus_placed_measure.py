"""A lone depth or height against three outlets' agreed one, worded apart (the tunnel story).

A trade site's "The survey reached its lowest chamber 420 m below the valley
floor" beside three outlets' "240 metres below the valley floor" scores too
low as a passage pair for the claim's consensus, although the words right at
the figures ("lowest"/"deepest", "valley floor") name one measure. Such a
length with its unit is read by the words around it, as a clock time is
(divergeconsensus._same_words_around); two distances from two places share
no such words and stay apart. Every sentence is invented.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article

LEAD = ("Cavers from the Brannoch Speleological Club on Saturday completed the first full survey of the "
        "Hollins Gill cave system, mapping 31 kilometres of passages over six weeks underground.")


def _articles(c_depth: str, c_where: str = "under the floor of the valley") -> list[Article]:
    a = (f"{LEAD}\n\nAt its deepest point the system drops 240 metres below the valley floor.\n\n"
         "The club said the survey would be published in the spring.")
    b = (f"{LEAD}\n\nAt its deepest the cave runs 240 metres below the valley floor, the club said.\n\n"
         "Members camped underground for up to nine days at a time.")
    c = (f"{LEAD}\n\nDivers found the lowest sump of the whole system at {c_depth}, {c_where}, and logged "
         "water at seven degrees and a strong draught from the northern shafts.\n\n"
         "The survey used laser scanners on loan from a university.")
    d = (f"{LEAD}\n\nAt its deepest it is 240 metres below the valley.\n\n"
         "The club plans a public exhibition at the village hall.")
    texts = zip("abcd", (a, b, c, d), strict=True)
    return [Article.from_text(t, id=k, published="2026-11-23") for k, t in texts]


def _depth_facts(c_depth: str) -> list[dict[str, object]]:
    facts = compare(_articles(c_depth)).to_dict()["facts"]
    return [f for f in facts if any("240 metres" in m["text"] or c_depth in m["text"] for m in f["mentions"])]


def test_a_lone_depth_worded_apart_diverges() -> None:
    facts = _depth_facts("420 m")
    assert len(facts) == 1, facts
    assert facts[0]["status"] == "diverge"


def test_the_same_depth_in_another_unit_agrees() -> None:
    facts = [f for f in _depth_facts("787 feet") if f["status"] == "diverge"]
    assert facts == []


def test_two_distances_from_two_places_stay_apart() -> None:
    """A lone distance from another place is no rival of the agreed depth: their words share nothing."""
    facts = compare(_articles("12 kilometres", "from the nearest road at Askby")).to_dict()["facts"]
    assert not [f for f in facts if f["status"] == "diverge"
                and any("12 kilometres" in m["text"] for m in f["mentions"])]
