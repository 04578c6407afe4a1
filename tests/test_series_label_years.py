"""A fact box's "Last big break: 2017" dates the occurrence its label names, like "in 2017" in prose.

Local papers and explainers end with a box of short lines; a label that
names an occurrence by its place in a series ("last", "previous", "first",
"next") asks when, so a bare year under it is a date, and it must meet the
other outlets' "the last major eruption, in 1913" as the same year. A label
of a counted thing ("Last year's total", "Previous attendance") asks how
many, and a figure that goes on ("2017 homes") is a count: those stay out.
"""

from __future__ import annotations

import pytest

from sourcediff import Article
from sourcediff.pipeline import analyse


def dates(text: str) -> list[tuple[str, str]]:
    return [(m.raw, m.canonical) for m in analyse(Article.from_text(text)).mentions if m.kind.value == "date"]


YEAR_1913 = ("1913", "1913-01-01..1913-12-31")


@pytest.mark.parametrize("text", [
    "The volcano rumbled again.\n\nLast eruption: 1913",
    "The volcano rumbled again.\n\n- Previous eruption: 1913, when the town was evacuated",
    "The volcano rumbled again.\n\n* Last major eruption: 1913.",
    "The volcano rumbled again.\n\nMost recent eruption: 1913",
])
def test_series_label_dates_its_occurrence(text: str) -> None:
    assert YEAR_1913 in dates(text)


@pytest.mark.parametrize("text", [
    "The fair closed.\n\nLast year's total: 1913",  # a count of last year's visitors
    "The fair closed.\n\nPrevious attendance: 1913",  # a word of counting
    "The fair closed.\n\nFirst count: 1913 homes",  # the figure goes on with its noun
    "The fair closed.\n\nLast day sales: 1913",  # a plural of counted things
    "The fair closed. Its last big day: 1913 visitors came.",  # not a box line
])
def test_counted_labels_stay_counts(text: str) -> None:
    assert YEAR_1913 not in dates(text)


def test_boxed_year_meets_the_prose_year() -> None:
    from sourcediff import compare

    wire = Article.from_text("The Halden volcano erupted on Monday. The last major eruption, in 1913, buried "
                             "two villages under ash, the observatory said.", id="wire",
                             published="2027-03-02")
    paper = Article.from_text("The Halden volcano erupted on Monday, the observatory said.\n\n"
                              "Last major eruption: 1913, two villages buried", id="paper",
                              published="2027-03-02")
    report = compare([wire, paper]).to_dict()
    years = [f for f in report["facts"] if any(m["text"] == "1913" for m in f["mentions"])]
    assert years and {m["source"] for m in years[0]["mentions"]} == {"wire", "paper"}
