"""A fact box's "Repair bill: £N" is weighed against the cost the claim's other sources agree on.

A local paper's box line "Repair bill: £4.9 million, according to the
council" and two outlets' "the county council put the cost of repairing the
embankment ... at 3.6 million pounds" and "the work is costed at £3.6
million, shared between the council and the rail operator" sit in one
claim, but the box line shares few words with either, and the words right
beside the sums met on one stem each: "bill" is the box's word for the cost,
and the plain window cuts a word at its edge ("counci"). Beside a sum a
"bill" is a cost (divergeconsensus.cost_words), and the words around two
sums are read whole (Evidence.whole_window).
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergeconsensus import cost_words
from sourcediff.model import Kind

WIRE = ("The county council put the cost of repairing the embankment and relaying the track at 3.6 million "
        "pounds ($4.5 million). The Marlow line is expected to reopen on June 20.")
TRADE = ("The work is costed at £3.6 million (about €4.1 million), shared between the council and the "
         "rail operator. The Marlow line is scheduled to reopen on 20 June.")


def money_facts(box: str) -> list[tuple[str, list[str]]]:
    texts = (WIRE, TRADE, box)
    articles = [Article.from_text(t, id=f"s{n}", published="2026-05-12") for n, t in enumerate(texts)]
    return [(f.status.value, sorted({m.raw for m in f.mentions}))
            for f in compare(articles).facts if f.kind is Kind.MONEY]


BOX = ("Marlow line: what we know\n\n- Repair bill: {sum}, according to the council.\n"
       "- Reopening: June 20, if the work goes to plan.")


def test_a_box_lines_different_bill_diverges_from_the_agreed_cost() -> None:
    got = money_facts(BOX.format(sum="£4.9 million"))
    diverging = [raws for status, raws in got if status == "diverge"]
    assert diverging and "£4.9 million" in diverging[0] and "£3.6 million" in diverging[0]


def test_the_same_bill_raises_nothing() -> None:
    got = money_facts(BOX.format(sum="£3.6 million"))
    assert all(status != "diverge" for status, _ in got)


def test_cost_words_fold_bill_and_expense_to_cost() -> None:
    assert cost_words(frozenset({"repair", "bill"})) == frozenset({"repair", "cost"})
    assert cost_words(frozenset({"expens", "council"})) == frozenset({"cost", "council"})
    assert cost_words(frozenset({"vote", "parliament"})) == frozenset({"vote", "parliament"})


def test_cost_words_fold_damage_to_cost() -> None:
    assert cost_words(frozenset({"damag", "put"})) == frozenset({"cost", "put"})


PIER = (
    "Storm waves wrecked the Dunmere pier on Saturday night. The pier trust put the damage at 2.4 million "
    "pounds, its chairman Osric Vell said on Monday.",
    "The Dunmere pier was wrecked by storm waves on Saturday. The pier trust estimates the total damage "
    "at £2.4m.",
    "Storm waves smashed Dunmere pier to pieces on Saturday night. Pier bosses fear the final bill could "
    "top £3m.",
)


def test_a_tabloids_final_bill_diverges_from_the_damage_the_others_agree_on() -> None:
    # "the final bill could top £3m" shares no word with "put the damage at" but the pier: a sum put on
    # damage is a cost, as a bill is, and the short sentence no index proposed is the others' rival
    articles = [Article.from_text(t, id=f"s{n}", published="2026-02-09") for n, t in enumerate(PIER)]
    money = [(f.status.value, sorted({m.raw for m in f.mentions}))
             for f in compare(articles).facts if f.kind is Kind.MONEY]
    assert ("diverge", ["2.4 million pounds", "£2.4m", "£3m"]) in money
