"""The data that flows between pipeline stages.

Every stage hands the next one immutable values (frozen dataclasses, tuples)
so that a stage can be tested alone and a report can never be half-mutated by
a renderer. Raw text and offsets ride along on everything so that renderers
can highlight the exact words a source used.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sourcediff.values import Value

SCHEMA = "sourcediff/report@1"


class Kind(StrEnum):
    """Fact kinds, as named in the JSON schema."""

    MONEY = "money"
    NUMBER = "number"
    PERCENT = "percent"
    TIME = "time"
    DATE = "date"
    QUOTE = "quote"
    PERSON = "person"
    ORG = "org"


class Verdict(StrEnum):
    """What a careful editor concludes about one fact across sources."""

    AGREE = "agree"
    DIVERGE = "diverge"
    UNIQUE = "unique"


@dataclass(frozen=True, order=True)
class Span:
    """A half-open ``[start, end)`` character range into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)


@dataclass(frozen=True)
class Article:
    """One source: its extracted text and what we know about where it came from.

    ``text`` is the only text later stages see; every offset in a report
    points into it, so ingest must never hand on text it later rewrites.
    """

    id: str
    text: str
    path: str = ""
    format: str = "text"
    title: str = ""
    outlet: str = ""
    published: dt.date | None = None
    url: str = ""
    # Who signed it: the page's or feed's author, else the byline line at the top of its text
    # ("By Jane Doe, Political Editor" -> "Jane Doe"); empty when unknown. Optional, as DESIGN's
    # Article is text plus metadata and report@1 allows added fields.
    author: str = ""
    # When the article was fetched from ``url`` (ISO 8601, UTC); empty for files.
    fetched: str = ""
    # Character ranges of structural blocks (paragraphs, headings, list items)
    # found by ingest; segmentation never lets a sentence cross one.
    blocks: tuple[Block, ...] = ()
    # A live blog's entries' days: (offset where the entry starts in ``text``, the day it was posted),
    # in text order. A passage's relative dates and clocks read against its entry's day (`day_at`).
    entry_days: tuple[tuple[int, dt.date], ...] = ()
    # Why only part of the story was read (a post with only its excerpt), said on stderr as a
    # note; empty when the whole story was.
    partial: str = ""

    def day_at(self, offset: int) -> dt.date | None:
        """The day text at ``offset`` was written: its live blog entry's, else the published date.

        A blog running over several days posts "yesterday" on each of them;
        read against the page's one date, an entry's words moved a day or more.
        """
        day = self.published
        for start, entry_day in self.entry_days:
            if start > offset:
                break
            day = entry_day
        return day

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str = "text",  # noqa: A002 - the public API promises this keyword
        published: dt.date | str | None = None,
        title: str = "",
        outlet: str = "",
    ) -> Article:
        """Build an article from text already in memory (no file, no detection)."""
        if isinstance(published, str):
            published = dt.date.fromisoformat(published)
        return cls(id=id, text=text, path="", format="text", title=title,
                   outlet=outlet, published=published)


@dataclass(frozen=True)
class Block:
    """A structural unit of an article's text: a paragraph, heading or list item."""

    span: Span
    role: str = "paragraph"  # paragraph | heading | item | title | caption


@dataclass(frozen=True)
class Passage:
    """A sentence (or heading, or list item) of one article.

    ``norm`` is folded for matching (quotes, dashes, case, white space);
    ``text`` is exactly ``article.text[span.start:span.end]``.
    """

    source: str
    index: int
    paragraph: int
    span: Span
    text: str
    norm: str
    role: str = "sentence"

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


@dataclass(frozen=True)
class Quotation:
    """The whole quotation a quoted sentence belongs to: its parts joined across sentence ends,
    attributions in the middle and paragraphs left open (extract.quotes).

    Sentences are matched one by one, since outlets cut a statement
    differently; facts whose sentences all come from the same quotations are
    then one fact, so a verdict on the words or the speaker is given once.
    """

    span: Span  # from the first part's first word to the last part's last
    passage: int  # the passage naming the speaker (the first part's when none does)
    text: str  # the source text of ``span``, attributions between parts included
    sentences: int  # how many statement mentions (sentences) the quotation was cut into

    def between(self, span: Span) -> str:
        """The source text of ``span``, which lies within the quotation."""
        return self.text[span.start - self.span.start:span.end - self.span.start]


