"""Two sources' month ranges (each month with its year) that share an end and differ in the other diverge.

"the levy was charged from March 2019 to June 2022" against "between March
2020 and June 2022": June 2022 agreed, and the rival start stayed "only in"
one source, since a month with its year is no rival of another by itself and
a claim's consensus reads only a passage's one month. The articles are invented.
"""

from __future__ import annotations

from sourcediff.model import Article, Kind
from sourcediff.pipeline import compare

GAZETTE = """Council admits overcharging tenants on heating levy

Dunmarrow Council said on Tuesday it had overcharged 2,300 tenants on a district heating levy.

The levy was wrongly charged from March 2019 to June 2022, the council said.

Refunds will be paid by the end of the year.
"""
POST = """Tenants overcharged for heating, council says

Dunmarrow Council admitted on Tuesday that 2,300 tenants were overcharged for district heating.

The council said the levy was wrongly charged between March 2020 and June 2022.

Tenants will get refunds by the end of the year.
"""
WIRE = """Dunmarrow tenants to get heating refunds

Dunmarrow Council said on Tuesday that 2,300 of its tenants had been overcharged for district heating.

Tenants were wrongly charged the levy from March 2019 to June 2022, according to the council.

Refunds are due by the end of the year.
"""


def _dates(texts: dict[str, str]) -> list[tuple[str, list[str]]]:
    report = compare([Article.from_text(t, id=k) for k, t in texts.items()])
    return [(f.status.value, sorted(m.raw for m in f.mentions)) for f in report.facts if f.kind is Kind.DATE]


def test_a_month_range_start_told_otherwise_diverges_and_the_shared_end_agrees() -> None:
    dates = _dates({"gazette": GAZETTE, "post": POST, "wire": WIRE})
    assert ("diverge", ["March 2019", "March 2019", "March 2020"]) in dates
    assert ("agree", ["June 2022", "June 2022", "June 2022"]) in dates


def test_two_sources_month_range_end_told_otherwise_diverges() -> None:
    post = POST.replace("between March 2020 and June 2022", "between March 2019 and July 2022")
    dates = _dates({"gazette": GAZETTE, "post": post})
    assert ("diverge", ["July 2022", "June 2022"]) in dates
    assert ("agree", ["March 2019", "March 2019"]) in dates


def test_two_months_in_passages_that_are_no_ranges_stay_apart() -> None:
    gazette = GAZETTE.replace("from March 2019 to June 2022", "in March 2019 and again in June 2022")
    post = POST.replace("between March 2020 and June 2022", "in March 2020 and again in June 2022")
    dates = _dates({"gazette": gazette, "post": post})
    assert not any(status == "diverge" and "March 2020" in raws for status, raws in dates)
