"""benchmarks/align_diagnose.py: each missed gold pair gets the cause that lost it."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType, SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parents[1]

A = ("The city council approved a budget of $40 million for the new harbour on Monday.\n\n"
     "A striker scored twice as the home side won the cup final at the stadium.\n")
B = ("On Monday the city council approved the $40 million harbour budget after a long debate.\n\n"
     "Forecasters expect mild weather and light winds until Sunday.\n")
GOLD = {
    "sources": {"a": "a.txt", "b": "b.txt"},
    "alignments": [
        {"id": "budget", "anchors": {"a": "The city council approved a budget",
                                     "b": "On Monday the city council approved"}},
        {"id": "unrelated", "anchors": {"a": "A striker scored twice",
                                        "b": "Forecasters expect mild weather"}},
    ],
    "facts": [],
}


def _module() -> ModuleType:
    path = ROOT / "benchmarks" / "align_diagnose.py"
    spec = importlib.util.spec_from_file_location("align_diagnose", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["align_diagnose"] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, object]:
    folder = tmp_path_factory.mktemp("story")
    (folder / "a.txt").write_text(A, encoding="utf-8")
    (folder / "b.txt").write_text(B, encoding="utf-8")
    mod = _module()
    case = mod.build_case("story invented", [folder / "a.txt", folder / "b.txt"], GOLD)
    return mod.diagnose(case), mod.seat_taken(case)


@pytest.fixture(scope="module")
def diagnosis(both: tuple[object, object]) -> object:
    return both[0]


def test_seat_taken_reads_only_split_seat_taken_pairs(both: tuple[object, object]) -> None:
    """The invented story's pairs are found or lost before clustering: none is read."""
    assert both[1] == {}


def test_a_pair_one_claim_holds_is_found(diagnosis: object) -> None:
    assert diagnosis.causes["found"] == 1  # type: ignore[attr-defined]


def test_a_pair_no_claim_holds_gets_a_cause_before_clustering(diagnosis: object) -> None:
    causes = diagnosis.causes  # type: ignore[attr-defined]
    assert sum(causes.values()) == 2
    assert causes["not_candidate"] + causes["low_prob"] == 1
    assert diagnosis.recall == 0.5  # type: ignore[attr-defined]


def test_only_anchored_pairs_sharing_no_group_count_as_wrong(diagnosis: object) -> None:
    assert sum(diagnosis.wrong.values()) == 0  # type: ignore[attr-defined]
    assert diagnosis.judged == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize(("links", "claims", "cause"), [
    # passage 1 (source a) fits the claim of 0, 2, 3 well, but 0 holds source a's seat there
    ({(0, 2): 0.9, (0, 3): 0.9, (1, 2): 0.9, (1, 3): 0.9}, [{0, 2, 3}], "split_seat_taken"),
    # passage 1 links to 2 alone: it sits in no claim and fits the claim too weakly
    ({(0, 2): 0.9, (0, 3): 0.9, (2, 3): 0.9, (1, 2): 0.5}, [{0, 2, 3}], "split_orphan"),
    # ... and when it sits in a claim of its own
    ({(0, 2): 0.9, (0, 3): 0.9, (2, 3): 0.9, (1, 2): 0.5, (1, 4): 0.9}, [{0, 2, 3}, {1, 4}], "split_fit_low"),
])
def test_a_split_pair_is_told_apart_by_how_it_fits(links: dict[tuple[int, int], float],
                                                   claims: list[set[int]], cause: str) -> None:
    mod = _module()
    source_of = ["a", "a", "b", "c", "d"]
    got = mod._split_cause(frozenset({1}), frozenset({2}), [frozenset(c) for c in claims],
                           mod._Graph(links), source_of, mod.DEFAULT)
    assert got == cause


def test_roles_counts_only_the_missed_pair_by_position_and_band(
        tmp_path: Path) -> None:
    """The budget pair is found; the unrelated pair, two lead sentences never proposed, is missed."""
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    mod = _module()
    case = mod.build_case("story invented", [tmp_path / "a.txt", tmp_path / "b.txt"], GOLD)
    assert mod.roles(case) == {"miss_ll_nc": 1}


def test_position_reads_headlines_then_two_lead_passages_then_the_body() -> None:
    mod = _module()
    roles = ["title", "heading", "sentence", "sentence", "sentence", "heading", "sentence"]
    info = SimpleNamespace(passages=[SimpleNamespace(index=n, role=r) for n, r in enumerate(roles)])
    assert mod.position(info) == {0: "h", 1: "h", 2: "l", 3: "l", 4: "b", 5: "h", 6: "b"}


@pytest.mark.parametrize(("p", "band"), [(None, "nc"), (-1.0, "nc"), (0.1, "lo"), (0.3, "hi"), (0.9, "hi")])
def test_band_splits_at_merge_at(p: float | None, band: str) -> None:
    mod = _module()
    assert mod._band(p, mod.DEFAULT) == band
