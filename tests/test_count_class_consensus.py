"""One set counted with different nouns ("jobs", "roles"; "riders", "customers"): the odd figure diverges.

Invented text. Outlets count one set with their own noun: a bank's "380
jobs" is a trade paper's "395 roles", an app's "1.8 million riders" a
tabloid's "2.1 million customers". Counts of different nouns were never
weighed against each other, so beside two or three sources agreeing on one
figure, the lone other was left a unique detail. A small table of noun
classes (countclasses) now folds such nouns for the claim's consensus only;
different sets in one sentence ("40 workers and 3 managers") stay apart, and
an "and" joining clauses ("riders and for failing to report") no longer reads
as two nouns counted together.
"""

from __future__ import annotations

from sourcediff import Article, Kind, Verdict, compare
from sourcediff.countclasses import class_nouns, class_stems
from sourcediff.terms import stem


def _facts(*texts: str, raws: tuple[str, ...]) -> list[tuple[Verdict, list[str]]]:
    arts = [Article.from_text(t, id=f"s{n}", published="2026-03-11") for n, t in enumerate(texts)]
    return [(f.status, sorted(m.raw for m in f.mentions)) for f in compare(arts).facts
            if f.kind is Kind.NUMBER and any(m.raw in raws for m in f.mentions)]


def test_class_nouns_fold_one_set_and_keep_others() -> None:
    assert class_nouns(["role"]) == class_nouns(["job"]) == frozenset({"job"})
    assert class_nouns(["rider"]) == class_nouns(["passenger"]) == frozenset({"customer"})
    assert class_nouns(["manager"]) == frozenset({"manager"})
    assert class_stems([stem("households")]) == class_stems([stem("homes")])


def test_roles_against_jobs_diverge() -> None:
    facts = _facts(
        "Fenmore Building Society said 380 jobs would be cut as it shuts 95 branches across the north.",
        "Fenmore Building Society expects 395 roles to go as it shuts 95 branches across the north.",
        "Fenmore Building Society will cut 380 jobs as it closes 95 branches across the north.",
        raws=("380", "395"),
    )
    assert any(v is Verdict.DIVERGE and "395" in raws and "380" in raws for v, raws in facts)


def test_customers_against_riders_diverge() -> None:
    facts = _facts(
        "The regulator fined the taxi app Pelloway 9 million euros over a leak that exposed the trip "
        "histories of 1.8 million riders, the largest penalty it has imposed.",
        "PELLOWAY has been hit with a 9 million euro fine after the trip histories of 2.1 million of its "
        "customers were left exposed online.",
        "The regulator imposed a fine of 9 million euros on Pelloway for failing to protect the trip "
        "histories of about 1.8 million riders and for failing to report the leak in time.",
        raws=("1.8 million", "about 1.8 million", "2.1 million"),
    )
    assert any(v is Verdict.DIVERGE and "2.1 million" in raws for v, raws in facts)


def test_agreeing_figures_with_class_nouns_do_not_diverge() -> None:
    facts = _facts(
        "Fenmore Building Society said 380 jobs would be cut as it shuts 95 branches across the north.",
        "Fenmore Building Society expects 380 roles to go as it shuts 95 branches across the north.",
        "Fenmore Building Society will cut 380 jobs as it closes 95 branches across the north.",
        raws=("380",),
    )
    assert all(v is not Verdict.DIVERGE for v, _ in facts)


def test_a_different_set_in_the_sentence_is_no_rival() -> None:
    # "40 workers and 3 managers": managers are no class noun, so no rival of the workers' count.
    facts = _facts(
        "Forty miners were underground at the Hallam pit when the lift failed on Tuesday morning.",
        "Some 40 miners were underground at the Hallam pit when the lift failed on Tuesday morning.",
        "At the Hallam pit 40 miners and 12 managers were underground when the lift failed on Tuesday.",
        raws=("Forty", "Some 40", "40", "12"),
    )
    assert all(not (v is Verdict.DIVERGE and "12" in raws) for v, raws in facts)


def test_clause_joining_and_is_no_joined_noun() -> None:
    from sourcediff.unioncounts import _JOINED_NOUN_AFTER
    assert _JOINED_NOUN_AFTER.match(" riders and for failing to report it") is None
    assert _JOINED_NOUN_AFTER.match(" jobs and will close 95 branches") is None
    assert _JOINED_NOUN_AFTER.match(" passengers and crew were on board") is not None
    assert _JOINED_NOUN_AFTER.match(" households and businesses lost power") is not None


def test_entities_against_companies_diverge() -> None:
    # Registers and sanctions lists count organisations as "entities".
    facts = _facts(
        "The regulator suspended the licences of 9 companies linked to the Tarrow fuel fraud on Friday.",
        "The regulator on Friday suspended the licences of 9 companies linked to the Tarrow fuel fraud.",
        "Nine companies linked to the Tarrow fuel fraud had their licences suspended on Friday.",
        "The regulator on Friday suspended the licences of 11 entities linked to the Tarrow fuel fraud.",
        raws=("9", "Nine", "11"),
    )
    assert any(v is Verdict.DIVERGE and "11" in raws and "9" in raws for v, raws in facts)
