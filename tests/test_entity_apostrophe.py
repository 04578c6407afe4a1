"""A name written with a typographic apostrophe is the name written with a straight one.

A WordPress site turns "Growers' Union" into "Growers’ Union" and "O'Rourke"
into "O’Rourke"; the other outlets keep the typewriter mark. The two are one
body, one person: the report gave the body twice, once agreed and once
unique to the site. Every name here is invented.
"""

from __future__ import annotations

from sourcediff import Article, compare
from sourcediff.values import Entity

A = ("Tamsin O'Rourke, who leads the Fenland Growers' Union, said the deal was fair. "
     "The Fenland Growers' Union has 4,100 members.")
B = ("The Fenland Growers’ Union, led by Tamsin O’Rourke, backed the deal on Monday. "
     "The Fenland Growers’ Union said the vote was close.")


def test_the_two_apostrophes_are_one_canonical_name() -> None:
    curly, straight = Entity("Fenland Growers’ Union", "org"), Entity("Fenland Growers' Union", "org")
    assert curly.canonical() == straight.canonical()
    assert Entity("Tamsin O’Rourke", "person").canonical() == Entity("Tamsin O'Rourke", "person").canonical()


def test_the_body_is_one_fact_both_sources_state() -> None:
    report = compare([Article.from_text(A, id="a"), Article.from_text(B, id="b")])
    bodies = [f for f in report.facts if f.kind.value == "org" and "Growers" in f.mentions[0].raw]
    assert len(bodies) == 1
    assert {m.source for m in bodies[0].mentions} == {"a", "b"}
