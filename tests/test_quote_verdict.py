"""A quotation fact diverges when its sources reproduce it differently or credit different speakers.

Long stories repeat one quotation many times; the verdict compares distinct
statements only, and must still see every difference.
"""

from __future__ import annotations

import pytest

from sourcediff.factverdicts import _quote_verdict
from sourcediff.model import Kind, Mention, Span, Verdict
from sourcediff.values import QuoteValue

SAID = "we will rebuild the bridge before winter"
CHANGED = "we will rebuild the bridge after winter"


def _quote(n: int, source: str, words: str, speaker: str | None = "Lena Ortiz") -> Mention:
    return Mention(Kind.QUOTE, source, n, Span(n, n + 1), words, QuoteValue(words, words), slot="quote",
                   speaker=speaker)


@pytest.mark.parametrize(("statements", "verdict"), [
    ([("a", SAID, "Lena Ortiz")] * 40 + [("b", SAID, "Lena Ortiz")] * 40, Verdict.AGREE),
    ([("a", SAID, "Lena Ortiz")] * 40 + [("b", SAID, "Lena Ortiz")] * 39 + [("b", CHANGED, "Lena Ortiz")],
     Verdict.DIVERGE),
    ([("a", SAID, "Lena Ortiz")] * 40 + [("b", SAID, "Lena Ortiz")] * 39 + [("b", SAID, "Tom Berg")],
     Verdict.DIVERGE),
    ([("a", SAID, "Lena Ortiz"), ("a", CHANGED, "Lena Ortiz")], Verdict.AGREE),  # one source, no comparison
])
def test_a_repeated_quotation_diverges_on_any_changed_statement(
        statements: list[tuple[str, str, str]], verdict: Verdict) -> None:
    group = [_quote(n, src, words, speaker) for n, (src, words, speaker) in enumerate(statements)]
    assert _quote_verdict(group, frozenset({"lena ortiz", "ortiz", "tom berg", "berg"})) is verdict


def test_a_fragment_of_an_altered_quotation_joins_its_fact() -> None:
    """ "a detour, not a closure" quoted by a third outlet belongs to the quotation the others reproduce
    (one of them with a word changed): one diverging fact of three sources, not a unique fact beside it."""
    from sourcediff import Article, compare

    texts = [
        ('The Halwick bypass will close for repairs next month. "This is a detour, not a closure, for the '
         'town," said mayor Greta Lindqvist.'),
        ('The Halwick bypass is to shut for repairs next month. "This is a detour, not a shutdown, for the '
         'town," mayor Greta Lindqvist said.'),
        ('Mayor Greta Lindqvist called the closure of the Halwick bypass for repairs next month "a detour, '
         'not a closure".'),
    ]
    articles = [Article.from_text(t, id=f"s{n}", published="2026-04-12") for n, t in enumerate(texts)]
    quotes = [(f.status.value, frozenset(m.source for m in f.mentions)) for f in compare(articles).facts
              if f.kind is Kind.QUOTE]
    assert ("diverge", frozenset({"s0", "s1", "s2"})) in quotes


WHOLE = "this is the worst flood this valley has known in a lifetime"
CROSSHEAD = "worst flood in a lifetime"


def test_a_crosshead_over_the_sources_own_whole_quote_is_no_version_of_it() -> None:
    """A tabloid's sub-heading 'Worst flood in a lifetime', credited to nobody, over its own whole quote of
    the mayor: too short a cut for `abridged`'s share, it read as the tabloid dropping "this valley has
    known"; the tabloid quotes the words in full, so the sub-heading is its packaging, not its version."""
    people = frozenset({"lena ortiz", "ortiz"})
    group = [_quote(0, "a", WHOLE), _quote(1, "b", CROSSHEAD, None), _quote(2, "b", WHOLE),
             _quote(3, "c", "the worst flood this valley has known in a lifetime")]
    assert _quote_verdict(group, people) is Verdict.AGREE
    # without the source's own whole quote the short cut still reads as a change of the words
    assert _quote_verdict([_quote(0, "a", WHOLE), _quote(1, "b", CROSSHEAD, None)], people) is Verdict.DIVERGE
    # a crosshead that turns the words round is no packaging of them
    turned = [_quote(0, "a", WHOLE), _quote(1, "b", "not the worst flood in a lifetime", None),
              _quote(2, "b", WHOLE)]
    assert _quote_verdict(turned, people) is Verdict.DIVERGE
