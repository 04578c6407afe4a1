"""The HTML report in a real headless browser: it shows, it filters, it never runs article text.

Uses Debian's Chromium (``apt-get install chromium``; .ci/run installs it)
driven by Playwright; never a browser downloaded by ``playwright install``.
Without Chromium the tests are skipped with the reason, except when the CI
environment variable is set: there a missing browser is a failure.

Every test keeps screenshots of what it checked in test-artifacts/browser/
(SOURCEDIFF_ARTIFACTS overrides the folder), for CI to upload. The
screenshots of the seeds' report in docs/screenshots/ (1280 px, 390 px and
the first printed A4 page) are rewritten together with the golden files:

    SOURCEDIFF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_browser.py
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from render_fixture import TEXTS, build_report, updating
from sourcediff.render import RenderOptions
from sourcediff.render.html import render_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "docs" / "screenshots"
ARTIFACTS = Path(os.environ.get("SOURCEDIFF_ARTIFACTS", ROOT / "test-artifacts" / "browser"))
# The printable width of an A4 page with the report's 10 mm side margins, in CSS pixels.
A4_PRINT_WIDTH = round((210 - 20) / 25.4 * 96)
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
HOSTILE = ("<script>window.pwned = 1; alert('script')</script> They have until 5:01 PM ET on Friday "
           "<img src=x onerror=\"window.pwned = 2; alert('img')\"> to decide, a deadline that falls on "
           "Friday afternoon. ")


Opened = tuple[Any, list[str], list[str]]  # page, dialog messages, console errors


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI is set: the browser tests must run)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    executable = _chromium()
    if executable is None:
        _unavailable("no Chromium found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright for Python is not installed")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def opened(browser: Any, tmp_path: Path) -> Iterator[Opened]:
    """The fixture report with a hostile article, opened from disk; (page, dialogs, console errors)."""
    report = build_report({"002": HOSTILE + TEXTS["002"].split(". ", 1)[1]})
    path = tmp_path / "report.html"
    path.write_text(render_html(report, RenderOptions(title="fixture")), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    yield page, dialogs, errors
    page.close()


def test_summary_is_shown_first(opened: Opened) -> None:
    page, _, errors = opened
    summary = page.locator("section.summary")
    assert summary.is_visible()
    text = " ".join(summary.inner_text().split())
    assert "9 facts" in text and "2 ≠ diverge" in text and "4 = agree" in text
    assert summary.bounding_box()["y"] < 200
    assert not errors, errors


def test_filter_button_hides_agreements_and_brings_them_back(opened: Opened) -> None:
    page, _, errors = opened
    agree_rows = page.locator('tbody[data-verdict="agree"] tr[id^="fact-"]')
    assert agree_rows.count() == 4 and agree_rows.first.is_visible()
    button = page.locator('button[data-filter="agree"]')
    assert button.is_visible(), "the inline script (allowed by its CSP hash) shows the filters"
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
    assert all(not agree_rows.nth(i).is_visible() for i in range(agree_rows.count()))
    assert page.locator("#fact-f1").is_visible()
    assert not page.locator("#claim-c2").is_visible()  # a claim with only agreements
    assert page.locator("#claim-c1").is_visible()  # also holds a divergence
    button.click()
    assert agree_rows.first.is_visible()
    assert not errors, errors


def test_injected_script_in_an_article_does_not_run(opened: Opened) -> None:
    page, dialogs, errors = opened
    page.wait_for_timeout(300)  # let any onerror handler fire if it were going to
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert dialogs == []
    assert page.locator("img").count() == 0
    article = page.locator("#article-002 .text").inner_text()
    assert "<script>window.pwned = 1; alert('script')</script>" in article
    assert '<img src=x onerror="window.pwned = 2;' in article
    assert not errors, errors


def keep(page: Any, name: str) -> None:
    """A screenshot of what a test just checked, kept as a test artifact."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def in_view(page: Any, selector: str) -> bool:
    """Whether the element's first line box is inside the window, below the sticky bar."""
    return bool(page.evaluate("""(sel) => {
        const el = document.querySelector(sel);
        const box = el.getClientRects()[0];
        const bar = document.getElementById("stepper").getBoundingClientRect().bottom;
        return box.top >= bar - 1 && box.bottom <= window.innerHeight;
    }""", selector))


