"""The console in a real browser (Debian's Chromium through Playwright) against `entraide run` in its own
process on a real SQLite file: log in by link, edit in the code editor and see the validator's problem at
its line, fix it, save, try the draft in the preview chat, publish; axe-core on every console page."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from bot.console.auth import Auth
from bot.store.sql import make_engine
from tests.test_web_browser import AXE_TAGS, CHROMIUM, axe_violations, browser  # noqa: F401 - the shared browser
from tests.web_process import SECRET, ServerProcess, free_port, project

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")]

assert AXE_TAGS  # the same rules as the web chat's pages


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    tmp = tmp_path_factory.mktemp("console-web")
    server = ServerProcess(project(tmp, free_port()), tmp / "web.db", tmp / "web.log").start()
    yield server
    server.stop()


def link(site: ServerProcess, role: str = "coordinator") -> str:
    engine = make_engine(f"sqlite:///{site.db}")
    try:
        token = Auth(engine, SECRET.encode(), 10, 30).new_link(role, f"browser-{role}", time.time())  # type: ignore[arg-type]
    finally:
        engine.dispose()
    return f"{site.url}/console/login?token={token}"


def log_in(page: Page, site: ServerProcess, role: str = "coordinator") -> None:
    page.goto(link(site, role))
    page.get_by_role("button", name="Entrer dans la console").click()
    expect(page.get_by_role("heading", name="Dialogues et connaissances")).to_be_visible()


@contextmanager
def console_page(browser: Browser, site: ServerProcess, lang: str, role: str = "coordinator",  # noqa: F811
                 axe_login: bool = False) -> Iterator[Page]:
    """A page logged in to the console, in `lang`, ready for axe-core (injected, so the CSP is bypassed):
    the setup every console page's accessibility test shares. `axe_login`: the login page is checked too."""
    ctx = browser.new_context(locale=lang, bypass_csp=True, viewport={"width": 1200, "height": 900})
    try:
        page = ctx.new_page()
        page.goto(link(site, role))
        if axe_login:
            assert axe_violations(page) == [], "login"
        page.locator("#login").click()
        page.wait_for_url("**/console/")
        yield page
    finally:
        ctx.close()


def in_lang(site: ServerProcess, path: str, lang: str) -> str:
    """The page's address with the console's language chosen."""
    return f"{site.url}{path}{'&' if '?' in path else '?'}lang={lang}"


def select(page: Page, text: str) -> None:
    """Put the editor's selection on `text`, as a person would by dragging over it."""
    page.evaluate("""t => { const v = window.consoleEditor; const at = v.state.doc.toString().indexOf(t);
                      v.dispatch({selection: {anchor: at, head: at + t.length}}); v.focus(); }""", text)


def error_lines(page: Page) -> list[int]:
    return page.evaluate("""() => { const v = window.consoleEditor;
        return [...document.querySelectorAll('.cm-lintRange-error')]
               .map(el => v.state.doc.lineAt(v.posAtDOM(el)).number); }""")


