"""The first minute at a terminal: colour, the pager, locations, width, noise, stray files, errors."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from sourcediff.cli import main
from sourcediff.ingest import load_many
from sourcediff.model import Article
from sourcediff.pipeline import compare
from sourcediff.render import RenderOptions
from sourcediff.render.locations import Locator, line_column
from sourcediff.render.oneline import render_oneline
from sourcediff.render.terminal import render_terminal_text
from sourcediff.termio import ColorChoice, pager_command, pager_env, use_color

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted(str(p) for p in (ROOT / "seeds").iterdir())
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "PAGER", "SOURCEDIFF_PAGER", "LESS", "COLUMNS", "LINES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    out, err = capsys.readouterr()
    return int(exit_info.value.code or 0), out, err


# --- colour ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("choice", "env", "tty", "expected"), [
    (ColorChoice.auto, {}, True, True),
    (ColorChoice.auto, {}, False, False),
    (ColorChoice.auto, {"NO_COLOR": "1"}, True, False),
    (ColorChoice.auto, {"NO_COLOR": ""}, True, True),          # empty NO_COLOR is unset (no-color.org)
    (ColorChoice.auto, {"FORCE_COLOR": "1"}, False, True),
    (ColorChoice.auto, {"FORCE_COLOR": "0"}, False, False),
    (ColorChoice.auto, {"NO_COLOR": "1", "FORCE_COLOR": "1"}, True, False),
    (ColorChoice.auto, {"TERM": "dumb"}, True, False),
    (ColorChoice.always, {"NO_COLOR": "1"}, False, True),      # an explicit flag beats the environment
    (ColorChoice.never, {"FORCE_COLOR": "1"}, True, False),
])
def test_colour_decision(choice: ColorChoice, env: dict[str, str], tty: bool, expected: bool) -> None:
    assert use_color(choice, env, tty) is expected


def test_color_always_through_a_pipe_keeps_highlighting(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["compare", *SEEDS, "--color", "always", "--width", "100"], capsys)
    assert code == 0 and "\x1b[" in out
    assert "Friday evening" in ANSI.sub("", out)


def test_pipe_gets_plain_text_and_no_color_env_wins_over_force(capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _, out, _ = run(["compare", *SEEDS], capsys)
    assert "\x1b[" not in out and "«Friday *evening*»" in out
    monkeypatch.setenv("FORCE_COLOR", "1")
    _, forced, _ = run(["compare", *SEEDS], capsys)
    assert "\x1b[" in forced
    monkeypatch.setenv("NO_COLOR", "1")
    _, plain, _ = run(["compare", *SEEDS], capsys)
    assert "\x1b[" not in plain


def test_unknown_color_value_is_a_one_line_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["compare", *SEEDS, "--color", "sometimes"], capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("sourcediff: error:") and "--color" in err


# --- pager ----------------------------------------------------------------------------------

def test_pager_only_for_a_terminal_and_a_report_taller_than_it() -> None:
    tall = {"text_lines": 120, "screen_lines": 50}
    assert pager_command({}, wanted=True, isatty=True, **tall) == ["less"]
    assert pager_command({}, wanted=True, isatty=False, **tall) is None          # a pipe or a file
    assert pager_command({}, wanted=False, isatty=True, **tall) is None          # --no-pager
    assert pager_command({}, wanted=True, isatty=True, text_lines=30, screen_lines=50) is None


def test_pager_honours_sourcediff_pager_then_pager() -> None:
    tall = {"wanted": True, "isatty": True, "text_lines": 99, "screen_lines": 10}
    assert pager_command({"PAGER": "most -s"}, **tall) == ["most", "-s"]
    assert pager_command({"PAGER": "most", "SOURCEDIFF_PAGER": "less -R"}, **tall) == ["less", "-R"]
    assert pager_command({"PAGER": "cat"}, **tall) is None
    assert pager_command({"SOURCEDIFF_PAGER": "", "PAGER": "less"}, **tall) is None


def test_less_gets_git_defaults_unless_the_reader_set_them() -> None:
    assert pager_env({})["LESS"] == "FRX"
    assert pager_env({"LESS": "-S"})["LESS"] == "-S"


def test_cli_pages_a_tall_report_on_a_terminal_and_never_on_a_pipe(
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import sourcediff.cliout as cliout

    paged: list[list[str]] = []
    monkeypatch.setattr(cliout, "page", lambda text, command, out: paged.append(command))
    monkeypatch.setattr("shutil.get_terminal_size", lambda *args, **kw: os.terminal_size((100, 20)))
    run(["compare", *SEEDS], capsys)
    assert paged == []                                   # capsys is no terminal
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    run(["compare", *SEEDS], capsys)
    assert paged == [["less"]]
    run(["compare", *SEEDS, "--no-pager"], capsys)
    assert paged == [["less"]]


# --- locations, width, noise ----------------------------------------------------------------

def test_line_column_counts_from_one() -> None:
    text = "first line\nsecond line"
    assert line_column(text, 0) == (1, 1)
    assert line_column(text, text.index("line", 11)) == (2, 8)


def test_every_mention_shown_names_its_file_line_and_column(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["compare", *SEEDS, "--width", "100"], capsys)
    panel = out[out.index("DIVERGE"):out.index("Unique details")]
    locations = re.findall(r"\b(\d{3}):(\d+):(\d+)\b", panel)
    assert {source for source, _, _ in locations} == {"000", "001", "002"}
    seed = next(Path(p) for p in SEEDS if Path(p).name.startswith("000"))
    lines = seed.read_text(encoding="utf-8").split("\n")
    line, column = next((int(a), int(b)) for s, a, b in locations if s == "000")
    assert lines[line - 1][column - 1:].startswith("Friday evening")


def test_locator_without_files_uses_the_extracted_text() -> None:
    report = compare([Article.from_text("Intro.\nThe fee is $40 million.", id="a", published="2026-03-02"),
                      Article.from_text("The fee is $40 million.", id="b", published="2026-03-02")])
    money = next(f for f in report.facts if f.kind.value == "money")
    assert Locator(report)(money.mentions[0]) == "a:2:12"


def test_locator_finds_words_in_a_file_whose_text_ingest_rewrote() -> None:
    report = compare([Article.from_text("Intro.\n\nThe fee is $40 million, or $40 million.", id="a",
                                        published="2026-03-02"),
                      Article.from_text("The fee is $40 million.", id="b", published="2026-03-02")])
    page = "<html>\n<p>Intro.</p>\n<p>The fee is <b>$40 million</b>, or $40 million.</p>\n</html>"
    locate = Locator(report, {"a": page})
    money = next(f for f in report.facts if f.kind.value == "money")
    places = [locate(m) for m in money.mentions if m.source == "a"]
    assert places == ["a:3:18", "a:3:38"]       # the k-th occurrence in the file for the k-th in the text


def test_no_value_or_word_broken_at_80_columns(capsys: pytest.CaptureFixture[str]) -> None:
    from sourcediff.render.view import fact_value

    _, out, _ = run(["compare", *SEEDS, "--width", "80"], capsys)
    assert max(len(line) for line in out.splitlines()) <= 80
    tokens = {w.strip("(),;") for line in out.splitlines() for w in line.replace("│", " ").split()}
    report = compare(load_many(SEEDS))
    values = [fact_value(f) for f in report.facts if f.status.value != "unique"]
    assert "2025-07-01..2025-07-31" in values
    for value in values:
        for word in value.split():
            assert word in tokens, f"{word!r} of {value!r} is broken at 80 columns"
    # Long quotes in summaries end at a word boundary, never inside a word.
    for summary in (f.summary for f in report.facts if f.kind.value == "quote"):
        cut = re.search(r"(\w+)…”", summary)
        if cut:
            quote = next(m.raw for f in report.facts for m in f.mentions if f.summary == summary)
            assert re.search(rf"\b{re.escape(cut.group(1))}\b", quote), summary


TEXT_A = ("date 2026-03-04 The city council approved a $4 million flood barrier this week, officials "
          "said.\n\n"
          "Jane Roe / Reuters A flooded street in the old town, Oct. 30, 2024.\n\n"
          "The barrier will be finished by June, the mayor said.")
TEXT_B = ("date 2026-03-04 Councillors backed the $4 million flood barrier, the council said.\n\n"
          "Work on the barrier starts in April, the mayor said.")


@pytest.fixture
def flood(tmp_path: Path) -> list[str]:
    (tmp_path / "a.txt").write_text(TEXT_A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT_B, encoding="utf-8")
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_vague_spans_and_caption_dates_are_not_unique_details_unless_all(flood: list[str]) -> None:
    report = compare(load_many(flood))
    uniques = {m.raw for f in report.facts if f.status.value == "unique" for m in f.mentions}
    assert {"this week", "Oct. 30, 2024"} <= uniques          # the judge still finds them...
    plain = RenderOptions(width=100, color=False)
    text = render_terminal_text(report, plain)
    assert "this week" not in text and "Oct. 30, 2024" not in text   # ...the report leaves them out
    assert "--all lists them" in text
    everything = render_terminal_text(report, RenderOptions(width=100, color=False, show_all=True))
    assert "this week" in everything and "Oct. 30, 2024" in everything
    assert "June" in text                                      # a precise unique date stays


def test_names_every_source_mentions_take_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["compare", *SEEDS, "--width", "100"], capsys)
    agreements = out[out.index("Agreements"):]
    line = next(line for line in agreements.splitlines() if "named by all 5 sources" in line)
    assert "Anthropic" in line and "Dario Amodei" in line
    assert not re.search(r"^= org\s+Anthropic", agreements, re.M)


def test_no_divergence_is_said_in_one_line(flood: list[str]) -> None:
    report = compare(load_many(flood))
    text = render_terminal_text(report, RenderOptions(width=100, color=False))
    assert "No divergence: every fact two or more sources state agrees." in text
    assert "Divergences (" not in text


def test_divergence_card_shows_what_the_others_agree_on(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["compare", *SEEDS, "--width", "100"], capsys)
    panel = out[out.index("DIVERGE"):out.index("Unique details")]
    assert re.search(r"agreed: deadline 5:01 PM ET .* \(002, 003, 004\)", panel)


# --- oneline and markdown ---------------------------------------------------------------------

def test_oneline_format_gives_one_line_per_finding_with_places(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["compare", *SEEDS, "-f", "oneline"], capsys)
    assert code == 0
    first = out.splitlines()[0]
    assert re.match(r"^≠ time deadline  Friday evening \(000:\d+:\d+\) \| Friday afternoon \(001:", first)
    assert out.splitlines()[-1].startswith("5 sources, ")
    assert all(line[0] in "≠+=" for line in out.splitlines()[:-1])


def test_oneline_cuts_long_quotes_at_a_word_boundary() -> None:
    from sourcediff.render.oneline import clip

    assert clip("one two three four", 12) == "one two…"
    assert clip("short", 12) == "short"


def test_md_is_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["compare", *SEEDS, "-f", "md"], capsys)
    _, markdown, _ = run(["compare", *SEEDS, "-f", "markdown"], capsys)
    assert code == 0 and out == markdown and out.startswith("#")


def test_render_oneline_hides_noise_like_the_terminal(flood: list[str]) -> None:
    report = compare(load_many(flood))
    assert "this week" not in render_oneline(report, RenderOptions(color=False))
    assert "this week" in render_oneline(report, RenderOptions(color=False, show_all=True))


# --- stray files, folders, errors, help -------------------------------------------------------

def test_directory_with_a_stray_json_compares_without_it(tmp_path: Path, flood: list[str],
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    folder = Path(flood[0]).parent
    (folder / "gold.json").write_text('{"sources": ["a"], "alignments": [], "facts": []}', encoding="utf-8")
    code, out, err = run(["compare", str(folder), "-f", "json"], capsys)
    assert code == 0 and '"id": "a"' in out and "gold" not in out
    assert err.count("\n") == 1 and "skipped" in err and "gold.json" in err


def test_a_non_article_named_explicitly_is_an_error(flood: list[str], tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "config.json"
    config.write_text('{"threshold": 0.5}', encoding="utf-8")
    code, out, err = run(["compare", str(config), *flood], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1 and "config.json" in err


def test_report_creates_the_folder_it_writes_into(tmp_path: Path, flood: list[str],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(["report", *flood, "-o", str(tmp_path / "out" / "flood")], capsys)
    assert code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["flood.html", "flood.json", "flood.md"]


@pytest.mark.parametrize("args", [["compare", "--bogus", "x"], ["compare"], ["nosuchcommand"],
                                  ["compare", "a", "b", "-f", "pdf"]])
def test_usage_errors_are_one_line_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(args, capsys)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("sourcediff: error: ") and "--help" in err


def test_help_shows_no_python_types_and_keeps_the_policy_table(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ([], ["compare"], ["check"], ["report"], ["facts"], ["score"]):
        _, out, _ = run([*command, "--help"], capsys)
        assert not re.search(r"<(?:list\[|bool|int|str|path)", out), out
    _, out, _ = run(["check", "--help"], capsys)
    assert "[tool.sourcediff]" in out
    _, out, _ = run(["--help"], capsys)
    assert "--install-completion" in out


def test_version_prints_without_loading_rich_or_the_pipeline() -> None:
    import subprocess

    code = ("import sys; from sourcediff.cli import main\n"
            "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print(sorted(m for m in ('rich', 'numpy', 'rapidfuzz', 'sourcediff.pipeline', 'lxml') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines() == ["sourcediff 0.1.0", "[]"]


def test_package_import_is_light_and_names_still_resolve() -> None:
    import subprocess

    code = ("import sys, sourcediff\n"
            "heavy = [m for m in ('numpy', 'rapidfuzz', 'rich', 'jinja2', 'sourcediff.extract', "
            "'sourcediff.render.terminal', 'snowballstemmer') if m in sys.modules]\n"
            "from sourcediff import compare, load, Verdict\n"
            "import sourcediff.compare as judge_module\n"
            "print(heavy, callable(compare), Verdict.AGREE.value)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[] True agree"


def test_comparing_text_files_loads_neither_the_fetcher_nor_the_html_parser(tmp_path: Path) -> None:
    import subprocess

    for name, words in (("a.txt", "The council approved the budget on Monday."),
                        ("b.txt", "On Monday the council passed the budget.")):
        (tmp_path / name).write_text(words + "\n", encoding="utf-8")
    code = ("import sys; from sourcediff.cli import main\n"
            f"try:\n    main(['compare', {str(tmp_path / 'a.txt')!r}, {str(tmp_path / 'b.txt')!r}])\n"
            "except SystemExit:\n    pass\n"
            "print(sorted(m for m in ('sourcediff.fetch', 'urllib3', 'lxml', 'sourcediff.ingest.markdown', "
            "'sourcediff.ingest.jsonfile') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "[]"


@pytest.mark.parametrize(("exported", "expected"), [({}, "1"), ({"OPENBLAS_NUM_THREADS": "4"}, "4")])
def test_native_thread_pools_get_one_thread_unless_the_user_chose(exported: dict[str, str],
                                                                  expected: str) -> None:
    from sourcediff.cli import NATIVE_THREAD_VARS, one_native_thread

    environ = dict(exported)
    one_native_thread(environ)
    assert environ["OPENBLAS_NUM_THREADS"] == expected
    assert all(environ[var] for var in NATIVE_THREAD_VARS)


def test_no_progress_or_notes_on_a_stderr_that_is_not_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["compare", *SEEDS], capsys)
    assert code == 0 and out and err == ""


def test_a_missing_dependency_is_one_line_saying_what_to_do(capsys: pytest.CaptureFixture[str],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import sourcediff.cli as cli

    def missing(articles: object) -> None:
        raise ModuleNotFoundError("No module named 'lxml_html_clean'", name="lxml_html_clean")

    monkeypatch.setattr(cli, "_run_compare", missing)
    code, out, err = run(["compare", *SEEDS], capsys)
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "lxml_html_clean" in err and "internal error" not in err and "pip" in err


def test_shell_completion_completes_commands_and_options(capsys: pytest.CaptureFixture[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_SOURCEDIFF_COMPLETE", "complete_bash")
    monkeypatch.setenv("COMP_WORDS", "sourcediff comp")
    monkeypatch.setenv("COMP_CWORD", "1")
    _, out, _ = run([], capsys)
    assert out.split() == ["compare"]
    monkeypatch.setenv("COMP_WORDS", "sourcediff compare --no-p")
    monkeypatch.setenv("COMP_CWORD", "2")
    _, out, _ = run([], capsys)
    assert out.split() == ["--no-pager"]


def test_page_pipes_the_report_into_the_pager_process(tmp_path: Path) -> None:
    import io

    from sourcediff.termio import page

    target = tmp_path / "paged.txt"
    pager = [sys.executable, "-c", f"import sys; open({str(target)!r}, 'w').write(sys.stdin.read())"]
    out = io.StringIO()
    page("line one\nline two\n", pager, out)
    assert target.read_text() == "line one\nline two\n" and out.getvalue() == ""


def test_a_pager_that_cannot_start_falls_back_to_printing(tmp_path: Path) -> None:
    import io

    from sourcediff.termio import page

    out = io.StringIO()
    page("the report\n", [str(tmp_path / "no-such-pager")], out)
    assert out.getvalue() == "the report\n"
