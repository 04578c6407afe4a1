"""A workforce a body will have is another population than the one on the job now (roles.PLANNED).

A story has one death toll, but a building project may count two sets of
people at work: the builders on the site now and the staff the finished
building will need. The one-count-per-source comparison
(divergeslots._role_pairs) set them against each other as rival values of
one workforce; read by the future or planned verb right before the count
("will need", "is expected to employ", "plans to hire"), they are two facts,
while two sources' planned workforces still diverge.
"""

from __future__ import annotations

import pytest

from sourcediff import Article, compare
from sourcediff.pipeline import analyse


def counts(text: str) -> list[tuple[str, str | None]]:
    """(raw, role) of every count in ``text``."""
    out = []
    for m in analyse(Article.from_text(text)).mentions:
        if m.slot == "number:count":
            roles = [c.removeprefix("role:") for c in m.cues if c.startswith("role:")]
            out.append((m.raw, roles[0] if roles else None))
    return out


def story_verdicts(*articles: str) -> list[str]:
    """Verdicts of the count facts of invented articles, each a different outlet's telling."""
    arts = [Article.from_text(t, id=f"s{n}", published="2024-03-05") for n, t in enumerate(articles)]
    return sorted(f.status.value for f in compare(arts).facts if f.kind.value == "number")


@pytest.mark.parametrize(("text", "expected"), [
    ("The new library will need 140 staff when it opens.", [("140", "planned-staff")]),
    ("The depot is expected to employ about 900 workers by 2031.", [("about 900", "planned-staff")]),
    ("The operator plans to hire 400 employees next year.", [("400", "planned-staff")]),
    ("The terminal would create a workforce of 1,200 staff, the port said.", [("1,200", "planned-staff")]),
    # the staff on the job now keep the plain role
    ("The builder has about 600 workers on the site.", [("about 600", "staff")]),
    ("The mill employs 2,400 workers.", [("2,400", "staff")]),
    # a future verb that takes on nobody leaves the workforce as it is
    ("Its 2,100 staff will be paid as normal for now.", [("2,100", "staff")]),
    # jobs lost are still no workforce
    ("The firm will lay off 1,200 workers.", [("1,200", None)]),
])
def test_planned_workforce_role(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert counts(text) == expected


@pytest.mark.parametrize(("articles", "expected"), [
    # the builders on the site now and the staff the finished building will need: two facts, no rivals
    (("The council said its new leisure centre will open next spring. The contractor has about 640 "
      "workers on the site.",
      "The leisure centre is running late. When it opens, it will need 420 staff."),
     ["unique", "unique"]),
    # two sources' planned workforces of one building still diverge
    (("The council said its new leisure centre will open next spring. It will need 180 staff.",
      "The leisure centre is running late. When it opens, it will need 210 staff."),
     ["diverge"]),
    # ... and two sources' workforces on the job now
    (("The council said its new leisure centre will open next spring. The contractor has 640 workers "
      "on the site.",
      "The leisure centre is running late. The contractor has 590 workers on the site."),
     ["diverge"]),
])
def test_a_planned_workforce_is_no_rival_of_the_one_at_work(articles: tuple[str, ...],
                                                            expected: list[str]) -> None:
    assert story_verdicts(*articles) == expected
