"""A bare "a further N" or "another N" after a count in its clause counts that count's noun, as "N more" does.

Why: "cancelled 42 sailings on Monday and a further 18 on Tuesday" leaves the
noun of the second count out; read as counting nothing, the 18 was dropped,
and another outlet's "18 more sailings" or "18 sailings on Tuesday" had no
figure to meet.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.extract.morecounts import MORE
from sourcediff.pipeline import analyse


def counts(body: str) -> list[tuple[str, tuple[str, ...]]]:
    article = Article.from_text("Storm damage\n\n" + body, id="s0", published="2026-06-20")
    return [(m.raw, m.cues) for m in analyse(article).mentions if m.slot == "number:count"]


@pytest.mark.parametrize(("body", "figure"), [
    ("The ferry line cancelled 42 sailings on Monday and a further 18 on Tuesday.", "18"),
    ("The ferry line cancelled 42 sailings on Monday and another 18 on Tuesday.", "18"),
    ("The mill cut 300 jobs in May and a further 120 in June.", "120"),
    ("Police arrested 12 people on Friday and 9 more on Saturday.", "9"),
])
def test_an_elided_additional_count_takes_the_noun_before(body: str, figure: str) -> None:
    found = dict(counts(body))
    assert figure in found
    assert MORE in found[figure]


def test_a_further_sum_is_no_count() -> None:
    assert "40" not in dict(counts("The council spent 300 hours on it and a further 40 pounds on maps."))
