"""A knight or dame named later by honorific and given name ("Dame Ines") is the story's Dame Ines Varga.

British copy names a knight or a dame in full once and then as "Sir Alan" or
"Dame Ines"; read as a surname, the given name matched nobody and the person
stood in the report twice, her quotes under a second speaker.
"""

from __future__ import annotations

from sourcediff.extract.people import resolve_names


def test_a_dame_by_her_given_name_is_the_dame_named_in_full() -> None:
    names = resolve_names(["Dame Ines Varga", "Varga", "Dame Ines"])
    assert names["Dame Ines"] == "Dame Ines Varga"


def test_the_honorific_picks_the_knight_among_people_of_one_given_name() -> None:
    names = resolve_names(["Sir Alan Brodie", "Alan Crewe", "Sir Alan"])
    assert names["Sir Alan"] == "Sir Alan Brodie"


def test_a_given_name_the_full_name_omits_the_honorific_of_still_fits_one_person() -> None:
    names = resolve_names(["Tobias Renfrew", "Sir Tobias"])
    assert names["Sir Tobias"] == "Tobias Renfrew"


def test_two_people_of_the_given_name_leave_it_unresolved() -> None:
    names = resolve_names(["Ines Varga", "Ines Morrow", "Dame Ines"])
    assert names["Dame Ines"] == "Dame Ines"


def test_a_peer_is_named_by_title_not_given_name() -> None:
    # "Lord Ashby" is no Ashby given name: a peer's title stands for the surname or the seat.
    names = resolve_names(["Ashby Kerr", "Lord Ashby"])
    assert names["Lord Ashby"] == "Lord Ashby"


def test_a_surname_after_the_honorific_still_wins() -> None:
    # A word that is one person's surname and another's given name: the surname is read first, as before.
    names = resolve_names(["Sir Magnus Hale", "Hale Brodie", "Sir Hale"])
    assert names["Sir Hale"] == "Sir Magnus Hale"
