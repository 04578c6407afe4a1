"""A worker's scan titles handed back (workers.py) answer as a scan here would (entities.person_titles)."""

from __future__ import annotations

from sourcediff.extract import entities
from sourcediff.model import Article
from sourcediff.workers import analyse_group

_TEXT = ("Finance Minister Orla Venn said the budget would pass. "
         "Chief Executive Tomas Brekke of Harrowgate Mills said 40 jobs were at risk. Venn said so again.")


def test_worker_titles_are_the_scan_titles() -> None:
    [(_, _, titles)] = analyse_group([Article(id="a", text=_TEXT)], None)
    assert titles == dict(entities.scan(_TEXT).index.titles)
    assert any(titles.values())  # the text gives its people titles: the comparison is not of two empties


def test_remembered_titles_answer_without_a_scan() -> None:
    text = _TEXT + " An invented line only this test uses."
    entities.remember_titles(text, {"Someone Else": frozenset({"Mayor"})})
    assert entities.person_titles(text) == {"Someone Else": frozenset({"Mayor"})}


def test_remembered_titles_are_bounded() -> None:
    for n in range(entities.SCAN_CACHE_SIZE + 3):
        entities.remember_titles(f"text {n}", {})
    assert len(entities._TITLES_SEEN) <= entities.SCAN_CACHE_SIZE
    assert "text 0" not in entities._TITLES_SEEN
    # a text never remembered is scanned
    assert entities.person_titles(_TEXT) == entities.scan(_TEXT).index.titles
