"""The outlet a page's ``<title>`` names beside its headline: "Storm shuts port | The Harbour Gazette".

Most news sites write their name into the title tag after the headline,
behind a bar or a dash ("Headline | Outlet", "Headline - Section - Outlet";
a few put it first). When the page has no site-name metadata, that part was
lost and the sources table showed "-"; worse, the metadata reader sometimes
took the headline part for the site's name, and the table listed the
headline as the outlet. A part is an outlet only when the rest of the title
is the headline (or another wording of it, as a page's h1 and its title
tag often are) and the part is short and reads as a name (no sentence
punctuation, no more than six words), so a headline with a dash in it
("Strike - what you need to know") gives no outlet.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from sourcediff.regexcache import regex

# The separators a title puts between headline, section and site name.
_TITLE_SEP = regex(r"\s+[|\u2013\u2014\u00b7\u2022-]\s+|\s*::\s*|\s+[\u00ab\u00bb]\s+")
MAX_OUTLET_WORDS = 6
# A page's h1 and its title tag often word the headline differently ("Taxpayers hand failing lender 18bn
# zlotys" / "State grabs failing lender"); they share most of their words, and a site name shares almost
# none with a headline (token_set_ratio about 35 against 60 and more for two wordings of one headline).
SAME_HEADLINE_MIN = 55.0


def folded(text: str) -> str:
    """``text`` case-folded with its punctuation runs as single spaces, for comparing titles."""
    return re.sub(r"\W+", " ", text).strip().casefold()


def title_outlet(page_title: str, headline: str) -> str:
    """The site name in ``page_title`` beside ``headline``, or "" (see the module's docstring)."""
    parts = [p.strip() for p in _TITLE_SEP.split(page_title) if p.strip()]
    head = folded(headline)
    if len(parts) < 2 or not head:
        return ""
    for name, rest in ((parts[-1], parts[:-1]), (parts[0], parts[1:])):
        first = folded(rest[0])
        if not first or not (head.startswith(first) or first.startswith(head)
                             or fuzz.token_set_ratio(first, head) >= SAME_HEADLINE_MIN):
            continue  # the rest of the title is not the headline
        if _is_name(name) and folded(name) not in head:
            return name
    return ""


def _is_name(part: str) -> bool:
    words = part.split()
    return (0 < len(words) <= MAX_OUTLET_WORDS and not part.endswith((".", "!", "?", ":"))
            and part[:1].isupper() and not any(ch.isdigit() for ch in part))


__all__ = ["folded", "title_outlet"]
