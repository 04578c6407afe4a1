"""A plain benchmark or earlier figure whose unit or noun was given just before (issue #11).

"readings of 68 micrograms of nitrogen dioxide per cubic metre, over the
legal limit of 40", "... per cubic metre last year. The legal limit is 40.",
and "against a limit of 40 micrograms" (the rate's head noun alone). Read alone,
each of those figures measured nothing, so another outlet's "40
micrograms per cubic metre" had nothing to agree with. The
guards: only after a benchmark or comparison word, of the measure's size,
no figure in between, no noun of its own, no year.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def figures(text: str) -> dict[str, tuple[str, str | None]]:
    info = analyse(Article.from_text(text, id="s0", published="2026-05-12"))
    return {m.raw: (m.slot, getattr(m.value, "unit", None)) for m in info.mentions
            if m.slot.startswith("number:")}


def test_benchmark_in_the_same_sentence_takes_the_unit() -> None:
    got = figures("Sensors on Brindle Road logged 71 micrograms of ozone per cubic metre, "
                  "well over the limit of 50.")
    assert got["50"][1] == "microgram per cubic meter"
    got = figures("The van was clocked at 64 mph, against a limit of 30 on the lane.")
    assert got["30"][1] == "mph"


def test_benchmark_with_the_rate_head_alone() -> None:
    got = figures("Sensors on Brindle Road logged 71 micrograms per cubic metre, "
                  "against a limit of 50 micrograms.")
    assert got["50 micrograms"][1] == "microgram per cubic meter"


def test_benchmark_in_the_next_sentence() -> None:
    got = figures("Sensors on Brindle Road averaged 71 micrograms of ozone per cubic metre last spring. "
                  "The safe limit is 50.")
    assert got["50"][1] == "microgram per cubic meter"


def test_not_a_benchmark() -> None:
    # a figure with a noun of its own, or one set against the figure right before it
    got = figures("The river rose 4 metres at 3 sites, against 12 in 2020.")
    assert got["12"][1] is None
    # far out of the measure's size
    assert "1" not in figures("The mast is 300 metres tall. The limit is 1.")
    # a year, and a figure after no benchmark word
    assert "2024" not in figures("Wind reached 80 mph. The limit was 2024.")
    assert "40" not in figures("Wind reached 80 mph. Crews worked 40.")
    # a span of time in the sentence before, and a benchmark among its own sentence's figures
    got = figures("The ground has hosted finals for forty years. "
                  "At 2pm Okoro hit 97 to pass the target of 210.")
    assert got.get("210", ("", None))[1] is None
    # a plain figure after a scaled measure keeps no unit
    got = figures("Output was 16.7 million tonnes, against a target of 17.")
    assert got.get("17", ("", None))[1] is None


def test_benchmark_in_the_next_sentence_with_a_qualifier() -> None:
    """ "The limit for a bathing beach is 500.": a short qualifier between the benchmark and its verb."""
    got = figures("A sample at Pellow Bay held 1,900 colonies per 100 millilitres on Sunday. "
                  "The limit for a bathing beach is 500.")
    assert got["500"][1] == "per 100 milliliter"
    got = figures("Sensors on Brindle Road averaged 71 micrograms of ozone per cubic metre last spring. "
                  "The limit in Wexmoor is 50.")
    assert got["50"][1] == "microgram per cubic meter"
