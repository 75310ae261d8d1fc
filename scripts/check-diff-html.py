#!/usr/bin/env python3
"""Opens a `khaosan diff --format html` page in a real browser (Debian's Chromium, driven
by Playwright from PyPI, never a downloaded browser build) and checks that:

- the page loads with no console error and no page error, and fetches nothing from the network;
- it is Thai (<html lang="th">) and every highlighted mention (<mark class="m …">) carries
  exactly the text of the mention the JSON report of the same diff gives for that article,
  side and offsets, and at least one mark is there;
- a screenshot is written (the CI artifact).

Usage: check-diff-html.py REPORT.html REPORT.json SCREENSHOT.png
Prints "browser check: skipped: <reason>" and exits 0 when no browser or Playwright can be
had, unless REQUIRE_BROWSER=1 (as .ci/run sets), when that is a failure (exit 1).
"""
import json
import os
import shutil
import sys


def skip(reason):
    if os.environ.get("REQUIRE_BROWSER") == "1":
        print(f"browser check: FAILED: {reason} (REQUIRE_BROWSER=1)", file=sys.stderr)
        sys.exit(1)
    print(f"browser check: skipped: {reason}")
    sys.exit(0)


def expected_marks(report):
    """(document, side, start, end) → mention text, from the JSON report."""
    marks = {}
    for article in report["articles"]:
        for edit in article["edits"]:
            for side in ("before", "after"):
                for span in edit[side]:
                    marks[(article["document"], side, span["start"], span["end"])] = span["text"]
    return marks


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    html_path, json_path, screenshot = (os.path.abspath(p) for p in sys.argv[1:])
    browser_path = next((p for p in (os.environ.get("CHROMIUM"), shutil.which("chromium"),
                                     shutil.which("chromium-browser")) if p), None)
    if not browser_path:
        skip("no Chromium (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip("Playwright is not importable (pip install playwright)")
    with open(json_path, encoding="utf-8") as f:
        expected = expected_marks(json.load(f))

    errors, requests = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=browser_path, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 900})
        page.on("console", lambda m: errors.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(f"page error: {e}"))
        page.on("request", lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:", "about:")) else None)
        page.goto("file://" + html_path, wait_until="load")
        lang = page.evaluate("document.documentElement.lang")
        marks = page.evaluate("""() => Array.from(document.querySelectorAll('mark.m')).map(m => ({
            doc: m.dataset.doc, start: +m.dataset.start, end: +m.dataset.end,
            side: m.classList.contains('before') ? 'before' : 'after', text: m.textContent }))""")
        os.makedirs(os.path.dirname(screenshot), exist_ok=True)
        page.screenshot(path=screenshot, full_page=True)
        browser.close()

    failures = list(errors)
    failures += [f"network request: {url}" for url in requests]
    if lang != "th":
        failures.append(f'<html lang="{lang}">, not "th"')
    if not marks:
        failures.append("no highlighted mention (mark.m) on the page")
    for m in marks:
        want = expected.get((m["doc"], m["side"], m["start"], m["end"]))
        if want is None:
            failures.append(f"mark {m} is not a mention of the JSON report")
        elif m["text"] != want:
            failures.append(f"mark {m['doc']} {m['side']} {m['start']}-{m['end']} shows {m['text']!r}, the mention is {want!r}")
    if failures:
        print("browser check: FAILED\n  " + "\n  ".join(failures), file=sys.stderr)
        sys.exit(1)
    print(f"browser check: {len(marks)} highlighted mentions equal their mentions, no console error, "
          f"no network request; screenshot {screenshot}")


if __name__ == "__main__":
    main()
