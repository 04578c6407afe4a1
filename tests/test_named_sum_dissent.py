"""A fact box's line stating two sums dissents with the one named as the others' sums are.

Three outlets write the debt a buyer takes on as £30m ("£30m of debt",
"debts of 30 million pounds", "the £30m of debt the club owes"); a trade
site's box says "Debt assumed: GBP 27m, including GBP 11m of director
loans". That line states two sums, so the claim's consensus left it out
(a passage of two values casts no vote) and the 27m stayed a detail of its
own; and its label's verb ("assumed") stood beside none of the others'
figures, so `_label_line_beside` found no partner either. The sum the
label names a debt, as every partner's is, is the line's reading of the
claim's figure (divergeconsensus._one_named_sum), and the label's noun
without its participle is what the prose puts beside its figure
(`_label_nouns`). Every sentence here is invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.divergeconsensus import _label_nouns
from sourcediff.model import Kind, Verdict

WIRE = ("BROOKFOLD, March 3 (Lantern Wire) - The Calloway group completed its purchase of Orrin Athletic "
        "on Wednesday, the club said.\n\n"
        "Calloway will also take on the club's debts of 30 million pounds, most of them owed to its "
        "former chairman, and has promised to refinance them within a year.\n")
PAPER = ("Orrin Athletic have a new owner after the Calloway group completed its purchase of the club "
         "yesterday.\n\n"
         "The new owners will take on £30m of debt owed to the former chairman, and refinance it within "
         "a year.\n")
FANS = ("It's done: Calloway own the club.\n\n"
        "What matters most is the £30m of debt the club has been carrying, most of it owed to the former "
        "chairman.\n")
TRADE = ("The Calloway group completed its purchase of Orrin Athletic on 3 March.\n\n"
         "Debt assumed: GBP 27m, including GBP 11m of director loans from the former chairman.\n\n"
         "Advisers: Pellard Rowe for the buyer.\n")


def test_the_label_keeps_its_noun_not_its_participle() -> None:
    assert _label_nouns("Debt assumed") == "Debt"
    assert _label_nouns("Debt taken on") == "Debt on"
    assert _label_nouns("Guaranteed") == "Guaranteed"
    assert _label_nouns("Signing bonus") == "Signing bonus"


def test_the_box_line_dissents_with_its_debt() -> None:
    articles = [Article.from_text(t, id=f"s{n}", published="2027-03-05")
                for n, t in enumerate((WIRE, PAPER, FANS, TRADE))]
    facts = [f for f in compare(articles).facts if f.kind is Kind.MONEY]
    debt = next(f for f in facts if any(m.raw == "GBP 27m" for m in f.mentions))
    assert debt.status is Verdict.DIVERGE, [(f.status, [m.raw for m in f.mentions]) for f in facts]
    assert {m.source for m in debt.mentions} == {"s0", "s1", "s2", "s3"}
    assert not any(m.raw == "GBP 11m" for m in debt.mentions)
