"""Two aligned passages that age two people, one age shared and one different (invented text).

"Ian Moss, 81, and his wife Ruth, 78" against "Ian Moss, 81, and wife Ruth,
79": the shared 81 shows the passages age the same couple, and what is left
of each is the other's rival, though "wife Ruth" is no person mention the
per-person age rule could key.
"""

from __future__ import annotations

from sourcediff import Article, compare

A = ("Ian Moss, 81, and his wife Ruth, 78, were taken to hospital after the crash on the "
     "coast road near Alnmouth on Sunday, police said.")
B = ("Ian Moss, 81, and wife Ruth, 79, were taken to hospital after the smash on the "
     "coast road near Alnmouth on Sunday.")
C = ("Ian Moss, 81, and his wife Ruth, 78, were taken to hospital after the crash on the "
     "coast road near Alnmouth on Sunday.")


def test_the_age_left_over_diverges() -> None:
    arts = [Article.from_text(t, id=k, published="2026-04-06") for k, t in (("a", A), ("b", B), ("c", C))]
    facts = compare(arts).facts
    diverged = [sorted(m.raw for m in f.mentions) for f in facts if f.status.value == "diverge"]
    assert ["78", "78", "79"] in diverged
    agreed = [sorted(m.raw for m in f.mentions) for f in facts if f.status.value == "agree"]
    assert ["81", "81", "81"] in agreed


def test_described_ages_are_not_rivals() -> None:
    a = ("A 12-year-old boy and his 40-year-old father were pulled from the river at Kelso on Sunday, "
         "police said.")
    b = ("A 16-year-old boy and his 40-year-old father were pulled from the river at Kelso on Sunday.")
    arts = [Article.from_text(t, id=k, published="2026-04-06") for k, t in (("a", a), ("b", b))]
    diverged = [sorted(m.raw for m in f.mentions) for f in compare(arts).facts if f.status.value == "diverge"]
    assert ["12-year-old", "16-year-old"] not in diverged
