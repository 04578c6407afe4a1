"""An acronym one outlet spells out names that body in every outlet of the story, where it stands bare.

A wire writes a body's full name ("Harlow Tenants Federation"), a trade
outlet defines it ("HTF (Harlow Tenants Federation)" or "Harlow Tenants
Federation (HTF)"), and a daily or a website writes only "HTF". Each article
is scanned alone (entities.scan): an acronym that no table knows and that the
article does not define is no name there, and a full name without an
institutional head word, said something, reads as a person. So the passages
that name the body only by its acronym shared no name with the others, and
the pair model, which reads shared names, kept them apart.

Across the story, then: an acronym some source defines, in either order,
names that body wherever it stands alone in any source, and the defined name
is an organization, not a person. A definition whose full name opens with a
given name ("John Ashby Kerr (JAK)") is a person's initials and is left
alone, as is an acronym two sources define differently, and one of two
letters ("IE", "PR", "HR"): written bare, such a pair of capitals is too often
something else, a product or a department, to name the body in every source.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from sourcediff.extract.entities import Coverage, passage_locator
from sourcediff.extract.orgs import _acronym_ok, defined_acronyms, given_names
from sourcediff.model import Kind, Mention, SourceInfo, Span
from sourcediff.regexcache import regex
from sourcediff.values import Entity

# The shortest acronym linked across sources (see the module docstring).
MIN_LETTERS = 3
# "GVI (Governance Voting Insight)": an acronym, then its capitalized full name in brackets
# (connectors such as "of", "for", "and" may join the words).
_REVERSE_DEF = regex(r"\b(?P<acr>[A-Z][A-Z&]{1,8})\s\((?P<full>[A-Z][\w'’&.-]*"
                     r"(?:\s(?:[A-Z][\w'’&.-]*|of|for|and|the|on|de))+)\)")


def _defined(text: str) -> dict[str, str]:
    """The acronyms one article defines, either order, each to its full name as written."""
    out = dict(defined_acronyms(text))
    for m in _REVERSE_DEF.finditer(text):
        full = m.group("full")
        if full.split()[-1] in ("of", "for", "and", "the", "on", "de"):
            continue
        if _acronym_ok(full, m.group("acr")):
            out.setdefault(m.group("acr"), full)
    return out


def _definitions(owns: Sequence[Mapping[str, str]]) -> dict[str, str]:
    """Acronym -> full name over the story; one defined two ways, or a person's initials, is dropped.

    ``owns`` holds each source's own definitions (`_defined` of its text), read once per source.
    """
    found: dict[str, set[str]] = {}
    for own in owns:
        for acr, full in own.items():
            found.setdefault(acr, set()).add(full)
    people = given_names()
    return {acr: next(iter(fulls)) for acr, fulls in found.items()
            if len(fulls) == 1 and len(acr) >= MIN_LETTERS and next(iter(fulls)).split()[0] not in people}


def _canonical(sources: Sequence[SourceInfo], full: str) -> str:
    """The name the scan gave the full name as an organization somewhere, else the full name."""
    for s in sources:
        for m in s.mentions:
            if m.kind is Kind.ORG and isinstance(m.value, Entity) and m.raw == full:
                return m.value.name
    return full


def link_acronyms(sources: tuple[SourceInfo, ...]) -> tuple[SourceInfo, ...]:
    """The sources with every defined acronym's body named as one organization, bare acronyms included."""
    owns = [_defined(s.article.text) for s in sources]  # read once: `_bare` reads them again
    defined = _definitions(owns)
    if not defined:
        return sources
    names = {acr: _canonical(sources, full) for acr, full in defined.items()}
    as_body = {full: names[acr] for acr, full in defined.items()}
    as_body.update(names)
    out = []
    for s, own in zip(sources, owns, strict=True):
        mentions = [_as_org(m, as_body) for m in s.mentions]
        mentions += _bare(s, mentions, names, own)
        if mentions == list(s.mentions):
            out.append(s)
            continue
        mentions.sort(key=lambda m: (m.span.start, m.span.end, m.kind.value))
        out.append(replace(s, mentions=tuple(mentions)))
    return tuple(out)


def _as_org(m: Mention, as_body: Mapping[str, str]) -> Mention:
    """A person or organization mention spelling a defined name or its acronym, as that organization."""
    if m.kind not in (Kind.PERSON, Kind.ORG) or not isinstance(m.value, Entity):
        return m
    name = as_body.get(m.raw) or as_body.get(m.value.name)
    if name is None or (m.kind is Kind.ORG and m.value.name == name):
        return m
    return replace(m, kind=Kind.ORG, slot="org", value=Entity(name=name, type="org"))


def _bare(s: SourceInfo, mentions: Sequence[Mention], names: Mapping[str, str],
          own: Mapping[str, str]) -> list[Mention]:
    """Organization mentions for the acronyms this source writes bare, where its scan found no name.

    ``own`` is the source's own definitions (`_defined` of its text): an acronym it defines is named there.
    """
    text = s.article.text
    names = {acr: name for acr, name in names.items() if acr not in own}
    if not any(acr in text for acr in names):
        return []
    taken = Coverage(len(text))
    for m in mentions:
        if m.kind in (Kind.PERSON, Kind.ORG):
            taken.add(m.span)
    locate = passage_locator(s.passages)
    forms = "|".join(re.escape(a) for a in sorted(names, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w'’&.-])(?:{forms})(?![\w'’&-])")
    out = []
    for hit in pattern.finditer(text):
        span = Span(hit.start(), hit.end())
        if taken.overlaps(span):
            continue
        out.append(Mention(kind=Kind.ORG, source=s.article.id, passage=locate(span.start), span=span,
                           raw=hit.group(), value=Entity(name=names[hit.group()], type="org"), slot="org"))
    return out
