"""A quote introduced by a colon after a sentence a lone surname opens (extract/latespeakers.py).

"Ferreday, beaten in the semi-final, was generous afterwards: “...”" names
its speaker by a surname the outlet's own scan does not take for a person
(no title, no verb of saying), so the quote had no speaker and an outlet
crediting the same words to someone else could not diverge from it. Once
the story's people are known the surname is a person, and the person who
opens the sentence is who the colon introduces. Every name is invented.
"""

from __future__ import annotations

from test_late_speakers import speakers

WIRE = ("Ostrander wins county chess title\n\n"
        "Gwendolyn Ostrander won the Harlow County chess championship on Sunday. Her semi-final "
        "opponent, Bettany Ferreday, 19, congratulated her on the stage.\n\n"
        "The final lasted four hours.\n")


def blog(lead: str) -> str:
    return ("Ostrander takes the county crown\n\n"
            "The favourite did it. Ostrander took the title in the final round on Sunday.\n\n"
            + lead + " “It was the better player who won, and it was not close.”\n\n"
            "The final lasted four hours.\n")


def test_the_surname_that_opens_the_colons_sentence_speaks() -> None:
    lead = "Credit where it is due. Ferreday, beaten in the semi-final, was generous afterwards:"
    assert speakers({"wire": WIRE, "blog": blog(lead)}, "blog", "better player") == {"Bettany Ferreday"}


def test_a_sentence_naming_two_people_is_left_unresolved() -> None:
    lead = "Credit where it is due. Ferreday was generous about Ostrander afterwards:"
    assert speakers({"wire": WIRE, "blog": blog(lead)}, "blog", "better player") == {None}


def test_a_sentence_opened_by_no_person_is_left_unresolved() -> None:
    lead = "Credit where it is due. The mood in the hall afterwards was generous:"
    assert speakers({"wire": WIRE, "blog": blog(lead)}, "blog", "better player") == {None}