def test_fact_to_sentence_and_back(opened: Opened) -> None:
    page, _, errors = opened
    page.locator('#fact-f1 a.mention[href="#p-000-1"]').click()
    page.wait_for_timeout(200)
    assert page.evaluate("location.hash") == "#p-000-1"
    sentence = page.locator("#p-000-1")
    assert "The talks come ahead" in sentence.inner_text() and "agree to the terms." in sentence.inner_text()
    assert in_view(page, "#p-000-1"), "the whole sentence lands in view, below the sticky bar"
    height = sentence.evaluate("el => el.getBoundingClientRect().height")
    assert height > 20, "the sentence is highlighted, not a sliver"
    assert sentence.evaluate("el => getComputedStyle(el).outlineStyle") != "none"
    synced = page.locator("#article-001 .p.synced")
    assert synced.count() == 1, "the other columns follow the claim"
    assert "Friday afternoon" in synced.inner_text()
    keep(page, "fact-to-sentence")
    back = page.locator("#back")
    assert back.is_visible() and back.inner_text() == "← Back to fact f1"
    back.click()
    page.wait_for_timeout(200)
    assert page.evaluate("location.hash") == "#fact-f1"
    assert page.evaluate("document.activeElement.id") == "fact-f1"
    assert page.locator("#fact-f1").is_visible() and not back.is_visible()
    assert not errors, errors


def test_articles_are_side_by_side_and_scroll_on_their_own(opened: Opened) -> None:
    page, _, _ = opened
    boxes = [page.locator(f"#article-{s}").bounding_box() for s in ("000", "001", "002")]
    assert boxes[0]["y"] == boxes[1]["y"] == boxes[2]["y"] and boxes[0]["x"] < boxes[1]["x"] < boxes[2]["x"]
    overflow = page.locator("#article-002 .text").evaluate("el => getComputedStyle(el).overflowY")
    assert overflow == "auto"


def test_j_and_k_move_through_divergences(opened: Opened) -> None:
    page, _, errors = opened
    page.locator("h1").click()
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "fact-f1"
    page.keyboard.press("j")
    assert page.evaluate("document.activeElement.id") == "fact-f2"
    assert page.locator("#step-status").inner_text() == "Divergence 2 of 2"
    assert in_view(page, "#fact-f2 td")
    keep(page, "j-k")
    page.keyboard.press("k")
    assert page.evaluate("document.activeElement.id") == "fact-f1"
    page.locator("#prev-div").click()
    assert page.evaluate("document.activeElement.id") == "fact-f2", "k from the first wraps to the last"
    page.locator("#next-div").click()
    assert page.evaluate("document.activeElement.id") == "fact-f1"
    assert not errors, errors


def test_diverge_only_hides_everything_else(opened: Opened) -> None:
    page, _, errors = opened
    for verdict in ("unique", "agree"):
        page.locator(f'button[data-filter="{verdict}"]').click()
    assert page.locator('tr.fact-row[id^="fact-"]:visible').count() == 2
    assert page.locator(".glance li:visible").count() == 2
    assert page.locator(".claim:visible").count() == page.locator('.claim[data-verdicts*="diverge"]').count()
    shown = page.locator(".article .p:visible")
    assert shown.count() >= 3
    assert all("diverge" in (shown.nth(i).get_attribute("data-verdicts") or "") for i in range(shown.count()))
    assert not page.locator("#p-002-2").is_visible(), "a sentence with only agreements is hidden"
    keep(page, "diverge-only")
    assert not errors, errors


