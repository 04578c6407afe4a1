"""A reference to a marked office ("the shadow health minister", "the former mayor") is not the office-holder.

Invented text. Parliaments have a minister and a shadow minister for one
brief; a town has a mayor and a former mayor. A later "the shadow health
minister said" took the last person titled "Health Minister", and an
opposition figure's words went to the minister they attacked. A reference
whose office is marked (shadow, former, deputy, vice, acting) fits only a
person described with that mark too.
"""

from __future__ import annotations

from sourcediff import Article
from sourcediff.pipeline import analyse


def speakers(body: str) -> list[str | None]:
    article = Article.from_text("Hospital plan unveiled\n\n" + body, id="s0", published="2026-05-04")
    return [m.speaker for m in analyse(article).mentions if m.kind.value == "quote"]


def test_shadow_minister_is_not_the_minister() -> None:
    body = ('Health Minister Ada Penhollow unveiled the plan on Monday. "Every town will have a clinic," '
            'Penhollow said.\n\nFor the opposition, Rufus Tamblin was unimpressed. "This is a promise '
            'with no money behind it," the shadow health minister said.')
    got = speakers(body)
    assert got[0] == "Ada Penhollow"
    assert got[1] != "Ada Penhollow"


def test_former_mayor_is_not_the_mayor() -> None:
    body = ('Mayor Ada Penhollow opened the bridge on Monday. "It took ten years," Penhollow said.\n\n'
            'Rufus Tamblin was in the crowd. "We planned this in 2015," the former mayor said.')
    got = speakers(body)
    assert got[1] != "Ada Penhollow"


def test_plain_reference_still_finds_the_minister() -> None:
    body = ('Health Minister Ada Penhollow unveiled the plan on Monday.\n\n'
            '"Every town will have a clinic," the minister said.')
    assert speakers(body) == ["Ada Penhollow"]


def test_marked_reference_finds_a_person_with_the_mark() -> None:
    body = ('Shadow Health Minister Rufus Tamblin toured the ward on Monday.\n\n'
            '"This is a promise with no money behind it," the shadow health minister said.')
    assert speakers(body) == ["Rufus Tamblin"]


def test_shadow_minister_description_names_no_minister_across_sources() -> None:
    from sourcediff import compare

    wire = Article.from_text("Clinics promised\n\nHealth Minister Ada Penhollow promised a clinic in every "
                             "town on Monday.", id="w", published="2026-05-04")
    paper = Article.from_text("Clinics row\n\nThe plan was attacked by the shadow health minister on "
                              "Tuesday, who called it a promise with no money behind it.",
                              id="p", published="2026-05-05")
    report = compare([wire, paper])
    named = {m.raw for s in report.sources if s.article.id == "p" for m in s.mentions
             if m.kind.value == "person" and getattr(m.value, "name", None) == "Ada Penhollow"}
    assert named == set()


def test_plain_description_names_the_minister_across_sources() -> None:
    from sourcediff import compare

    wire = Article.from_text("Clinics promised\n\nHealth Minister Ada Penhollow promised a clinic in every "
                             "town on Monday.", id="w", published="2026-05-04")
    paper = Article.from_text("Clinics row\n\nThe plan was unveiled by the health minister on Monday, "
                              "who promised a clinic in every town.", id="p", published="2026-05-05")
    report = compare([wire, paper])
    named = {m.raw for s in report.sources if s.article.id == "p" for m in s.mentions
             if m.kind.value == "person" and getattr(m.value, "name", None) == "Ada Penhollow"}
    assert named
