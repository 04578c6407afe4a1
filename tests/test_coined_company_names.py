"""A firm named with a given name and a coined trade word is no person (invented text).

"Harlow", "Jasper" or "Morgan" open many people's names, and also firms':
"Jasper Medtech said", "Morgan Datacorp rejected the findings". Read as a
person, such a firm made its statement, credited to the company by one outlet
and to its spokeswoman by another, look like two people saying one thing: a
false misattribution (the pesticide-ban story's manufacturer). A last word
ending in a trade morpheme ("-chem", "-tech", "-corp", "-pharma", "-soft",
"-tronics") ends a company's name, never a person's.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def people(text: str) -> set[str]:
    return {m.raw for m in analyse(Article.from_text(text)).mentions if m.kind.value == "person"}


@pytest.mark.parametrize("text", [
    "Jasper Medtech said on Monday it would close its plant in Orlow.",
    "Morgan Datacorp rejected the findings and said it would appeal.",
    "The pump was made by Felix Novapharma, which said the batch was safe.",
])
def test_a_coined_company_word_ends_no_persons_name(text: str) -> None:
    assert not any(name.split()[-1].endswith(("tech", "corp", "pharma")) for name in people(text))


@pytest.mark.parametrize(("text", "name"), [
    ("Jasper Morland said on Monday the plant would close.", "Jasper Morland"),
    ("Technician Dana Brech said the pump had been checked.", "Dana Brech"),
])
def test_people_keep_their_names(text: str, name: str) -> None:
    assert name in people(text)


def test_a_statement_credited_to_the_firm_or_its_spokeswoman_does_not_diverge() -> None:
    from sourcediff import compare
    words = "This recall is a precaution and no patient has been harmed"
    a = Article.from_text(id="a", text=f'"{words}," Jasper Medtech spokeswoman Ilse Varga said on Monday.')
    b = Article.from_text(id="b", text=f'Jasper Medtech said: "{words}."')
    quotes = [f for f in compare([a, b]).to_dict()["facts"] if f["kind"] == "quote"]
    assert quotes and all(f["status"] != "diverge" for f in quotes)