def test_narrow_layout_turns_the_table_into_cards(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(build_report(), RenderOptions(title="fixture")), encoding="utf-8")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(path.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "nothing runs off the screen"
    row = page.locator("#fact-f1")
    assert row.evaluate("el => getComputedStyle(el).display") == "block"
    cells = row.locator("td[data-label]:visible")
    assert cells.count() == 3, "a card lists the three sources that state the fact"
    assert all(cells.nth(i).bounding_box()["x"] + cells.nth(i).bounding_box()["width"] <= 390
               for i in range(cells.count()))
    label = cells.nth(0).evaluate("el => getComputedStyle(el, '::before').content")
    assert "000" in label and "Wire Daily" in label, "each card names its source"
    row.scroll_into_view_if_needed()
    keep(page, "narrow-390")
    page.close()


def test_printed_on_a4_every_column_fits(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(build_report(), RenderOptions(title="fixture")), encoding="utf-8")
    page = browser.new_page(viewport={"width": A4_PRINT_WIDTH, "height": 1000})
    page.goto(path.as_uri())
    page.emulate_media(media="print")
    last = page.locator("table.facts thead th").last
    assert last.bounding_box()["x"] + last.bounding_box()["width"] <= A4_PRINT_WIDTH
    assert page.evaluate("document.documentElement.scrollWidth") <= A4_PRINT_WIDTH
    assert not page.locator("#articles").is_visible(), "the long article view stays on screen"
    page.close()


def test_seeds_report_renders_cleanly(browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seeds report, rendered fresh the way ``sourcediff report seeds/ -o reports/seeds`` does,
    opens without errors at 1280 and 390 px and prints on A4; the screenshots in docs/screenshots
    are refreshed from it when updating goldens."""
    from sourcediff.ingest import load_many
    from sourcediff.pipeline import compare

    monkeypatch.chdir(ROOT)
    report = compare(load_many(["seeds/"]))
    path = tmp_path / "seeds.html"
    path.write_text(render_html(report, RenderOptions(color=False, title="seeds")), encoding="utf-8")
    out = SCREENSHOTS if updating() else ARTIFACTS
    out.mkdir(parents=True, exist_ok=True)
    for width in (1280, 390):
        page = browser.new_page(viewport={"width": width, "height": 1000 if width > 400 else 844})
        errors: list[str] = []
        page.on("console", lambda m, errors=errors: errors.append(m.text) if m.type == "error" else None)
        page.goto(path.as_uri())
        assert page.locator("section.summary").is_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(out / f"seeds-{width}.png"), full_page=False)
        if width == 390:  # the fact table as cards
            page.evaluate("document.getElementById('fact-f1').scrollIntoView()")
            page.screenshot(path=str(out / "seeds-390-facts.png"), full_page=False)
        assert not errors, errors
        if width == 1280:
            pdf = tmp_path / "seeds.pdf"
            page.pdf(path=str(pdf), format="A4", print_background=True, prefer_css_page_size=True)
            pages = len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
            assert 1 <= pages <= 12, pages
            _first_page_png(pdf, out / "seeds-print")
        page.close()


def _first_page_png(pdf: Path, stem: Path) -> None:
    """The PDF's first page as ``stem``.png (poppler's pdftoppm; skipped without it)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return
    subprocess.run([tool, "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
                   check=True, capture_output=True, timeout=60)


def test_dark_mode_and_keyboard_focus(browser: Any, tmp_path: Path) -> None:
    path = tmp_path / "report.html"
    path.write_text(render_html(build_report(), RenderOptions(title="fixture")), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 900}, color_scheme="dark")
    page.goto(path.as_uri())
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    channels = [int(c) for c in re.findall(r"\d+", background)[:3]]
    assert max(channels) < 60, background
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert page.evaluate("document.activeElement.className") == "skip" and skip.is_visible()
    assert skip.evaluate("el => getComputedStyle(el).outlineStyle") != "none", "focus is visible"
    keep(page, "dark-skip-link")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#facts"
    page.close()


def test_many_sources_scroll_on_screen_and_print_as_cards(browser: Any, tmp_path: Path) -> None:
    from sourcediff import Article, compare

    text = "The council approved a ${} million budget on Friday, officials said."
    articles = [Article.from_text(text.format(n + 1), id=f"s{n}", published="2026-02-26") for n in range(9)]
    path = tmp_path / "many.html"
    path.write_text(render_html(compare(articles), RenderOptions(title="many")), encoding="utf-8")
    page = browser.new_page(viewport={"width": 800, "height": 900})
    page.goto(path.as_uri())
    assert page.evaluate("document.documentElement.scrollWidth") <= 800, "the table scrolls, not the page"
    page.emulate_media(media="print")
    page.set_viewport_size({"width": A4_PRINT_WIDTH, "height": 1000})
    assert page.evaluate("document.documentElement.scrollWidth") <= A4_PRINT_WIDTH
    row = page.locator("table.facts tr.fact-row").first
    assert row.evaluate("el => getComputedStyle(el).display") == "block", "one card per fact on paper"
    page.close()
