"""An unnamed person's age, given with the noun that describes them, across outlets (invented text).

"a seven-year-old girl" in two outlets' leads and "The eight-year-old girl"
in a third outlet's later paragraph never share a claim, so the rival age
stood unique. The age is a fact of the described person; but two people
described alike ("a 15-year-old boy was stabbed ... a 17-year-old boy was
arrested") must not be read as one.
"""

from __future__ import annotations

from sourcediff import compare
from sourcediff.model import Article

LEAD = ("A horse bolted from a riding school in Kemsworth on Saturday and crashed through a fence beside a "
        "playground, the county fire service said.")


def _articles(c_body: str, a_extra: str = "") -> list[Article]:
    a = (f"{LEAD} A seven-year-old girl was hurt.{a_extra}\n\nThe riding school said the horse had been "
         "startled by fireworks.\n\nIt has closed for the weekend.")
    b = ("A seven-year-old girl was taken to hospital after a horse bolted from a Kemsworth riding school "
         "on Saturday.\n\nFirefighters calmed the animal.\n\nThe school apologised to families.")
    c = f"{LEAD}\n\nParents gathered at the playground gates.\n\n{c_body}"
    texts = zip("abc", (a, b, c), strict=True)
    return [Article.from_text(t, id=k, published="2026-06-14") for k, t in texts]


def _age_facts(arts: list[Article]) -> list[dict[str, object]]:
    facts = compare(arts).to_dict()["facts"]
    return [f for f in facts if any("year-old" in m["text"] for m in f["mentions"])]


def test_a_rival_age_of_the_described_person_diverges() -> None:
    facts = _age_facts(_articles("The eight-year-old girl suffered a broken arm and was kept in overnight."))
    assert any(f["status"] == "diverge" for f in facts), facts


def test_the_same_age_agrees() -> None:
    facts = _age_facts(_articles("The seven-year-old girl suffered a broken arm and was kept in overnight."))
    assert facts and not any(f["status"] == "diverge" for f in facts), facts


def test_two_people_described_alike_are_not_one() -> None:
    arts = _articles("The eight-year-old girl suffered a broken arm and was kept in overnight.",
                     " An eight-year-old girl was also treated for shock.")
    facts = _age_facts(arts)
    assert not any(f["status"] == "diverge" for f in facts), facts


def test_a_relative_described_alike_is_another_person() -> None:
    # "Her sister, an eight-year-old girl": the outlet describes a second child, no rival age of the first
    facts = _age_facts(_articles("Her sister, an eight-year-old girl, watched from the playground gates."))
    assert not any(f["status"] == "diverge" for f in facts), facts
