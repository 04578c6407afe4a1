"""A second first-time user's odd inputs: other URL schemes, documents of other formats, skipped files.

Every text here is invented; nothing reaches beyond this machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile_cli import one_line_error, run_cli, two_articles


@pytest.mark.parametrize(("address", "scheme"), [("file:///nowhere/story.html", "file:"),
                                                  ("ftp://127.0.0.1/story.txt", "ftp:")])
@pytest.mark.parametrize("command", ["compare", "report", "check"])
def test_an_address_of_another_scheme_is_named_as_typed(address: str, scheme: str, command: str,
                                                         tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """Read as a path, "file:///x" became "file:/x: no such file", a name the user never typed."""
    a, b = two_articles(tmp_path)
    args = {"compare": ("compare", address, a), "report": ("report", address, a, "-o", tmp_path / "r"),
            "check": ("check", a, "--against", address, b)}[command]
    one_line_error(run_cli(capsys, *args), f"{address}: is a {scheme} address",
                   "only http:// and https://")


@pytest.mark.parametrize(("head", "kind"), [
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "a PDF document; save or export it as text"),
    (b"{\\rtf1\\ansi The council met on Tuesday.\\par}", "an RTF document"),
    (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image")])
@pytest.mark.parametrize("command", ["compare", "report", "check"])
def test_a_saved_document_is_named_by_its_format(head: bytes, kind: str, command: str, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    """An RTF file opens with "{" and failed as "malformed JSON"; a PDF only as "a binary file"."""
    a, b = two_articles(tmp_path)
    odd = tmp_path / "story.txt"  # the extension says text: the bytes decide
    odd.write_bytes(head)
    args = {"compare": ("compare", odd, a), "report": ("report", odd, a, "-o", tmp_path / "r"),
            "check": ("check", odd, "--against", a, b)}[command]
    one_line_error(run_cli(capsys, *args), "story.txt: is not an article's text: it is " + kind)


def test_a_file_left_out_of_a_folder_is_noted_in_plain_words(tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """The note read "skipped x: not an article (looks like a binary file (...), not an article)"."""
    two_articles(tmp_path)
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "big.txt").write_text("The council met. " * 200, encoding="utf-8")
    run = run_cli(capsys, "compare", tmp_path, "--max-bytes", "1000", "-f", "json")
    assert run.code == 0, run.err
    notes = run.err.splitlines()
    assert len(notes) == 2 and all(n.startswith("sourcediff: note: skipped ") for n in notes), run.err
    assert "big.txt: file is 3400 bytes, over the limit of 1000" in notes[0]
    assert "scan.txt: is not an article's text: it is a PDF document" in notes[1]
    assert all(n.count("not an article") <= 1 for n in notes), notes


@pytest.mark.parametrize("name", ["index.html", "index.json"])
def test_corpus_never_replaces_an_index_the_user_wrote(name: str, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """-o site/ holding the user's own index page lost it silently to the corpus index."""
    a, b = two_articles(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    (site / name).write_text("my own page", encoding="utf-8")
    one_line_error(run_cli(capsys, "corpus", a, b, "-o", site),
                   f"{name} that sourcediff corpus did not write")
    assert (site / name).read_text(encoding="utf-8") == "my own page"
    assert sorted(p.name for p in site.iterdir()) == [name]  # nothing written before the refusal


def test_corpus_replaces_its_own_index_on_a_re_run(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    a, b = two_articles(tmp_path)
    out = tmp_path / "out"
    for _ in range(2):
        run = run_cli(capsys, "corpus", a, b, "-o", out, "--html")
        assert run.code == 0, run.err
    assert (out / "index.json").is_file() and (out / "index.html").is_file()


def test_check_with_a_diff_counts_only_the_facts_it_checked(tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """One changed line of a long draft said "137 facts checked": the whole draft's count."""
    import json

    a, b = two_articles(tmp_path)
    draft = tmp_path / "draft.txt"
    lines = a.read_text(encoding="utf-8").splitlines()
    draft.write_text("\n".join(lines) + "\n", encoding="utf-8")
    changed = next(n for n, line in enumerate(lines, start=1) if "$12 million" in line and "voted" in line)
    patch = tmp_path / "change.patch"
    patch.write_text(f"--- a/draft.txt\n+++ b/draft.txt\n@@ -{changed} +{changed} @@\n"
                     f"-old\n+{lines[changed - 1]}\n", encoding="utf-8")
    whole = json.loads(run_cli(capsys, "check", draft, "--against", b, "-f", "json").out)["checked"]
    part = json.loads(run_cli(capsys, "check", draft, "--against", b, "--diff", patch, "-f", "json").out)
    assert 0 < part["checked"] < whole, (part["checked"], whole)


@pytest.mark.parametrize("command", ["compare", "report", "check"])
def test_a_frameset_page_is_one_line_not_an_internal_error(command: str, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    """lxml asserts a page has one <body>: a saved frameset page was exit 3, "internal error"."""
    a, b = two_articles(tmp_path)
    page = tmp_path / "frames.html"
    page.write_text('<html><head><title>Harbor</title></head><frameset cols="50%,50%">'
                    '<frame src="menu.html"><frame src="story.html"></frameset></html>', encoding="utf-8")
    args = {"compare": ("compare", page, a), "report": ("report", page, a, "-o", tmp_path / "r"),
            "check": ("check", page, "--against", a, b)}[command]
    one_line_error(run_cli(capsys, *args), "frames.html: no article text found")


@pytest.mark.parametrize("suffix", [".json", ".jsonl"])
def test_a_lone_surrogate_in_json_is_a_replacement_character(suffix: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    """Valid JSON, no character: the report's UTF-8 writer failed on it (exit 3, "internal error")."""
    a, _ = two_articles(tmp_path)
    odd = tmp_path / f"feed{suffix}"
    odd.write_text('{"title": "Seawall vote \\ud800", "text": "The Harbor City council voted 7-2 on Tuesday '
                   'to approve a $12 million seawall \\udfff, officials said."}\n', encoding="utf-8")
    run = run_cli(capsys, "report", odd, a, "-o", tmp_path / "r")
    assert run.code == 0, run.err
    for ext in ("json", "md", "html"):
        assert "\ufffd" in (tmp_path / f"r.{ext}").read_text(encoding="utf-8")


@pytest.mark.parametrize(("suffix", "hidden"), [(".txt", "mil\u00adlion"), (".txt", "$12\u200b million"),
                                                (".html", "mil&shy;lion"), (".html", "$12&#8203; million"),
                                                (".json", "mil\\u00adlion"), (".md", "$12\u2060 million")])
def test_invisible_characters_never_split_a_figure(suffix: str, hidden: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """A soft hyphen or zero-width space from a CMS made "$12 million" read "$12": a false divergence."""
    import json

    a, _ = two_articles(tmp_path)
    sentence = ("The Harbor City council voted 7-2 on Tuesday to approve a $12 million seawall."
                .replace("$12 million" if "$" in hidden else "million", hidden))
    odd = tmp_path / f"pasted{suffix}"
    odd.write_text({".txt": f"Seawall vote\n\n{sentence}\n", ".md": f"# Seawall vote\n\n{sentence}\n",
                    ".html": f"<html><body><article><h1>Seawall vote</h1><p>{sentence}</p></article>"
                             "</body></html>",
                    ".json": f'{{"title": "Seawall vote", "text": "{sentence}"}}'}[suffix], encoding="utf-8")
    run = run_cli(capsys, "compare", odd, a, "-f", "json")
    assert run.code == 0, run.err
    money = [f for f in json.loads(run.out)["facts"] if f["kind"] == "money"]
    assert [f["status"] for f in money] == ["agree"], money
    check = run_cli(capsys, "check", odd, "--against", a)
    assert check.code == 0 and ": 0 errors" in check.out, check.out


@pytest.mark.parametrize("command", ["compare", "check"])
@pytest.mark.parametrize(("target", "problem"), [
    ("missing/out.txt", "the folder to write into does not exist"),
    ("harbor-a.txt", "refusing to write the output over an input")])
def test_a_bad_output_path_is_refused_before_the_comparison(command: str, target: str, problem: str,
                                                            tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    """-o into a missing folder was named only after the whole comparison had run."""
    import sourcediff.pipeline

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the comparison ran before -o was checked")

    monkeypatch.setattr(sourcediff.pipeline, "compare", never)
    a, b = two_articles(tmp_path)
    args = ("compare", a, b) if command == "compare" else ("check", a, "--against", b)
    one_line_error(run_cli(capsys, *args, "-o", tmp_path / target), problem)


@pytest.mark.parametrize("value", ["0", "-1", "nan", "4000"])
def test_a_timeout_out_of_range_says_zero_is_refused(value: str, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    """A timeout of 0 was refused as "must be between 0 and 3600", which 0 is."""
    a, b = two_articles(tmp_path)
    one_line_error(run_cli(capsys, "compare", a, b, "--timeout", value),
                   "--timeout must be over 0 and at most 3600")