@dataclass(frozen=True)
class Mention:
    """One fact as written in one passage of one source.

    ``slot`` refines ``kind`` so that only like is compared with like: a clock
    time is never judged against a part of day, a contract value never against
    a head count of a different unit.
    """

    kind: Kind
    source: str
    passage: int
    span: Span
    raw: str
    value: Value
    slot: str = ""
    speaker: str | None = None
    # Words around the mention that say what it is about ("deadline",
    # "contract", "revenue"), used to pair mentions of the same slot.
    cues: tuple[str, ...] = ()
    # For a sentence of a quotation of several: the whole quotation.
    quotation: Quotation | None = None

    @property
    def canonical(self) -> str:
        # Read many times a mention by the judge (buckets, links, names); the value is frozen, so its
        # text is made once and kept in the mention's ``__dict__``, which equality, hashing and
        # ``replace`` ignore (as compat.slot_family keeps the family).
        known: str | None = self.__dict__.get("_sourcediff_canonical")
        if known is None:
            known = self.__dict__["_sourcediff_canonical"] = self.value.canonical()
        return known


@dataclass(frozen=True)
class ClaimPassage:
    """A passage's place in a claim."""

    source: str
    index: int


@dataclass(frozen=True)
class Claim:
    """Passages from two or more sources that state the same facts."""

    id: str
    score: float
    members: tuple[ClaimPassage, ...]

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.source for m in self.members))


@dataclass(frozen=True)
class UpdateSide:
    """One value of an updated figure: the value, as one source wrote it, and every source that gives it."""

    value: str
    text: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Update:
    """A figure the sources give at two moments ("9 dead" first, "the toll rose to 61" later).

    Set on a fact when the articles' own words ("rose to", "up from", "first
    reported") say which value came first, so a reader sees an update where
    a plain divergence would suggest that one source got it wrong.
    """

    earlier: tuple[UpdateSide, ...]
    later: tuple[UpdateSide, ...]


@dataclass(frozen=True)
class Fact:
    """One fact slot across sources and the verdict on it."""

    id: str
    kind: Kind
    status: Verdict
    mentions: tuple[Mention, ...]
    summary: str = ""
    value: str = ""
    claim: str | None = None
    speaker: str | None = None
    # For divergent quotes and passages: word-level differences, as
    # (source_a, source_b, ops) so renderers highlight without recomputing.
    notes: tuple[str, ...] = ()
    # Set when the sources' figures are an earlier and a later value of one count (see Update).
    update: Update | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.source for m in self.mentions))


@dataclass(frozen=True)
class InferredDate:
    """The date an undated article's relative words were resolved against, and where it came from.

    ``basis`` is "own byline" (a publication stamp in its first lines), "own dateline" (the same in a
    dateline, "BRANNOCK COUNTY, Oct. 14, 2026 --") or
    "other sources" (the median of their publication dates); see undated.py.
    """

    date: dt.date
    basis: str


@dataclass(frozen=True)
class SourceInfo:
    """An article plus its passages and mentions: everything a renderer needs."""

    article: Article
    passages: tuple[Passage, ...]
    mentions: tuple[Mention, ...] = ()
    # Set when the article has no date and its dates were resolved against one inferred from the story.
    inferred: InferredDate | None = None


@dataclass(frozen=True)
class Report:
    """The immutable result of comparing articles."""

    sources: tuple[SourceInfo, ...]
    claims: tuple[Claim, ...] = ()
    facts: tuple[Fact, ...] = ()
    tool_version: str = "0.1.0"
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def source(self, source_id: str) -> SourceInfo:
        for s in self.sources:
            if s.article.id == source_id:
                return s
        raise KeyError(source_id)

    def passage(self, source_id: str, index: int) -> Passage:
        return self.source(source_id).passages[index]

    def claim(self, claim_id: str) -> Claim:
        for c in self.claims:
            if c.id == claim_id:
                return c
        raise KeyError(claim_id)

    def counts(self) -> dict[str, int]:
        out = {v.value: 0 for v in Verdict}
        for f in self.facts:
            out[f.status.value] += 1
        return out

    def to_dict(self) -> dict[str, Any]:
        from sourcediff.render.json import report_to_dict

        return report_to_dict(self)

    def to_json(self, *, indent: int | None = 2) -> str:
        from sourcediff.render.json import report_to_json

        return report_to_json(self, indent=indent)
