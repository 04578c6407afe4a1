"""Number and percent extraction: counts with their nouns, measures, hedges, and what must stay silent."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sourcediff import compare
from sourcediff.compat import compatible
from sourcediff.extract import numbers
from sourcediff.extract.amounts import parse_digits, singular
from sourcediff.extract.numbers import parse_quantity, unit_name
from sourcediff.model import Article, Block, Kind, Mention, Passage, Span
from sourcediff.segment import segment
from sourcediff.text import fold
from sourcediff.values import ABOVE, APPROX, BELOW, CEILING, FLOOR, QUALIFIERS, Quantity

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def mentions(text: str) -> tuple[Mention, ...]:
    article = Article.from_text(text, id="t")
    return numbers.extract(article, (Passage("t", 0, 0, Span(0, len(text)), text, fold(text)),))


def found(text: str) -> list[tuple[str, str, str]]:
    return [(m.raw, m.canonical, m.slot) for m in mentions(text)]


NUMBER_CASES = [
    # (sentence, raw, canonical, slot)
    ("The proposal came less than 48 hours before the deadline.", "less than 48 hours", "below 48 hour",
     "number:hour"),
    ("The strike has now lasted 5 weeks.", "5 weeks", "5 week", "number:week"),
    ("Negotiators were given forty-eight hours to respond.", "forty-eight hours", "48 hour", "number:hour"),
    ("Opec+ will cut output by three million barrels a day.", "three million barrels a day",
     "3000000 barrel per day", "number:barrel per day"),
    ("The hurricane made landfall about 200 miles north of Miami.", "about 200 miles", "approx 200 mile",
     "number:mile"),
    ("The court must rule within 10 days.", "10 days", "10 day", "number:day"),
    ("Ministers set a 10-day deadline for a reply.", "10-day", "10 day", "number:day"),
    ("Talks were held over two days in Geneva.", "two days", "2 day", "number:day"),
    ("Patients were followed for three and a half years.", "three and a half years", "3.5 year",
     "number:year"),
    ("The crew waited 2 and a half hours.", "2 and a half hours", "2.5 hour", "number:hour"),
    ("The fossils span one and a half million years.", "one and a half million years", "1500000 year",
     "number:year"),
    ("He faces up to 20 years in prison.", "up to 20 years", "ceiling 20 year", "number:year"),
    ("Repairs will take between 10 and 12 hours.", "between 10 and 12 hours", "10-12 hour", "number:hour"),
    ("Recovery could take two to three weeks, doctors said.", "two to three weeks", "2-3 week",
     "number:week"),
    ("Trains will be delayed by 10-15 minutes.", "10-15 minutes", "10-15 minute", "number:minute"),
    ("Customs seized 7.5 tonnes of cocaine.", "7.5 tonnes", "7.5 tonne", "number:tonne"),
    ("The runners covered 42 km in the heat.", "42 km", "42 kilometer", "number:kilometer"),
    ("She walked 10km to school.", "10km", "10 kilometer", "number:kilometer"),
    # A bare "m" after a whole number in thousands is metres; with a currency it stays millions.
    ("She won the 5,000m final in the rain.", "5,000m", "5000 meter", "number:meter"),
    ("The cyclists climbed to 2,100 m before noon.", "2,100 m", "2100 meter", "number:meter"),
    # After a single article and before no plural noun, a small bare "m" is one thing's length.
    ("The 240m tanker was towed away.", "240m", "240 meter", "number:meter"),
    ("The 240m, 2009-built tanker was towed away.", "240m", "240 meter", "number:meter"),
    ("The 2m viewers were a record for the channel.", "2m", "2000000", "number:count"),
    # Concentrations, short and spelled out, are one unit.
    ("The well water held 7.2 µg/L of arsenic.", "7.2 µg/L", "7.2 microgram per liter",
     "number:microgram per liter"),
    ("The test found 0.8 nanograms per millilitre of the drug.", "0.8 nanograms per millilitre",
     "0.8 nanogram per milliliter", "number:nanogram per milliliter"),
    ("Her sample showed 0.8 ng/ml.", "0.8 ng/ml", "0.8 nanogram per milliliter",
     "number:nanogram per milliliter"),
    # Particles or a gas in air: per cubic metre, short (m³, m3, cu m) and spelled out, are one unit.
    ("Fine dust over the valley reached 154 µg/m³ at dawn.", "154 µg/m³", "154 microgram per cubic meter",
     "number:microgram per cubic meter"),
    ("The monitors logged 61 ug/m3 by noon.", "61 ug/m3", "61 microgram per cubic meter",
     "number:microgram per cubic meter"),
    ("Soot stood at 154 micrograms per cubic metre.", "154 micrograms per cubic metre",
     "154 microgram per cubic meter", "number:microgram per cubic meter"),
    ("The leak left 2.5 mg/cu m of vapour in the hall.", "2.5 mg/cu m", "2.5 milligram per cubic meter",
     "number:milligram per cubic meter"),
    # Gas in air, a pollutant in water: parts per million or billion, short and spelled out.
    ("Sensors at the fence read 35 ppm of ammonia.", "35 ppm", "35 ppm", "number:ppm"),
    ("Chlorine peaked at 12 parts per million.", "12 parts per million", "12 ppm", "number:ppm"),
    ("Benzene in the river reached 400 ppb.", "400 ppb", "400 ppb", "number:ppb"),
    ("Winds reached 120 mph overnight.", "120 mph", "120 mph", "number:mph"),
    ("The fire burned 3,000 square miles of forest.", "3,000 square miles", "3000 square mile",
     "number:square mile"),
    ("Die Verhandlungen dauerten 48 Stunden.", "48 Stunden", "48 hour", "number:hour"),
    ("A 45-year-old man was arrested.", "45-year-old", "45 year", "number:age"),
    ("Jane Doe, 34, a nurse, was among the injured.", "34", "34 year", "number:age"),
    ("Okafor, 19, then headed the ball home.", "19", "19 year", "number:age"),
    # after a person described, not named: a noun phrase opened by a determiner
    ("The Harbourside-born sprint ace, 31, has been dropped.", "31", "31 year", "number:age"),
    ("His grandmother-of-four, 78, was unhurt.", "78", "78 year", "number:age"),
    ("The voting age of 16 was approved.", "16", "16 year", "number:age"),
    ("Lawmakers will lower the voting age to 16.", "16", "16 year", "number:age"),
    ("The suspects are aged between 19 and 54.", "between 19 and 54", "19-54 year", "number:age"),
    ("The suspects are aged 19 to 54.", "19 to 54", "19-54 year", "number:age"),
    # an age in a unit shorter than a year keeps its unit: no ten-year-old in "from 10 months"
    ("The patients range in age from 10 months.", "10 months", "10 month", "number:month"),
    ("The foal, aged 6 weeks, was rescued.", "6 weeks", "6 week", "number:week"),
    # which minute or lap in a sequence, not how many
    ("Okafor scored in the 87th minute.", "87th minute", "87", "number:ordinal"),
    ("The leader crashed on the 12th lap.", "12th lap", "12", "number:ordinal"),
    ("The pipeline carries 1.2 million barrels per day.", "1.2 million barrels per day",
     "1200000 barrel per day", "number:barrel per day"),
    ("The dam produces 2,000 megawatts.", "2,000 megawatts", "2000 megawatt", "number:megawatt"),
    ("It was the hottest day at 40 degrees Celsius.", "40 degrees Celsius", "40 degree celsius",
     "number:degree celsius"),
    ("Temperatures reached 41.5C in the west.", "41.5C", "41.5 degree celsius", "number:degree celsius"),
    ("Forecasters expect 104F by noon.", "104F", "104 degree fahrenheit", "number:degree fahrenheit"),
    ("Divers recovered 6 kilos of gold.", "6 kilos", "6 kilogram", "number:kilogram"),
    ("The bus was doing 90 kmph on the bend.", "90 kmph", "90 km/h", "number:km/h"),
    # how often something happened: a count of occasions
    ("The ferry had sailed 41 times before the refit.", "41", "41", "number:count"),
    ("The hearing was postponed three times.", "three", "3", "number:count"),
    # counts: the value is the figure, the noun goes to cues
    ("More than 1,000 people were arrested.", "More than 1,000", "above 1000", "number:count"),
    ("At least 12 people died in the blast.", "At least 12", "floor 12", "number:count"),
    ("Nearly 3.5 million voters stayed home.", "Nearly 3.5 million", "approx 3500000", "number:count"),
    ("The company employs over 300 engineers.", "over 300", "above 300", "number:count"),
    ("Fewer than 50 companies applied.", "Fewer than 50", "below 50", "number:count"),
    ("The ministry sent 15,000 troops to the border.", "15,000", "15000", "number:count"),
    ("A dozen officers were injured.", "A dozen", "12", "number:count"),
    ("Half a dozen ministers resigned.", "Half a dozen", "6", "number:count"),
    ("Seven Democratic senators backed the bill.", "Seven", "7", "number:count"),
    ("Two of the companies declined to comment.", "Two", "2", "number:count"),
    ("The app has 1.2bn users worldwide.", "1.2bn", "1200000000", "number:count"),
    ("Some 300 families were evacuated.", "Some 300", "approx 300", "number:count"),
    ("Tens of thousands of protesters marched.", "Tens of thousands", "approx 20000-99999", "number:count"),
    ("Dozens of people gathered outside.", "Dozens", "approx 24-119", "number:count"),
    ("Three hundred workers lost their jobs.", "Three hundred", "300", "number:count"),
    ("These two issues have been our red lines.", "two", "2", "number:count"),
    # a figure of thousands is a count even when its noun stands elsewhere
    ("Organisers put the turnout at 3.5 million.", "3.5 million", "3500000", "number:count"),
    ("Crowds filled the capital, 87,000 according to police.", "87,000", "87000", "number:count"),
    # ... and so is a range of two such figures, its noun standing before it
    ("The union put the number of posts at stake at between 6,000 and 9,000, it said.",
     "between 6,000 and 9,000", "6000-9000", "number:count"),
]


@pytest.mark.parametrize(("text", "raw", "canonical", "slot"), NUMBER_CASES)
def test_number_phrasings(text: str, raw: str, canonical: str, slot: str) -> None:
    (m,) = mentions(text)
    assert (m.kind, m.raw, m.canonical, m.slot) == (Kind.NUMBER, raw, canonical, slot)


@pytest.mark.parametrize(("text", "noun"), [
    ("These two issues have been the company's red lines.", "issue"),
    ("with our two requested safeguards in place", "safeguard"),
    ("these two exceptions have not been a barrier", "exception"),
    ("More than 1,000 people were arrested.", "person"),
    ("Two of the companies declined to comment.", "company"),
    ("Seven Democratic senators backed the bill.", "senator"),
    ("Dozens of people gathered outside.", "person"),
    ("Two U.S. officials said the talks stalled.", "official"),
])
def test_counted_noun_goes_to_cues(text: str, noun: str) -> None:
    (m,) = mentions(text)
    assert m.cues[:1] == (noun,) and m.value.unit is None


def test_both_ends_of_an_age_change_are_ages() -> None:
    assert found("They will raise the retirement age from 64 to 65 by 2032.") == [
        ("64", "64 year", "number:age"), ("65", "65 year", "number:age")]


@pytest.mark.parametrize(("text", "expected"), [
    # what the youngest or oldest is, is an age
    ("The youngest of the crew is 23 and the oldest, its skipper Ana Ruiz, is 61.",
     [("23", "23 year", "number:age"), ("61", "61 year", "number:age")]),
    ("The oldest resident was just 97.", [("97", "97 year", "number:age")]),
    # a figure with its unit or noun after it is that measure or count
    ("The oldest of the bridges is 120 metres long.", [("120 metres", "120 meter", "number:meter")]),
    ("The youngest team fielded 11 players.", [("11", "11", "number:count")]),
])
def test_what_the_youngest_or_oldest_is_is_an_age(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_counts_of_different_nouns_share_value_and_slot() -> None:
    (a,) = mentions("They raised two issues.")
    (b,) = mentions("They allowed two exceptions.")
    assert a.value == b.value == Quantity(Decimal(2)) and a.slot == b.slot == "number:count"


PERCENT_CASES = [
    ("Inflation eased to 12% in March.", "12%", "12%"),
    ("Turnout was 12 percent lower.", "12 percent", "12%"),
    ("Sales rose 12 per cent in the year.", "12 per cent", "12%"),
    ("The gap narrowed by 12.5 percentage points.", "12.5 percentage points", "1250 basis point"),
    ("Support has fallen to nearly 12%.", "nearly 12%", "approx 12%"),
    ("Unemployment has been stuck near 8 per cent for years.", "near 8 per cent", "approx 8%"),
    ("Growth will be between 10% and 12%.", "between 10% and 12%", "10-12%"),
    ("Prices could rise 10 to 12 percent.", "10 to 12 percent", "10-12%"),
    ("Die Inflation lag bei 3,5 Prozent.", "3,5 Prozent", "3.5%"),
    ("Only five percent of calls were answered.", "five percent", "5%"),
    ("The Fed cut rates by 25 basis points.", "25 basis points", "25 basis point"),
    ("More than 60% of voters backed the plan.", "More than 60%", "above 60%"),
    ("Unemployment is 4.1 % now.", "4.1 %", "4.1%"),
    ("a 34pc premium to Kestrel's closing price", "34pc", "34%"),
    ("Shares fell 3 pc in London.", "3 pc", "3%"),
    ("Inflation rose by 2.5 per cent.", "2.5 per cent", "2.5%"),
    ("Exports were up 34pct in October.", "34pct", "34%"),
    ("Sales rose 4 pct year on year.", "4 pct", "4%"),
]


@pytest.mark.parametrize(("text", "raw", "canonical"), PERCENT_CASES)
def test_percent_phrasings(text: str, raw: str, canonical: str) -> None:
    (m,) = mentions(text)
    assert (m.kind, m.raw, m.canonical, m.slot) == (Kind.PERCENT, raw, canonical, "percent")


def test_change_between_two_percents_is_two_mentions() -> None:
    assert found("Unemployment rose 0.3 percentage points to 4.1 per cent.") == [
        ("0.3 percentage points", "30 basis point", "percent"), ("4.1 per cent", "4.1%", "percent")]


@pytest.mark.parametrize(("text", "raw"), [
    ("The lender lifted its rate by 50 basis points.", "50 basis points"),
    ("The lender lifted its rate by 50bp.", "50bp"),
    ("The lender lifted its rate by 50 bps.", "50 bps"),
    ("The lender lifted its rate by 0.5 percentage points.", "0.5 percentage points"),
    ("The lender lifted its rate by 0.50 percentage point.", "0.50 percentage point"),
    ("The lender lifted its rate by 0.5pp.", "0.5pp"),
    ("The lender lifted its rate by half a percentage point.", "half a percentage point"),
    ("The lender made a half-point rate increase.", "half-point"),
    ("The lender lifted its rate by a half-percentage-point.", "half-percentage-point"),
    # hyphenated as an adjective before the noun it measures
    ("The lender made a 50-basis-point increase.", "50-basis-point"),
    ("The lender made a 0.5-percentage-point increase.", "0.5-percentage-point"),
])
def test_points_and_basis_points_are_one_quantity(text: str, raw: str) -> None:
    """However a source writes a move in points, it is one value (50 basis points) across sources."""
    (m,) = mentions(text)
    assert (m.kind, m.raw, m.value) == (Kind.PERCENT, raw, Quantity(Decimal(50), "basis point"))


def test_a_hyphenated_point_change_is_the_spaced_one() -> None:
    """ "a two-percentage-point rise" states the same change as "rose two percentage points"."""
    text = "The council approved a two-percentage-point rise in the levy."
    assert [m.canonical for m in mentions(text)] == ["200 basis point"]
    assert [m.canonical for m in mentions("Bids ran 5-10% above the guide.")] == ["5-10%"]  # still a range


def test_fractions_of_a_point_and_what_is_no_point() -> None:
    assert [m.canonical for m in mentions("a quarter of a percentage point, then three-quarters of a "
                                          "percentage point, then a quarter-point cut")] == [
        "25 basis point", "75 basis point", "25 basis point"]
    assert mentions("The mare won by a half-point margin in the rankings.") == ()  # a score, not a rate move
    assert mentions("The 320pp report was published.") == ()  # pages
    assert [m.canonical for m in mentions("The rate stands at 3.75 per cent.")] == ["3.75%"]  # a level


def test_from_to_is_a_change_not_a_range() -> None:
    # A verb of change makes "from 10 to 12 hours" two levels, before and after, each in the unit written
    # once (as a count's "from 140 to 410 people" is: numbercontext.change_start); never the range "10-12".
    raised = mentions("The limit was raised from 10 to 12 hours.")
    assert [m.canonical for m in raised] == ["10 hour", "12 hour"]
    assert [m.canonical for m in mentions("The trip takes from 10 to 12 hours.")] == ["12 hour"]


@pytest.mark.parametrize("text", [
    "Anthropic was one of several companies that received a contract.",
    "Dario Amodei spoke in Davos, Switzerland, Jan. 23, 2025.",
    "Parnell posted on February 26, 2026.",
    "The vote is on 26 February 2026.",
    "They have until 5:01 PM ET on Friday to decide.",
    "The deadline is 5 p.m. on Friday.",
    "A decision is due by 17:00 GMT.",
    "The company was founded in 2021.",
    "Campaigns are gearing up for the 2026 midterms.",
    "Read more at https://t.co/3pjWZ66aXz today.",
    "Follow us (@Newsroom24) for updates.",
    "COVID-19 cases rose in the capital.",
    "Section 230 protects platforms.",
    "The airline grounded its Boeing 737 jets.",
    "The iPhone 15 Pro costs more.",
    "The model, Claude 3.5 Sonnet, was released.",
    "Music from the 1990s is back.",
    "The helpline is open 24/7.",
    "New 5G networks were switched on.",
    "He lives at No. 10 Downing Street.",
    "Results for the 2nd quarter were weak.",
    "One day, we will look back on this.",
    "No one knows what happens next.",
    "Two said they would vote against.",
    "The Supreme Court ruled 5-4 in the case.",
    "Two people familiar with the matter said talks had stalled.",
    "One person close to the discussion said the offer was final.",
    "Version 3.5.1 fixed the bug.",
    "It has a contract worth up to $200 million.",
    "a small portion of the company's $14 billion in revenue",
    "Hundreds gathered in the square.",
    "Two-thirds of members voted yes.",
    "ISBN 978-3-16-148410-0 is printed inside.",
    "The ruling is on page 1200 of the report.",  # no separator, no multiplier: a page, a code
    "Turnout was 40 in the small hall.",  # a small bare figure says nothing of what it counts
    "The storm reached Category 4C on the old scale.",  # a label, not degrees
    "It was his 3rd goal of the season.",
])
def test_no_number(text: str) -> None:
    assert found(text) == []


SPEED_CASES = [
    # (sentence, raw, canonical): a speed keeps its compound unit and is never the distance "190 km"
    ("bringing gusts of up to 190 km/h and torrential rain", "up to 190 km/h", "ceiling 190 km/h"),
    ("Gusts reached 190km/h on the coast.", "190km/h", "190 km/h"),
    ("Winds of 190kph tore roofs off.", "190kph", "190 km/h"),
    ("The storm packed 190 kmh winds.", "190 kmh", "190 km/h"),
    ("It was moving at 25 kilometres per hour.", "25 kilometres per hour", "25 km/h"),
    ("Police said he was driving at 90 km an hour.", "90 km an hour", "90 km/h"),
    ("bringing winds of 118mph and a month's rain", "118mph", "118 mph"),
    ("The car hit 70 miles per hour.", "70 miles per hour", "70 mph"),
    ("Sustained winds of 100 miles an hour were recorded.", "100 miles an hour", "100 mph"),
    ("The ship faced winds of 50 knots.", "50 knots", "50 knot"),
    ("Gusts of 45 kts were forecast.", "45 kts", "45 knot"),
    ("Winds averaged 15 m/s at the summit.", "15 m/s", "15 m/s"),
]


@pytest.mark.parametrize(("text", "raw", "canonical"), SPEED_CASES)
def test_speeds(text: str, raw: str, canonical: str) -> None:
    (m,) = mentions(text)
    assert (m.raw, m.canonical) == (raw, canonical)
    assert m.slot == "number:" + m.value.unit and m.value.unit in ("km/h", "mph", "knot", "m/s")


def test_upper_case_pc_is_a_computer_not_a_percent() -> None:
    assert all(m.kind is not Kind.PERCENT for m in mentions("The lab bought 5 PC licences."))


def test_both_speeds_of_a_conversion_are_found() -> None:
    assert found("gusts of up to 190 km/h (118 mph)") == [
        ("up to 190 km/h", "ceiling 190 km/h", "number:km/h"), ("118 mph", "118 mph", "number:mph")]


def test_distance_is_still_a_distance() -> None:
    assert found("The town lies 42 km from the coast.") == [("42 km", "42 kilometer", "number:kilometer")]


@pytest.mark.parametrize(("text", "raw"), [
    ("The trawler sank 14 nautical miles off the cape.", "14 nautical miles"),
    ("The trawler sank 14 nm off the cape.", "14 nm"),
    ("The trawler sank 14nmi off the cape.", "14nmi"),
])
def test_nautical_miles_are_a_distance(text: str, raw: str) -> None:
    assert found(text) == [(raw, "14 nautical mile", "number:nautical mile")]


HEADED_CASES = [
    # (sentence, raw, canonical, cues): counts whose noun comes before the figure or is only a verb
    ("raising fears of job cuts among Kestrel's workforce of 2,300.", "2,300", "2300", ("workforce",)),
    ("The storm left a death toll of at least 12.", "at least 12", "floor 12", ("toll",)),
    ("The tally of about 5,000 was disputed.", "about 5,000", "approx 5000", ("tally",)),
    ("A crowd of 40,000 gathered outside the stadium.", "40,000", "40000", ("crowd",)),
    ("and 93 were admitted to hospital, according to the agency.", "93", "93", ("admitted",)),
    ("Three were still missing on Saturday.", "Three", "3", ("missing",)),
    ("Seven died when the bridge collapsed.", "Seven", "7", ("died",)),
    # a count's noun is keyed in American spelling, so "hospitalised" meets "hospitalized"
    ("Twelve remain hospitalised, police said.", "Twelve", "12", ("hospitalized",)),
    # an irregular past is a verb as much as one in -ed ("40 returned home")
    ("Six came back on Monday, the school said.", "Six", "6", ("came",)),
    # a conjunction opens a clause whose subject the figure is
    ("The rest waited at the hut after four were flown out.", "four", "4", ("flown",)),
    ("The death toll rose to 45 on Sunday.", "45", "45", ("toll",)),
    ("Its workforce has grown to 2,600, the company said.", "2,600", "2600", ("workforce",)),
    ("Claims fell to 3,000 last month.", "3,000", "3000", ("claim",)),
    ("Turnout reached 12 million.", "12 million", "12000000", ("turnout",)),
    ("The official count stood at 45.", "45", "45", ("count",)),
    ("It later rose to 19.", "19", "19", ()),
]


@pytest.mark.parametrize(("text", "raw", "canonical", "cues"), HEADED_CASES)
def test_counts_named_before_the_figure(text: str, raw: str, canonical: str, cues: tuple[str, ...]) -> None:
    numbers_found = [m for m in mentions(text) if m.kind is Kind.NUMBER]
    (m,) = numbers_found
    nouns = tuple(c for c in m.cues if not c.startswith("role:"))  # roles: tests/test_extract_roles.py
    assert (m.raw, m.canonical, m.slot, nouns) == (raw, canonical, "number:count", cues)


@pytest.mark.parametrize("text", [
    # "the age of N" names no count of ages (a person's "at the age of 24": tests/test_life_ages.py)
    "Children under the age of 12 travel free.",
    "Rate it on a scale of 1 to 10.",
    "She lives at 12 Baker Street.",
    "The team rose to 12th place.",
    "Arsenal won 3-1 at home.",
    "Read page 3 of 12 first.",
    "Only one of 12 was found.",
    "The index rose to 4,100 points.",
    "Two said they would vote against.",
    "One was enough.",
    "The law was passed in 2019, and 2020 was worse.",
    # "Of the 12, three were in the choir" was here: a subject figure its clause places is now a count
    # of the place's noun, as "12 were still on board" (tests/test_count_subject_placed.py)
    "Prices rose to 2027 levels.",
    # a multiplier, a product or a rate is no count of occasions
    "Rents are three times higher than in 2019.",
    "The new hall is four times the size of the old one.",
    "Two times two is four.",
    "Take the tablets three times a day.",
])
def test_bare_figures_stay_quiet(text: str) -> None:
    assert [m for m in mentions(text) if m.cues != ("point",)] == []


def test_subject_count_after_a_counted_one() -> None:
    assert [(m.raw, m.cues) for m in mentions("One person was killed and 14 were injured.")] == [
        ("One", ("person", "role:dead")), ("14", ("injured", "role:injured"))]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("Ninety-three people were treated in hospital.", "Ninety-three", "93"),
    ("Ninety-three were admitted overnight.", "Ninety-three", "93"),
    ("It has 21 days to ask for permission to appeal.", "21 days", "21 day"),
    ("The company has three weeks to apply for permission.", "three weeks", "3 week"),
    ("Forty-eight hours later, the deal was done.", "Forty-eight hours", "48 hour"),
])
def test_word_numbers_and_durations(text: str, raw: str, canonical: str) -> None:
    (m,) = mentions(text)
    assert (m.raw, m.canonical) == (raw, canonical)


def test_percent_is_not_also_a_number() -> None:
    assert [m.kind for m in mentions("Sales fell 12% to 1,200 units.")] == [Kind.PERCENT, Kind.NUMBER]


def test_offsets_are_absolute_and_raw_matches() -> None:
    text = "Header\nThe Pentagon's proposal came less than 48 hours before the deadline."
    start = text.index("The")
    article = Article.from_text(text, id="a")
    passage = Passage("a", 7, 1, Span(start, len(text)), text[start:], fold(text[start:]))
    (m,) = numbers.extract(article, (passage,))
    assert m.source == "a" and m.passage == 7
    assert text[m.span.start:m.span.end] == m.raw == "less than 48 hours"
    assert m.value == Quantity(Decimal(48), "hour", BELOW)


# --- parsing and invariants ------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [
    ("less than 48 hours", Quantity(Decimal(48), "hour", BELOW)),
    ("48 hrs", Quantity(Decimal(48), "hour")),
    ("two issues", Quantity(Decimal(2))),
    ("12.5%", Quantity(Decimal("12.5"), "%")),
    ("at least 1,000", Quantity(Decimal(1000), None, FLOOR)),
    ("as many as 30 people", Quantity(Decimal(30), None, CEILING)),
    ("roughly 40 kilometres", Quantity(Decimal(40), "kilometer", APPROX)),
    ("upwards of 5 tonnes", Quantity(Decimal(5), "tonne", ABOVE)),
])
def test_parse_quantity(text: str, value: Quantity) -> None:
    assert parse_quantity(text) == value


def test_parse_quantity_rejects_junk() -> None:
    for bad in ("", "no figures here", "$200 million", "5 and 6 and 7"):
        with pytest.raises(ValueError):
            parse_quantity(bad)


@given(st.integers(min_value=0, max_value=10**12))
def test_grouped_digits_read_back(n: int) -> None:
    assert parse_digits(f"{n:,}") == n
    assert parse_digits(f"{n:,}".replace(",", "."), german=True) == n


@given(st.integers(min_value=1, max_value=999),
       st.sampled_from(("%", " percent", " per cent", " pct", "pct", "pc", " pc")))
def test_percent_spellings_are_equal(n: int, suffix: str) -> None:
    assert parse_quantity(f"{n}{suffix}") == parse_quantity(f"{n}%") == Quantity(Decimal(n), "%")


_WORDS = {1: "one", 2: "two", 7: "seven", 12: "twelve", 20: "twenty", 48: "forty-eight", 99: "ninety-nine"}


@given(st.sampled_from(sorted(_WORDS)), st.sampled_from(("hours", "hrs", "hour")))
def test_words_and_digits_are_equal(n: int, unit: str) -> None:
    expected = Quantity(Decimal(n), "hour")
    assert parse_quantity(f"{_WORDS[n]} {unit}") == parse_quantity(f"{n} {unit}") == expected


_UNITS = (None, "%", "hour", "week", "kilometer", "barrel per day", "basis point", "square mile",
          "degree celsius", "tonne", "mph", "km/h", "knot", "m/s")


@given(st.decimals(min_value=0, max_value=Decimal("1e9"), places=3, allow_nan=False),
       st.one_of(st.none(), st.decimals(min_value=Decimal(1), max_value=Decimal(1000), places=0)),
       st.sampled_from(_UNITS), st.one_of(st.none(), st.sampled_from(QUALIFIERS)))
def test_canonical_quantity_parses_back(amount: Decimal, extra: Decimal | None, unit: str | None,
                                        qualifier: str | None) -> None:
    value = Quantity(amount, unit, qualifier, amount + extra if extra is not None else None)
    assert parse_quantity(value.canonical()) == value


@pytest.mark.parametrize(("surface", "name"), [
    ("hrs", "hour"), ("Hours", "hour"), ("km", "kilometer"), ("kilometres", "kilometer"), ("feet", "foot"),
    ("metric tons", "tonne"), ("Stunden", "hour"), ("megawatt-hours", "megawatt hour"), ("lbs", "pound"),
])
def test_unit_names(surface: str, name: str) -> None:
    assert unit_name(surface) == name


@pytest.mark.parametrize(("plural", "one"), [
    ("issues", "issue"), ("companies", "company"), ("people", "person"), ("businesses", "business"),
    ("taxes", "tax"), ("status", "status"), ("children", "child"), ("grandchildren", "grandchild"),
    ("gunmen", "gunman"), ("policewomen", "policewoman"), ("townspeople", "townsperson"),
    ("specimen", "specimen"), ("omen", "omen"), ("abdomen", "abdomen"),
])
def test_singular(plural: str, one: str) -> None:
    assert singular(plural) == one


@given(st.sampled_from([c[0] for c in NUMBER_CASES + PERCENT_CASES]), st.text(alphabet=" .,;\n", max_size=5))
def test_spans_always_match_raw(sentence: str, pad: str) -> None:
    text = pad + sentence
    for m in mentions(text):
        assert text[m.span.start:m.span.end] == m.raw and m.raw.strip() == m.raw


# --- the seed articles ------------------------------------------------------------------------------


def _seed(stem: str) -> tuple[Mention, ...]:
    from sourcediff.ingest import load
    from sourcediff.segment import segment

    article = load(next(SEEDS.glob(f"{stem}_*.txt")))
    return numbers.extract(article, segment(article))


def test_seed_001_lead_time_and_safeguards() -> None:
    got = {(m.raw, m.canonical, m.cues) for m in _seed("001")}
    assert ("less than 48 hours", "below 48 hour", ()) in got
    assert ("two", "2", ("issue",)) in got and ("two", "2", ("safeguard",)) in got


def test_seed_004_two_exceptions() -> None:
    assert ("two", "2", ("exception",)) in {(m.raw, m.canonical, m.cues) for m in _seed("004")}


def test_seeds_stay_quiet() -> None:
    """Dates, clock times, years, URLs and anonymous-source counts in the seeds yield no numbers."""
    everything = [m for stem in ("000", "001", "002", "003", "004") for m in _seed(stem)]
    assert all(m.kind in (Kind.NUMBER, Kind.PERCENT) for m in everything)
    assert len(everything) <= 6, [m.raw for m in everything]
    assert not any(m.raw in ("5", "01", "23", "26", "2025", "2026", "One") for m in everything)


@pytest.mark.parametrize(("text", "change"), [
    ("Cloud revenue was $2 billion, up 41% from a year ago.", True),
    ("Shares rose about 7% in late trading.", True),
    ("Sales fell by 3% in May.", True),
    ("Gross margin widened to 58.4% in the quarter.", False),
    ("The party won 41% of the vote.", False),
])
def test_a_percent_states_a_change_or_a_level(text: str, change: bool) -> None:
    (m,) = [m for m in mentions(text) if m.kind is Kind.PERCENT]
    assert ("change" in m.cues) is change


def test_a_change_never_contradicts_a_level() -> None:
    arts = [Article.from_text(t, id=f"s{n}", published="2024-03-05") for n, t in enumerate((
        "Cloud sales were $2.2 billion in the quarter, up 41% from a year ago.",
        "Cloud sales were $2.2 billion in the quarter, and gross margin widened to 58.4%."))]
    assert [f.status.value for f in compare(arts).facts if f.kind is Kind.PERCENT] == ["unique", "unique"]


def test_later_items_of_a_list_count_what_its_first_item_counts() -> None:
    """ "300 jobs at ..., 120 at ... and 45 in ...": the noun is written once, every figure counts it."""
    text = "The mill will shed 300 jobs at its plant in Dorrow, Kent, 120 at the Avel site and 45 in Brisk."
    got = [(m.raw, m.cues) for m in mentions(text)]
    assert got == [("300", ("job",)), ("120", ("job",)), ("45", ("job",))]


def test_a_gapped_count_before_a_phase_counts_what_the_count_before_it_counts() -> None:
    """ "create 40 permanent jobs and about 500 during construction": the second figure borrows "jobs".

    A phase ("during construction", "during the night") sets the item apart as a place does; without
    the noun the figure was dropped, and the outlet giving it this way had nothing to agree with.
    """
    text = "The depot would create 40 permanent jobs and about 500 during construction, the firm said."
    got = [(m.raw, m.cues) for m in mentions(text) if m.slot == "number:count"]
    assert got == [("40", ("job",)), ("about 500", ("job",))]


@pytest.mark.parametrize("text", [
    "Officers arrested 12 men. 4 in the van were released.",  # another sentence
    "Prices rose 5%, 3 in the capital.",  # a percent counts nothing
    "The vote went 14 to 2, 9 in favour of the plan.",  # no counted noun before
    "The ferry carried 80 passengers (40 in the lounge).",  # an aside
])
def test_no_list_item_without_a_counted_noun_in_the_clause(text: str) -> None:
    items = ("4", "3", "9", "40")
    assert [m.raw for m in mentions(text) if m.slot == "number:count" and m.raw in items] == []


@pytest.mark.parametrize(("text", "raw"), [
    ("14:05 Seven ferries are cancelled.", "Seven"),
    ("9.40am Twelve lanes remain closed.", "Twelve"),
    ("Update\n08:15 BST Three trains are stuck.", "Three"),
])
def test_a_spelled_figure_after_a_live_blog_entry_stamp_starts_its_sentence(text: str, raw: str) -> None:
    """A live blog opens each entry with its clock time: the capitalized figure after it is no name."""
    assert raw in [m.raw for m in mentions(text) if m.kind is Kind.NUMBER]


@pytest.mark.parametrize("text", [
    "The band Four Tops played at 14:05 Seven Dials Hall.",  # a stamp inside a line leads no entry
    "Doors open at 19:30 Twelve Oaks Road.",
])
def test_a_clock_inside_a_line_still_leaves_a_capitalized_figure_a_name(text: str) -> None:
    names = ("Seven", "Twelve", "Four")
    assert [m.raw for m in mentions(text) if m.kind is Kind.NUMBER and m.raw in names] == []


def test_a_span_of_time_counted_back_is_no_duration() -> None:
    """ "Just 30 years ago" dates something; "for thirty years" measures it: two facts, never one."""
    arts = [Article.from_text(t, id=f"s{n}", published="2026-11-17") for n, t in enumerate((
        "Just 30 years ago, a print by the artist sold for a few hundred pounds.\n\n"
        "The mill closed five years ago.",
        "He has run the gallery for thirty years.\n\nThe mill shut five years ago."))]
    facts = sorted((f.status.value, sorted(m.raw for m in f.mentions))
                   for f in compare(arts).facts if f.kind is Kind.NUMBER)
    assert facts == [("agree", ["five years", "five years"]), ("unique", ["30 years"]),
                     ("unique", ["thirty years"])]


@pytest.mark.parametrize("text", [
    "No one was hospitalised after the fire at the depot.",
    "Officials said no-one was hurt when the roof gave way.",
    "There was no one injured, the ferry operator said.",
])
def test_no_one_is_nobody_not_a_count_of_one(text: str) -> None:
    """ "No one was hospitalised" must not become the count 1 of injured people, the opposite of its sense."""
    assert [m.raw for m in mentions(text) if m.value == Quantity(Decimal(1))] == []


def test_one_injured_is_still_a_count() -> None:
    assert [(m.raw, m.cues) for m in mentions("Only one was injured, the ferry operator said.")] == [
        ("one", ("role:injured",))]


@pytest.mark.parametrize(("text", "cues"), [
    ("The ferry was carrying 212 passengers and nine crew, the operator said.", [("passenger",), ("crew",)]),
    ("The storm drowned 400 cattle on the low farms.", [("cattle",)]),
])
def test_collective_nouns_are_counted(text: str, cues: list[tuple[str, ...]]) -> None:
    """ "nine crew" counts crew like "nine sailors": a collective noun has no plural ending to find."""
    assert [m.cues for m in mentions(text)] == cues


def test_one_collective_member_counts_the_member() -> None:
    assert [m.cues for m in mentions("One crew member was injured in the fall.")] == [
        ("member", "role:injured")]


def test_the_upper_end_of_an_age_range_with_units_is_an_age() -> None:
    # "36 years" after "aged 10 months to" is an age, as "a 36-year-old" is, not a span of years.
    found = [(m.raw, m.canonical, m.slot) for m in mentions("Patients aged 10 months to 36 years were seen.")]
    assert found == [("10 months", "10 month", "number:month"), ("36 years", "36 year", "number:age")]


@pytest.mark.parametrize(("text", "expected"), [
    # a share written as a proportion is its percent, hedge kept; its base is no count
    ("One in five adults smoke.", [("One in five", "20%", "percent")]),
    ("Fewer than nine in ten pupils were vaccinated.", [("Fewer than nine in ten", "below 90%", "percent")]),
    ("About 3 in 100 samples failed.", [("About 3 in 100", "approx 3%", "percent")]),
    # a hedged share of a small base is as coarse as a fraction in words: an about-range
    ("A poll found nearly two in three voters agreed.",
     [("nearly two in three", "approx 60-73.3%", "percent")]),
    # after "one" any base is a share (the risk idiom), but a year is no base
    ("About one in 25 patients had a rash.", [("About one in 25", "approx 4%", "percent")]),
    ("One in 2,500 babies is born with it.", [("One in 2,500", "0.04%", "percent")]),
    ("The firm plans to open one in 2027.", []),
    # a figure within a span of time, or a base that is no round share, is no proportion
    ("He scored 3 in 10 minutes.", [("10 minutes", "10 minute", "number:minute")]),
    ("Officers found 4 in 12 houses.", [("12", "12", "number:count")]),
])
def test_a_proportion_is_a_percent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.raw, m.canonical, m.slot) for m in mentions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a change by a fraction in words is a percent range, a hedge kept; other uses of the words are not
    ("The dose cut relapses by nearly a quarter.", [("nearly a quarter", "approx 22.5-27.5%", "percent")]),
    ("Ticket sales fell by half.", [("half", "45-55%", "percent")]),
    ("Membership grew by more than a third.", [("more than a third", "above 33.3%", "percent")]),
    ("Doors close by half past six.", []),
    ("The grant was cut by a quarter of a million.", []),
])
def test_a_change_by_a_fraction_is_a_percent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.raw, m.canonical, m.slot) for m in mentions(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a share of a whole written as a fraction is a percent: a bound at the fraction, a range otherwise
    ("The board may fine the firm up to a tenth of its revenue.",
     [("up to a tenth", "ceiling 10%", "percent")]),
    ("Nearly half of all members voted.", [("Nearly half", "approx 45-55%", "percent")]),
    ("Two-thirds of the crews signed.", [("Two-thirds", "60-73.3%", "percent")]),
    # a part of a span of time, a part named by an ordinal and part of a larger figure are no share; a
    # fraction of one unit of time is a duration (tests/test_fraction_of_hour.py), never a percent
    ("He scored twice in the second half of the match.", []),
    ("The meeting lasted a quarter of an hour.", [("a quarter of an hour", "0.25 hour", "number:hour")]),
    ("Rain fell for half of the week.", []),
    ("The grant was a quarter of a million.", []),
])
def test_a_fraction_of_a_whole_is_a_percent(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(m.raw, m.canonical, m.slot) for m in mentions(text)] == expected


def test_a_fraction_of_a_whole_agrees_with_its_percent() -> None:
    """ "a tenth of its turnover" is the share "10% of its turnover" states; "half of the" is 48%, not 30%."""
    (words,) = mentions("The board may fine the firm up to a tenth of its turnover.")
    (close,) = mentions("The board may fine the firm up to 10% of its turnover.")
    assert compatible(words, close)
    (half,) = mentions("Half of the crews stayed at home.")
    (near,) = mentions("Some 48% of the crews stayed at home.")
    (far,) = mentions("Some 30% of the crews stayed at home.")
    assert compatible(half, near)
    assert not compatible(half, far)


@pytest.mark.parametrize(("words", "near", "far"), [
    # "by nearly a quarter" is 23% in words, not 2.1% (a rival figure)
    ("Relapses fell by nearly a quarter.", "Relapses fell by 23%.", "Relapses fell by 2.1%."),
    # a hedged share of a small base is as coarse: "nearly two in three" is 62%, not 41%
    ("A poll found nearly two in three voters wanted him to go.",
     "A poll found 62% of voters wanted him to go.", "A poll found 41% of voters wanted him to go."),
])
def test_a_fraction_agrees_with_a_percent_it_rounds(words: str, near: str, far: str) -> None:
    share = mentions(words)[0]
    (close,) = mentions(near)
    (rival,) = mentions(far)
    assert compatible(share, close)
    assert not compatible(share, rival)


def test_a_compound_irregular_plural_is_counted() -> None:
    """ "seven grandchildren" counts as surely as "seven children" (its noun is a plural too)."""
    assert [m[0] for m in found("She leaves three children and seven grandchildren.")] == ["three", "seven"]
    assert [m[0] for m in found("Police said two gunmen fled on foot.")] == ["two"]


def test_near_hedges_a_figure_like_nearly() -> None:
    """ "stuck near 8 per cent" is about 8%: it meets a partner's precise 7.9%, and still not 6.5%."""
    (near,) = mentions("Joblessness has been stuck near 8 per cent.")
    (close,) = mentions("Joblessness stands at 7.9%.")
    (far,) = mentions("Joblessness stands at 6.5%.")
    assert compatible(near, close)
    assert not compatible(near, far)


