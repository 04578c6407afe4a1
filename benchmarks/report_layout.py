"""Figures of an HTML report as a reader meets it: page height, width at 390 px, printed pages, links.

    .venv/bin/python benchmarks/report_layout.py [REPORT.html ...]

Without arguments it measures reports/seeds.html. Needs Debian's Chromium
(/usr/bin/chromium) and Playwright; a browser is never downloaded.
"""

from __future__ import annotations

import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def _chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    return found or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)


def measure(path: Path, browser: object) -> dict[str, object]:
    html = path.read_text(encoding="utf-8")
    figures: dict[str, object] = {
        "bytes": len(html.encode("utf-8")),
        "links": len(re.findall(r"<a\s", html)),
        "claims": html.count('class="claim"'),
        "article highlights (diverge/unique/agree)": "/".join(
            str(len(re.findall(rf'<a class="hl v-{v}"', html))) for v in ("diverge", "unique", "agree")),
    }
    for width in (1280, 390):
        page = browser.new_page(viewport={"width": width, "height": 900})  # type: ignore[attr-defined]
        page.goto(path.resolve().as_uri())
        figures[f"height at {width} px"] = page.evaluate("document.documentElement.scrollHeight")
        figures[f"widest table at {width} px"] = page.evaluate(
            "Math.max(0, ...[...document.querySelectorAll('table')].map(t => t.scrollWidth))")
        figures[f"page width at {width} px"] = page.evaluate("document.documentElement.scrollWidth")
        if width == 1280:
            with tempfile.TemporaryDirectory() as tmp:
                pdf = Path(tmp) / "report.pdf"
                page.pdf(path=str(pdf), format="A4", print_background=True, prefer_css_page_size=True)
                figures["A4 pages"] = len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
        page.close()
    return figures


def main(argv: list[str]) -> int:
    executable = _chromium()
    if executable is None:
        print("no Chromium found (apt-get install chromium)", file=sys.stderr)
        return 2
    from playwright.sync_api import sync_playwright

    paths = [Path(a) for a in argv] or [ROOT / "reports" / "seeds.html"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        for path in paths:
            print(path)
            for name, value in measure(path, browser).items():
                print(f"  {name:45} {value}")
        browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
