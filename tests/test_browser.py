"""The HTML report in a real headless browser: it shows, it filters, it never runs article text.

Uses Debian's Chromium (``apt-get install chromium``; .ci/run installs it)
driven by Playwright; never a browser downloaded by ``playwright install``.
Without Chromium the tests are skipped with the reason, except when the CI
environment variable is set: there a missing browser is a failure.

The screenshot docs/screenshots/seeds.png is rewritten together with the
golden files:

    SOURCEDIFF_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_browser.py
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from render_fixture import TEXTS, build_report, updating
from sourcediff.render import RenderOptions
from sourcediff.render.html import render_html

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "screenshots" / "seeds.png"
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


def test_fact_link_jumps_to_the_article_mention(opened: Opened) -> None:
    page, _, _ = opened
    page.locator('#fact-f1 a.mention[href="#m-f1-0"]').click()
    assert page.evaluate("location.hash") == "#m-f1-0"
    assert page.locator("#article-000").is_visible()


def test_seeds_report_renders_cleanly(browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The seeds report, rendered fresh the way ``sourcediff report seeds/ -o reports/seeds`` does,
    opens without errors; the screenshot is refreshed from it when updating goldens."""
    from sourcediff.ingest import load_many
    from sourcediff.pipeline import compare

    monkeypatch.chdir(ROOT)
    report = compare(load_many(["seeds/"]))
    path = tmp_path / "seeds.html"
    path.write_text(render_html(report, RenderOptions(color=False, title="seeds")), encoding="utf-8")
    page = browser.new_page(viewport={"width": 1280, "height": 1000})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(path.as_uri())
    assert page.locator("section.summary").is_visible()
    if updating():
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=False)
    page.close()
    assert not errors, errors
