"""The coordinators' console over HTTP (Starlette's TestClient on the real app, a real SQLite file): login
links, sessions, CSRF and roles, saving with conflicts, publishing only what passes, the running service
switching to a published version, rollback, export/import, the audit log and the statistics."""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

from bot.channels.web.app import create_app
from bot.config import Config, load_config
from bot.console.auth import Auth
from bot.console.content import Content, read_dirs, write_dirs
from bot.console.watcher import Watcher
from bot.engine.definitions import load_definitions
from bot.engine.messages import Address, Event
from bot.peers.desk import Sender
from bot.service import Entraide, build_service
from bot.store.sql import SqlStore
from tests.web_process import project

ORIGIN = "http://testserver"
WELCOME = "Bonjour! Je suis Entraide"


@dataclass
class Site:
    cfg: Config
    svc: Entraide
    store: SqlStore
    app_client: TestClient
    db: Path

    @property
    def auth(self) -> Auth:
        c = self.cfg.settings.console
        return Auth(self.store.engine, self.cfg.secret, c.link_minutes, c.idle_minutes)

    @property
    def content(self) -> Content:
        return Content(self.store.engine)

    def login(self, role: str = "coordinator") -> TestClient:
        """A fresh browser (its own cookies) logged in through a link."""
        token = self.auth.new_link(role, f"tester-{role}", time.time())  # type: ignore[arg-type]
        client = TestClient(self.app_client.app, base_url=ORIGIN, follow_redirects=False)
        r = client.post("/console/login", data={"token": token}, headers={"origin": ORIGIN})
        assert r.status_code == 303, r.text
        return client


def csrf_of(client: httpx.Client, url: str = "/console/") -> str:
    m = re.search(r'name="csrf-token" content="([0-9a-f]+)"', client.get(url).text)
    assert m
    return m.group(1)


def edit_form(client: httpx.Client, path: str) -> tuple[str, int, str]:
    """The editor's text, revision and CSRF token for `path` (a TestClient, or a client of a real process)."""
    page = client.get("/console/edit", params={"path": path}).text
    text = re.search(r'<textarea id="source"[^>]*>(.*?)</textarea>', page, re.S)
    rev = re.search(r'name="revision" value="(\d+)"', page)
    assert text and rev
    import html
    return html.unescape(text.group(1)), int(rev.group(1)), csrf_of(client, f"/console/edit?path={path}")


def save(client: TestClient, path: str, text: str, revision: int, csrf: str) -> int:
    return client.post("/console/save", data={"path": path, "text": text, "revision": str(revision), "csrf": csrf},
                       headers={"origin": ORIGIN}).status_code


def publish(client: TestClient, note: str = "a change") -> tuple[int, str]:
    r = client.post("/console/publish", data={"note": note, "confirm": "yes", "csrf": csrf_of(client)},
                    headers={"origin": ORIGIN})
    return r.status_code, r.text


def first_words(svc: Entraide, user: str) -> str:
    return svc.handle_sync("test", user, Event.from_text("bonjour", time.time()))[0].text


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    tmp = tmp_path_factory.mktemp("console")
    config = project(tmp, 8080)
    import os
    os.environ["ENTRAIDE_SECRET"], old = "console-test-secret-0123456789", os.environ.get("ENTRAIDE_SECRET")
    try:
        cfg = load_config(config)
    finally:
        if old is None:
            os.environ.pop("ENTRAIDE_SECRET")
        else:
            os.environ["ENTRAIDE_SECRET"] = old
    db = tmp / "console.db"
    store = SqlStore(f"sqlite:///{db}")
    svc = build_service(cfg, load_definitions(cfg), store)
    app = create_app(cfg, svc, tick=False, console=store.engine)
    with TestClient(app, base_url=ORIGIN) as client:
        yield Site(cfg, svc, store, client, db)
    store.close()


