"""The console's promise end to end, on one running `entraide run` (loopback Bot API + web chat):
a coordinator asks the bot for a link on Telegram, logs in, changes the welcome, publishes, and the
running bot answers with the new words on Telegram and in the web chat without a restart; a rollback
brings the old words back the same way."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from playwright.async_api import async_playwright

from tests.fake_telegram import TOKEN, FakeTelegram, Person
from tests.test_console import csrf_of, edit_form
from tests.test_telegram import until
from tests.test_web_peer import CHROMIUM, with_telegram
from tests.web_process import ServerProcess, free_port, project

pytestmark = [pytest.mark.slow,  # a process, a fake Bot API and a browser
              pytest.mark.skipif(not Path(CHROMIUM).exists(),
                                 reason="Debian's chromium is not installed (.ci/run installs it)")]

OLD, NEW = "Bonjour! Je suis Entraide", "Allô! Je suis Entraide"


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    f = FakeTelegram()
    await f.start()
    yield f
    await f.stop()


async def web_welcome(url: str) -> str:
    """What a new tab of the web chat is told first."""
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            page = await (await browser.new_context(locale="fr-CA")).new_page()
            await page.goto(url + "/")
            first = page.locator(".msg.bot").first
            await first.wait_for(timeout=30_000)
            return await first.inner_text()
        finally:
            await browser.close()


async def test_publish_and_roll_back_reach_the_running_bot_on_telegram_and_the_web(fake: FakeTelegram,
                                                                                    tmp_path: Path) -> None:
    coord = Person(9300001, "Coordo", "coordo_ftq", "fr")
    config = with_telegram(project(tmp_path, free_port()), fake.base_url, coord.chat_id)
    server = ServerProcess(config, tmp_path / "live.db", tmp_path / "live.log", {"TELEGRAM_BOT_TOKEN": TOKEN})
    await server.astart()
    people = iter(range(9400001, 9400100))

    async def telegram_welcome() -> str:
        person = Person(next(people), "Travailleuse", "", "fr")
        fake.text(person, "bonjour")
        await until(lambda: fake.shown(person), what="a welcome on Telegram")
        return fake.shown(person)[0]

    try:
        assert (await telegram_welcome()).startswith(OLD) and OLD in await web_welcome(server.url)

        fake.text(coord, "/console")
        await until(lambda: any("/console/login?token=" in t for t in fake.shown(coord)), what="a console link")
        token = re.search(r"/console/login\?token=([\w-]+)", " ".join(fake.shown(coord)))
        assert token
        origin = {"origin": server.url}
        with httpx.Client(base_url=server.url, follow_redirects=True, timeout=60) as client:
            assert client.post("/console/login", data={"token": token.group(1)}, headers=origin).status_code == 200

            for path in ("flows/main.yaml", "knowledge/web.yaml"):  # the web chat's welcome is a text of its own
                source, revision, token_for_save = edit_form(client, path)
                assert OLD in source
                r = client.post("/console/save", headers=origin, data={
                    "path": path, "text": source.replace(OLD, NEW), "revision": str(revision),
                    "csrf": token_for_save})
                assert r.status_code == 200 and "Brouillon enregistré" in r.text
            r = client.post("/console/publish", headers=origin,
                            data={"note": "un accueil plus chaleureux", "confirm": "yes", "csrf": csrf_of(client)})
            assert r.status_code == 200 and "un accueil plus chaleureux" in r.text
            published = [int(v) for v in re.findall(r'name="version" value="(\d+)"', client.get("/console/versions").text)]

            assert (await telegram_welcome()).startswith(NEW)  # the same process, no restart
            assert NEW in await web_welcome(server.url)

            r = client.post("/console/rollback", headers=origin,
                            data={"version": str(min(published)), "confirm": "yes", "csrf": csrf_of(client, "/console/versions")})
            assert r.status_code == 200
        assert (await telegram_welcome()).startswith(OLD)
        assert OLD in await web_welcome(server.url)
    finally:
        server.stop()
