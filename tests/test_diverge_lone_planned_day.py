"""A source's one day still ahead, worded apart, against the day three other sources agree on.

"The service is due to return on 20 April" against three outlets' "would
be back on April 6", "will be back on April 6" and "The relaunch is
scheduled for 6 April": "return", "back" and "relaunch" share no stem, so the
dissenter's pair score and the words around its day stayed under the
consensus's bars and the planted rival was a unique fact. The rule takes a
dissenter that plans one day in its whole article, against at least three
agreeing days still to come, when a content word beside the days is shared.
"""

from __future__ import annotations

from sourcediff import Article, compare


def _story(dissent: str) -> list[Article]:
    texts = [
        ("PELLORY, March 3 - Harwick Ferries suspended its Pellory crossing on Monday after storm damage "
         "to two of its boats. The company said the boats would be back on April 6 with stronger hulls and "
         "radios. "
         "Captain Ola Brenner said the crew had worked through the night.", "2026-03-03"),
        ("Harwick Ferries has pulled its Pellory boats after the storm. Harwick says the boats will be "
         "back on April 6 with new hulls and radios. Regular travellers face a long detour by road.",
         "2026-03-04"),
        ("The Pellory crossing was suspended on 2 March after storm damage. The relaunch is scheduled for "
         "6 April. Harwick Ferries runs four other routes on the coast.", "2026-03-05"),
        (f"Nothing has sailed from Pellory since last Monday's storm. {dissent} Islanders have started a "
         "petition for a replacement boat.", "2026-03-07"),
    ]
    return [Article.from_text(t, id=f"s{n}", published=p) for n, (t, p) in enumerate(texts)]


def _day_facts(articles: list[Article]) -> list[tuple[str, str]]:
    return [(f.status.value, f.summary) for f in compare(articles).facts
            if f.kind.value == "date" and "April" in f.summary]


def test_a_lone_planned_day_worded_apart_diverges() -> None:
    facts = _day_facts(_story("The service is due to return on 20 April, with radios on every boat."))
    assert any(status == "diverge" and "20 April" in summary for status, summary in facts), facts


def test_the_same_day_worded_apart_agrees() -> None:
    facts = _day_facts(_story("The service is due to return on 6 April, with radios on every boat."))
    assert not any(status == "diverge" for status, _ in facts), facts


def test_a_dissenter_planning_two_days_is_left_alone() -> None:
    # the magazine also plans an inquiry on 14 April: its 20 April may date another step
    facts = _day_facts(_story("The service is due to return on 20 April, with radios on every boat. "
                              "An inquiry will report on 14 April."))
    assert not any(status == "diverge" and "20 April" in summary for status, summary in facts), facts