def test_a_link_works_once_and_not_after_it_expires(site: Site) -> None:
    token = site.auth.new_link("coordinator", "someone", time.time())
    browser = TestClient(site.app_client.app, base_url=ORIGIN, follow_redirects=False)
    page = browser.get("/console/login", params={"token": token})
    assert page.status_code == 200 and 'name="token"' in page.text  # opening the link spends nothing
    first = browser.post("/console/login", data={"token": token}, headers={"origin": ORIGIN})
    assert first.status_code == 303
    cookie = first.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/console" in cookie
    assert browser.get("/console/").status_code == 200
    again = TestClient(site.app_client.app, base_url=ORIGIN, follow_redirects=False)
    assert again.post("/console/login", data={"token": token}, headers={"origin": ORIGIN}).status_code == 400
    old = site.auth.new_link("coordinator", "someone", time.time() - 11 * 60)  # valid 10 minutes
    assert again.post("/console/login", data={"token": old}, headers={"origin": ORIGIN}).status_code == 400
    assert again.get("/console/").status_code == 401
    assert again.post("/console/login", data={"token": token}, headers={"origin": "http://evil.example"}).status_code == 403


def test_a_session_ends_after_idle_time_and_at_logout(site: Site) -> None:
    browser = site.login()
    csrf = csrf_of(browser)
    token = browser.cookies.get("entraide_console")
    assert token and site.auth.user(token, time.time() + 31 * 60) is None  # idle_minutes: 30
    assert site.auth.user(token, time.time() + 29 * 60) is not None  # and each use counts as activity
    assert site.auth.user(token, time.time() + 50 * 60) is not None
    assert browser.post("/console/logout", data={"csrf": csrf}, headers={"origin": ORIGIN}).status_code == 303
    assert site.auth.user(token, time.time()) is None