def titled(title: str, body: str) -> list[tuple[int, str]]:
    text = f"{title}\n\n{body}"
    blocks = (Block(Span(0, len(title)), "title"), Block(Span(len(title) + 2, len(text))))
    article = Article(id="t", text=text, blocks=blocks)
    return [(m.passage, m.canonical) for m in numbers.extract(article, segment(article))]


def test_a_title_takes_the_hedge_its_body_gives_the_same_figure() -> None:
    """ "to bring 2,000 jobs" over "at least 2,000 jobs": the headline dropped the floor for room."""
    assert titled("Carmaker to bring 2,000 jobs to port town",
                  "The plant will create at least 2,000 jobs, the firm said.") == [
        (0, "floor 2000"), (1, "floor 2000")]


def test_a_title_keeps_its_figure_when_the_body_hedges_another() -> None:
    assert titled("Carmaker to bring 2,000 jobs to port town",
                  "The plant will create at least 2,500 jobs, the firm said.") == [
        (0, "2000"), (1, "floor 2500")]
    assert titled("Carmaker to bring 2,000 jobs to port town",
                  "The plant will cost at least 2,000 homes their view, residents said.") == [
        (0, "2000"), (1, "floor 2000")]


@pytest.mark.parametrize(("text", "want"), [
    ("The raffle numbers drawn on Friday were 4, 18, 22 and 40.",
     [("4", ("number",)), ("18", ("number",)), ("22", ("number",)), ("40", ("number",))]),
    ("The storm delayed flights 402, 417 and 430 on Monday.",
     [("402", ("flight",)), ("417", ("flight",)), ("430", ("flight",))]),
    ("The code was 3, 8, 1 and 6.", [("3", ("code",)), ("8", ("code",)), ("1", ("code",)), ("6", ("code",))]),
    ("The club picked all four winning tickets, 105, 212, 390 and 411, at random.",
     [("105", ("ticket",)), ("212", ("ticket",)), ("390", ("ticket",)), ("411", ("ticket",))]),
])
def test_items_of_a_plain_enumeration_are_figures_of_its_kind(
        text: str, want: list[tuple[str, tuple[str, ...]]]) -> None:
    """ "were 4, 18, 22 and 40": each item is a labelled figure, apart from counts (its own slot)."""
    got = [(m.raw, m.cues) for m in mentions(text) if m.slot == "number:item"]
    assert got == want


