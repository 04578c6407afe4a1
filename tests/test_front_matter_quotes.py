"""Front-matter values lose the quotes around them, never a quotation mark of their own."""

from __future__ import annotations

from sourcediff.ingest.markdown import front_matter


def test_a_title_opening_with_a_quotation_keeps_its_mark() -> None:
    meta, body = front_matter("---\ntitle: \"'We will rebuild': Kelby pier reopens\"\ndate: 2026-03-14\n---\n"
                              "The pier reopened on Saturday.\n")
    assert meta["title"] == "'We will rebuild': Kelby pier reopens"
    assert body.strip() == "The pier reopened on Saturday."


def test_quoted_values_unescape_their_own_quote_and_bare_values_stay_whole() -> None:
    meta, _ = front_matter('---\ntitle: "Mayor says \\"no\\" to tolls"\nauthor: \'Ana O\'\'Neill\'\n'
                           "source: It's Kelby News\n---\nText.\n")
    assert meta == {"title": 'Mayor says "no" to tolls', "author": "Ana O'Neill", "source": "It's Kelby News"}


def test_toml_front_matter_is_unquoted_alike() -> None:
    meta, _ = front_matter('+++\ntitle = "\'Never again\': flood defences approved"\n+++\nText.\n')
    assert meta["title"] == "'Never again': flood defences approved"
