"""Which ages a claim's consensus may judge: an unnamed victim's, not a named person's.

Three outlets describe one man who died ("a 78-year-old man", "a pensioner,
aged 87"): the claim is about him, and two sources against one is the
claim's consensus (the flood story's tabloid gives 87 against 78). A
sentence about a trial names the accused and the victim, each with an age,
so an age given with a name is left out of the consensus.
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from sourcediff.divergeconsensus import _named_age
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity


def age_in(text: str, raw: str) -> tuple[Mention, Any]:
    start = text.index(raw)
    m = Mention(Kind.NUMBER, "s", 0, Span(start, start + len(raw)), raw, Quantity(Decimal(raw[:2]), "year"),
                "number:age", ("age",))
    return m, SimpleNamespace(texts={"s": text})


@pytest.mark.parametrize(("text", "raw", "named"), [
    ("A 78-year-old man died when his van left the road.", "78-year-old", False),
    ("Officers said a pensioner, aged 87, died at the scene.", "87", False),
    ("The jury convicted the husband of 23-year-old Anna Berg.", "23-year-old", True),
    ("A jury convicted Jonas Berg, 32, of murder.", "32", True),
    ("A jury convicted Jonas Berg, aged 32, of murder.", "32", True),
])
def test_an_age_given_with_a_name_is_named(text: str, raw: str, named: bool) -> None:
    m, ctx = age_in(text, raw)
    assert _named_age(m, ctx) is named
