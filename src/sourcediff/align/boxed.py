"""Which figures of a passage a fact-box label introduces, beyond the one right after its colon.

extract.labels.after_label reads "Capacity: 48 MW": a figure right after the
label. Fact boxes write two more shapes of the same thing (benchmarks/notes/
factbox.md): an article before the figure ("The ship: a 368-metre giant",
"The money: a €2.5 million prize fund"), and the figure converted in brackets
right after it ("Distance: 178km (111 miles)"), which states the same value in
other units and is what another outlet may write. Both are the label's figure.
So is a figure its box hedges ("Depth: approx. 40 m", "Crowd: about 9,000"):
the hedge says how exact the figure is, not that it is another fact.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from sourcediff.extract.labels import after_label

_ARTICLES = ("a ", "an ", "A ", "An ")
# Words that hedge a boxed figure without making it another (a bound, "more than", is left out: it
# says the figure is a floor, which the prose partner must fit, and box_pairs reads it apart).
_HEDGES = tuple(w + " " for h in ("approx.", "approximately", "about", "around", "roughly", "c.", "circa",
                                  "est.", "an estimated", "some")
                for w in (h, h[0].upper() + h[1:]))


def _by_last_letter(prefixes: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The prefixes grouped by the character before their closing space, each group in the given order."""
    out: dict[str, tuple[str, ...]] = {}
    for prefix in prefixes:
        out[prefix[-2]] = (*out.get(prefix[-2], ()), prefix)
    return out


# Most figures follow a space ("of 12 homes"), so the space test alone left all 24 prefix tests to run;
# only the prefixes ending in the character before that space can end there, tried in the same order.
_PREFIXES_BY_LAST = _by_last_letter((*_ARTICLES, *_HEDGES))


def _article_before(text: str, start: int) -> int | None:
    """Where "a "/"an " or a hedge ("approx. ") ending right before ``start`` begins, as a word of its own."""
    # every article and hedge ends with its space: a figure with none right before it has neither,
    # and most figures are not boxed, so the 24 prefix tests need not run for them
    if text[start - 1:start] != " ":  # a slice: a span may start past the text's end (or at 0)
        return None
    for article in _PREFIXES_BY_LAST.get(text[start - 2:start - 1], ()):
        at = start - len(article)
        if at >= 0 and text.startswith(article, at) and (at == 0 or not text[at - 1].isalnum()):
            return at
    return None


def boxed_spans(text: str, spans: Sequence[tuple[int, int]],
                kinds: Sequence[Hashable] | None = None) -> frozenset[int]:
    """The indices of ``spans`` (offsets into ``text``) whose figure a fact-box label introduces.

    ``kinds`` (one per span, e.g. each mention's kind) keeps a bracketed figure of another kind out:
    "Price: £899 (256GB)" names the model the price is for, it does not convert the price.
    """
    boxed: set[int] = set()
    for n in sorted(range(len(spans)), key=lambda i: spans[i]):
        start = spans[n][0]
        article = _article_before(text, start)
        if after_label(text, start) or (article is not None and after_label(text, article)):
            boxed.add(n)
            continue
        opened = text[:start].rstrip(" \t")
        if opened.endswith("(") and any(spans[b][1] == len(opened[:-1].rstrip(" \t"))
                                        and (kinds is None or kinds[b] == kinds[n]) for b in boxed):
            boxed.add(n)  # "178km (111 miles)": the boxed figure converted
    return frozenset(boxed)