def test_changes_without_the_csrf_token_or_from_another_origin_are_refused(site: Site) -> None:
    browser = site.login()
    text, rev, csrf = edit_form(browser, "flows/info.yaml")
    assert save(browser, "flows/info.yaml", text + "\n", rev, "") == 403
    assert save(browser, "flows/info.yaml", text + "\n", rev, "0" * 64) == 403
    r = browser.post("/console/save", data={"path": "flows/info.yaml", "text": text, "revision": str(rev), "csrf": csrf},
                     headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    api = browser.post("/console/api/check", json={"path": "flows/info.yaml", "text": text}, headers={"origin": ORIGIN})
    assert api.status_code == 403
    assert edit_form(browser, "flows/info.yaml")[1] == rev  # nothing was saved


def test_a_viewer_reads_and_tries_but_cannot_change(site: Site) -> None:
    viewer = site.login("viewer")
    text, rev, csrf = edit_form(viewer, "flows/info.yaml")
    assert save(viewer, "flows/info.yaml", text + "\n", rev, csrf) == 403
    assert publish(viewer)[0] == 403
    assert viewer.get("/console/helpers").status_code == 403
    r = viewer.post("/console/api/preview", json={"conversation": "abc123", "text": "bonjour", "lang": "fr"},
                    headers={"origin": ORIGIN, "x-csrf-token": csrf})
    assert r.status_code == 200 and r.json()["messages"][0]["meta"]["flow"] == "main"


def test_the_second_save_of_the_same_file_is_refused_with_a_diff(site: Site) -> None:
    alice, bob = site.login(), site.login()
    text, rev, a_csrf = edit_form(alice, "knowledge/faq.yaml")
    _, rev_b, b_csrf = edit_form(bob, "knowledge/faq.yaml")
    assert rev == rev_b
    assert save(alice, "knowledge/faq.yaml", text + "# alice was here\n", rev, a_csrf) == 303
    r = bob.post("/console/save", data={"path": "knowledge/faq.yaml", "text": text + "# bob too\n",
                                        "revision": str(rev), "csrf": b_csrf}, headers={"origin": ORIGIN})
    assert r.status_code == 409
    assert "-# alice was here" in r.text and "+# bob too" in r.text
    assert site.content.draft()["knowledge/faq.yaml"].text.endswith("# alice was here\n")


def test_a_new_file_is_only_a_plain_yaml_name_under_flows_or_knowledge(site: Site) -> None:
    """A name the folders cannot hold as such (a new line after `.yaml`, a `..`) is refused, not stored as a
    draft file that an export or a publish would write out under a strange name."""
    browser = site.login()
    csrf = csrf_of(browser)
    for path in ("flows/extra.yaml\n", "flows/../extra.yaml", "bot/extra.yaml", "flows/extra.yaml\nx"):
        assert save(browser, path, "tests: []\n", 0, csrf) == 400, repr(path)
    assert not [p for p in site.content.draft() if "extra" in p]


def test_a_number_no_form_would_send_gets_a_polite_refusal_not_a_server_error(site: Site) -> None:
    """`²` passes str.isdigit() and fails int(); 10**30 passes int() and fails SQLite: each is refused on
    the console's own page (400/404), never the server's bare 500."""
    browser = TestClient(site.app_client.app, base_url=ORIGIN, follow_redirects=False, raise_server_exceptions=False)
    browser.cookies = site.login().cookies
    csrf, huge = csrf_of(browser), "9" * 30
    posts = [("/console/rollback", {"version": huge, "confirm": "yes"}), ("/console/rollback", {"version": "²"}),
             ("/console/helpers/deactivate", {"helper": "²"}), ("/console/helpers/deactivate", {"helper": huge}),
             ("/console/save", {"path": "flows/info.yaml", "text": "x", "revision": huge})]
    for url, form in posts:
        r = browser.post(url, data={**form, "csrf": csrf}, headers={"origin": ORIGIN})
        assert r.status_code in (400, 404) and "<html" in r.text, (url, form, r.status_code)
    for url in (f"/console/versions/{huge}/diff", "/console/text?path=knowledge/messages.yaml&at=messages/²"):
        r = browser.get(url)
        assert r.status_code == 404 and "<html" in r.text, (url, r.status_code)


def test_the_checker_reports_a_problem_at_its_line(site: Site) -> None:
    browser = site.login("viewer")
    text, _, csrf = edit_form(browser, "flows/main.yaml")
    line = text.splitlines().index("      - id: welcome") + 1
    broken = text.replace("      - id: welcome", "      - id: Welcome", 1)
    r = browser.post("/console/api/check", json={"path": "flows/main.yaml", "text": broken},
                     headers={"origin": ORIGIN, "x-csrf-token": csrf}).json()
    errors = [p for p in r["problems"] if p["severity"] == "error"]
    assert {"file": "flows/main.yaml", "line": line} in [{"file": p["file"], "line": p["line"]} for p in errors]
    ok = browser.post("/console/api/check", json={"path": "flows/main.yaml", "text": text},
                      headers={"origin": ORIGIN, "x-csrf-token": csrf}).json()
    assert not [p for p in ok["problems"] if p["severity"] == "error"]


def test_publish_is_refused_on_errors_and_failing_tests_then_the_running_service_answers_anew(site: Site) -> None:
    browser = site.login()
    path = "flows/main.yaml"
    original, rev, csrf = edit_form(browser, path)
    version = site.content.current()
    assert WELCOME in first_words(site.svc, "before")

    assert save(browser, path, original.replace("- id: welcome", "- id: Welcome", 1), rev, csrf) == 303
    status, page = publish(browser)
    assert status == 409 and "flows/main.yaml:" in page and site.content.current() == version

    # valid, but the welcome no longer says "anonyme", which flows/tests/main_fr.yaml expects
    assert save(browser, path, original.replace("C'est anonyme de mon côté", "C'est discret de mon côté"), rev + 1,
                csrf) == 303
    status, page = publish(browser)
    assert status == 409 and "main_fr.yaml" in page and "anonyme" in page and site.content.current() == version

    assert save(browser, path, original.replace(WELCOME, "Salut! Je suis Entraide"), rev + 2, csrf) == 303
    assert publish(browser, "a warmer hello")[0] == 303
    assert site.content.current() == version + 1
    assert first_words(site.svc, "after").startswith("Salut! Je suis Entraide")  # no restart

    # another process on the same database switches at its next look
    other = Entraide(load_definitions(site.cfg), SqlStore(f"sqlite:///{site.db}"), site.cfg.secret)
    assert first_words(other, "other").startswith(WELCOME)
    assert Watcher(site.cfg, other, site.content, 1.0).check_once()
    assert first_words(other, "other2").startswith("Salut! Je suis Entraide")
    # a Telegram-only process (no console served) follows the published version too, and /reload keeps it
    from bot.console.watcher import follow_published
    from bot.service import build_service

    telegram_only = build_service(site.cfg, load_definitions(site.cfg), SqlStore(f"sqlite:///{site.db}"))
    watcher = follow_published(site.cfg, telegram_only)
    assert watcher is not None and watcher.check_once()
    assert first_words(telegram_only, "tg").startswith("Salut! Je suis Entraide")
    assert telegram_only.desk is not None and telegram_only.desk.reload is not None and telegram_only.desk.reload()[0]
    assert first_words(telegram_only, "tg2").startswith("Salut! Je suis Entraide")

    history = browser.get("/console/versions").text
    assert "a warmer hello" in history
    assert WELCOME in browser.get(f"/console/versions/{version}/diff").text
    r = browser.post("/console/rollback", data={"version": str(version), "confirm": "yes", "csrf": csrf_of(browser)},
                     headers={"origin": ORIGIN})
    assert r.status_code == 303 and site.content.current() == version + 2
    assert site.content.files(version + 2) == site.content.files(version)
    assert first_words(site.svc, "rolled").startswith(WELCOME)
    assert site.content.draft_files() == site.content.files(version)  # the draft is back too


def test_export_then_import_is_byte_identical(site: Site, tmp_path: Path) -> None:
    files = read_dirs(site.cfg.flows_dir, site.cfg.knowledge_dir)
    (site.cfg.knowledge_dir / "crlf.yaml").write_bytes(b"messages: {}\r\n# \xc3\xa9t\xc3\xa9\r\n")
    files = read_dirs(site.cfg.flows_dir, site.cfg.knowledge_dir)
    (site.cfg.knowledge_dir / "crlf.yaml").unlink()
    vid = site.content.import_files(files, "round trip", "tester", time.time())
    write_dirs(site.content.files(vid), tmp_path)
    for path in files:
        assert (tmp_path / path).read_bytes() == (site.cfg.root / path).read_bytes() if (site.cfg.root / path).exists() \
            else (tmp_path / path).read_bytes() == b"messages: {}\r\n# \xc3\xa9t\xc3\xa9\r\n"
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.y*ml")) == sorted(files)


def test_a_coordinator_gets_a_link_from_the_bot_and_others_do_not(site: Site) -> None:
    coordinator = Sender(Address("telegram", "4242"), coordinator=True)
    reply = site.svc.handle_sync("telegram", 4242, Event("command", time.time(), command="console"), coordinator)
    url = re.search(r"http://\S+/console/login\?token=(\S+)", reply[0].text)
    assert url, reply[0].text
    browser = TestClient(site.app_client.app, base_url=ORIGIN, follow_redirects=False)
    assert browser.post("/console/login", data={"token": url.group(1)}, headers={"origin": ORIGIN}).status_code == 303
    worker = site.svc.handle_sync("telegram", 77, Event("command", time.time(), command="console"),
                                  Sender(Address("telegram", "77")))
    assert "/console/login" not in " ".join(m.text for m in worker)


def test_the_audit_log_names_pseudonyms_and_actions_never_worker_data(site: Site) -> None:
    secret_words = "Ma soeur Josette est décédée hier"
    site.svc.handle_sync("telegram", 987654321, Event.from_text(secret_words, time.time()))
    browser = site.login()
    assert browser.get("/console/audit").status_code == 200
    with sqlite3.connect(site.db) as conn:
        rows = conn.execute("SELECT who, action, version, detail FROM console_audit").fetchall()
        dumped = "\n".join(str(r) for t in ("console_audit", "console_links", "console_sessions", "content_versions")
                           for r in conn.execute(f"SELECT * FROM {t}"))
    assert {"login", "save", "publish", "rollback", "seed"} <= {r[1] for r in rows}
    # Whole numbers, not digits inside a random token's hex ("…b242429e…" once failed this by chance).
    assert "Josette" not in dumped and not re.search(r"\b(?:987654321|4242)\b", dumped)
    bot_made = [r for r in rows if r[1] == "login" and r[0] not in ("someone", "tester-coordinator", "tester-viewer")]
    assert bot_made and all(re.fullmatch(r"[0-9a-f]{12}", r[0]) for r in bot_made)


def test_statistics_hide_counts_under_five(site: Site) -> None:
    site.store.count("theme", "grief_rare", "fr", "2030-W01", 3)
    site.store.count("theme", "stress_common", "fr", "2030-W01", 7)
    browser = site.login("viewer")
    page = browser.get("/console/stats").text
    row = re.search(r"grief_rare</td><td>fr</td><td class=\"num\">([^<]+)<", page)
    assert row and row.group(1) == "&lt;5"
    assert re.search(r"stress_common</td><td>fr</td><td class=\"num\">7<", page)
    csv = browser.get("/console/stats.csv").text.splitlines()
    assert "2030-W01,theme,grief_rare,fr,<5" in csv and "2030-W01,theme,stress_common,fr,7" in csv


def test_helpers_are_invited_listed_and_deactivated(site: Site) -> None:
    browser = site.login()
    csrf = csrf_of(browser, "/console/helpers")
    page = browser.post("/console/helpers/invite", data={"region": "", "csrf": csrf}, headers={"origin": ORIGIN}).text
    code = re.search(r'<output id="invite-code">([0-9A-F-]+)</output>', page)
    assert code and "<svg" in page
    helper = Sender(Address("telegram", "5555"))
    site.svc.handle_sync("telegram", 5555, Event("command", time.time(), command="helper", arg=code.group(1)), helper)
    listing = browser.get("/console/helpers").text
    number = re.search(r'name="helper" value="(\d+)"', listing)
    assert number
    r = browser.post("/console/helpers/deactivate", data={"helper": number.group(1), "csrf": csrf},
                     headers={"origin": ORIGIN})
    assert r.status_code == 303
    assert f'name="helper" value="{number.group(1)}"' not in browser.get("/console/helpers").text


def test_reload_runs_the_published_version_not_the_files(site: Site) -> None:
    site.login()  # the first login stores the files as version 1, if no test did before
    main = site.cfg.flows_dir / "main.yaml"
    original = main.read_bytes()
    main.write_bytes(original.replace(b"Bonjour! Je suis Entraide", b"Fichier! Je suis Entraide"))
    try:
        coordinator = Sender(Address("telegram", "4242"), coordinator=True)
        site.svc.handle_sync("telegram", 4242, Event("command", time.time(), command="reload"), coordinator)
        assert first_words(site.svc, "reloaded").startswith(WELCOME)  # the files on disk are not what runs
    finally:
        main.write_bytes(original)


def test_the_graph_marks_an_unreachable_step_and_a_dead_end(site: Site) -> None:
    browser = site.login()
    path = "flows/info.yaml"
    text, rev, csrf = edit_form(browser, path)
    page = browser.get("/console/graph", params={"flow": "main"}).text
    assert "<svg" in page and "inatteignable" not in page.split("<svg")[1] and "impasse" not in page
    drawing = page.split("<svg")[1]
    # The welcome's branches carry their conditions, and the else branch says "sinon".
    assert "reason == &quot;colleague&quot;" in drawing and "reason == &quot;info&quot;" in drawing
    assert ">sinon</text>" in drawing
    broken = text + "      - id: orphan\n        say: {fr: \"Seul\", en: \"Alone\"}\n"
    flows_info = site.content.draft()[path]
    assert save(browser, path, broken, flows_info.revision, csrf) == 303
    page = browser.get("/console/graph", params={"flow": "info"}).text  # drawn though the validator refuses it
    assert "orphan: inatteignable" in page
    assert "orphan (say) · inatteignable" in page
    assert save(browser, path, text, flows_info.revision + 1, csrf) == 303