def test_later_items_of_an_enumeration_take_what_its_first_was_read_as() -> None:
    """ "aged 19, 23 and 31": the first item is an age, so are the others."""
    got = [(m.raw, m.slot) for m in mentions("The three climbers, aged 19, 23 and 31, were rescued.")]
    ages = [("19", "number:age"), ("23", "number:age"), ("31", "number:age")]
    assert [g for g in got if g[0] != "three"] == ages


@pytest.mark.parametrize("text", [
    "She matched 2, 9, 17 and 30 on her card.",  # a verb that does not name the items
    "The buses were 12, 31.",  # two items, no "and": no plain list
    "Pages 4 and 9 were torn.",  # two items
    "Readings of 3.5, 4.1 and 6.2 were taken.",  # decimals
    "The room fits 12, 14 and 16 people.",  # the noun after the last item counts them all
])
def test_no_enumeration_items_without_a_plain_named_list(text: str) -> None:
    assert [m.raw for m in mentions(text) if m.slot == "number:item"] == []


def test_one_different_item_of_one_list_is_a_divergence() -> None:
    """Two sources listing one draw: the shared items show one list, the one item apart diverges."""
    arts = [Article.from_text(t, id=f"s{n}", published="2025-06-02") for n, t in enumerate((
        "The Harbor Cash numbers drawn on Sunday were 4, 18, 22, 35 and 40, the lottery said.",
        "The winning combination was 4, 18, 22, 37 and 40 in Sunday's Harbor Cash draw, the lottery said."))]
    facts = [f for f in compare(arts).facts if any(m.slot == "number:item" for m in f.mentions)]
    assert sorted((f.status.value, tuple(sorted(m.raw for m in f.mentions))) for f in facts) == [
        ("agree", ("18", "18")), ("agree", ("22", "22")), ("agree", ("4", "4")), ("agree", ("40", "40")),
        ("diverge", ("35", "37"))]


