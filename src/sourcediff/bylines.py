"""Byline lines at the top of an article: "By Jane Doe, Political Editor | 5 December 2026".

A byline says who wrote the story and when, not what happened. Kept as a
passage, "By the Courier team · Monday evening" yielded a time fact ("Monday
evening") and could align with another outlet's byline or a sentence that
shared its weekday. Every loader hands on such a line as a block of its own
near the top, so one test serves plain text, Markdown, HTML and JSON.

A line is a byline only in shape: it opens with "By" and a name (one to four
capitalised words, several joined by "and", "&" or commas, or "the ... team"),
and everything after the name is byline fields: a role, the outlet, a place
after "in", a date or a clock time, separated by "|", "·", commas or dashes.
A sentence that opens with "By" ("By noon, 400 people had left", "By Monday
evening 37 ambulances had been diverted", "By Christmas Eve, the shelters
were full.") has a lower-case word no byline field holds, a weekday or month
for a name, or a full stop, and stays a passage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sourcediff.model import Block
from sourcediff.regexcache import regex

# How many blocks from the top a byline may stand (headline, standfirst, byline, date line, a kicker).
BYLINE_BLOCKS = 5
# A byline is short; a longer line is a sentence of the story.
MAX_BYLINE_CHARS = 160

_CAP = r"[A-Z][\w'\u2019.-]*"
_PARTICLE = r"(?:de|da|di|del|der|van|von|le|la|du|dos|bin|al|ter|ten)"
# One person's name: capitalised words, with the particles names carry ("Ana de Souza").
_NAME = rf"{_CAP}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_CAP}){{0,3}}"
# A newsroom signing as a group: "the Courier team", "Ledger staff", "the business desk".
_GROUP = (r"(?:the[ \u00a0]+)?(?:[A-Za-z][\w'\u2019.&-]*[ \u00a0]+){0,4}?"
          r"(?:team|staff|desk|newsroom|reporters|correspondents|editors|staff[ \u00a0]+writers?)")
# "By" (or "Words by", "Written by") and the author part; group ``author`` is who signs it. Commas join
# names only in a list closed by "and" ("By A, B and C"): in "By Jane Doe, Political Editor" the part
# after the comma is a field.
_OPENING = regex(
    r"\A(?:(?:[Ww]ords|[Ww]ritten|[Rr]eported|WORDS|WRITTEN)(?:[ \u00a0]+and[ \u00a0]+pictures)?[ \u00a0]+)?"
    rf"(?:[Bb]y|BY)[ \u00a0]+(?P<author>{_GROUP}|{_NAME}"
    rf"(?:(?:,[ \u00a0]*{_NAME})*,?[ \u00a0]+(?:and|&)[ \u00a0]+{_NAME})?)"
    r"(?=\Z|[ \u00a0]*[,|\u00b7\u2022\u2014\u2013/-]|[ \u00a0]+in[ \u00a0]+[A-Z])")
# What separates byline fields: "|", "·", "•", a comma, a dash or slash between spaces.
_FIELD_SEP = regex(
    r"[ \u00a0]*(?:[|\u00b7\u2022,/]|[ \u00a0][\u2014\u2013-][ \u00a0]|\A[\u2014\u2013-])[ \u00a0]*")
# A token a byline field may hold: a capitalised word, a figure (a day, a year, a clock, a numeric date).
_FIELD_TOKEN = regex(r"[A-Z][\w'\u2019.&-]*|\d[\d:./-]*(?:st|nd|rd|th|am|pm|h)?|[ap]\.m\.?|[ap]m")
# Lower-case words bylines write around names and dates: roles, desks, parts of day, "updated", "min read".
FIELD_WORDS = frozenset("""
    staff writer writers reporter reporters correspondent correspondents editor editors contributor
    contributors columnist photographer photographers intern producer analyst team desk edition newsroom
    senior chief deputy political business city news sport sports health science foreign home crime
    courts education environment technology tech economics economy arts culture transport affairs
    consumer legal data investigations investigative special digital online print weekend
    morning afternoon evening night noon midnight today yesterday
    updated published posted first last modified filed on at in and of the for with from
    min mins minute minutes read ago hour hours hr hrs
""".split())
# Weekdays, months and feasts: "By Monday" and "By Christmas Eve" open sentences, not bylines.
_NOT_NAMES = frozenset("""
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december christmas easter midnight noon dawn dusk then now
    today tonight tomorrow yesterday the this that
