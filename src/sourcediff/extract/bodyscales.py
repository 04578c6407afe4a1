"""A planet's or a star's size and mass in units of a familiar body (issue #11, the exoplanet story).

Astronomy news states a new world's radius and mass against Earth, Jupiter
or the Sun, each outlet its own way: a wire "1.3 times the radius of Earth
and 2.1 times its mass", a tabloid "twice as heavy as Earth", a specialist
"1.31 Earth radii" and "2.1 Earth masses", a star "0.38 solar masses" or
"38 percent of the Sun's mass". A multiple was no figure at all ("times" is
a function word to the count reader) and "Earth masses" no unit, so none of
these met. Each is read as a measure in the body's unit ("earth radius",
"solar mass"), which compat converts between bodies; "size", "wide" and
"big" are the radius (a diameter's ratio is the radius's), "heavy" and
"massive" the mass. "its mass" names the body of the multiple before it in
the passage ("1.3 times the radius of Earth and 2.1 times its mass").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from sourcediff.extract.amounts import scan_amounts
from sourcediff.extract.cues import may_contain_ci
from sourcediff.model import Article, Kind, Mention, Passage, Span
from sourcediff.regexcache import regex
from sourcediff.values import APPROX, Quantity

# The slot prefix of a body-scaled measure ("number:earth mass"); settle keeps these over plain figures.
SLOT_PREFIX = "number:"
_BODY = (r"(?P<body>(?:the\s+)?Earth|our\s+(?:own\s+)?planet|Jupiter|Neptune|the\s+Sun|our\s+Sun)"
         r"(?![\w-])")
# "1.3 times the radius of Earth", "2.1x the mass of Jupiter", "1.3 times the size of our planet".
_TIMES_THE = regex(r"\s*(?:times|x)\s+(?:the\s+)?(?P<noun>radius|size|width|diameter|mass|weight)\s+of\s+"
                   + _BODY, re.IGNORECASE)
# "1.3 times as wide as Earth", "three times more massive than Jupiter".
_TIMES_AS = regex(r"\s*times\s+(?:as\s+(?P<adj>heavy|massive|big|large|wide)\s+as|(?:more\s+)?"
                  r"(?P<cmp>heavier|more\s+massive|bigger|larger|wider)\s+than)\s+" + _BODY, re.IGNORECASE)
# "2.1 times its mass": the body of the multiple before it in the passage.
_TIMES_ITS = regex(r"\s*times\s+its\s+(?P<noun>radius|size|width|diameter|mass|weight)\b", re.IGNORECASE)
# "1.31 Earth radii", "2.1 ± 0.3 Earth masses", "0.38 solar masses", "1.2 Jupiter-mass".
_BODY_UNIT = regex(r"\s*(?:(?:±|\+/-)\s*\d[\d.]*\s*)?(?P<body>Earth|Jupiter|Neptune|solar|Sun)[\s-]"
                   r"(?P<noun>radii|radius|masses|mass)\b", re.IGNORECASE)
# "38 percent of the Sun's mass", "40% of Jupiter's radius".
_SHARE_OF = regex(r"\s*(?:%|percent|per\s?cent)\s+of\s+(?P<body>(?:the\s+)?(?:Sun|Earth)|Jupiter|Neptune)"
                  r"['’]s\s+(?P<noun>radius|size|mass)\b", re.IGNORECASE)
# "twice as heavy as Earth", "twice the mass of Jupiter", "half the size of Earth".
_WORD_MULTIPLE = regex(r"\b(?P<word>twice|half)\s+(?:as\s+(?P<adj>heavy|massive|big|large|wide)\s+as\s+"
                       r"|the\s+(?P<noun>radius|size|width|diameter|mass|weight)\s+of\s+)" + _BODY,
                       re.IGNORECASE)
_WORDS = {"twice": Decimal(2), "half": Decimal("0.5")}
_MASS_WORDS = frozenset("mass masses weight heavy massive heavier".split())
# Words that make a passage worth the scan.
_CUES = ("earth", "jupiter", "neptune", "solar", "sun", "planet")


@dataclass(frozen=True)
class _Scaled:
    start: int
    end: int
    value: Quantity


def _body(word: str) -> str:
    key = " ".join(word.lower().split()).removeprefix("the ")
    return _BODY_NAMES.get(key, key)


_BODY_NAMES = {"our planet": "earth", "our own planet": "earth", "sun": "solar", "our sun": "solar"}


def _measure(m: re.Match[str]) -> str:
    words = " ".join(w for w in (m.groupdict().get(g) for g in ("noun", "adj", "cmp")) if w).lower().split()
    return "mass" if any(w in _MASS_WORDS for w in words) else "radius"


def _scaled(text: str) -> list[_Scaled]:
    """Every body-scaled measure in one passage's text, offsets into it."""
    out: list[_Scaled] = []
    last_body: str | None = None
    for a in scan_amounts(text):
        if a.currency or a.high is not None or text[max(0, a.num_start - 3):a.num_start].rstrip().endswith(
                ("±", "+/-")):
            continue
        amount = a.low
        m = _TIMES_THE.match(text, a.end) or _TIMES_AS.match(text, a.end)
        if m is not None:
            last_body = _body(m["body"])
            body = last_body
        elif (m := _TIMES_ITS.match(text, a.end)) is not None and last_body is not None:
            body = last_body
        elif (m := _BODY_UNIT.match(text, a.end)) is not None:
            body = _body(m["body"])
        elif (m := _SHARE_OF.match(text, a.end)) is not None:
            body, amount = _body(m["body"]), a.low / 100
        else:
            continue
        # a multiple in words ("four times as heavy") rounds as "twice" does; "4.4 times" is a figure
        qualifier = a.qualifier or (APPROX if a.spelled else None)
        out.append(_Scaled(a.start, m.end(), Quantity(amount, f"{body} {_measure(m)}", qualifier)))
    for m in _WORD_MULTIPLE.finditer(text):
        if not any(s.start <= m.start() < s.end for s in out):
            # "twice as heavy" is a writer's rounding ("2.1 times its mass"), never a measurement
            out.append(_Scaled(m.start(), m.end(), Quantity(_WORDS[m["word"].lower()],
                                                            f"{_body(m['body'])} {_measure(m)}", APPROX)))
    return out


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Body-scaled radii and masses in every passage; offsets are absolute into ``article.text``."""
    out: list[Mention] = []
    for p in passages:
        if not may_contain_ci(p.text, *_CUES):
            continue
        for s in _scaled(p.text):
            span = Span(p.start + s.start, p.start + s.end)
            unit = s.value.unit or ""
            out.append(Mention(kind=Kind.NUMBER, source=article.id, passage=p.index, span=span,
                               raw=article.text[span.start:span.end], value=s.value,
                               slot=f"{SLOT_PREFIX}{unit}", cues=(_SCALED,)))
    return tuple(out)


# The cue of a body-scaled measure, by which settle tells it from the plain figures inside it.
_SCALED = "scale:body"


def settle(mentions: list[Mention]) -> list[Mention]:
    """Drop the plain figures a body-scaled measure reads more fully ("0.38" of "0.38 solar masses")."""
    spans = [m.span for m in mentions if _SCALED in m.cues]
    if not spans:
        return mentions
    return [m for m in mentions if _SCALED in m.cues or m.kind not in (Kind.NUMBER, Kind.PERCENT)
            or not any(s.start <= m.span.start < s.end for s in spans)]
