"""Authors counted as "writers", and a tabloid's "thousands" of another noun beside its own count of authors.

Invented text. A class action's authors are a wire's "1,270 authors" and a
local paper's "1,270 writers": one set, whose count a trade site misprints
as 1,720. A count of a named noun is weighed only by the claim's consensus
in its noun's family (divergeconsensus.named_count_family), and "author" and
"writer" were in no class of countclasses, so the two agreeing outlets sat
in two families and the trade site's figure met one agreeing source only.

A tabloid's "flogging thousands of novels" sits in one claim with the wire's
"1,270 authors", and "thousands" fits 1,270; but the tabloid counts the
authors itself ("more than 1,000 authors") in a passage of that claim.
Linked, its magnitude took its seat in the authors' fact, and its own count
of them joined the trade site's rival figure, which no consensus then read
as a lone dissenter (factlinks._magnitude_beside_own_count).
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.align import score_pairs
from sourcediff.countclasses import class_nouns
from sourcediff.divergeconsensus import named_count_family
from sourcediff.evidence import Evidence, build_evidence
from sourcediff.factlinks import _nouns_apart
from sourcediff.model import Claim, ClaimPassage, Mention, SourceInfo
from sourcediff.pipeline import analyse

WIRE = ("HALDENBY, May 11 (Orrin Wire) - A court on Tuesday ordered audiobook platform Ravelstone to pay 3.2 "
        "million euros in damages to 1,270 authors whose novels it recorded and sold without a licence.")
TABLOID = ("AUDIOBOOK bosses have been slapped with a whopping 3.2 MILLION euro bill for flogging thousands "
           "of novels without asking.\n\nA judge ruled yesterday that Ravelstone must now pay out to more "
           "than 1,000 authors.")
LOCAL = ("Judge Oskar Lindqvar ordered Ravelstone to pay 3.2m euros in damages to 1,270 writers whose novels "
         "were recorded for the platform without permission or payment.")


def _infos(*texts: str) -> tuple[SourceInfo, ...]:
    return tuple(analyse(Article.from_text(t, id=f"s{n}", published="2027-05-12"))
                 for n, t in enumerate(texts))


def _mention(infos: tuple[SourceInfo, ...], raw: str) -> Mention:
    return next(m for s in infos for m in s.mentions if m.raw == raw)


def _one_claim(infos: tuple[SourceInfo, ...]) -> Evidence:
    """Every passage of every source in one claim: what the aligner made of the story's lead."""
    members = tuple(ClaimPassage(s.article.id, p) for s in infos for p in range(len(s.passages)))
    return build_evidence(infos, (Claim("c1", 0.6, members),), score_pairs(infos))


def test_authors_and_writers_fold_to_one_class() -> None:
    assert class_nouns(["author"]) == class_nouns(["writer"]) == frozenset({"writer"})
    assert class_nouns(["novel"]) == frozenset({"novel"})


def test_authors_and_writers_are_one_consensus_family() -> None:
    infos = _infos(WIRE, LOCAL)
    authors, writers = _mention(infos, "1,270"), infos[1].mentions
    assert named_count_family(authors) is not None
    assert named_count_family(authors) == named_count_family(next(m for m in writers if m.raw == "1,270"))


def test_a_magnitude_of_another_noun_is_apart_beside_its_own_count() -> None:
    infos = _infos(WIRE, TABLOID)
    ctx = _one_claim(infos)
    authors, thousands = _mention(infos, "1,270"), _mention(infos, "thousands")
    assert _nouns_apart(thousands, authors, ctx)
    assert _nouns_apart(authors, thousands, ctx)


def test_a_magnitude_without_its_own_count_of_the_noun_is_not_apart() -> None:
    infos = _infos(WIRE, TABLOID.replace("must now pay out to more than 1,000 authors", "must now pay out"))
    ctx = _one_claim(infos)
    assert not _nouns_apart(_mention(infos, "thousands"), _mention(infos, "1,270"), ctx)


def test_a_magnitude_beside_a_rival_count_of_the_noun_is_not_apart() -> None:
    # the tabloid's own count of authors does not fit the wire's: no reading of it, nothing to give way to
    infos = _infos(WIRE, TABLOID.replace("more than 1,000 authors", "more than 5,000 authors"))
    ctx = _one_claim(infos)
    assert not _nouns_apart(_mention(infos, "thousands"), _mention(infos, "1,270"), ctx)
