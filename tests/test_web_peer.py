"""A worker on the web chat, peer helpers on Telegram and on the web chat, one `entraide run` process serving all.

The worker (and a web helper) write in a real browser (Debian's Chromium, Playwright); the coordinator and
a Telegram helper talk to the loopback Bot API of tests/fake_telegram.py. The request, the offers, the
acceptance and the relay both ways cross channels through the outbox; neither side sees anything about the other.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Page, async_playwright

from tests.fake_telegram import TOKEN, FakeTelegram, Person
from tests.test_telegram import until
from tests.web_process import ServerProcess, free_port, project

CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.slow,  # starts processes and a browser; `pytest -m "not slow"` is the quick loop
              pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                 reason="Debian's chromium is not installed (.ci/run installs it)")]


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    f = FakeTelegram()
    await f.start()
    yield f
    await f.stop()


def with_telegram(config: Path, api: str, coordinator: int) -> Path:
    text = config.read_text()
    for key, value in {"api_base_url": api, "poll_timeout": "1", "per_chat_interval": "0",
                       "coordinator_ids": f"[{coordinator}]"}.items():
        text, n = re.subn(rf"^(  {key}:)[^\n#]*", rf"\g<1> {value} ", text, count=1, flags=re.M)
        assert n == 1, key
    config.write_text(text)
    return config


WORKER_STEPS = (("", "difficile"), ("Ma mère est décédée la semaine passée", ""), ("oui", ""),
                ("", "pair aidant"), ("", "Oui, envoyez"), ("", "soirée"), ("", "Estrie"))


async def tg(fake: FakeTelegram, p: Person, words: str) -> str:
    """Write to the bot on Telegram; its (last) reply."""
    n = len(fake.sent[p.chat_id])
    fake.text(p, words)
    await until(lambda: len(fake.sent[p.chat_id]) > n, what=f"reply to {words}")
    return fake.shown(p)[-1]


async def web_say(page: Page, text: str = "", label: str = "") -> None:
    n = await page.locator(".msg.bot").count()
    if label:
        await page.locator(".choices button:not([disabled])", has_text=label).last.click()
    else:
        await page.fill("#text", text)
        await page.press("#text", "Enter")
    await page.locator(".msg.bot").nth(n).wait_for(timeout=30_000)  # not wait_for_function: the CSP forbids eval


async def test_a_web_worker_and_a_telegram_helper_talk_through_the_desk(fake: FakeTelegram, tmp_path: Path) -> None:
    coord = Person(9100001, "Coordo", "coordo_csn", "fr")
    helper = Person(9200001, "Hélène", "helene_aidante", "fr")
    config = with_telegram(project(tmp_path, free_port()), fake.base_url, coord.chat_id)
    server = ServerProcess(config, tmp_path / "web.db", tmp_path / "web.log", {"TELEGRAM_BOT_TOKEN": TOKEN})
    await server.astart()
    try:
        code = re.search(r"/helper (\S+)", await tg(fake, coord, "/invite estrie"))
        assert code
        await tg(fake, helper, f"/helper {code.group(1)}")
        await tg(fake, helper, "/available")

        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            page = await (await browser.new_context(locale="fr-CA")).new_page()
            await page.goto(server.url + "/")
            await page.locator(".choices button").first.wait_for()
            for words, label in WORKER_STEPS:
                await web_say(page, words, label)
            await until(lambda: any("Nouvelle demande no" in t for t in fake.shown(helper)), what="the offer")
            fake.press_label(helper, "Accepter")
            await page.locator(".msg.bot", has_text="a accepté votre demande").wait_for(timeout=30_000)

            await page.fill("#text", "Merci d'être là, ça me fait du bien")  # relayed: no reply from the bot itself
            await page.press("#text", "Enter")
            await until(lambda: any("Merci d'être là" in t for t in fake.shown(helper)), what="relay to the helper")
            fake.text(helper, "Je suis là. Prenez votre temps.")
            await page.locator(".msg.bot", has_text="Personne aidante : Je suis là. Prenez votre temps.").wait_for(
                timeout=30_000)
            token = await page.evaluate("JSON.parse(sessionStorage.getItem('entraide')).token")
            await browser.close()
        seen = " ".join(fake.shown(helper))
        assert token not in seen and "web" not in seen.lower()  # the helper cannot tell the channel
        logged = server.log.read_text()
        assert token not in logged and "Merci d'être là" not in logged and str(helper.chat_id) not in logged
    finally:
        server.stop()


async def test_a_web_helpers_offer_says_it_was_taken_once_a_telegram_helper_accepted(
        fake: FakeTelegram, tmp_path: Path) -> None:
    """As Telegram edits an offer once someone else took the request, the web chat rewrites it in place:
    the same message now says so, its buttons are gone, nothing new was added, and a reload keeps it so."""
    coord = Person(9100002, "Coordo", "coordo_csn", "fr")
    helper = Person(9200002, "Hélène", "helene_aidante", "fr")
    config = with_telegram(project(tmp_path, free_port()), fake.base_url, coord.chat_id)
    server = ServerProcess(config, tmp_path / "web.db", tmp_path / "web.log", {"TELEGRAM_BOT_TOKEN": TOKEN})
    await server.astart()
    try:
        codes = [re.search(r"/helper (\S+)", await tg(fake, coord, "/invite estrie")) for _ in range(2)]
        assert codes[0] and codes[1]
        await tg(fake, helper, f"/helper {codes[0].group(1)}")
        await tg(fake, helper, "/available")

        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            mine = await (await browser.new_context(locale="fr-CA")).new_page()  # the web helper's tab
            await mine.goto(server.url + "/")
            await mine.locator(".choices button").first.wait_for()
            await web_say(mine, f"/helper {codes[1].group(1)}")
            await web_say(mine, "/available")

            worker = await (await browser.new_context(locale="fr-CA")).new_page()
            await worker.goto(server.url + "/")
            await worker.locator(".choices button").first.wait_for()
            for words, label in WORKER_STEPS:
                await web_say(worker, words, label)
            offer = mine.locator(".msg.bot", has_text="Nouvelle demande no")
            await offer.get_by_role("button", name="Accepter").wait_for(timeout=30_000)
            await until(lambda: any("Nouvelle demande no" in t for t in fake.shown(helper)), what="the Telegram offer")
            bots = mine.locator(".msg.bot")
            before, at = await bots.count(), await bots.evaluate_all(
                "els => els.findIndex(e => e.textContent.includes('Nouvelle demande no'))")

            fake.press_label(helper, "Accepter")
            await worker.locator(".msg.bot", has_text="a accepté votre demande").wait_for(timeout=30_000)
            taken = mine.locator(".msg.bot", has_text="déjà prise")
            await taken.wait_for(timeout=30_000)
            assert await offer.count() == 0 and await bots.count() == before  # rewritten, nothing added
            assert "déjà prise" in (await bots.nth(at).text_content() or "")  # in the same place
            assert await taken.locator("button").count() == 0 and "mis à jour" in (await taken.locator(".who").text_content() or "")
            assert await mine.get_by_role("button", name="Accepter").count() == 0
            assert await taken.evaluate("el => el.closest('[role=log]') !== null")  # announced by the log's live region

            await mine.reload()  # the tab keeps the rewritten offer, and the edit is not shown again
            await mine.locator(".msg.bot", has_text="déjà prise").wait_for()
            await web_say(mine, "/available")  # its reply comes after anything the mailbox still held
            assert await bots.count() == before + 1 and "déjà prise" in (await bots.nth(at).text_content() or "")
            assert await mine.get_by_role("button", name="Accepter").count() == 0
            await browser.close()
    finally:
        server.stop()
