"""perf33: the judge's divergence steps decide each pair of statements once, with the same answers.

`divergeleftover.precise_leftover_pairs` asks `compatible` once per pair of
what two mentions state (kind, slot, value, cues), however many sources and
passages state it. Invented index readings, built by hand.
"""

from __future__ import annotations

from decimal import Decimal

from sourcediff.divergeleftover import precise_leftover_pairs
from sourcediff.mentionindex import UnionFind, _quote_keys, connect, quote_groups
from sourcediff.model import Kind, Mention, Span
from sourcediff.values import Quantity, QuoteValue, Value


def _reading(amount: str, source: str, passage: int, at: int, cues: tuple[str, ...] = ()) -> Mention:
    return Mention(kind=Kind.NUMBER, source=source, passage=passage, span=Span(at, at + len(amount)),
                   raw=amount, value=Quantity(Decimal(amount)), slot="number:count", cues=cues)


def _story(levels: list[str], fall: str = "287.46") -> list[Mention]:
    """Each source's passage: "down {fall} points at {level}", the fall first."""
    ms = []
    for n, level in enumerate(levels):
        ms += [_reading(fall, f"s{n}", 2, 10), _reading(level, f"s{n}", 2, 40)]
    return ms


def test_one_swapped_level_among_many_agreeing_sources_is_the_rival_of_each() -> None:
    ms = _story(["4718.25"] * 6 + ["4781.25"])
    odd = 13  # the last source's level
    assert precise_leftover_pairs(ms) == [(2 * n + 1, odd) for n in range(6)]


def test_agreeing_sources_alone_give_no_pair() -> None:
    assert precise_leftover_pairs(_story(["4718.25"] * 8)) == []


def test_a_level_stated_before_the_shared_fall_is_no_rival_of_one_stated_after() -> None:
    ms = _story(["4718.25", "4781.25"])
    assert precise_leftover_pairs(ms) == [(1, 3)]
    ms[3] = _reading("4781.25", "s1", 2, 2)  # the second source writes its level before the fall
    assert precise_leftover_pairs(ms) == []


def test_one_statement_in_many_passages_is_decided_alike_in_each() -> None:
    # the same two readings in other passages and in another order of the mentions
    ms = _story(["4718.25", "4781.25", "4718.25"])
    moved = [Mention(kind=m.kind, source=m.source, passage=m.passage + 5, span=m.span, raw=m.raw,
                     value=m.value, slot=m.slot, cues=m.cues) for m in ms]
    assert precise_leftover_pairs(ms) == [(1, 3), (3, 5)]
    assert precise_leftover_pairs(moved) == [(1, 3), (3, 5)]


def test_a_reading_with_another_role_is_another_statement() -> None:
    ms = _story(["4718.25", "4781.25"])
    ms[3] = _reading("4781.25", "s1", 2, 40, ("role:injured",))  # another role: its own group, no rival
    assert precise_leftover_pairs(ms) == []


def test_a_group_from_one_source_joins_nothing_and_asks_no_fit() -> None:
    # one article repeating its figure ("2,400 homes ... the 2,400 homes"): no cross-source pair to join
    ms = [_reading("2400", "s0", p, 10) for p in range(4)]
    asked: list[tuple[Value, Value]] = []

    def fits(a: Value, b: Value) -> bool:
        asked.append((a, b))
        return True

    joined = UnionFind()
    connect(ms, [0, 1, 2, 3], joined, fits)
    connect(ms, [], joined, fits)
    assert asked == [] and joined.groups(range(4)) == []
    # a second source's mention joins the group through its first mention
    ms.append(_reading("2400", "s1", 0, 10))
    connect(ms, [0, 1, 2, 3, 4], joined, fits)
    assert joined.groups(range(5)) == [[0, 1, 2, 3, 4]]


def _quote(text: str, source: str, passage: int) -> Mention:
    return Mention(kind=Kind.QUOTE, source=source, passage=passage, span=Span(0, len(text)), raw=text,
                   value=QuoteValue(text, text))


def test_quote_groups_post_only_the_keys_two_quotations_share() -> None:
    texts = ["we will rebuild the bridge before the winter comes",
             "we will rebuild the bridge before winter",        # a shorter cut: shares runs
             "we will rebuild the old bridge before the winter comes",  # one word more
             "the council owes every family on the estate an apology",  # nothing in common
             "we will rebuild the bridge before the winter comes"]      # the first again, another source
    ms = [_quote(t, f"s{n % 3}", n) for n, t in enumerate(texts)]
    groups = quote_groups(ms, list(range(len(ms))))
    # every key posted, as before perf33: each pair of distinct quotations sharing a key is a group
    keys = {n: _quote_keys(tuple(t.split())) for n, t in enumerate(texts[:4])}
    meet = {(x, y) for x in range(4) for y in range(x + 1, 4) if keys[x] & keys[y]}
    got = {(g[0], g[-1]) for g in groups if len({texts[i] for i in g}) > 1}
    assert [0, 4] in groups and [1] in groups and [3] in groups
    assert got == meet == {(0, 1), (0, 2), (1, 2)}
