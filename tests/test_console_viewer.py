"""Viewer links: a coordinator hands out a link (`/console viewer` to the bot, `entraide console link
--viewer` on the server) with which someone reads every page and tries the draft, but changes nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time

import pytest
from starlette.testclient import TestClient

from bot.console.audit import recent
from bot.engine.messages import Address, Event
from bot.peers.desk import Sender
from tests.test_console import ORIGIN, Site, csrf_of, edit_form, publish, save, site  # noqa: F401 - this module's console
from tests.web_process import ROOT

COORDINATOR = Sender(Address("telegram", "4242"), coordinator=True)
PAGES = ("/console/", "/console/edit?path=flows/info.yaml", "/console/publish", "/console/versions",
         "/console/preview", "/console/graph", "/console/stats", "/console/stats.csv", "/console/audit")


def ask(site: Site, arg: str, sender: Sender = COORDINATOR) -> str:  # noqa: F811
    reply = site.svc.handle_sync("telegram", int(sender.address.id), Event("command", time.time(), command="console",
                                                                         arg=arg), sender)
    return " ".join(m.text for m in reply)


def logged_in(site: Site, message: str) -> TestClient:  # noqa: F811
    token = re.search(r"/console/login\?token=(\S+)", message)
    assert token, message
    browser = TestClient(site.app_client.app, base_url=ORIGIN, follow_redirects=False)
    assert browser.post("/console/login", data={"token": token.group(1)}, headers={"origin": ORIGIN}).status_code == 303
    return browser


def test_a_viewer_link_from_the_bot_reads_and_tries_but_changes_nothing(site: Site) -> None:  # noqa: F811
    message = ask(site, "viewer")
    assert "lire et essayer" in message and "ni modifier ni publier" in message
    viewer = logged_in(site, message)
    assert "Rôle : lecture" in viewer.get("/console/").text
    for page in PAGES:
        assert viewer.get(page).status_code == 200, page
    assert "Lecture seule" in viewer.get("/console/edit", params={"path": "flows/info.yaml"}).text
    assert 'id="publish"' not in viewer.get("/console/publish").text  # no button to press
    version = site.content.current()
    text, rev, csrf = edit_form(viewer, "flows/info.yaml")
    assert save(viewer, "flows/info.yaml", text + "\n", rev, csrf) == 403
    assert publish(viewer)[0] == 403
    for path, form in (("/console/rollback", {"version": "1", "confirm": "yes"}), ("/console/helpers/invite", {}),
                       ("/console/helpers/deactivate", {"helper": "1"})):
        r = viewer.post(path, data={**form, "csrf": csrf}, headers={"origin": ORIGIN})
        assert r.status_code == 403 and "pas de modifier" in r.text, path
    assert viewer.get("/console/helpers").status_code == 403
    assert site.content.current() == version and site.content.draft()["flows/info.yaml"].revision == rev
    # trying is reading: the preview answers, the checker checks
    r = viewer.post("/console/api/preview", json={"conversation": "viewer1", "text": "bonjour", "lang": "fr"},
                    headers={"origin": ORIGIN, "x-csrf-token": csrf})
    assert r.status_code == 200 and r.json()["messages"][0]["meta"]["flow"] == "main"
    r = viewer.post("/console/api/check", json={"path": "flows/info.yaml", "text": text + "  oops: [\n"},
                    headers={"origin": ORIGIN, "x-csrf-token": csrf})
    assert r.status_code == 200 and any(p["file"] == "flows/info.yaml" and p["severity"] == "error"
                                        for p in r.json()["problems"])
    logins = [e for e in recent(site.store.engine) if e.action == "login"]
    assert logins[0].detail == "viewer"
    coordinator = logged_in(site, ask(site, ""))
    assert "Rôle : coordination" in coordinator.get("/console/").text
    assert recent(site.store.engine)[0].who != logins[0].who  # the viewer is told apart from who invited them


def test_console_words_in_french_and_a_wrong_word_gives_no_link(site: Site) -> None:  # noqa: F811
    assert "Rôle : lecture" in logged_in(site, ask(site, "lecture")).get("/console/").text
    wrong = ask(site, "admin")
    assert "/console/login" not in wrong and "admin" in wrong and "viewer" in wrong
    worker = ask(site, "viewer", Sender(Address("telegram", "77")))
    assert "/console/login" not in worker


@pytest.mark.slow  # a CLI process
def test_the_cli_prints_a_viewer_link(site: Site) -> None:  # noqa: F811
    env = {**os.environ, "ENTRAIDE_SECRET": "console-test-secret-0123456789", "DATABASE_URL": f"sqlite:///{site.db}"}
    env.pop("TELEGRAM_BOT_TOKEN", None)
    out = subprocess.run([sys.executable, "-m", "bot", "console", "link", "--viewer", "--config",
                          str(site.cfg.flows_dir.parent / "config.yaml")], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "role viewer" in out.stdout
    viewer = logged_in(site, out.stdout)
    assert "Rôle : lecture" in viewer.get("/console/").text
    assert publish(viewer)[0] == 403
    login, link = next(e for e in recent(site.store.engine) if e.action == "login"), \
        next(e for e in recent(site.store.engine) if e.action == "link")
    assert link.detail == f"viewer {login.who}" and link.who != login.who  # the server's user handed it out


def test_the_audit_log_says_who_handed_out_each_link_and_for_which_role(site: Site) -> None:  # noqa: F811
    """A viewer's pseudonym is not their coordinator's: the log records the link given, by whom, to whom."""
    viewer = logged_in(site, ask(site, "viewer"))
    viewer.get("/console/")
    coordinator = logged_in(site, ask(site, ""))
    coordinator.get("/console/")
    entries = recent(site.store.engine)
    logins = [e for e in entries if e.action == "login"]
    links = [e for e in entries if e.action == "link"]
    viewer_login, coordinator_login = logins[1], logins[0]
    assert (viewer_login.detail, coordinator_login.detail) == ("viewer", "coordinator")
    assert links[1].who == coordinator_login.who and links[1].detail == f"viewer {viewer_login.who}"
    assert links[0].who == coordinator_login.who and links[0].detail == f"coordinator {coordinator_login.who}"