@pytest.mark.parametrize(("text", "counts"), [
    ("Declared result: Yes 1,184,302 (52.4%), No 1,075,918 (47.6%).", ["1,184,302", "1,075,918"]),
    ("Ashby ward: Labour 2,210 (41.3 per cent), Green 1,877 (35.1 per cent).", ["2,210", "1,877"]),
    ("The motion carried, For 412 (about 61%), Against 263 (39%).", ["412", "263"]),
])
def test_a_figure_with_its_share_in_brackets_is_a_count(text: str, counts: list[str]) -> None:
    assert [m.raw for m in mentions(text) if m.slot == "number:count"] == counts


@pytest.mark.parametrize("text", [
    "The index peaked in 2011 (42%) before it fell back.",            # a year
    "The refit cost $4.2 million (12%) more than planned.",           # money stays money
    "Scores of 40-60 (52%) were the most common in the survey.",      # a range
    "The fund lost about 3.5 (12%) in the quarter.",                  # a decimal figure left as it was
])
def test_a_bracketed_share_makes_no_count_of_years_money_or_ranges(text: str) -> None:
    assert [m.raw for m in mentions(text) if m.slot == "number:count"] == []


def test_a_plural_noun_after_three_modifiers_is_what_a_figure_counts() -> None:
    # "six bottled water distribution sites": the noun is the fourth word; with a reach of three the six
    # counted nothing and was dropped, while another outlet's "six collection points" was kept
    from sourcediff import Article
    from sourcediff.pipeline import analyse

    def counted(text: str) -> list[tuple[str, tuple[str, ...]]]:
        mentions = analyse(Article.from_text(text)).mentions
        return [(m.raw, m.cues) for m in mentions if m.slot == "number:count"]

    assert counted("The city opened six bottled water distribution sites on Friday.") == [("six", ("site",))]
    assert counted("The council bought 40 new electric city trams last year.") == [("40", ("tram",))]
    assert counted("Crews replaced 12 old cast iron mains overnight.") == [("12", ("main",))]
    # a function word or punctuation still ends the phrase: nothing is counted past it
    assert counted("The city opened six on Friday, and the sites were busy.") == []
    assert counted("The club signed two young local players and a coach.") == [("two", ("player",))]


