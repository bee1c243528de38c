"""The web chat in a real browser: Debian's Chromium driven by Playwright, against `entraide run` in its
own process (as `make run` starts it without a Telegram token), on a real SQLite file.

What the person sees is compared with the engine run in-process on the same events (the oracle), so
the tests follow the flows and knowledge as they change, and catch a reply lost, repeated or reordered.
One browser for the module; each test has its own context (its own tab storage).
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from bot.channels.web.wording import for_web
from bot.config import load_config
from bot.crypto import keyed_hash
from bot.engine.definitions import load_definitions
from bot.engine.messages import Event, Outgoing
from bot.service import Entraide
from bot.store.memory import MemoryStore
from tests.web_process import SECRET, ServerProcess, free_port, project

CHROMIUM = "/usr/bin/chromium"
AXE = Path(__file__).parent / "web" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]

pytestmark = [pytest.mark.slow,  # starts processes and a browser; `pytest -m "not slow"` is the quick loop
              pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                 reason="Debian's chromium is not installed (.ci/run installs it)")]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    tmp = tmp_path_factory.mktemp("webchat")
    port = free_port()
    config = project(tmp, port, exit_url=f"http://127.0.0.1:{port}/healthz")
    server = ServerProcess(config, tmp / "web.db", tmp / "web.log").start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    ctx = browser.new_context(locale="fr-CA", viewport={"width": 400, "height": 800})
    yield ctx
    ctx.close()


class Oracle:
    """The engine in-process, with the web's wording: what the page must show, in order, once."""

    def __init__(self, config: Path, lang_hint: str):
        cfg = load_config(config)
        self.svc = Entraide(load_definitions(cfg), MemoryStore(), cfg.secret)
        self.svc.wording["web"] = for_web
        self.lang_hint = lang_hint
        self.said: list[Outgoing] = []

    def event(self, e: Event) -> list[Outgoing]:
        out = self.svc.handle_sync("web", "oracle", e)
        self.said += out
        return out

    def payload(self, label: str) -> str:
        return next(b.payload for m in reversed(self.said) for b in m.buttons if b.label == label)


class Chat:
    """A person using the page, and what the page should show them."""

    def __init__(self, page: Page, site: ServerProcess, lang: str = "fr", query: str = ""):
        self.page, self.site = page, site
        self.oracle = Oracle(site.config, lang)
        self.csp_errors: list[str] = []
        page.on("console", lambda m: self.csp_errors.append(m.text) if "Content Security Policy" in m.text else None)
        page.goto(f"{site.url}/{query}")
        self.oracle.event(Event("command", time.time(), command="restart", lang_hint=lang))
        self.check()

    def press(self, label: str, keyboard: bool = False) -> None:
        payload = self.oracle.payload(label)
        if not keyboard:
            self.page.locator(".choices button:not([disabled])", has_text=label).last.click()
        self.oracle.event(Event("button", time.time(), payload=payload, lang_hint=self.oracle.lang_hint))
        self.check()

    def say(self, text: str) -> None:
        self.page.fill("#text", text)
        self.page.press("#text", "Enter")
        self.oracle.event(Event.from_text(text, time.time(), self.oracle.lang_hint))
        self.check()

    def control(self, name: str, command: str, arg: str = "") -> None:
        self.page.get_by_role("button", name=name, exact=True).click()
        self.oracle.event(Event("command", time.time(), command=command, arg=arg, lang_hint=self.oracle.lang_hint))
        self.check()

    def shown(self) -> list[str]:
        return self.page.locator(".msg.bot .text").all_text_contents()

    def check(self) -> None:
        """Every reply the engine gives, shown once, in order, each in its own language, nothing pending."""
        want = [m.text for m in self.oracle.said]
        # Locator waits, not wait_for_function: the page's CSP (no 'unsafe-eval') refuses Playwright's eval'd predicates.
        if want:
            self.page.locator(".msg.bot").nth(len(want) - 1).wait_for(timeout=30_000)
        self.page.locator(".pending").wait_for(state="detached", timeout=30_000)
        time.sleep(0.3)  # room for a wrong extra reply to show up
        assert self.shown() == want
        langs = self.page.locator(".msg.bot").evaluate_all("els => els.map(e => e.lang)")
        assert langs == [m.meta.lang for m in self.oracle.said]
        assert self.page.evaluate("document.documentElement.lang") == self.oracle.said[-1].meta.lang
        assert not self.csp_errors, self.csp_errors


