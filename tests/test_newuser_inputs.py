"""What a first-time user feeds the tool: saved pages, odd JSON, the same file twice, other languages.

Every text here is invented; nothing reaches beyond this machine.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hostile_cli import ARTICLE_A, one_line_error, run_cli, two_articles
from sourcediff.errors import InputError
from sourcediff.ingest import load
from sourcediff.ingest.reading import decode

# A page saved from an older site: Windows-1252 bytes, declared in its head.
CP1252_PAGE = ("<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 seawall</title></head><body>"
               "<article><h1>Caf\u00e9 seawall approved</h1><p>The Harbor City council voted 7-2 on Tuesday "
               "to approve a \u20ac12 million seawall beside the caf\u00e9 district, officials said.</p>"
               "<p>\u201cWe cannot wait for the next storm,\u201d Mayor Ana Ruiz said after the vote.</p>"
               "</article></body></html>")


def test_a_saved_page_is_read_in_the_charset_it_declares(tmp_path: Path) -> None:
    path = tmp_path / "saved.html"
    path.write_bytes(CP1252_PAGE.encode("cp1252"))
    article = load(path)
    assert "\u20ac12 million seawall" in article.text and "\u201cWe cannot" in article.text


def test_the_http_equiv_declaration_counts_too() -> None:
    page = CP1252_PAGE.replace('<meta charset="windows-1252">',
                               '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    assert "caf\u00e9 district" in decode(page.replace("\u20ac", "EUR ").replace("\u201c", '"')
                                          .replace("\u201d", '"').encode("latin-1"), "old.html")


def test_utf8_wins_over_a_stale_declaration() -> None:
    page = CP1252_PAGE.encode("utf-8")  # re-saved as UTF-8, the old <meta> left behind
    assert "\u20ac12 million" in decode(page, "resaved.html")


def test_undeclared_latin1_is_still_one_clear_error() -> None:
    with pytest.raises(InputError, match="not UTF-8"):
        decode("The caf\u00e9 council met.".encode("latin-1"), "plain.txt")


@pytest.mark.parametrize("content", ["42", '"The council met."', "null", "true"])
def test_a_json_file_holding_no_object_is_one_line(content: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    odd = tmp_path / "feed.json"
    odd.write_text(content + "\n", encoding="utf-8")
    one_line_error(run_cli(capsys, "compare", odd, a), "feed.json", "JSON holds no article")


def test_prose_in_a_json_named_file_is_still_read_as_prose(tmp_path: Path) -> None:
    path = tmp_path / "misnamed.json"
    path.write_text(ARTICLE_A, encoding="utf-8")
    assert "$12 million seawall" in load(path).text


# Invented French and German reports of the invented Harbor City story.
FRENCH = ("Le conseil municipal de Harbor City a approuvé mardi soir une digue de douze millions de dollars, "
          "par sept voix contre deux, après un long débat public. La maire Ana Ruiz a promis que les travaux "
          "commenceraient au printemps et seraient terminés avant l'été prochain.\n")
GERMAN = ("Der Stadtrat von Harbor City hat am Dienstagabend mit sieben zu zwei Stimmen einen Deich "
          "für zwölf Millionen Dollar genehmigt. Bürgermeisterin Ana Ruiz versprach, "
          "dass die Arbeiten im Frühjahr beginnen und vor dem nächsten Sommer abgeschlossen sein sollen.\n")


@pytest.mark.parametrize("text", [FRENCH, GERMAN])
def test_an_article_in_another_language_runs_with_a_note(text: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    other = tmp_path / "autre.txt"
    other.write_text(text, encoding="utf-8")
    run = run_cli(capsys, "compare", other, a, "-f", "oneline")
    assert run.code == 0 and "Traceback" not in run.err
    assert run.err.count("\n") == 1 and "autre.txt (autre) does not read as English" in run.err


# Invented inputs with no function words in any language: they are not "not English".
NAMES = "Harbor City council members\n\n" + "\n".join(
    f"{first} {last}, ward {n}" for n, (first, last) in enumerate(
        [("Ana", "Ruiz"), ("Jan", "van der Berg"), ("Luis", "del Rio"), ("Eva", "da Silva"),
         ("Hans", "von Alten"), ("Nina", "du Pont"), ("Marco", "di Stefano"), ("Leo", "Le Brun"),
         ("Sara", "de la Cruz")], 1)) + "\n"
FIGURES = ("Harbor City seawall budget\n\nItem Cost Share\nDesign 1.2 10\nSteel 4.8 40\nConcrete 3.6 30\n"
           "Labour 1.8 15\nSurvey work 0.3 2\nPump house 0.2 2\nSea fencing 0.1 1\nContingency 0.0 0\n"
           "Total 12.0 100\nFigures in millions, unaudited, council papers\n")
RUSSIAN = ("Городской совет Харбор-Сити во вторник одобрил дамбу стоимостью двенадцать миллионов долларов, "
           "семью голосами против двух, после долгих публичных дебатов. Мэр Ана Руис пообещала, что работы "
           "начнутся весной.\n")


@pytest.mark.parametrize(("text", "noted"), [(NAMES, False), (FIGURES, False), (RUSSIAN, True)])
def test_only_text_in_another_language_is_noted_as_not_english(
        text: str, noted: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    other = tmp_path / "other.txt"
    other.write_text(text, encoding="utf-8")
    run = run_cli(capsys, "compare", other, a, "-f", "oneline")
    assert run.code == 0 and ("does not read as English" in run.err) is noted, run.err


def test_english_articles_get_no_note(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    assert run_cli(capsys, "compare", a, b, "-f", "oneline").err == ""


def test_the_same_file_twice_is_compared_with_a_note(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    run = run_cli(capsys, "compare", a, tmp_path / "." / a.name, "-f", "oneline")
    assert run.code == 0 and "has the same text as" in run.err
    assert "every fact they state will agree" in run.err


def test_the_draft_is_left_out_of_a_folder_of_sources(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    draft, _ = two_articles(tmp_path)
    run = run_cli(capsys, "check", draft, "--against", tmp_path, "-f", "json")
    assert run.code in (0, 1) and "it is the draft" in run.err and "has the same text" not in run.err
    assert '"harbor-a"' not in run.out


def test_a_draft_checked_against_only_itself_is_one_line(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    draft, _ = two_articles(tmp_path)
    one_line_error(run_cli(capsys, "check", draft, "--against", draft), "no sources besides the draft")


def test_notes_never_precede_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, _ = two_articles(tmp_path)
    one_line_error(run_cli(capsys, "compare", a, a, "-f", "json", "-o", a), "over an input")


@pytest.mark.parametrize("base", ["out/", "", ".", "sub/.."])
def test_report_refuses_a_folder_or_empty_base_before_any_work(base: str, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = two_articles(tmp_path)
    monkeypatch.chdir(tmp_path)
    one_line_error(run_cli(capsys, "report", a, b, "-o", base), "not a folder")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["harbor-a.txt", "harbor-b.txt"]


def test_report_base_names_still_work(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    run = run_cli(capsys, "report", a, b, "-o", tmp_path / "out" / "story.html")
    assert run.code == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["story.html", "story.json", "story.md"]


def test_standard_input_given_twice_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    one_line_error(run_cli(capsys, "compare", "-", "-"), "give '-' one time only")


# An invented article whose quote carries a terminal title change, a screen clear and a colour.
ESCAPES = ("The Harbor City council voted 7-2 on Tuesday to approve a $12 million seawall after a long "
           "debate in the old town hall, and many residents spoke for and against it before the vote. "
           "Officials said the work would start soon and that the city would pay for it over many years. "
           "\"We cannot \x1b]0;OWNED\x07\x1b[2Jwait for the \x1b[31mnext\x1b[0m \x9b2Jstorm,\" "
           "Mayor Ana Ruiz said.\n")


@pytest.mark.parametrize("args", [("compare", "-f", "terminal", "--color", "never", "--no-pager"),
                                  ("compare", "-f", "terminal", "--color", "always", "--no-pager"),
                                  ("compare", "-f", "oneline"), ("compare", "-f", "markdown"),
                                  ("compare", "-f", "html"), ("compare", "-f", "json"),
                                  ("check", "-f", "markdown"), ("check", "-f", "json"),
                                  ("check", "-f", "sarif"), ("check", "-f", "github"),
                                  ("check", "-f", "text"), ("facts",)])
def test_an_articles_control_sequences_never_reach_the_terminal(args: tuple[str, ...], tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    _, b = two_articles(tmp_path)
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(ARTICLE_A * 4 + ESCAPES, encoding="utf-8")  # a few controls in much text
    command, *flags = args
    files = {"compare": [hostile, b], "check": [hostile, "--against", b], "facts": [hostile]}[command]
    run = run_cli(capsys, command, *files, *flags)
    assert run.code in (0, 1), run.err
    assert "\x07" not in run.out and "\x1b]" not in run.out and "\x1b[2J" not in run.out
    assert "\x9b" not in run.out  # CSI in its one-character (C1) form
    if "always" not in args:
        assert "\x1b" not in run.out


def test_oneline_in_colour_keeps_its_own_colours_and_shows_the_articles(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, b = two_articles(tmp_path)
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(ARTICLE_A * 4 + ESCAPES, encoding="utf-8")
    run = run_cli(capsys, "compare", hostile, b, "-f", "oneline", "--color", "always")
    lines = run.out.splitlines()
    assert any(line.startswith("\x1b[3") for line in lines)  # a verdict symbol in colour
    assert not any(line.startswith("\\x1b") for line in lines)  # not its escape spelled out
    assert "\\x1b]0;OWNED\\x07" in run.out and "\x1b]" not in run.out


def test_in_colour_an_articles_own_colour_codes_are_shown_not_obeyed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Passed through, ESC [8m would conceal the rest of a line, ESC [30;40m paint it black on black."""
    _, b = two_articles(tmp_path)
    hostile = tmp_path / "hostile.txt"
    hostile.write_text(ARTICLE_A * 4 + ESCAPES, encoding="utf-8")
    run = run_cli(capsys, "compare", hostile, b, "--color", "always", "--no-pager")
    assert "\\x1b[31mnext" in run.out and "\x1b[31mnext" not in run.out
    assert "\x1b[" in run.out  # the report's own colours


