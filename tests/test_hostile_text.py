"""Article text that attacks where it is shown: terminals, Markdown, HTML, and folders with links out."""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import ARTICLE_A, ARTICLE_B, one_line_error, run_cli, two_articles
from sourcediff.errors import InputError
from sourcediff.ingest import load_many
from sourcediff.model import Article
from sourcediff.pipeline import compare
from sourcediff.render import RenderOptions
from sourcediff.render.html import render_html
from sourcediff.render.markdown import escape, render_markdown
from sourcediff.render.safe_text import isolate_bidi, printable

RLO, PDF, FSI, PDI = "\u202e", "\u202c", "\u2068", "\u2069"


def test_passages_never_print_terminal_escapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "title.txt"
    article.write_text("The council \x1b]0;pwned\x07voted on Tuesday.\n\nThe mayor \x1b[8mhid\x1b[0m it.\n\n"
                       + ARTICLE_A * 4, encoding="utf-8")  # few enough controls not to look binary
    run = run_cli(capsys, "passages", article)
    assert run.code == 0
    assert "\x1b" not in run.out and "\x07" not in run.out
    assert "\\x1b]0;pwned\\x07" in run.out  # shown, visibly


def test_printable_keeps_ordinary_text() -> None:
    text = "Café, naïve \u00a0non-breaking, ‘quoted’ — and a soft\u00adhyphen\tTab"
    assert printable(text) == text
    assert printable("bell\x07") == "bell\\x07"


@pytest.mark.parametrize("text", [f"abc{RLO}def", f"{PDI}{RLO}x", f"{RLO}{RLO}a{PDF}", f"a{PDF}{PDI}b"])
def test_bidi_controls_are_balanced_inside_an_isolate(text: str) -> None:
    out = isolate_bidi(text)
    assert out.startswith(FSI) and out.endswith(PDI)
    depth = 0
    for ch in out[1:-1]:
        depth += ch in "\u202a\u202b\u202d\u202e\u2066\u2067\u2068"
        depth -= ch in (PDF, PDI)
        assert depth >= 0  # nothing closes the isolate early
    assert depth == 0
    assert isolate_bidi("plain text, عربي and עברית") == "plain text, عربي and עברית"


def _bidi_report() -> tuple[Article, Article]:
    a = Article(id="a", text=f"Mayor Ana Ruiz said the seawall costs $12 million {RLO}(reversed).",
                published=None)
    b = Article(id="b", text="Mayor Ana Ruiz said the seawall costs $12.5 million.", published=None)
    return a, b


def test_markdown_and_html_isolate_an_override_from_the_article() -> None:
    report = compare(list(_bidi_report()))
    for text in (render_markdown(report, RenderOptions(color=False)),
                 render_html(report, RenderOptions(color=False))):
        for line in text.split("\n"):
            if RLO in line:
                assert FSI in line and line.index(FSI) < line.index(RLO), line
                assert PDF in line[line.index(RLO):], line
    assert escape(f"x{RLO}y") == f"{FSI}x{RLO}y{PDF}{PDI}"


def test_a_symlink_out_of_a_folder_input_is_not_followed(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "sources"
    folder.mkdir()
    two_articles(folder)
    secret = tmp_path / "private.txt"
    secret.write_text("Private notes that must not reach a shared report. " * 3, encoding="utf-8")
    (folder / "notes.txt").symlink_to(secret)
    with pytest.raises(InputError, match="symlink out of the folder"):
        load_many([str(folder)])
    one_line_error(run_cli(capsys, "compare", folder), "notes.txt", "not followed")


def test_a_symlink_inside_the_folder_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "sources"
    (folder / "archive").mkdir(parents=True)
    (folder / "archive" / "b.txt").write_text(ARTICLE_B, encoding="utf-8")
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "b.txt").symlink_to(folder / "archive" / "b.txt")
    assert len(load_many([str(folder)])) == 2


def test_check_text_output_never_prints_terminal_escapes(tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    draft, source = tmp_path / "draft.txt", tmp_path / "source.txt"
    draft.write_text(ARTICLE_A.replace("cannot wait", "cannot \x1b]0;pwned\x07 wait") + "\n" + ARTICLE_A * 3,
                     encoding="utf-8")
    source.write_text(ARTICLE_B, encoding="utf-8")
    run = run_cli(capsys, "check", draft, "--against", source)
    assert run.code in (0, 1)
    assert "\x1b" not in run.out and "\x07" not in run.out


def test_json_escapes_every_control_character_and_keeps_the_data() -> None:
    """json.dumps with ensure_ascii=False writes DEL and C1 (CSI: U+009B) raw; a terminal may obey them."""
    import json

    from sourcediff.render.safe_text import json_document

    data = {"quote": "we \x9b2J waited\x7f \x1b]0;t\x07 caf\u00e9 \u2068"}
    document = json_document(data)
    assert not any((ch < " " and ch != "\n") or "\x7f" <= ch <= "\x9f" for ch in document)
    assert json.loads(document) == data and "caf\u00e9" in document