def axe_violations(page: Page) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    checked = {p["id"] for p in result["passes"]}
    assert {"color-contrast", "button-name", "target-size"} <= checked  # axe did look
    return [{"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
            for v in result["violations"]]


def session_rows(site: ServerProcess, token: str) -> int:
    with sqlite3.connect(site.db) as conn:
        return int(conn.execute("SELECT count(*) FROM sessions WHERE key = ?",
                                (keyed_hash(SECRET.encode(), f"web:{token}"),)).fetchone()[0])


# ---- conversations -----------------------------------------------------------------------------------

def test_a_whole_conversation_in_french_with_buttons(context: BrowserContext, site: ServerProcess) -> None:
    page = context.new_page()
    chat = Chat(page, site, "fr")
    assert "Telegram" not in chat.shown()[0] and "onglet" in chat.shown()[0]  # the web's own wording
    chat.press("Je vis quelque chose de difficile")
    pressed = page.locator(".choices button.chosen")
    assert pressed.count() == 1 and pressed.is_disabled()  # the choice shows, and cannot be pressed twice
    assert page.locator(".msg.me .text").last.text_content() == "Je vis quelque chose de difficile"
    chat.say("Ma mère est décédée la semaine passée")
    chat.press("Oui")
    labels = [b.label for b in chat.oracle.said[-1].buttons]
    assert labels, "the flow offers a choice here"
    chat.press(labels[0])
    assert page.locator("#status").text_content() == ""


def test_a_whole_conversation_in_english_then_the_language_control_and_erase(
        context: BrowserContext, site: ServerProcess) -> None:
    page = context.new_page()
    chat = Chat(page, site, "en", "?lang=en")
    assert page.locator("#send").text_content() == "Send"
    chat.press("I'm going through something hard")
    chat.say("My manager keeps yelling at me in front of everyone")
    chat.control("Passer au français", "lang", "fr")
    assert page.locator("#send").text_content() == "Envoyer" and page.locator("#restart").text_content() == "Recommencer"
    assert page.locator("#lang").get_attribute("lang") == "en"
    token = page.evaluate("JSON.parse(sessionStorage.getItem('entraide')).token")
    assert session_rows(site, token) == 1
    page.get_by_role("button", name="Effacer la conversation").click()
    page.get_by_role("dialog").get_by_role("button", name="Effacer", exact=True).click()
    chat.oracle.said.clear()
    chat.oracle.event(Event("command", time.time(), command="forget"))
    chat.check()  # only the confirmation is left on screen
    assert page.locator(".msg.me").count() == 0
    assert session_rows(site, token) == 0


def test_a_crisis_message_gets_the_crisis_lines(context: BrowserContext, site: ServerProcess) -> None:
    page = context.new_page()
    chat = Chat(page, site, "fr")
    chat.say("je veux mourir")
    crisis = page.locator(".msg.bot.crisis")
    assert crisis.count() >= 1 and "1 866 APPELLE" in crisis.first.text_content()  # type: ignore[operator]
    assert crisis.first.locator("a[href='tel:18662773553']").count() == 1  # the line is one tap away
    assert crisis.first.locator("a[href='tel:911']").count() == 1


def test_reload_in_the_middle_resumes_the_conversation(context: BrowserContext, site: ServerProcess) -> None:
    page = context.new_page()
    chat = Chat(page, site, "fr")
    chat.press("Je vis quelque chose de difficile")
    chat.say("Ma mère est décédée la semaine passée")
    before = chat.shown()
    page.reload()
    chat.check()
    assert chat.shown() == before and page.locator(".choices button.chosen").count() == 1
    chat.press("Oui")  # the conversation goes on where it was


def test_a_message_written_while_the_server_is_down_goes_once_it_is_back(
        context: BrowserContext, site: ServerProcess) -> None:
    page = context.new_page()
    chat = Chat(page, site, "fr")
    chat.press("Je vis quelque chose de difficile")
    site.kill()
    page.locator("#status").filter(has_text=re.compile(r"\S")).wait_for()
    page.fill("#text", "Ma mère est décédée la semaine passée")
    page.press("#text", "Enter")
    assert page.locator(".msg.me .pending").count() == 1  # shown, and said to be on its way
    site.start()
    chat.oracle.event(Event.from_text("Ma mère est décédée la semaine passée", time.time(), "fr"))
    chat.check()  # delivered once the connection is back, answered once
    assert page.locator("#status").text_content() == ""


def test_too_long_a_message_gets_a_polite_reply_and_stays_in_the_box(context: BrowserContext,
                                                                       site: ServerProcess) -> None:
    page = context.new_page()
    chat = Chat(page, site, "fr")
    long = "Je n'en peux plus de ce qui se passe au travail. " * 90
    page.fill("#text", long)
    assert page.locator("#count").text_content()  # the page says how much is left, then over
    page.press("#text", "Enter")
    note = page.locator(".msg.note")
    note.wait_for()
    assert "4000" in note.text_content()  # type: ignore[operator]
    assert page.input_value("#text") == long and page.locator(".msg.me").count() == 0
    chat.check()  # nothing else happened


def test_quick_exit_erases_and_leaves_for_the_neutral_site(context: BrowserContext, site: ServerProcess) -> None:
    page = context.new_page()
    page.goto("about:blank")
    chat = Chat(page, site, "fr")
    chat.press("Je vis quelque chose de difficile")
    token = page.evaluate("JSON.parse(sessionStorage.getItem('entraide')).token")
    assert session_rows(site, token) == 1
    page.get_by_role("button", name="Quitter rapidement").click()
    page.wait_for_url(f"{site.url}/healthz")
    assert page.evaluate("sessionStorage.length") == 0  # nothing left in the tab
    deadline = time.monotonic() + 10
    while session_rows(site, token) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert session_rows(site, token) == 0  # nor on the server
    page.go_back()
    assert page.url == "about:blank"  # Back does not return to the conversation


def test_keyboard_only_from_the_first_answer_to_the_quick_exit(context: BrowserContext, site: ServerProcess) -> None:
    page = context.new_page()
    chat = Chat(page, site, "fr")
    target = "Je vis quelque chose de difficile"
    for _ in range(20):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == target:
            break
    else:
        raise AssertionError("the first answer cannot be reached with Tab")
    outline = page.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                            " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()")
    assert outline[0] != "none" and outline[1] >= 2  # the focus can be seen
    page.keyboard.press("Enter")
    chat.press(target, keyboard=True)
    assert page.evaluate("document.activeElement.id") == "text"  # back in the message box
    page.keyboard.type("Ma mère est décédée la semaine passée")
    page.keyboard.press("Enter")
    chat.oracle.event(Event.from_text("Ma mère est décédée la semaine passée", time.time(), "fr"))
    chat.check()
    page.keyboard.press("Escape")
    page.keyboard.press("Escape")
    page.wait_for_url(f"{site.url}/healthz")


