"""A person's age is compared across outlets by the person, wherever each outlet writes it.

Two outlets give "Marta Quill, 44," in their lead; a third gives "Quill, 43,"
in its last paragraph, beside a quote. The passages do not align, so no claim
holds the three ages; before, the report said "44 in 2 sources" and a unique
"43". The person (alias-aware: "Quill" is "Marta Quill") is what the ages are
of, so a different age for her is a divergence.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.model import Kind, Verdict
from sourcediff.pipeline import compare

LEAD = ("A cycle courier has won her claim against a delivery firm.\n\n"
        "Marta Quill, 44, told the tribunal she was paid less than the minimum wage for two years.\n\n")
OTHER = ("A delivery firm must repay wages to a courier, a tribunal ruled on Friday.\n\n"
         "The tribunal found the firm had treated riders as self-employed for two years.\n\n")


def _age_facts(*texts: str) -> list[tuple[Verdict, list[str]]]:
    articles = [Article(id=f"s{n}", text=t) for n, t in enumerate(texts)]
    report = compare(articles)
    return [(f.status, sorted({m.canonical for m in f.mentions}))
            for f in report.facts
            if f.kind is Kind.NUMBER and any(m.slot == "number:age" for m in f.mentions)]


def test_a_different_age_for_one_named_person_diverges_across_unaligned_passages() -> None:
    third = OTHER + "Outside the tribunal, Quill, 43, said she hoped other riders would come forward.\n"
    facts = _age_facts(LEAD, LEAD.replace("A cycle courier", "A courier"), third)
    assert facts == [(Verdict.DIVERGE, ["43 year", "44 year"])]


def test_the_same_age_agrees_and_an_age_for_two_people_stays_apart() -> None:
    third = OTHER + "Outside the tribunal, Quill, 44, said she hoped other riders would come forward.\n"
    facts = _age_facts(LEAD, LEAD.replace("A cycle courier", "A courier"), third)
    assert facts == [(Verdict.AGREE, ["44 year"])]
    # Two people with different ages, one per outlet: two facts, no divergence.
    other_person = OTHER + "Outside the tribunal, the firm's owner Piet Janssen, 61, said he would appeal.\n"
    verdicts = {v for v, _ in _age_facts(LEAD, other_person)}
    assert Verdict.DIVERGE not in verdicts


def test_a_source_giving_one_person_two_ages_is_left_out() -> None:
    story = OTHER + ("Quill, 43, began riding in 2019. Marta Quill, aged 39 when she started, "
                     "said the work was hard.\n")
    verdicts = {v for v, _ in _age_facts(LEAD, story)}
    assert Verdict.DIVERGE not in verdicts


def _dated_age_facts(*dated: tuple[str, str]) -> list[Verdict]:
    import datetime as dt
    articles = [Article(id=f"s{n}", text=t, published=dt.date.fromisoformat(d))
                for n, (d, t) in enumerate(dated)]
    report = compare(articles)
    return [f.status for f in report.facts
            if f.kind is Kind.NUMBER and any(m.slot == "number:age" for m in f.mentions)]


def test_articles_a_year_apart_do_not_set_a_persons_ages_against_each_other() -> None:
    # The tribunal story, and a follow-up fourteen months on: the courier had a birthday, nobody erred.
    later = OTHER + "Outside the appeal hearing, Quill, 45, said she hoped other riders would come forward.\n"
    assert Verdict.DIVERGE not in _dated_age_facts(("2025-03-04", LEAD), ("2025-03-05", LEAD),
                                                    ("2026-05-12", later))


def test_articles_of_one_news_cycle_still_compare_ages() -> None:
    third = OTHER + "Outside the tribunal, Quill, 43, said she hoped other riders would come forward.\n"
    same_day = LEAD.replace("A cycle", "A")
    assert Verdict.DIVERGE in _dated_age_facts(("2025-03-04", LEAD), ("2025-03-04", same_day),
                                               ("2025-03-06", third))


def test_an_age_opening_the_next_paragraph_refers_back_across_the_blank_line() -> None:
    """"The 39-year-old ..." opening a paragraph is the person named at the end of the one before.

    The blank line between paragraphs once counted as two sentence starts, so
    the look-back stopped on the empty line and missed the name just above.
    """
    later = OTHER + ("Riders cheered as Marta Quill, the courier who brought the case, left the hearing.\n\n"
                     "The 43-year-old thanked her union for paying her costs.\n")
    facts = _age_facts(LEAD, LEAD.replace("A cycle courier", "A courier"), later)
    assert facts == [(Verdict.DIVERGE, ["43 year", "44 year"])]


def test_an_age_in_apposition_after_the_name_is_that_persons_age() -> None:
    """"Quill, a 43-year-old from Hull," gives Quill's age; "a 43-year-old man" alone names nobody."""
    later = OTHER + "Marta Quill, a 43-year-old from Hull, said she hoped other riders would come forward.\n"
    facts = _age_facts(LEAD, LEAD.replace("A cycle courier", "A courier"), later)
    assert facts == [(Verdict.DIVERGE, ["43 year", "44 year"])]
    stranger = OTHER + "Marta Quill spoke first. Later a 43-year-old man said he had worked there too.\n"
    verdicts = {v for v, _ in _age_facts(LEAD, LEAD.replace("A cycle courier", "A courier"), stranger)}
    assert Verdict.DIVERGE not in verdicts