def test_score_shows_the_control_characters_of_a_false_alarm(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    said = ("The Harbor Council voted 7-2 on Tuesday to approve the seawall budget. \"We have waited{} long "
            "enough for this,\" said Mayor Dana Quell. " + "Councillors spoke about the harbour wall. " * 12)
    hostile, plain = tmp_path / "hostile.txt", tmp_path / "plain.txt"
    hostile.write_text(said.format(" \x1b]0;OWNED\x07"), encoding="utf-8")
    plain.write_text(said.format(""), encoding="utf-8")
    report, gold = tmp_path / "report.json", tmp_path / "gold.json"
    assert run_cli(capsys, "compare", hostile, plain, "-f", "json", "-o", report).code == 0
    gold.write_text('{"sources": {"h": "hostile.txt", "p": "plain.txt"}, "alignments": [], "facts": []}',
                    encoding="utf-8")  # no fact diverges: the quote is a false alarm
    run = run_cli(capsys, "score", report, gold)
    assert run.code == 0 and "false alarm: quote" in run.out and "\\x1b]0;OWNED" in run.out
    assert "\x1b" not in run.out and "\x07" not in run.out


def test_ctrl_c_while_importing_exits_130_without_a_traceback() -> None:
    """The interrupt is raised where a real Ctrl-C lands on a slow start: inside ``import sourcediff.cli``."""
    program = ("import sys\n"
               "class Interrupt:\n"
               "    def find_spec(self, name, path=None, target=None):\n"
               "        if name == 'sourcediff.cli':\n"
               "            raise KeyboardInterrupt\n"
               "sys.meta_path.insert(0, Interrupt())\n"
               "from sourcediff.entry import main\n"
               "main()\n")
    done = subprocess.run([sys.executable, "-c", program, "--version"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 130 and done.stderr == "" and done.stdout == ""


def test_check_with_diff_and_a_source_both_on_stdin_is_one_line(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    draft, _ = two_articles(tmp_path)
    one_line_error(run_cli(capsys, "check", draft, "--against", "-", "--diff", "-"), "can be read once")
