"""Results lines give each name its figure: "Round one: Ostmark 41, Vale 29, Port Dunmore 22."

A specialist's results line and a wire's "41 votes against 29 for Vale" state
the same per-name figures; each figure is read as a count keyed by its name
(``named:``), so one name's figure meets the same name's figure elsewhere and
two names' figures are never rivals.
"""

from __future__ import annotations

from test_namedfigures import named


def test_a_three_name_results_line_keys_each_figure_by_its_name() -> None:
    found = named("Round one: Ostmark 41, Vale 29, Port Dunmore 22.")
    assert found["41"] == ("named:ostmark",)
    assert found["29"] == ("named:vale",)
    assert found["22"] == ("named:port dunmore",)


def test_a_final_score_line_with_and_is_read() -> None:
    found = named("Final tally: Harrow 1,204, Keswick 988 and Ludlow 301.") | named(
        "Ballot result: Harrow 120, Keswick 98 and Ludlow 30.")
    assert found["120"] == ("named:harrow",)
    assert found["98"] == ("named:keswick",)
    assert found["30"] == ("named:ludlow",)


def test_figures_for_names_take_the_noun_of_the_count_before() -> None:
    found = named("The assembly gave Ostmark 41 votes in the first round against 29 for Vale and "
                  "22 for Port Dunmore, which was eliminated.")
    assert found["29"] == ("vote", "named:vale")
    assert found["22"] == ("vote", "named:port dunmore")
    assert "named:ostmark" not in found["41"]


def test_lists_after_other_labels_stay_unread() -> None:
    found = named("The fleet: Boeing 737, Airbus 320. Roads: Route 66, Highway 1.")
    assert found == {}


def test_a_figure_for_a_name_with_no_count_before_is_no_count() -> None:
    assert "3" not in named("He was jailed for 12 years, and 3 for Smith.")
    assert "4" not in named("Tickets went on sale at noon. Queue 4 for Hall B.")


def test_a_recount_line_with_semicolons_keys_each_figure_by_its_name() -> None:
    # A trade outlet's recount summary: "Recount" names a count though `\bcount` does not fall inside it,
    # and the items are parted by semicolons, not commas.
    found = named("Recount: Maddox 18,204; Tillery 18,117; majority 87.")
    assert found["18,204"] == ("named:maddox",)
    assert found["18,117"] == ("named:tillery",)


def test_a_count_label_may_date_itself_in_brackets() -> None:
    found = named("Second count (14 May): Okoro 9,310; Pendle 9,288 and Ruiz 1,402.")
    assert found["9,310"] == ("named:okoro",)
    assert found["9,288"] == ("named:pendle",)
    assert found["1,402"] == ("named:ruiz",)


def test_a_bracketed_aside_does_not_open_a_results_line_after_another_label() -> None:
    assert named("Fleet (2026 order): Boeing 737; Airbus 320.") == {}
