"""A worker on the web chat, a peer helper on Telegram, one `entraide run` process serving both.

The worker writes in a real browser (Debian's Chromium, Playwright); the coordinator and the helper
talk to the loopback Bot API of tests/fake_telegram.py. The request, the offer, the acceptance and the
relay both ways cross channels through the outbox; neither side sees anything about the other.
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
        async def tg(p: Person, words: str) -> None:
            n = len(fake.sent[p.chat_id])
            fake.text(p, words)
            await until(lambda: len(fake.sent[p.chat_id]) > n, what=f"reply to {words}")

        await tg(coord, "/invite estrie")
        code = re.search(r"/helper (\S+)", fake.shown(coord)[-1])
        assert code
        await tg(helper, f"/helper {code.group(1)}")
        await tg(helper, "/available")

        async with async_playwright() as p:
            browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
            page = await (await browser.new_context(locale="fr-CA")).new_page()
            await page.goto(server.url + "/")
            await page.locator(".choices button").first.wait_for()
            for words, label in (("", "difficile"), ("Ma mère est décédée la semaine passée", ""), ("oui", ""),
                                 ("", "pair aidant"), ("", "Oui, envoyez"), ("", "soirée"), ("", "Estrie")):
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