@pytest.mark.parametrize(("text", "item"), [
    # a gapped clause: the agent or the origin after the figure, the noun and verb written once
    ("Officials said 26 prisoners were released by Velmora and 10 by Dastrav.", "10"),
    ("The hospital took in 14 patients from Harlow and 9 from the Brenford estate.", "9"),
    ("In all, 40 lorries were stopped by Customs and 12 by the Border Agency.", "12"),
    # a figure the other side owns: "N of our own"
    ("Velmora swapped more than 20 Dastravi prisoners for nine of our own.", "nine"),
    ("The club signed six players this summer and sold four of their own.", "four"),
])
def test_a_gapped_or_owned_figure_counts_what_the_count_before_counts(text: str, item: str) -> None:
    got = [(m.raw, m.cues) for m in mentions(text) if m.slot == "number:count"]
    assert len(got) == 2 and got[1][0] == item and got[1][1] == got[0][1]


@pytest.mark.parametrize(("text", "item"), [
    ("The 40 rooms measured 12 by 14 feet.", "12"),  # a dimension, not an agent
    ("Police seized 30 rifles, and 12 by Friday.", "12"),  # a day after "by"
    ("The firm built 30 houses in 2001 and 10 by 2005.", "10"),  # a year after "by"
    ("They fielded 11 players and two of their own coaches.", "two"),  # "own" before a noun of its own
    ("The city has 40 parks and 12 by the river.", "12"),  # a place in lower case, not an agent
])
def test_no_gapped_figure_after_a_dimension_a_day_or_an_owned_noun(text: str, item: str) -> None:
    got = [(m.raw, m.cues) for m in mentions(text) if m.slot == "number:count"]
    assert (item, got[0][1]) not in got[1:]


