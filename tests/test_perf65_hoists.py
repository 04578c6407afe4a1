"""Work done once rather than once a repetition, the same answers (perf65, issue #13).

* ``extract.shared.answers``: when every passage was scanned before (each typed scan after the first
  pass over an article), the answers are looked up in one C loop (`_all_known`); a miss falls back
  to the loop that runs the scan on each miss, in order.
"""

from __future__ import annotations

from sourcediff.extract import shared
from sourcediff.extract.shared import _all_known, answers, scope, shared_text

PASSAGES = [
    "The Marrow Lane depot will close on 3 June, the operator said.",
    "About 140 drivers work there.",
    "Unions called the decision a blow to the town.",
    "The Marrow Lane depot will close on 3 June, the operator said.",  # a repeated passage
]


def test_all_known_reads_every_text_in_order_or_none_at_a_miss() -> None:
    table: dict[str, object] = {t: (n,) for n, t in enumerate(PASSAGES)}
    assert _all_known(table, PASSAGES) == [(3,), (1,), (2,), (3,)]  # the repeat was keyed last
    assert _all_known(table, []) == []
    assert _all_known(table, [PASSAGES[1], "Not scanned yet."]) is None
    assert "Not scanned yet." not in table  # a miss computes nothing


def test_answers_scans_each_new_text_once_in_order_and_repeats_from_memory() -> None:
    calls: list[str] = []

    @shared_text
    def words(text: str) -> tuple[str, ...]:
        calls.append(text)
        return tuple(text.split()[:2])

    with scope():
        first = answers(words, PASSAGES[:2])
        assert calls == PASSAGES[:2]
        mixed = answers(words, PASSAGES)  # two known, one new, one repeat of a known text
        assert calls == PASSAGES[:3]
        again = answers(words, PASSAGES)  # all known: the fast path
        assert calls == PASSAGES[:3]
        assert [words(t) for t in PASSAGES] == again
    assert first == [tuple(t.split()[:2]) for t in PASSAGES[:2]]
    assert mixed == again == [tuple(t.split()[:2]) for t in PASSAGES]
    assert all(a is b for a, b in zip(mixed, again, strict=True))  # the very objects remembered
    shared._TEXT_SCANS.pop(words, None)


def test_answers_outside_a_scope_just_calls_the_scan() -> None:
    assert answers(str.upper, ["a", "b"]) == ["A", "B"]
