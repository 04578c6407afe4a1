"""Rankings: "world No. 3", "ranked third in the world", "the No. 4 seed" are one rank value.

Sports reports place a player or a team in a ranking, and outlets working
from lists of different weeks disagree on it ("world No. 3" against "world
No. 4"). Read as a loose figure the place is nothing ("No. 3" is a label,
like "Flight 17") or a count of nothing, so the two were never compared.
Here it is a whole number in its own slot: "number:rank" for a place in a
ranking, "number:seed" for a seeding in a draw (a world No. 3 may be the
No. 4 seed: the two are never set against each other).

"No." alone is no rank ("No. 10 Downing Street", "the No 2 bus", "Flight
No. 17"): a place is read only next to a word that makes it one, "world"
before it ("world No. 3", "the world's number one"), "ranked"/"seeded"
before it ("ranked third in the world", "seeded No. 4"), or "seed",
"ranking", "in the world" after it ("the No. 4 seed", "the No. 1 ranking",
"No. 3 in the world", "the fourth seed").
"""

from __future__ import annotations

import re
from decimal import Decimal

from sourcediff.extract.amounts import WORD_VALUES
from sourcediff.extract.cues import ORDINAL_WORDS, cues
from sourcediff.extract.placelists import in_ranking
from sourcediff.extract.shared import holding, passage_mentions, shared_text
from sourcediff.model import Article, Mention, Passage
from sourcediff.regexcache import regex
from sourcediff.values import Quantity

RANK_SLOT = "number:rank"
# Seedings are read by find() but off for now: "the Colts secure the No. 5 seed" tied an ECB+ NFL lead
# holding the seed and a quarterback's stats to the stats sentences of other outlets (ECB+ ecb wrong
# pairs 0.096 -> 0.098), so a seed stays the loose figure it was until that is weighed.
SEEDS_READ = False
SEED_SLOT = "number:seed"
# A draft pick: "the No. 3 pick", "the third overall pick in the 2021 draft" is a player's place in a
# league's draft order, which outlets give as "No. 3", "third overall" or "the 2021 No. 3 selection".
PICK_SLOT = "number:pick"

ORDINALS = {w: i for i, w in enumerate(ORDINAL_WORDS, 1)}


def ordinal_value(word: str) -> int:
    """The number a folded ordinal names, "3rd" or "third" -> 3: one reading for every ordinal scan
    (places, running orders, title counts, editions), so none reads "21st" its own way."""
    return int(word[:-2]) if word[0].isdigit() else ORDINALS[word]


_CARDINALS = "|".join(w for w, v in WORD_VALUES.items() if 1 <= v <= 20)
_ORDINAL_WORDS = "|".join(ORDINALS)
# The place: "No. 3", "No 3", "number three", "#3".
_NO = rf"(?:No\.?\s?|[Nn]umber\s+|#)(?P<n>\d{{1,3}}|(?i:{_CARDINALS}))\b"
# ... or an ordinal: "third", "3rd".
_NTH = rf"(?P<o>\d{{1,3}}(?:st|nd|rd|th)|(?i:{_ORDINAL_WORDS}))\b"
_SEED_AFTER = r"\s+(?:seed|seeded)\b"
_RANK_AFTER = r"(?:\s+(?:ranking|ranked|in\s+the\s+world)\b|[\s-]ranked\b)"
_WORLD = r"\b(?i:world(?:'s|’s)?|global)\s+"
# An ordinal, with the "from" of a move's place left ("from 14th to sixth in the world ranking"): a rank
# when placelists names a ranking after it ("sixth in the world ranking", "11th in the FIFA rankings",
# "29th in the world"), the one test positions.py asks too, so a place is read by one of the two only.
_LISTED_NTH = regex(rf"\b(?:(?i:from)\s+)?{_NTH}")

# A place in a ranking: "world No. 3", "the world's number one", "ranked third in the world",
# "ranked No. 57", "the No. 1 ranking", "No. 3 in the world", "the world's third-ranked player",
# and (_LISTED_NTH) "sixth in the world ranking" and both ends of a move in one ("from 14th to sixth in the
# rankings": the place left and the place reached, each a rank of its own).
_RANKS = (
    regex(rf"{_WORLD}{_NO}(?!{_SEED_AFTER})"),
    regex(rf"\b(?i:ranked)\s+{_NO}"),
    regex(rf"\b(?i:ranked)\s+{_NTH}"),
    regex(rf"\b{_NO}(?={_RANK_AFTER})"),
    regex(rf"{_WORLD}{_NTH}(?=[\s-]ranked\b)"),
)
# A seeding: "the No. 4 seed", "fourth seed", "seeded No. 4", "seeded fourth".
_SEEDS = (
    regex(rf"\b{_NO}(?={_SEED_AFTER})"),
    regex(rf"\b{_NTH}(?=\s+seed\b)"),
    regex(rf"\b(?i:seeded)\s+{_NO}"),
    regex(rf"\b(?i:seeded)\s+{_NTH}"),
)