""".split())


@dataclass(frozen=True)
class Byline:
    """A byline line: who signs it and the fields after the name ("Political Editor", "5 December 2026")."""

    author: str
    fields: tuple[str, ...]
    line: str


def read_byline(line: str) -> Byline | None:
    """The byline a line is, or None when it is anything else (a sentence, a heading)."""
    line = line.strip()
    if not line or len(line) > MAX_BYLINE_CHARS or "\n" in line:
        return None
    if line.endswith((".", "!", "?", ":", ";", "\u2026")) and not line.endswith(("a.m.", "p.m.")):
        return None
    match = _OPENING.match(line) or _unsigned(line)
    if match is None or not line[:1].isupper():
        return None
    author = match["author"]
    if not _signs(author):
        return None
    rest = line[match.end():]
    fields = tuple(f for f in _FIELD_SEP.split(rest) if f.strip())
    if not all(_is_field(f) for f in fields) or (match.re is _BARE_NAME and not fields):
        return None
    return Byline(author.strip(), tuple(f.strip() for f in fields), line)


# A byline without "By": a person's name (two to four capitalised words) and a separator.
_BARE_NAME = regex(rf"\A(?P<author>{_CAP}(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?{_CAP}){{1,3}})"
                   r"(?=[ \u00a0]*[,|\u00b7\u2022\u2014\u2013/])")


def _unsigned(line: str) -> re.Match[str] | None:
    """The name of a byline that leaves out "By" ("Jane Doe, Reuters"), else None.

    ingest/byline.py read such a line's outlet while this module kept the line
    as a passage, so the article's author stayed empty and the signer's name
    came out as a person only that source mentions. As there, the name must
    open with a known given name, so that a dateline ("Port Alder, Cascadia")
    or a place stays a passage; the fields after it must be byline fields.
    """
    from sourcediff.extract.orgs import given_names  # the names list loads only when a line may need it

    match = _BARE_NAME.match(line)
    if match is None or match["author"].split()[0] not in given_names():
        return None
    return match


def _signs(author: str) -> bool:
    """True when the author part names people, an agency or a newsroom, not a day or a feast."""
    words = author.replace(",", " ").split()
    if words[0].lower() in _NOT_NAMES and words[0] != "The":
        return words[0] == "the" and words[-1].lower() in _GROUP_WORDS
    if words[-1].lower() in _GROUP_WORDS:
        return True
    return all(w[:1].isupper() or w in ("and", "&") or w in _PARTICLE_WORDS for w in words)


_GROUP_WORDS = frozenset("team staff desk newsroom reporters correspondents editors writers writer".split())
_PARTICLE_WORDS = frozenset(_PARTICLE.removeprefix("(?:").removesuffix(")").split("|"))


def _is_field(field: str) -> bool:
    """True when every word of ``field`` is one a byline field holds (see FIELD_WORDS)."""
    for word in field.replace("(", " ").replace(")", " ").split():
        if word.lower() in FIELD_WORDS or _FIELD_TOKEN.fullmatch(word.rstrip(",")):
            continue
        return False
    return True


def is_byline(line: str) -> bool:
    """True when ``line`` (a whole line or a passage) is a byline; every line of a passage must be one
    or, after the first, hold only byline fields (a date line under the name)."""
    lines = [x for x in line.split("\n") if x.strip()]
    if not lines or read_byline(lines[0]) is None:
        return False
    return all(_is_field(x) for rest in lines[1:] for x in _FIELD_SEP.split(rest) if x.strip())


def top_byline(text: str, blocks: tuple[Block, ...]) -> Byline | None:
    """The first byline among an article's top blocks (a headline is never one), else None."""
    for block in blocks[:BYLINE_BLOCKS]:
        if block.role == "title":
            continue
        first = text[block.span.start:block.span.end].strip().split("\n", 1)[0]
        found = read_byline(first)
        if found is not None:
            return found
    return None


def unsigned_byline_span(text: str, blocks: tuple[Block, ...]) -> tuple[int, int] | None:
    """Where the top byline stands when it leaves out "By" ("Elena Park, Coastline News Agency"), else None.

    A "By" line's names are the writers' by its own pattern (extract/entities.py
    staff lines); an unsigned one is known for a byline only here, so the entity
    scan asks for its span and leaves its names out: the writer is not in the story.
    """
    for block in blocks[:BYLINE_BLOCKS]:
        if block.role == "title":
            continue
        first = text[block.span.start:block.span.end].strip().split("\n", 1)[0]
        if _OPENING.match(first) is None and read_byline(first) is not None:
            start = text.index(first, block.span.start)
            return start, start + len(first)
        if read_byline(first) is not None:
            return None
    return None


