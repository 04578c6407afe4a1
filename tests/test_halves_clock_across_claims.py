"""A clock with its half of day unknown meets the others' p.m. clock outside one claim (invented text).

Three outlets time the end of a rescue "4.45pm" / "16:45" in their
rescue sentences; a fourth gives "at a quarter to five" inside a sentence
about who led the operation, which the aligner seats elsewhere. A clock to
the minute identifies its moment across a story, as two outlets' "16:45"
do; the worded clock's a.m. reading alone ("04:45") met no one, and it
stayed a unique fact.
"""

from __future__ import annotations

from sourcediff import Article, compare

TEXTS = [
    "Rescuers lowered the last of the stranded walkers to safety at 4.45pm after a six-hour operation, "
    "the coastguard said.\n\n\"They were cold but calm,\" said Sergeant Ilse Marrow, who led the rescue.",
    "The six-hour operation ended at 16:45 when the last stranded walker was lowered to safety.\n\n"
    "\"They were cold but calm,\" Sergeant Ilse Marrow said.",
    "The coastguard said the last stranded walker was lowered to safety at 4.45pm.",
    "Sergeant Ilse Marrow, who led the operation, said the last walker reached the beach "
    "at a quarter to five.",
]


def test_the_worded_clock_agrees_with_the_others() -> None:
    report = compare([Article.from_text(t, id=f"s{n}", published="2026-08-09")
                      for n, t in enumerate(TEXTS)]).to_dict()
    times = [f for f in report["facts"] if f["kind"] == "time"]
    assert len(times) == 1
    assert times[0]["status"] == "agree"
    assert {m["source"] for m in times[0]["mentions"]} == {"s0", "s1", "s2", "s3"}
