"""A lone measure joins the one agreed measure told with its words, though no claim holds both.

Invented story: a wire, a trade site and a local paper give a new
lighthouse a 40-metre tower; a tabloid gives it a 52-metre tower inside its
sentence on the board's vote, and the local paper also puts a school 600
metres from the site, a third figure in metres (lonemeasurewords.py). The
guards: a second tower measured in the story leaves the tabloid's figure
alone, and so does a tabloid whose words beside the figure are shared with
no agreeing source, and a tabloid measuring a second thing of that size.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article, Kind

WIRE = ("Harbour board approves new lighthouse for Pellow Point\n\n"
        "The Pellow harbour board on Tuesday approved a new lighthouse for Pellow Point, ending a "
        "two-year dispute with residents. Its design, by the architects Fenwick Rowe, puts the lamp on a "
        "40-metre tower of white concrete. It will cost 3 million pounds and is due to open in 2029.")
TRADE = ("Pellow Point lighthouse cleared\n\n"
         "Pellow's harbour board has approved the lighthouse at Pellow Point. The design puts the lamp "
         "on a 40m tower with a range of 18 nautical miles. The contract is worth 3 million pounds.")
LOCAL = ("Lighthouse approved: what it means for Pellow\n\n"
         "The lighthouse at Pellow Point will go ahead. Its tower will be 40 metres tall, the tallest "
         "structure on the coast. The nearest school is about 600 metres from the site. "
         "The board expects it to open in 2029.")
TABLOID = ("LIGHT FURY: board overrules residents\n\n"
           "Board chiefs on Tuesday approved the lighthouse, ending a two-year fight with furious residents "
           "over the plan, which has a 52-metre tower looming over the village. Locals say the light will "
           "keep them awake.")


def _facts(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-04") for n, t in enumerate(texts)]
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER and any("metre" in m.raw or "40m" in m.raw
                                             for m in f.mentions)]


def _tower_fact(facts: list[tuple[str, list[str]]]) -> tuple[str, list[str]]:
    (got,) = [f for f in facts if "52-metre" in f[1]]
    return got


def test_a_lone_measure_joins_the_agreed_measure_its_words_name() -> None:
    status, texts = _tower_fact(_facts(WIRE, TRADE, LOCAL, TABLOID))
    assert status == "diverge"
    assert "40-metre" in texts and "40 metres" in texts


def test_a_second_tower_measured_leaves_the_lone_measure_alone() -> None:
    local = LOCAL.replace("The nearest school is about 600 metres from the site.",
                          "The old tower on the quay, 25 metres high, will be kept.")
    status, texts = _tower_fact(_facts(WIRE, TRADE, local, TABLOID))
    assert (status, texts) == ("unique", ["52-metre"])


def test_no_word_shared_with_the_agreeing_sources_leaves_the_lone_measure_alone() -> None:
    tabloid = TABLOID.replace("a 52-metre tower looming over the village",
                              "a 52-metre beacon looming overhead")
    status, texts = _tower_fact(_facts(WIRE, TRADE, LOCAL, tabloid))
    assert (status, texts) == ("unique", ["52-metre"])


def test_a_second_measure_of_that_size_in_the_lone_source_leaves_it_alone() -> None:
    """The tabloid also gives a 60-metre crane: which of its two figures answers the others' 40 metres
    is not for one shared word to say."""
    tabloid = TABLOID + " A 60-metre crane will be brought in to build it."
    status, texts = _tower_fact(_facts(WIRE, TRADE, LOCAL, tabloid))
    assert (status, texts) == ("unique", ["52-metre"])


def test_a_story_measuring_many_things_in_the_unit_leaves_the_lone_measure_alone() -> None:
    """Four figures in metres besides the towers (a school, a pier, a harbour wall, a beach): the unit
    measures many things, and "tower" beside two of them says too little."""
    local = LOCAL.replace("The nearest school is about 600 metres from the site.",
                          "The nearest school is about 600 metres from the site, the pier is 120 metres "
                          "long, the harbour wall is 9 metres high and the beach is 2,000 metres away.")
    status, texts = _tower_fact(_facts(WIRE, TRADE, local, TABLOID))
    assert (status, texts) == ("unique", ["52-metre"])