@pytest.mark.parametrize(("text", "raw"), [
    ("Friends say he lost almost three stone behind bars.", "almost three stone"),
    ("The boxer weighs 15 stone and trains daily.", "15 stone"),
    ("She shed two stone.", "two stone"),
    ("He put on a stone since the spring, and then four stone in a year.", "four stone"),
])
def test_stone_is_a_body_weight(text: str, raw: str) -> None:
    assert (raw, "stone") in [(m.raw, getattr(m.value, "unit", None)) for m in mentions(text)]


@pytest.mark.parametrize("text", [
    "The gate has three stone lions.",  # a material before its noun
    "Protesters threw 20 stones at police.",  # pebbles
    "He lives at 12 Stone Street.",  # a name
])
def test_stone_before_a_noun_or_as_pebbles_is_no_weight(text: str) -> None:
    assert all(getattr(m.value, "unit", None) != "stone" for m in mentions(text))


def test_stone_converts_to_kilograms_and_pounds() -> None:
    arts = [Article.from_text(t, id=f"s{n}", published="2024-03-08") for n, t in enumerate((
        "The freed reporter lost almost three stone during his years in the prison camp.",
        "The freed reporter lost 19 kilograms during his years in the prison camp.",
        "The freed reporter lost 42 pounds during his years in the prison camp."))]
    assert [f.status.value for f in compare(arts).facts if f.kind is Kind.NUMBER] == ["agree"]


