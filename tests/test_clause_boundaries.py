"""align.clausejoin.clause_spans: where a multi-fact sentence ends one clause without a comma-and.

Invented sentences of the shapes align41 found unsplit (benchmarks/notes/align41.md):
a spokesman's "X said A and that B", a run of predicates of one subject
(", climbed the fence"), a bare "when" or "while", ", then"; and one shape that
stays whole (a trailing participle, ", carrying 900 tonnes").
"""

from __future__ import annotations

from sourcediff.align.clausejoin import clause_parts, clause_spans


def pieces(text: str) -> list[str]:
    return [text[a:b] for a, b in clause_spans(text)]


def test_a_second_reported_clause_after_and_that_is_a_clause() -> None:
    text = ("Harbour master Ines Volkov said the first ferry would sail at 06:30 on Monday "
            "and that the queue of lorries should clear within three days.")
    assert pieces(text) == ["Harbour master Ines Volkov said the first ferry would sail at 06:30 on Monday ",
                            "and that the queue of lorries should clear within three days."]


def test_predicates_of_one_subject_after_commas_are_clauses() -> None:
    text = ("The two inmates crawled through a 12-metre drain, climbed the outer fence with a ladder "
            "and stole a van parked on the service road.")
    assert len(pieces(text)) == 2
    assert pieces(text)[1].startswith("climbed the outer fence")


def test_a_trailing_participle_is_no_clause_of_its_own() -> None:
    # measured: such asides met neighbouring facts' claims more often than their own (align41.md)
    text = "The barge ran aground near the lock on Tuesday, carrying 900 tonnes of grain for the mill."
    assert clause_spans(text) == []


def test_a_bare_when_or_while_opens_a_clause() -> None:
    text = "The freighter was loaded with 4,200 containers when strong gusts pushed her into the bank."
    assert pieces(text) == ["The freighter was loaded with 4,200 containers ",
                            "when strong gusts pushed her into the bank."]
    text = "Crews cleared 14 kilometres of track while engineers inspected the damaged signal box."
    assert len(pieces(text)) == 2


def test_then_after_a_comma_and_and_before_a_pronoun_subject_are_boundaries() -> None:
    text = "The pair left the wing around 2am through a vent in the laundry, then crossed the yard."
    assert pieces(text)[1].startswith("then crossed the yard")
    text = "Firefighters worked through the night on the warehouse blaze and they saved the office block."
    assert pieces(text)[1].startswith("and they saved")


def test_and_between_nouns_or_a_short_tail_does_not_split() -> None:
    assert clause_spans("Police and firefighters searched the river banks for six hours on Sunday.") == []
    assert clause_spans("The club signed two strikers and a goalkeeper before the deadline.") == []
    # "when" leading three short words stays with its clause: no fact of its own
    assert clause_spans("The roof fell in at 3am when it rained.") == []
    # a capitalised word after a comma is a name, not a predicate
    assert clause_spans("The order went to the yard's owner, Reddington Shipbuilding Group, in May.") == []


def test_and_before_an_auxiliary_opens_a_second_predicate_outside_a_quotation() -> None:
    # one subject, two facts: other outlets state each in a sentence of its own (align49.md)
    text = "The Tarrow hospice appeal is asking for 450,000 euros and has raised 112,000 euros so far."
    assert pieces(text) == ["The Tarrow hospice appeal is asking for 450,000 euros ",
                            "and has raised 112,000 euros so far."]
    text = "The old lighthouse was built in 1871 and was 38 metres tall before the storm."
    assert pieces(text)[1].startswith("and was 38 metres")
    # "and" between nouns stays whole, and a speaker's words are one statement
    assert clause_spans("Nurses and doctors were told to report to the east wing at once.") == []
    assert clause_spans("She said: \u201cThe appeal is asking for 450,000 euros and has raised 112,000 "
                        "euros so far.\u201d") == []


def test_an_apposition_or_a_tail_with_a_figure_of_its_own_opens_a_clause_only_it_may_take_a_seat() -> None:
    # ", a rise of ...", ", up from ...", ", in a scheme costing ...": a figure other outlets state alone
    text = "Ticket sales at the Orlen lido reached 48,000 last summer, a rise of 21% on the previous season."
    assert [(text[a:b], seat) for a, b, seat in clause_parts(text)] == [
        ("Ticket sales at the Orlen lido reached 48,000 last summer, ", False),
        ("a rise of 21% on the previous season.", True)]
    text = "The district will pay the bus firms 3.10 euros per pupil each day, up from 2.60 euros at present."
    assert pieces(text)[1] == "up from 2.60 euros at present."
    # no number of its own, a date, a reporting clause or a name's apposition: no cut
    assert clause_spans("Ticket sales at the Orlen lido reached 48,000 last summer, a record for it.") == []
    assert clause_spans("Ticket sales at the Orlen lido reached 48,000 last summer, the lido's manager said "
                        "on Monday.") == []
    assert clause_spans("Ticket sales at the Orlen lido reached 48,000 last summer, in the season of 2025 "
                        "at the pool.") == []
    assert clause_spans("The motion passed by a wide margin in the Halvard, the 120-member chamber of "
                        "the district.") == []
