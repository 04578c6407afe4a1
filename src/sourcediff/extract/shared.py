"""Scans that several extractors need, run once per passage.

Times need the dates of a passage (to pick the day a clock time falls on,
for daylight saving) and dates need them again; money and numbers both read
the figures of a passage. Each extractor keeps calling the scan it needs, as
its rules are written; while an article is being extracted (`scope`), a scan
decorated with `shared` answers a repeated call from memory instead of
running again. Outside a scope nothing is remembered, so memory stays bounded
by one article and concurrent extractions never share state.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.values import Value

P = ParamSpec("P")
R = TypeVar("R")

_memo: ContextVar[dict[Hashable, object] | None] = ContextVar("sourcediff_shared_scans", default=None)
# Each `shared_text` wrapper -> the scan it wraps, for `answers` to reach the scan's memory directly.
_TEXT_SCANS: dict[object, Callable[[str], object]] = {}


@contextlib.contextmanager
def scope() -> Iterator[None]:
    """Remember shared scans until the block ends (one article's extraction)."""
    token = _memo.set({})
    try:
        yield
    finally:
        _memo.reset(token)


def shared(fn: Callable[P, R]) -> Callable[P, R]:
    """Memoize a pure scan of hashable arguments within the current `scope`.

    The scan's result must be immutable (a tuple of frozen values): callers
    share one copy.
    """
    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _memo.get()
        if memo is None:
            return fn(*args, **kwargs)
        key = (fn, args, tuple(sorted(kwargs.items()))) if kwargs else (fn, args)
        try:
            return memo[key]  # type: ignore[return-value]
        except KeyError:
            memo[key] = result = fn(*args, **kwargs)
            return result

    return wrapper


def shared_text(fn: Callable[[str], R]) -> Callable[[str], R]:
    """`shared` for a scan of one passage's text alone, the common case, called positionally.

    Asked about 8,000 times a comparison of five articles (``cues`` half of
    them): `shared`'s ``*args, **kwargs`` wrapper built an argument tuple, a
    keyword dict and a nested key at every call; this one takes the text as
    it is. The same answers, from the same per-article memory: there each
    such scan has a dict of its own, text -> answer, under the scan itself
    (`shared` keys by tuples, so the two never meet), which spares a key
    tuple and its hash at every call.
    """
    @functools.wraps(fn)
    def wrapper(text: str) -> R:
        memo = _memo.get()
        if memo is None:
            return fn(text)
        try:
            return memo[fn][text]  # type: ignore[index, no-any-return]
        except KeyError:
            result = fn(text)
            memo.setdefault(fn, {})[text] = result  # type: ignore[index]
            return result

    _TEXT_SCANS[wrapper] = fn
    return wrapper


def answers(find: Callable[[str], R], texts: Sequence[str]) -> list[R]:
    """``[find(t) for t in texts]``, the same answers from the same memory, looked up at once.

    Why: a typed scan is asked of every passage of an article, 72 scans at
    30k words, nearly every answer a memo hit; through the `shared_text`
    wrapper each hit read the context variable and the scan's dict again.
    Here a `shared_text` scan's dict is read once for all ``texts``; a miss
    runs the scan and remembers it as the wrapper does. Any other ``find``
    (or outside a `scope`) is simply called.
    """
    memo = _memo.get()
    fn = _TEXT_SCANS.get(find)
    if memo is None or fn is None:
        return [find(t) for t in texts]
    table: dict[str, object] = memo.setdefault(fn, {})  # type: ignore[assignment]
    out: list[R] = []
    for text in texts:
        try:
            result = table[text]
        except KeyError:
            result = table[text] = fn(text)
        out.append(result)  # type: ignore[arg-type]
    return out


def holding(passages: tuple[Passage, ...], find: Callable[[str], tuple[object, ...]]) -> tuple[Passage, ...]:
    """The passages where the shared scan ``find`` reads anything, in order.

    Why: an extractor that splits one scan's finds into several slots or
    cues runs `passage_mentions` once per part, and each part asked every
    passage again, though most passages hold none; a part's finds are a
    filter of ``find``'s, so a passage without any gives no mention.
    """
    found = answers(find, [p.text for p in passages])
    return tuple(p for p, hits in zip(passages, found, strict=True) if hits)


def passage_mentions(article: Article, passages: tuple[Passage, ...],
                     find: Callable[[str], tuple[tuple[int, int, Value], ...]], slot: str,
                     cues: tuple[str, ...]) -> tuple[Mention, ...]:
    """Number mentions of one typed scan run on every passage (tallies, race times).

    ``find`` gives (start, end, value) with offsets into the passage's text;
    the mentions' spans are absolute into ``article.text``.
    """
    out: list[Mention] = []
    for p, found in zip(passages, answers(find, [p.text for p in passages]), strict=True):
        for start, end, value in found:
            span = Span(p.start + start, p.start + end)
            out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=value, slot=slot, cues=cues))
    return tuple(out)