# ---- accessibility ------------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["fr", "en"])
def test_axe_finds_no_violation_in_a_conversation(browser: Browser, site: ServerProcess, lang: str) -> None:
    ctx = browser.new_context(locale=lang, bypass_csp=True, viewport={"width": 400, "height": 800})
    try:
        page = ctx.new_page()
        chat = Chat(page, site, lang, f"?lang={lang}")
        chat.press(chat.oracle.said[-1].buttons[0].label)  # a chosen, disabled answer on the page
        chat.say("je veux mourir" if lang == "fr" else "i want to die")  # a crisis message's style too
        assert axe_violations(page) == []
        page.get_by_role("button", name="Effacer la conversation" if lang == "fr" else "Erase the conversation").click()
        assert axe_violations(page) == []  # the open dialog
    finally:
        ctx.close()


def test_axe_finds_no_violation_on_the_poster(browser: Browser, site: ServerProcess) -> None:
    ctx = browser.new_context(bypass_csp=True)
    try:
        page = ctx.new_page()
        page.goto(f"{site.url}/poster")
        assert page.locator("svg.qr").count() == 1
        assert axe_violations(page) == []
    finally:
        ctx.close()


def test_the_page_reflows_at_320_pixels(browser: Browser, site: ServerProcess) -> None:
    ctx = browser.new_context(viewport={"width": 320, "height": 256}, locale="fr-CA")
    try:
        page = ctx.new_page()
        Chat(page, site, "fr")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320  # no sideways scrolling
        small = page.locator("button:visible").evaluate_all(
            "bs => bs.map(b => b.getBoundingClientRect()).filter(r => r.width < 24 || r.height < 24).length")
        assert small == 0
        assert page.evaluate("parseFloat(getComputedStyle(document.getElementById('text')).fontSize)") >= 16
    finally:
        ctx.close()


def test_nothing_identifying_reaches_the_log(context: BrowserContext, site: ServerProcess) -> None:
    page = context.new_page()
    chat = Chat(page, site, "fr")
    chat.say("Ma mère est décédée la semaine passée")
    token = page.evaluate("JSON.parse(sessionStorage.getItem('entraide')).token")
    logged = site.log.read_text()
    assert token not in logged and "décédée" not in logged and "127.0.0.1:" not in logged.replace(site.url[7:], "")
    with sqlite3.connect(site.db) as conn:
        dump = "\n".join(conn.iterdump())
    assert token not in dump and "décédée" not in dump

