"""An unnamed person's age, described by a noun: "a nine-year-old boy" against "the 10-year-old boy".

Crime and accident copy often keeps a victim's name out (a child, a
patient) and describes the person by age and noun instead. Like a named
person's age (divergeages.py), that age is a fact of the person, stated in
one outlet's lead and in another's third paragraph, so the passages rarely
align; the claim rules then never set "the 10-year-old boy" against two
outlets' "nine-year-old boy", and the rival age stood unique.

The noun right after the age is the person's description. Because one
story may describe two people alike ("a 15-year-old boy was stabbed; a
17-year-old boy was arrested"), the rule is stricter than for a name: no
source may give the description two ages, at least two sources must agree
on one age, and the story's dated articles must fall within one news cycle.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from sourcediff.compat import compatible
from sourcediff.divergeages import AGE_SLOT, NEWS_CYCLE, named_ages
from sourcediff.evidence import Evidence
from sourcediff.model import Mention
from sourcediff.regexcache import regex

# The noun an age written "N-year-old" describes: "nine-year-old boy", "9-year-old girl's".
_DESCRIBED = regex(r"[^\S\n]+(?P<noun>[a-z]{3,})\b(?!-)")
# Words after "N-year-old" that are no noun of a person: "the 9-year-old was", "a 10-year-old from Leeds".
_NOT_NOUNS = frozenset("who was is has had and or but from with in on at of for to said says told who's "
                       "were are will would could also had been".split())
# What marks the described person as someone else than the story's own: a relative or companion named
# before the description ("His brother, a 16-year-old boy"), or "another / an older ... boy". One outlet's
# relative, described like the victim, is a second person, never a rival age of the first.
_OTHER_PERSON_BEFORE = regex(
    r"(?:\b(?:brother|sister|son|daughter|cousin|sibling|twin|nephew|niece|friend|classmate|schoolmate"
    r"|companion|neighbou?r|boyfriend|girlfriend|partner),?\s+(?:a|an|the|his|her|their)\s+"
    r"|\b(?:another|other|second|older|elder|younger)\s+)$",
    re.IGNORECASE)
# Fewest sources that must agree on the described person's age before a rival age counts.
_MIN_AGREE = 2


def _description(m: Mention, text: str) -> str | None:
    """The noun an age describes ("boy" in "a nine-year-old boy"), or None when it describes none."""
    if m.slot != AGE_SLOT or not m.raw.casefold().replace(" ", "-").endswith("year-old"):
        return None
    hit = _DESCRIBED.match(text, m.span.end)
    if hit is None or hit["noun"] in _NOT_NOUNS:
        return None
    if _OTHER_PERSON_BEFORE.search(text, max(0, m.span.start - 40), m.span.start):
        return None
    return hit["noun"]


def described_age_pairs(ms: Sequence[Mention], ctx: Evidence) -> list[tuple[int, int]]:
    """(a dissenting age, the age most sources give) for each described, unnamed person aged differently."""
    pairs: list[tuple[int, int]] = []
    days = ctx.published.values()
    if days and max(days) - min(days) > NEWS_CYCLE:
        return pairs
    named = {i for by_source in named_ages(ms, ctx.texts).values() for idx in by_source.values() for i in idx}
    described: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
    for i, m in enumerate(ms):
        text = ctx.texts.get(m.source)
        if i in named or text is None:
            continue
        noun = _description(m, text)
        if noun is not None:
            described[noun][m.source].append(i)
    for by_source in described.values():
        stated: dict[str, int] = {}
        for source, idx in by_source.items():
            if not all(compatible(ms[idx[0]], ms[k]) for k in idx[1:]):
                break  # one source describes two such people: the ages are not one person's
            stated[source] = idx[0]
        else:
            votes = Counter(ms[i].canonical for i in stated.values())
            if len(stated) < _MIN_AGREE + 1:
                continue
            common, agree = votes.most_common(1)[0]
            if agree < _MIN_AGREE:
                continue
            anchor = next(i for i in stated.values() if ms[i].canonical == common)
            pairs.extend((i, anchor) for i in stated.values() if not compatible(ms[i], ms[anchor]))
    return pairs


__all__ = ["described_age_pairs"]
