"""The verdict on one fact when two outlets word a sentence two ways (shared by value tests)."""

from __future__ import annotations

from collections.abc import Callable

from sourcediff import Article, compare
from sourcediff.model import Fact, Verdict


def pair_verdict(template: str, a: str, b: str, published: str, keep: Callable[[Fact], bool]) -> Verdict:
    """``template`` filled with ``a`` against it filled with ``b``: diverge if any kept fact does."""
    report = compare([Article.from_text(template.format(a), id="a", published=published),
                      Article.from_text(template.format(b), id="b", published=published)])
    facts = [f for f in report.facts if keep(f)]
    assert facts, report.facts
    return Verdict.DIVERGE if any(f.status is Verdict.DIVERGE for f in facts) else facts[0].status
