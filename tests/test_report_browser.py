"""The report in a real browser: headless Chromium (Debian's ``chromium`` and
``chromium-driver``, installed by ``.ci/run`` when missing) driven by Selenium.

The page's numbers must be stats.json's, the label filter must hide the other labels, the
reason filter and the find box must narrow the samples, and the page must log no console
error. A screenshot is saved (``SCRUBBER_SCREENSHOTS=DIR`` keeps it; ``docs/report.png`` is
one). Without Chromium the tests are skipped, except under CI, where they must run.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scrubber.cli import main
from tests.conftest import SEED
from tests.test_report import seeds_run

#: Flags of a quiet, private, offline headless Chromium.
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1500", "--lang=en")


def _binaries() -> tuple[str, str] | str:
    """The Chromium binary and its driver, or why they are not there."""
    browser = next((p for p in ("/usr/lib/chromium/chromium", shutil.which("chromium"),
                                shutil.which("chromium-browser")) if p and os.path.exists(p)),
                   None)
    driver = shutil.which("chromedriver") or (
        "/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[test]')"
    if browser is None or driver is None:
        return "chromium and chromium-driver are not installed (apt-get install chromium " \
               "chromium-driver; .ci/run does it)"
    return browser, driver


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    found = _binaries()
    if isinstance(found, str):
        if os.environ.get("CI"):
            pytest.fail(f"the browser test must run under CI: {found}")
        pytest.skip(found)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = found[0]
    for flag in (*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(found[1]), options=options)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


def _severe(driver: Any) -> list[dict[str, Any]]:
    return [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]


def _screenshot(driver: Any, tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("SCRUBBER_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    assert driver.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and path.stat().st_size > 10_000
    return path


def _shown(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return [e for e in driver.find_elements(By.CSS_SELECTOR, selector) if e.is_displayed()]


def test_report_in_chromium(browser: Any, tmp_path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    monkeypatch.chdir(tmp_path)
    out = seeds_run(Path("."), sites=True)
    assert main(["report", str(out), "-o", "report.html"]) == 0
    stats = json.loads((out / "stats.json").read_text())
    browser.get((tmp_path / "report.html").as_uri())
    _screenshot(browser, tmp_path, "report.png")

    # the numbers the browser shows are stats.json's
    numbers = browser.find_elements(By.CSS_SELECTOR, "[data-stat]")
    assert len(numbers) >= 8
    for element in numbers:
        name = element.get_attribute("data-stat")
        assert int(element.text.replace(",", "")) == stats[name], name
    assert "✓" in browser.find_element(By.CSS_SELECTOR, '[data-check="conservation"]').text
    assert len(browser.find_elements(By.CSS_SELECTOR, "svg.chart g.bar")) >= 5

    docs = browser.find_elements(By.CSS_SELECTOR, "article.doc")
    assert len(docs) >= 4 and all(d.is_displayed() for d in docs)
    # a label filter hides the documents without the label and the other labels' lines
    chips = [c for c in browser.find_elements(By.CSS_SELECTOR, ".filters button[data-label]")
             if c.get_attribute("data-label")]
    label = chips[0].get_attribute("data-label")
    chips[0].click()
    assert chips[0].get_attribute("aria-pressed") == "true"
    visible = _shown(browser, "article.doc")
    assert 0 < len(visible) < len(docs) or all(
        label in d.get_attribute("data-labels").split() for d in docs)
    for doc in docs:
        assert doc.is_displayed() == (label in doc.get_attribute("data-labels").split())
    removed = _shown(browser, "article.doc li.ln.rm")
    assert removed and {li.get_attribute("data-label") for li in removed} == {label}
    assert f"{len(visible)} of {len(docs)} documents" in browser.find_element(
        By.ID, "f-count").text
    chips[0].click()  # again: every document is back
    assert len(_shown(browser, "article.doc")) == len(docs)

    # a reason filter, then the find box
    select = Select(browser.find_element(By.ID, "f-reason"))
    reason = select.options[1].get_attribute("value")
    select.select_by_value(reason)
    assert {li.get_attribute("data-reason") for li in _shown(browser, "li.ln.rm")} == {reason}
    select.select_by_value("")
    browser.find_element(By.ID, "f-find").send_keys("光伏小镇")
    visible = _shown(browser, "article.doc")
    assert len(visible) == 1 and SEED.name in visible[0].text
    assert _shown(browser, "li.ln.hit")

    # a bar of the chart by label filters the samples by its label
    bar = browser.find_element(By.CSS_SELECTOR, f'g[data-filter="label:{label}"]')
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', "
                           "{bubbles: true}))", bar)
    assert chips[0].get_attribute("aria-pressed") == "true"
    chips[0].click()  # off again, for the screenshot of the samples

    browser.find_element(By.ID, "f-find").clear()
    browser.execute_script("document.getElementById('f-find').dispatchEvent(new Event('input'))")
    browser.execute_script("document.getElementById('samples').scrollIntoView()")
    _screenshot(browser, tmp_path, "report-samples.png")
    assert _severe(browser) == []
    browser.execute_script("console.error('probe')")  # the check above can see an error
    assert any("probe" in e["message"] for e in _severe(browser))


def test_explain_html_in_chromium(browser: Any, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    from selenium.webdriver.common.by import By

    assert main(["explain", "--html", str(SEED)]) == 0
    page = tmp_path / "explain.html"
    page.write_text(capsys.readouterr().out, encoding="utf-8")
    browser.get(page.as_uri())
    _screenshot(browser, tmp_path, "explain.png")
    cut = browser.find_element(By.CSS_SELECTOR, "del.cut")
    assert cut.text.startswith("而中美欧") and cut.value_of_css_property(
        "text-decoration-line") == "line-through"
    line = browser.find_element(By.CSS_SELECTOR, 'li.ln[data-label="ad"]')
    assert line.get_attribute("title").startswith("ad · ")  # the reason, on hover
    assert _severe(browser) == []
