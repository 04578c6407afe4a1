"""A day a change takes effect, given by two outlets and misstated by a third, is a divergence.

"renamed from June 1, 2028, the start of the 2028-29 season" and "renamed
from 1 June 2028" against "which opened in 1904, will become ... on
1 September 2028": three things hid the third outlet's day from the claim's
consensus. The season after the day restated it, so the first passage
seemed to state two dates; the year gone by beside the day to come made the
third passage state two; and "from" a day still to come was read as a span's
bound, never the rival of a plain "on". Each is one date, the day of the
change, and the odd day is a rival.
"""

from __future__ import annotations

from sourcediff import Article, compare


def _dates(texts: list[tuple[str, str]]) -> list[tuple[str, set[str]]]:
    report = compare([Article.from_text(t, id=f"s{n}", published=p) for n, (p, t) in enumerate(texts)])
    return [(f.status.value, {m.raw for m in f.mentions}) for f in report.facts if f.kind.name == "DATE"]


_FIRST = ("2027-03-02", "Marlow Vale Rugby Club will rename its Tannery Lane ground the Gorse Hall Arena "
          "from June 1, 2028, the start of the 2028-29 season. The club's board approved the change on "
          "Monday after a vote of members.")
_SECOND = ("2027-03-03", "Tannery Lane will be renamed the Gorse Hall Arena from 1 June 2028, Marlow Vale "
           "Rugby Club said. Members backed the change by a large margin.")
_ODD = ("2027-03-06", "The ground, which has been called Tannery Lane since it opened in 1904, will "
        "become the Gorse Hall Arena on 1 September 2028.")


def test_the_odd_start_day_diverges_from_the_agreed_one() -> None:
    facts = _dates([_FIRST, _SECOND, _ODD])
    assert any(status == "diverge" and {"June 1, 2028", "1 September 2028"} <= raws for status, raws in facts)


def test_the_same_start_day_agrees() -> None:
    same = (_ODD[0], _ODD[1].replace("on 1 September 2028", "on 1 June 2028"))
    facts = _dates([_FIRST, _SECOND, same])
    assert not any(status == "diverge" for status, _ in facts)
    assert any(status == "agree" and {"June 1, 2028", "1 June 2028"} <= raws for status, raws in facts)


def test_a_day_without_its_year_still_shields_a_year_of_history() -> None:
    """Undated articles: "Jan. 4" keeps no year, so it fits any year, and an agreeing outlet that writes
    it leaves another outlet's year of history alone, as before the season rule (an earlier quake is no
    rival)."""
    texts = [
        "A strong earthquake struck the coast of Varnia on Jan. 4, officials said. The last great quake hit "
        "the Varnia coast in 2004, when a tsunami killed thousands of people.",
        "Residents fled to high ground. The last great quake hit the Varnia coast in 2004 and set off a "
        "tsunami that killed thousands of people.",
        "Buildings shook for a minute. The last great quake to hit the Varnia coast, in 2004, set off a "
        "tsunami that killed thousands of people.",
        "Schools were closed. Another great quake hit the Varnia coast in 1996 and set off a tsunami that "
        "killed hundreds of people.",
    ]
    report = compare([Article.from_text(t, id=f"s{n}") for n, t in enumerate(texts)])
    years = [(f.status.value, {m.raw for m in f.mentions}) for f in report.facts if f.kind.name == "DATE"]
    assert ("unique", {"1996"}) in years and ("agree", {"2004"}) in years