@pytest.mark.parametrize(("text", "raw", "noun"), [
    ("Planners approved a 14-stage production campus at Orlby.", "14-stage", "stage"),
    ("The firm set out a three-phase plan for the depot.", "three-phase", "phase"),
    ("The champion won a 12-round fight in Tarnholm.", "12-round", "round"),
    ("Osmarby, a 21-stage race, starts on Saturday.", "21-stage", "stage"),
])
def test_a_part_noun_joined_as_a_modifier_is_counted(text: str, raw: str, noun: str) -> None:
    """ "A 14-stage campus" counts stages, as "14 sound stages" does.

    Stage, phase and round label a part before or after a figure ("stage 14 of the race", "the
    first phase of 12"), so they head no count there; joined to the figure by a hyphen before another
    noun they say how many parts the thing has, and one outlet's "14-stage campus" met nothing of
    another's "14 sound stages".
    """
    assert (raw, "number:count", (noun,)) in [(m.raw, m.slot, m.cues[:1]) for m in mentions(text)]


@pytest.mark.parametrize("text", [
    "Stage 14 of the race starts in Orlby.",
    "The race reached stage 14 on Friday.",
    "Ana Ruiz, a two-term council member, won the seat.",
])
def test_a_part_noun_as_a_label_still_counts_nothing(text: str) -> None:
    assert [m.raw for m in mentions(text) if m.slot == "number:count"] == []


