"""A sum in pounds written out in words ("a hundred and twenty pounds") is money when the story
states it in sterling.

"two hundred pounds" ends on a multiplier and is read as money at once; "a
hundred and twenty pounds" ends on "twenty" and is read, like "120 pounds", as
a weight until another source states the sum in sterling (money.unify_pounds).
That cross-source step looked for digits before "pounds" only, so the
spelled-out figure was never a candidate sum and, worse, counted as a weight
the story states, which kept every other source's "120 pounds" a weight too.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article


def _money_facts(*texts: str) -> list[tuple[str, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2025-06-10") for n, t in enumerate(texts)]
    return sorted((f.status.value, sorted(m.canonical for m in f.mentions))
                  for f in compare(arts).facts if f.kind.value == "money")


def test_a_spelled_out_sum_in_pounds_joins_the_sterling_sum() -> None:
    facts = _money_facts(
        "The ferry company said it would refund 120 pounds to each passenger on the cancelled sailing.",
        "Stranded passengers will get £120 each, the ferry company said.",
        '"A hundred and twenty pounds is nothing after a night in the terminal," '
        "said one traveller, Ines Karvell.",
    )
    assert facts == [("agree", ["GBP 120", "GBP 120", "GBP 120"])]


def test_a_spelled_out_weight_stays_a_weight() -> None:
    # a word of weighing beside it, or "pounds of", keeps it a weight whatever the story's sums
    assert _money_facts("The sturgeon weighed a hundred and twenty pounds, the angler said.",
                        "The angler paid £120 for the permit.") == [("unique", ["GBP 120"])]
    assert _money_facts("Customs seized a hundred and twenty pounds of ivory.",
                        "The smuggler was fined £120.") == [("unique", ["GBP 120"])]