# A draft pick: "the No. 3 pick", "the No. 1 overall selection", "No. 2 draft pick"; an ordinal, or a
# "choice", needs "overall" or "draft" beside its noun ("the third overall pick", "his first draft choice",
# "the first pick in the 2021 draft"), since "the first pick of the harvest" or "the No. 1 choice for
# commuters" is no draft; and a verb of drafting before a place and "overall" ("taken third overall",
# "picked No. 3 overall"), not "went" or "finished" ("went fifth overall" is a race's standing).
_DRAFTED = r"\s+(?:overall\s+(?:draft\s+)?|draft\s+)(?:pick|selection|choice)\b"
_PICKS = (
    regex(rf"\b{_NO}(?=\s+(?:overall\s+)?(?:draft\s+)?(?:pick|selection)\b|{_DRAFTED})"),
    regex(rf"\b{_NTH}(?={_DRAFTED}|\s+(?:pick|selection)\s+(?:in|of)\s+the\s+(?:\d{{4}}\s+)?draft\b)"),
    regex(rf"\b(?:[Pp]icked|[Tt]aken|[Ss]elected|[Dd]rafted)\s+(?:{_NO}|{_NTH})(?=\s+overall\b)"),
)


def _place(m: re.Match[str]) -> int | None:
    """The whole number a match names, None when it is out of any ranking's reach (0, or no number)."""
    groups = m.groupdict()
    if groups.get("n"):
        word = groups["n"]
        value = int(word) if word.isdigit() else WORD_VALUES.get(word.lower())
    else:
        word = m["o"].lower()
        value = int(word[:-2]) if word[0].isdigit() else ORDINALS.get(word)
    return value if value else None


@shared_text
def find(text: str) -> tuple[tuple[int, int, Quantity, str], ...]:
    """(start, end, place, slot) for every rank or seed in ``text``; shared: numbers skips their figures."""
    c = cues(text)
    if not c.has_ci("world", "rank", "seed", "global", "pick", "selection", "choice", "overall", "list",
                    "index"):
        return ()
    out: list[tuple[int, int, Quantity, str]] = []
    scans: tuple[tuple[tuple[re.Pattern[str], ...], str], ...] = ((_RANKS, RANK_SLOT), (_PICKS, PICK_SLOT))
    if SEEDS_READ:
        scans += ((_SEEDS, SEED_SLOT),)
    for patterns, slot in scans:
        for pattern in patterns:
            for m in pattern.finditer(text):
                value = _place(m)
                if value is None or any(s < m.end() and m.start() < e for s, e, _, _ in out):
                    continue  # "world No. 1 ranking" once, by the first pattern that reads it
                out.append((m.start(), m.end(), Quantity(Decimal(value)), slot))
        if slot == RANK_SLOT:
            _listed(text, out)
    return tuple(sorted(out, key=lambda f: f[0]))


def _listed(text: str, out: list[tuple[int, int, Quantity, str]]) -> None:
    """The ordinals placelists puts in a named ranking, added to ``out`` where no rank was read yet."""
    for m in _LISTED_NTH.finditer(text):
        value = _place(m)
        if (value is not None and in_ranking(text, m.end())
                and not any(s < m.end() and m.start() < e for s, e, _, _ in out)):
            out.append((m.start(), m.end(), Quantity(Decimal(value)), RANK_SLOT))


def extract(article: Article, passages: tuple[Passage, ...]) -> tuple[Mention, ...]:
    """Ranks and seeds in every passage, slots "number:rank"/"number:seed"; offsets absolute."""
    passages = holding(passages, find)
    return (passage_mentions(article, passages, _scan_ranks, RANK_SLOT, ("rank",))
            + passage_mentions(article, passages, _scan_seeds, SEED_SLOT, ("seed",))
            + passage_mentions(article, passages, _scan_picks, PICK_SLOT, ("pick", "selection", "choice",
                                                                            "overall")))


def _scan_ranks(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """The places in a ranking only (not seeds)."""
    return tuple((s, e, v) for s, e, v, k in find(text) if k == RANK_SLOT)


def _scan_picks(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """The draft picks only."""
    return tuple((s, e, v) for s, e, v, k in find(text) if k == PICK_SLOT)


def _scan_seeds(text: str) -> tuple[tuple[int, int, Quantity], ...]:
    """The seedings only."""
    return tuple((s, e, v) for s, e, v, k in find(text) if k == SEED_SLOT)