__all__ = ["BYLINE_BLOCKS", "Byline", "is_byline", "read_byline", "top_byline", "unsigned_byline_span"]


# The nouns a job title ends in ("Consumer Affairs Reporter", "Senior Business Correspondent").
ROLE_NOUNS = frozenset("""
    reporter reporters correspondent correspondents editor editors writer writers columnist columnists
    photographer photographers contributor contributors intern producer producers analyst analysts critic
    desk
""".split())
_AUTHOR_SEP = regex(r"\s*([;,])\s*")
# A byline's date stamp after a middle dot or a bar ("By Ana Ruiz, Chief Reporter · Friday 15 May 2026"):
# a page's metadata reader keeps the name's line up to where the date it parsed began, so the author
# field ends in "· Friday" or a bare "·".
_STAMP_SEP = regex(r"\s*[\u00b7\u2022|]")
# A part of an author field that is only a stamp's words ("Published", "Updated", "November", "Friday").
_STAMP_TOKEN = (r"(?:published|updated|posted|last|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
                r"|january|february|march|april|may|june|july|august|september|october|november|december"
                r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|am|pm|bst|gmt|utc|cet|cest|est|edt|pst|pdt)(?![a-z])|\d[\d:./,-]*")
_STAMP_PART = regex(rf"\s*(?:{_STAMP_TOKEN})(?:\s+(?:{_STAMP_TOKEN}))*\s*", re.IGNORECASE)


def without_stamp(author: str) -> str:
    """An author field without the byline's date stamp a page's metadata reader left in it.

    "Hugo Reid; Industry Correspondent · Friday" names Hugo Reid and a job
    title (taken out by :func:`without_job_titles`), not a person called
    Friday; "Kyle Bran; Published; November" has two parts that are the
    stamp's words. Everything from the first middle dot or bar is cut, and
    a part (between ";" or ",") made only of stamp words goes. An author
    that would be left empty is returned unchanged.
    """
    head = _STAMP_SEP.split(author, maxsplit=1)[0]
    pieces = _AUTHOR_SEP.split(head.strip())
    parts, seps = pieces[0::2], pieces[1::2]
    kept = [part for part in parts if part and not _STAMP_PART.fullmatch(part)]
    if not kept:
        return author
    if kept == parts:
        return head.strip()
    sep = ";" if ";" in seps else ","
    return f"{sep} ".join(kept)


def without_job_titles(author: str) -> str:
    """An author field with the job titles a page's byline put beside the names taken out.

    A page's metadata reads its byline block whole: "By Maren Holt, Consumer
    Affairs Reporter" came out as the authors "Maren Holt; Consumer Affairs
    Reporter", and a name and title on two lines as "Tomas Reyes Senior
    Business Correspondent". A title is not a person. A part (between ";" or
    ",") loses its trailing run of byline words (FIELD_WORDS) when that run
    ends in a role noun (two words at least, so "Jon Writer" keeps his
    surname); a part that was only a title goes, and so does a later part
    ending in a role noun that opens with no given name ("Lena Okafor;
    Weather Correspondent"). An author without a title,
    or with nothing but one ("Staff Writer"), is returned unchanged.
    """
    pieces = _AUTHOR_SEP.split(author.strip())
    parts, seps = pieces[0::2], pieces[1::2]
    kept: list[str] = []
    for n, part in enumerate(parts):
        name = "" if n and _title_part(part) else _name_part(part)
        if name:
            kept.append(name)
    if kept == parts or not kept:
        return author  # no title, or nothing but one: the page names no one else
    sep = ";" if ";" in seps else ","
    return f"{sep} ".join(kept)


def _name_part(part: str) -> str:
    """``part`` without a trailing job title ("Tomas Reyes Health Editor" -> "Tomas Reyes")."""
    words = part.split()
    if not words or words[-1].lower().strip(".") not in ROLE_NOUNS:
        return part
    end = len(words) - 1
    while end > 0 and words[end - 1].lower() in FIELD_WORDS:
        end -= 1
    if 0 < end == len(words) - 1:
        return part  # a lone role noun after a name is a surname ("Jon Writer"), not a title
    return " ".join(words[:end])


def _title_part(part: str) -> bool:
    """Whether a later part of an author field is a job title: it ends in a role noun and opens with no
    given name ("Weather Correspondent", not "Ana Writer")."""
    from sourcediff.extract.orgs import given_names  # the names list loads only when a part may need it

    words = part.split()
    return bool(words) and words[-1].lower().strip(".") in ROLE_NOUNS and words[0] not in given_names()
