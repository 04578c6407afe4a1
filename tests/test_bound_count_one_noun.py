"""A round bound count and a fact box's exact count of the same noun are one fact (invented text).

Two outlets' "more than 40 forged invoices" and a trade site's list line
"Forged invoices identified: 43" sit in passages no claim joins; the bound
linked to an exact count only when two other sources wrote it, so the 43
stayed a unique fact. The noun both counts name witnesses the figure as a
second source would. A count of another noun in the step stays apart.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article

LEAD = ("The Dorrow Valley water board dismissed its finance director on Friday after an audit found "
        "irregular payments, the board's chair said.")


def _articles(c_line: str) -> list[Article]:
    a = (f"{LEAD}\n\nAuditors found more than 40 forged invoices and said ledgers for two depots "
         "\"had simply vanished\".\n\n"
         "The director has been told to repay his bonus.")
    b = (f"{LEAD}\n\nA review lasting nine months turned up more than 40 faked invoices across the "
         "accounts, the chair told a meeting in Harlow Cross.\n\n"
         "Ratepayers' groups called for a police inquiry.")
    c = (f"{LEAD}\n\nAudit findings at a glance\n\nPayments reviewed: 1,200\n\n{c_line}\n\n"
         "Accounts frozen: 2\n\n"
         "The board said it would publish the audit in full.")
    d = (f"{LEAD}\n\nThe director denies wrongdoing.\n\n"
         "He joined the board in 2017 from a bank in the city.")
    texts = zip("abcd", (a, b, c, d), strict=True)
    return [Article.from_text(t, id=k, published="2026-09-18") for k, t in texts]


def _facts_with(c_line: str, value: str) -> list[dict[str, object]]:
    facts = compare(_articles(c_line)).to_dict()["facts"]
    return [f for f in facts if any(value in m["text"] for m in f["mentions"])]


def test_a_box_count_of_the_same_noun_joins_the_bound() -> None:
    facts = _facts_with("Forged invoices identified: 43", "43")
    assert len(facts) == 1, facts
    assert facts[0]["status"] == "agree"
    assert {m["source"] for m in facts[0]["mentions"]} == {"a", "b", "c"}


def test_a_box_count_of_another_noun_stays_apart() -> None:
    facts = _facts_with("Suppliers questioned: 43", "43")
    assert len(facts) == 1, facts
    assert {m["source"] for m in facts[0]["mentions"]} == {"c"}