@pytest.mark.parametrize(("text", "cue"), [
    ("Inspectors took 48 E. coli swabs from the kitchen.", "swab"),
    ("The lab grew 30 S. aureus cultures last week.", "culture"),
])
def test_an_initial_inside_the_noun_phrase_is_no_sentence_end(text: str, cue: str) -> None:
    assert [cue] == [c for m in mentions(text) if m.slot == "number:count" for c in m.cues if c == cue]


def test_a_letter_that_ends_the_sentence_still_ends_the_count() -> None:
    got = [m.cues for m in mentions("The club finished 12 in Group E. Officials said it would appeal.")
           if m.slot == "number:count"]
    assert all("official" not in cues for cues in got)


@pytest.mark.parametrize(("text", "expected"), [
    ("The tapestry measures 64 by 51 centimetres.",
     [("64", "64 centimeter"), ("51 centimetres", "51 centimeter")]),
    ("They laid a 4 x 3 metre rug.", [("4", "4 meter"), ("3 metre", "3 meter")]),
    ("The map is 25 × 20 inches.", [("25", "25 inch"), ("20 inches", "20 inch")]),
])
def test_first_side_of_a_size_takes_the_unit_written_once(text: str, expected: list[tuple[str, str]]) -> None:
    """ "64 by 51 centimetres": the bare 64 is a length too, so "64cm tall" elsewhere can meet it."""
    assert [(m.raw, m.value.canonical()) for m in mentions(text) if m.kind is Kind.NUMBER] == expected


def test_two_bare_figures_joined_by_by_stay_counts() -> None:
    """Without a length after them the figures are no size ("the motion passed 64 by 51")."""
    found_units = mentions("The motion passed 64 by 51 in the chamber.")
    units = [m.value.unit for m in found_units if m.kind is Kind.NUMBER]
    assert "centimeter" not in units and "meter" not in units


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The hamlet of Orrinby was buried under 27cm of fresh snow.", "27cm", "27 centimeter"),
    ("The old quarry road lay under two metres of floodwater.", "two metres", "2 meter"),
    ("By dawn the cars were covered under 15 centimetres of hail.", "15 centimetres", "15 centimeter"),
])
def test_under_after_a_verb_of_covering_is_where_not_a_ceiling(text: str, raw: str, canonical: str) -> None:
    """ "Buried under 27cm of snow" states the depth: read "below 27cm", another outlet's 25cm fit it."""
    assert [(m.raw, m.canonical) for m in mentions(text)] == [(raw, canonical)]


@pytest.mark.parametrize(("text", "raw", "canonical"), [
    ("The pike they landed was under 34cm long.", "under 34cm", "below 34 centimeter"),
    ("Turnout was under 40% of registered voters.", "under 40%", "below 40%"),
])
def test_under_without_a_verb_of_covering_stays_a_ceiling(text: str, raw: str, canonical: str) -> None:
    assert [(m.raw, m.canonical) for m in mentions(text)] == [(raw, canonical)]


def answered(heading: str, answer: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """The counts of a paragraph under a heading, as an explainer sets them out (questioncounts.py)."""
    text = f"{heading}\n\n{answer}"
    blocks = (Block(Span(0, len(heading)), "heading"), Block(Span(len(heading) + 2, len(text))))
    article = Article(id="t", text=text, blocks=blocks)
    return [(m.raw, m.canonical, m.cues) for m in numbers.extract(article, segment(article))]


def test_a_bare_figure_answering_a_how_many_heading_counts_its_noun() -> None:
    """ "How many stalls will close?" over "Up to 85, most of them on the quay.": 85 stalls at most."""
    got = answered("How many stalls will close?", "Up to 85, most of them on the quay. Traders were told.")
    assert got == [("Up to 85", "ceiling 85", ("stall",))]


def test_only_the_figure_opening_the_answer_is_read_by_the_question() -> None:
    assert answered("How many stalls will close?", "Traders expect 85, most of them on the quay.") == []
    assert answered("What happens next?", "Up to 85, most of them on the quay.") == []
    # a figure that names its own noun keeps it
    assert answered("How many stalls will close?", "About 85 traders will lose their pitch.") == [
        ("About 85", "approx 85", ("trader",))]