def test_edit_check_fix_try_and_publish(browser: Browser, site: ServerProcess) -> None:  # noqa: F811
    ctx = browser.new_context(locale="fr-CA", viewport={"width": 1200, "height": 900})
    csp: list[str] = []
    try:
        page = ctx.new_page()
        page.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
        log_in(page, site)
        page.get_by_role("link", name="flows/main.yaml").click()
        page.wait_for_selector(".cm-editor .cm-content")
        source = page.evaluate("window.consoleEditor.state.doc.toString()")
        welcome_line = source.splitlines().index("      - id: welcome") + 1

        select(page, "id: welcome")
        page.keyboard.type("id: Welcome")
        page.wait_for_selector(".cm-lintRange-error", timeout=20_000)
        assert welcome_line in error_lines(page)
        expect(page.locator("#check-status")).to_contain_text("erreur")

        select(page, "id: Welcome")
        page.keyboard.type("id: welcome")
        select(page, "Bonjour! Je suis Entraide")
        page.keyboard.type("Allô! Je suis Entraide")
        expect(page.locator("#check-status")).to_have_text("Vérification : aucune erreur.", timeout=20_000)
        assert error_lines(page) == []
        page.get_by_role("button", name="Enregistrer le brouillon").click()
        expect(page.get_by_role("status").first).to_contain_text("Brouillon enregistré")

        page.get_by_role("link", name="Essayer").click()
        page.get_by_role("button", name="Commencer en français").click()
        first = page.locator(".msg.bot").first
        expect(first).to_contain_text("Allô! Je suis Entraide", timeout=20_000)
        expect(first.locator(".inspector")).to_contain_text("main")
        expect(first.locator(".inspector")).to_contain_text("welcome")
        page.get_by_role("button", name="Commencer en anglais").click()
        expect(page.locator(".msg.bot").first).to_contain_text("Hello! I'm Entraide", timeout=20_000)

        page.get_by_role("link", name="Publier").click()
        expect(page.locator(".ok")).to_contain_text("tests de conversation passent", timeout=30_000)
        page.get_by_label("Note pour cette version").fill("un accueil plus chaleureux")
        page.get_by_label("Je confirme").check()
        page.get_by_role("button", name="Publier", exact=True).click()
        expect(page.get_by_role("cell", name="un accueil plus chaleureux")).to_be_visible(timeout=30_000)
        assert not csp, csp
    finally:
        ctx.close()


def test_preview_at_a_flow_saved_as_a_test_then_passing_on_the_tests_page(browser: Browser, site: ServerProcess) -> None:  # noqa: F811
    ctx = browser.new_context(locale="fr-CA", viewport={"width": 1200, "height": 900})
    csp: list[str] = []
    try:
        page = ctx.new_page()
        page.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
        log_in(page, site)
        page.get_by_role("link", name="Essayer").click()
        page.get_by_label("Dialogue de départ").select_option("info")
        page.get_by_role("button", name="Commencer en anglais").click()
        first = page.locator(".msg.bot").last
        expect(first).to_contain_text("What is your question about?", timeout=20_000)
        expect(first.locator(".inspector")).to_contain_text("topics")
        page.get_by_role("button", name="Is this anonymous?").click()
        expect(page.locator(".msg.bot .inspector").last).to_contain_text("faq_topic = anonymity", timeout=20_000)

        page.get_by_label("Nom du test").fill("la FAQ sur l'anonymat, en anglais")
        page.get_by_label("Nom du nouveau fichier").fill("browser_saved")
        page.get_by_role("button", name="Enregistrer comme test").click()
        expect(page.locator("#save-test-status")).to_contain_text("flows/tests/browser_saved.yaml", timeout=30_000)
        expect(page.locator("#save-test-status")).to_contain_text("il passe")

        page.get_by_role("link", name="Voir tous les tests de conversation").click()
        row = page.get_by_role("row").filter(has=page.get_by_role("rowheader", name="la FAQ sur l'anonymat, en anglais"))
        expect(row).to_contain_text("réussi", timeout=30_000)
        expect(row).to_contain_text("flows/tests/browser_saved.yaml")
        assert not csp, csp
    finally:
        ctx.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_axe_finds_no_violation_on_the_console_pages(browser: Browser, site: ServerProcess, lang: str) -> None:  # noqa: F811
    with console_page(browser, site, lang, axe_login=True) as page:
        for path in ("/console/", "/console/edit?path=knowledge/faq.yaml", "/console/publish", "/console/versions",
                     "/console/helpers", "/console/stats", "/console/audit", "/console/graph", "/console/preview",
                     "/console/tests"):
            page.goto(in_lang(site, path, lang))
            if "edit" in path:
                page.wait_for_selector(".cm-editor")
            if "preview" in path:
                page.locator("button[data-lang]").first.click()
                page.wait_for_selector(".msg.bot .inspector", timeout=20_000)
            assert axe_violations(page) == [], path
