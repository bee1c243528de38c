"""The statistics page with its charts in a real browser (Debian's Chromium through Playwright, `entraide run`
in its own process): a viewer sees each chart and opens its table, and axe-core finds no violation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from bot.store.sql import SqlStore
from tests.test_console_browser import console_page, in_lang
from tests.test_web_browser import CHROMIUM, axe_violations, browser  # noqa: F401 - the shared browser
from tests.web_process import ServerProcess, free_port, project

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    tmp = tmp_path_factory.mktemp("console-stats")
    store = SqlStore(f"sqlite:///{tmp / 'web.db'}")
    for week, metric, value, lang, n in [("2031-W09", "theme", "grief", "fr", 14), ("2031-W10", "theme", "grief", "fr", 2),
                                         ("2031-W10", "theme", "addiction", "en", 7),
                                         ("2031-W10", "referral", "suicide_quebec", "fr", 5),
                                         ("2031-W10", "crisis", "suicide", "fr", 1),
                                         ("2031-W10", "conversation", "start", "fr", 30),
                                         ("2031-W10", "conversation", "start", "en", 9)]:
        store.count(metric, value, lang, week, n)
    store.close()
    server = ServerProcess(project(tmp, free_port()), tmp / "web.db", tmp / "web.log").start()
    yield server
    server.stop()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_viewer_reads_the_charts_and_their_tables(browser: Browser, site: ServerProcess, lang: str) -> None:  # noqa: F811
    with console_page(browser, site, lang, "viewer") as page:
        page.goto(in_lang(site, "/console/stats", lang))
        themes = "Thèmes, conversations en français" if lang == "fr" else "Themes, conversations in French"
        chart = page.get_by_role("img", name=themes, exact=True)
        expect(chart).to_be_visible()
        expect(chart).to_have_accessible_description(re.compile("<5"))
        expect(page.get_by_role("img")).to_have_count(5)  # themes fr and en, referrals, crises, languages
        assert axe_violations(page) == [], "charts"
        page.locator("#figure-theme-fr summary").click()
        table = page.get_by_role("table", name=themes)
        expect(table).to_be_visible()
        expect(table.get_by_role("row").nth(1)).to_contain_text("<5")
        assert axe_violations(page) == [], "a table open"
