"""Corpus mode: grouping a feed into stories, one report per story, state between runs, wire copy."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sourcediff.cli import main
from sourcediff.corpus import Store, build
from sourcediff.corpus.features import story_terms
from sourcediff.corpus.group import average_link, group, near_copies, neighbours, shared_neighbours, vectors
from sourcediff.corpus.run import compare_infos
from sourcediff.corpus.settings import THRESHOLD
from sourcediff.model import Article
from sourcediff.pipeline import analyse

# Two earthquakes on the same day in different places: two stories, not one.
QUAKE_A = (
    "A magnitude 6.1 earthquake struck near the town of Valdoria on Tuesday, killing 12 people and "
    "injuring 80, the regional civil protection agency said. Mayor Ilse Marrow said 40 homes in Valdoria "
    "collapsed. \"We are still pulling people from the rubble,\" Marrow told reporters. The quake hit at "
    "6:42 a.m. local time at a depth of 10 kilometres, the Institute of Geophysics said."
)
QUAKE_A2 = (
    "Twelve people were killed when a 6.1-magnitude earthquake shook Valdoria early on Tuesday. Mayor Ilse "
    "Marrow said 40 homes were destroyed and rescue teams from Portavella joined the search. \"We are "
    "still pulling people from the rubble,\" Marrow said. The Institute of Geophysics put the depth at "
    "10 kilometres."
)
QUAKE_B = (
    "A magnitude 5.4 earthquake shook Kestrel Bay on Tuesday evening, injuring three people and cutting "
    "power to 9,000 homes, the Kestrel Bay fire service said. Fire chief Odran Pike said no buildings "
    "collapsed. \"It was a long, rolling shake,\" Pike said. The quake was centred 20 kilometres offshore."
)
QUAKE_B2 = (
    "Three people were hurt when a 5.4-magnitude quake rattled Kestrel Bay on Tuesday. Fire chief Odran Pike "
    "said power was cut to 9,000 homes but no building came down. \"It was a long, rolling shake,\" Pike "
    "told the Kestrel Bay Courier. Seismologists said the quake was centred 20 kilometres offshore."
)
DEAL = (
    "Brightwell Group agreed to buy Norhaven Foods for $1.2 billion in cash, the companies said on Monday. "
    "Brightwell chief executive Mara Quist said the deal would close in the third quarter. Norhaven "
    "shareholders will receive $34 a share, a 28% premium."
)
DEAL2 = (
    "Norhaven Foods will be acquired by Brightwell Group for $1.3 billion, Brightwell said on Monday. Chief "
    "executive Mara Quist said Norhaven shareholders would receive $34 a share, a premium of 28%, and that "
    "the deal would close in the third quarter."
)
MATCH = (
    "Lindqvist scored twice as Harrowgate Rovers beat Stellan Athletic 3-1 on Saturday to go top of the "
    "league. Rovers manager Tomas Reyne praised his side's pressing."
)


def _art(id_: str, text: str, title: str = "") -> Article:
    return Article.from_text(text, id=id_, published="2026-03-03", title=title)


def feed() -> list[Article]:
    wire_copy = _art("q-a3", QUAKE_A.replace("the regional civil protection agency said", "officials said"))
    return [_art("q-a1", QUAKE_A), _art("q-b1", QUAKE_B), _art("deal-1", DEAL), _art("q-a2", QUAKE_A2),
            _art("match", MATCH), _art("q-b2", QUAKE_B2), _art("deal-2", DEAL2), wire_copy]


def _stories(articles: list[Article]) -> set[frozenset[str]]:
    return {frozenset(s.members) for s in group([story_terms(analyse(a)) for a in articles])}


def test_similar_events_are_separate_stories() -> None:
    assert _stories(feed()) == {frozenset({"q-a1", "q-a2", "q-a3"}), frozenset({"q-b1", "q-b2"}),
                                frozenset({"deal-1", "deal-2"}), frozenset({"match"})}


def test_average_link_does_not_chain_two_groups_through_one_article() -> None:
    # 0-1-2 and 4-5-6 are tight groups; 3 is a generic article similar to one member of each.
    edges = {(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.8, (4, 5): 0.8, (4, 6): 0.8, (5, 6): 0.8,
             (2, 3): 0.5, (3, 4): 0.5}
    groups = average_link(7, edges, 0.3)
    assert [0, 1, 2] in groups or [0, 1, 2, 3] in groups
    assert not any({0, 4} <= set(g) for g in groups)


def _two_similar_events(within: float, across: float) -> dict[tuple[int, int], float]:
    """Articles 0-3 on one event, 4-7 on a similar one: every cross pair nearly as close as a pair within."""
    edges = {}
    for i in range(8):
        for j in range(i + 1, 8):
            edges[(i, j)] = within if (i < 4) == (j < 4) else across
    return edges


@pytest.mark.parametrize(("within", "across"), [(0.5, 0.35), (0.3, 0.25), (0.55, 0.4)])
def test_shared_neighbours_separate_two_similar_events(within: float, across: float) -> None:
    edges = _two_similar_events(within, across)
    sharp = shared_neighbours(8, edges, k=3)
    inside = min(s for (i, j), s in sharp.items() if (i < 4) == (j < 4))
    between = max(s for (i, j), s in sharp.items() if (i < 4) != (j < 4))
    assert inside > 2 * between
    assert [sorted(g) for g in average_link(8, sharp, (inside + between) / 2)] == [[0, 1, 2, 3], [4, 5, 6, 7]]


@pytest.mark.parametrize("pair", [0.2, 0.4, 0.8])
def test_shared_neighbours_keep_a_story_of_two_articles_above_the_noise(pair: float) -> None:
    # Articles 0 and 1 report one event; 2-7 are other news, each faintly like the two.
    edges = {(0, 1): pair} | {(i, j): 0.05 for i in (0, 1) for j in range(2, 8)}
    sharp = shared_neighbours(8, edges, k=5)
    assert sharp[(0, 1)] > pair
    assert sharp[(0, 1)] > 3 * max(s for key, s in sharp.items() if key != (0, 1))


@pytest.mark.parametrize("copies", [2, 6, 12])
def test_a_large_story_of_wire_copy_groups_stays_one_story(copies: int) -> None:
    # Three outlets' texts, each run by ``copies`` outlets word for word: one story, not three.
    n = 3 * copies
    edges = {(i, j): 0.95 if i // copies == j // copies else 0.35 for i in range(n) for j in range(i + 1, n)}
    assert average_link(n, shared_neighbours(n, edges), THRESHOLD) == [list(range(n))]


RESULTS = ("{co} said on Monday that its quarterly profit rose to ${profit} million on sales of ${sales} "
           "million, and chief executive {boss} said the company would open {n} stores in {place} next year.")
BRIGHTWELL = dict(co="Brightwell Group", profit="41", sales="620", boss="Mara Quist", n="12",
                  place="Norhaven")


@pytest.mark.parametrize(("other", "copy"), [
    (BRIGHTWELL, True),  # one wire text run twice
    # the next quarter: the same words, other figures
    (BRIGHTWELL | dict(profit="57", sales="702", n="9"), False),
    (BRIGHTWELL | dict(co="Castlemoor Foods", boss="Odran Pike", place="Kestrel Bay"), False),
])
def test_templated_reports_of_two_events_are_not_copies(other: dict[str, str], copy: bool) -> None:
    texts = (RESULTS.format(**BRIGHTWELL), RESULTS.format(**other))
    docs = [story_terms(analyse(a)) for a in [_art("r1", texts[0]), _art("r2", texts[1]), *feed()]]
    vecs = vectors(docs)
    assert ((0, 1) in near_copies(vecs, neighbours(vecs))) is copy


def test_build_reports_each_story_of_two_sources_and_analyses_each_article_once(
        monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    import sourcediff.corpus.run as run

    def counting(article: Article) -> object:
        calls.append(article.id)
        return analyse(article)

    monkeypatch.setattr(run, "analyse", counting)
    result = build(feed())
    assert sorted(calls) == sorted(a.id for a in feed())
    reported = {frozenset(s.story.members) for s in result.stories if s.compared}
    assert frozenset({"match"}) not in reported and len(reported) == 3
    deal = next(s for s in result.stories if "deal-1" in s.story.members)
    data = json.loads(deal.report)
    assert data["schema"] == "sourcediff/report@1"
    money = [f for f in data["facts"] if f["kind"] == "money" and f["status"] == "diverge"]
    assert money, "the $1.2bn against $1.3bn price must diverge"


def test_story_report_equals_a_plain_comparison_of_its_articles() -> None:
    from sourcediff.pipeline import compare

    arts = [_art("deal-1", DEAL), _art("deal-2", DEAL2)]
    direct = compare(arts)
    assert compare_infos(tuple(analyse(a) for a in arts)).to_dict() == direct.to_dict()


def test_wire_copy_is_marked_and_not_counted_as_an_independent_source() -> None:
    result = build(feed())
    quake = json.loads(next(s.report for s in result.stories if "q-a3" in s.story.members))
    copies = [c for c in quake["shared_wording"] if c["mostly_copied"]]
    assert [(c["source"], c["original"]) for c in copies] == [("q-a3", "q-a1")]
    assert "q-a3 reuses" in copies[0]["summary"] and "of q-a1 verbatim" in copies[0]["summary"]
    assert quake["independent_sources"] == 2
    agreed = [f for f in quake["facts"] if f["status"] == "agree" and {"q-a1", "q-a3"} <= {
        m["source"] for m in f["mentions"]} and "q-a2" not in {m["source"] for m in f["mentions"]}]
    assert agreed and all(quake["fact_independent_sources"][f["id"]] == 1 for f in agreed)


def test_rerun_analyses_only_new_articles_and_recompares_only_their_story(tmp_path: Path) -> None:
    store = Store(tmp_path / "state.sqlite")
    first = build(feed(), store=store)
    assert first.analysed == 8 and first.compared == 3
    again = build(feed(), store=store)
    assert again.analysed == 0 and again.compared == 0
    assert [s.report for s in again.stories] == [s.report for s in first.stories]
    extra = _art("deal-3", DEAL2.replace("$1.3 billion", "$1.2 billion").replace("Monday", "Monday evening"))
    third = build([*feed(), extra], store=store)
    assert third.analysed == 1 and third.compared == 1
    changed = [s for s in third.stories if s.compared and not s.reused]
    assert [set(s.story.members) for s in changed] == [{"deal-1", "deal-2", "deal-3"}]
    store.close()


def test_a_corrupt_state_database_is_one_clear_error(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "state.sqlite"
    db.write_bytes(b"this is not sqlite at all" * 100)
    src = tmp_path / "a.txt"
    src.write_text(DEAL, encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["corpus", str(src), "-o", str(tmp_path / "out"), "--db", str(db)])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "state.sqlite" in err and "Traceback" not in err
    assert db.read_bytes().startswith(b"this is not sqlite")


def _write_feed(folder: Path) -> list[str]:
    folder.mkdir()
    lines = [json.dumps({"title": a.title or a.id, "text": a.text, "date": "2026-03-03"}) for a in feed()[4:]]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for a in feed()[:4]:
        (folder / f"{a.id}.txt").write_text(f"date 2026-03-03\n\n{a.text}\n", encoding="utf-8")
    return [str(folder)]


def test_cli_writes_reports_and_an_index_sorted_by_divergences(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = _write_feed(tmp_path / "feed")
    out = tmp_path / "out"
    with pytest.raises(SystemExit) as exc:
        main(["corpus", *inputs, "-o", str(out), "--html"])
    assert exc.value.code == 0
    index = json.loads((out / "index.json").read_text(encoding="utf-8"))
    assert index["articles"] == 8 and len(index["stories"]) == 3
    diverges = [s["summary"]["diverge"] for s in index["stories"]]
    assert diverges == sorted(diverges, reverse=True)
    for s in index["stories"]:
        assert (out / s["report"]).is_file() and (out / s["html"]).is_file()
    page = (out / "index.html").read_text(encoding="utf-8")
    assert index["stories"][0]["report"].replace(".json", ".html") in page
    assert "8 articles" in capsys.readouterr().err
    # Second run: nothing to analyse or compare, same index.
    with pytest.raises(SystemExit):
        main(["corpus", *inputs, "-o", str(out), "--html"])
    assert "(0 analysed, 8 reused)" in capsys.readouterr().err
    assert json.loads((out / "index.json").read_text(encoding="utf-8")) == index


def test_cli_refuses_a_file_as_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    inputs = _write_feed(tmp_path / "feed")
    target = tmp_path / "notes.txt"
    target.write_text("mine", encoding="utf-8")
    with pytest.raises(SystemExit) as exc:
        main(["corpus", *inputs, "-o", str(target)])
    assert exc.value.code == 2
    assert "notes.txt" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "mine"


def _outputs(result: object) -> list[tuple[tuple[str, ...], str]]:
    return [(s.story.members, s.report) for s in result.stories]  # type: ignore[attr-defined]


def test_local_processes_give_the_same_reports() -> None:
    assert _outputs(build(feed(), jobs=2)) == _outputs(build(feed()))


def test_dask_cluster_gives_the_same_reports() -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        on_dask = build(feed(), scheduler=cluster.scheduler_address)
    assert _outputs(on_dask) == _outputs(build(feed()))


def test_index_page_escapes_article_titles() -> None:
    from sourcediff.corpus.index import index_data, index_html

    arts = [_art("deal-1", DEAL, title="<script>alert(1)</script> Brightwell"), _art("deal-2", DEAL2)]
    page = index_html(index_data(build(arts)))
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; Brightwell" in page


def test_index_page_shows_control_characters_in_titles() -> None:
    from sourcediff.corpus.index import index_data, index_html

    arts = [_art("deal-1", DEAL, title="Brightwell \x1b]0;owned\x07deal"), _art("deal-2", DEAL2)]
    page = index_html(index_data(build(arts)))
    assert "\x1b" not in page and "\x07" not in page and "Brightwell \\x1b]0;owned\\x07deal" in page


def test_an_article_the_analysis_crashes_on_is_left_out_and_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    import sourcediff.corpus.run as run

    def fragile(article: Article) -> object:
        if article.id == "match":
            raise AssertionError("an extractor bug")
        return analyse(article)

    monkeypatch.setattr(run, "analyse", fragile)
    result = build(feed())
    assert [(f.id, f.error) for f in result.failed] == [("match", "AssertionError: an extractor bug")]
    assert all("match" not in s.story.members for s in result.stories)
    assert sum(1 for s in result.stories if s.compared) == 3
