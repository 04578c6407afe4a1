"""A fact box's "Guaranteed: $38.5M" is the same sum as two outlets' "$40 million is fully guaranteed" and
"$40m of the money is guaranteed": the label names its figure's measure and the prose names it after the
figure, so the newsletter's lone sum is their rival (diverge), not a unique detail."""

from __future__ import annotations

import datetime as dt

from sourcediff import Article, compare

WIRE = ("The Harlow Hawks signed winger Piet Sandor to a four-year, $48 million extension on Monday, the "
        "club said.\n\nOf the total, $40 million is fully guaranteed, according to people familiar with "
        "the terms who were not authorised to speak.")
SITE = ("Sandor is staying. The winger gets $48m over four years from the Hawks.\n\nThere is a signing bonus "
        "of six million dollars on top of his salary, and $40m of the money is guaranteed, a club source "
        "told us.")
SHEET = ("Hawks and Sandor: the numbers\n\nThe Harlow Hawks and winger Piet Sandor agreed a four-year, $48M "
         "extension.\n\n{label}: $38.5M\n\nSigning bonus: $6M, payable on signing\n\nAgent: Lise Morrow")


def _status_of(raw: str, label: str) -> str:
    day = dt.date(2026, 3, 4)
    texts = {"wire": WIRE, "site": SITE, "sheet": SHEET.format(label=label)}
    report = compare([Article(id=key, text=text, published=day) for key, text in texts.items()])
    [fact] = [f for f in report.facts if any(m.raw == raw for m in f.mentions)]
    return fact.status.value


def test_a_labelled_sum_is_the_rival_of_the_sum_its_label_names() -> None:
    assert _status_of("$38.5M", "Guaranteed") == "diverge"


def test_a_label_naming_another_measure_stays_unique() -> None:
    assert _status_of("$38.5M", "Deferred") == "unique"
