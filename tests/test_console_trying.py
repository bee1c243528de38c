"""Trying the draft over HTTP (the real console app, a real SQLite file): a preview started at any flow in
either language, saved as a conversation test that then passes, and the page running every test."""

from __future__ import annotations

import re
from typing import Any

import pytest
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from starlette.testclient import TestClient

from bot.console import preview as preview_module
from bot.console.preview import Preview
from bot.console.test_writer import NotWritten, appended
from tests.test_console import ORIGIN, Site, csrf_of, edit_form, save, site  # noqa: F401 - the shared site


def turn(client: TestClient, csrf: str, conversation: str, **body: Any) -> list[dict[str, Any]]:
    r = client.post("/console/api/preview", json={"conversation": conversation, **body},
                    headers={"origin": ORIGIN, "x-csrf-token": csrf})
    assert r.status_code == 200, r.text
    return list(r.json()["messages"])


def save_test(client: TestClient, csrf: str, conversation: str, **body: str) -> Any:
    return client.post("/console/api/preview/test", json={"conversation": conversation, **body},
                       headers={"origin": ORIGIN, "x-csrf-token": csrf})


def test_the_preview_starts_at_any_flow_in_either_language_with_the_inspector(site: Site) -> None:  # noqa: F811
    viewer = site.login("viewer")
    csrf = csrf_of(viewer, "/console/preview")
    page = viewer.get("/console/preview").text
    assert '<option value="info">' in page and '<option value="main">' in page
    first = turn(viewer, csrf, "info1", start="info", lang="en")
    assert first[-1]["meta"] | {"flow": "info", "step": "topics", "lang": "en"} == first[-1]["meta"]
    assert "What is your question about?" in first[-1]["text"]
    fr = turn(viewer, csrf, "info2", start="info", lang="fr")
    assert "Sur quoi porte votre question?" in fr[-1]["text"]
    answer = turn(viewer, csrf, "info2", button="anonymity")
    assert answer[-1]["meta"]["slots"]["faq_topic"] == "anonymity"
    crisis = turn(viewer, csrf, "info2", text="je veux mourir")
    assert crisis[0]["meta"]["crisis"] and crisis[0]["meta"]["level"].startswith("risk: suicide")


def test_a_preview_saved_as_a_test_passes_and_shows_on_the_tests_page(site: Site) -> None:  # noqa: F811
    coordinator = site.login()
    csrf = csrf_of(coordinator, "/console/preview")
    turn(coordinator, csrf, "conv1", start="info", lang="en")
    turn(coordinator, csrf, "conv1", button="anonymity")
    r = save_test(coordinator, csrf, "conv1", name="anonymity, from the FAQ menu", new_file="saved_en")
    assert r.status_code == 200, r.text
    assert r.json()["saved"] == "flows/tests/saved_en.yaml"
    text = site.content.draft()["flows/tests/saved_en.yaml"].text
    assert "start: info" in text and "button: anonymity" in text and "faq_topic: anonymity" in text

    turn(coordinator, csrf, "conv2", start="main", lang="fr")
    turn(coordinator, csrf, "conv2", text="mon père est décédé")
    again = save_test(coordinator, csrf, "conv2", name="deuil en français", file="flows/tests/saved_en.yaml")
    assert again.status_code == 200, again.text
    text = site.content.draft()["flows/tests/saved_en.yaml"].text
    assert text.count("- name:") == 2 and "theme: grief" in text

    page = coordinator.get("/console/tests?lang=en").text
    row = re.search(r"<tr class=\"(\w+)\">\s*<th scope=\"row\">deuil en français</th>", page)
    assert row and row.group(1) == "pass"
    audit = coordinator.get("/console/audit").text
    assert "save_test" in audit and "flows/tests/saved_en.yaml" in audit


def test_saving_a_test_is_for_coordinators_with_the_csrf_token(site: Site) -> None:  # noqa: F811
    viewer = site.login("viewer")
    csrf = csrf_of(viewer, "/console/preview")
    turn(viewer, csrf, "v1", start="info", lang="fr")
    assert save_test(viewer, csrf, "v1", new_file="viewer_try").status_code == 403
    coordinator = site.login()
    c_csrf = csrf_of(coordinator, "/console/preview")
    turn(coordinator, c_csrf, "c1", start="info", lang="fr")
    assert save_test(coordinator, "", "c1", new_file="no_token").status_code == 403
    assert save_test(coordinator, "0" * 64, "c1", new_file="bad_token").status_code == 403
    other = coordinator.post("/console/api/preview/test", json={"conversation": "c1", "new_file": "evil"},
                             headers={"origin": "http://evil.example", "x-csrf-token": c_csrf})
    assert other.status_code == 403
    assert save_test(coordinator, c_csrf, "v1", new_file="not_mine").status_code == 400  # the viewer's conversation
    assert not {p for p in site.content.draft() if p.startswith("flows/tests/") and
                any(w in p for w in ("viewer_try", "no_token", "bad_token", "evil", "not_mine"))}


def test_the_tests_page_shows_what_a_failing_test_expected_and_what_came(site: Site) -> None:  # noqa: F811
    coordinator = site.login()
    path = "flows/tests/failing.yaml"
    _, _, csrf = edit_form(coordinator, "flows/info.yaml")
    failing = ('tests:\n  - name: a welcome that is not ours\n    steps:\n      - user: "bonjour"\n'
               '        expect: {says: ["Salut la compagnie"]}\n')
    assert save(coordinator, path, failing, 0, csrf) == 303
    try:
        page = coordinator.get("/console/tests?lang=fr").text
        row = re.search(r'<tr class="fail">\s*<th scope="row">a welcome that is not ours</th>(.*?)</tr>', page, re.S)
        assert row, page
        assert "flows/tests/failing.yaml:4" in row.group(1)  # the step that failed
        assert "Attendu :</strong> expected the bot to say &#39;Salut la compagnie&#39;" in row.group(1)
        assert "Obtenu :</strong> it said: Bonjour!" in row.group(1)
        assert re.search(r'id="tests-summary" class="problem">\d+ réussi\(s\), 1 échoué\(s\)', page)
    finally:
        _, rev, csrf = edit_form(coordinator, path)
        save(coordinator, path, "tests: []\n", rev, csrf)


def _one_step_test(name: str) -> CommentedMap:
    return CommentedMap({"name": name, "steps": CommentedSeq([CommentedMap({"start": "info", "lang": "en"})])})


def test_a_test_is_appended_with_the_files_comments_kept_or_refused_when_the_layout_does_not_allow() -> None:
    hand = "# grief tests, by hand\ntests:\n    - name: first   # why it matters\n      steps:\n        - user: \"hi\"\n"
    out = appended(hand, _one_step_test("second"), "flows/tests/x.yaml")
    assert out.startswith(hand.rstrip("\n")) and "# why it matters" in out
    assert "\n    - name: second\n" in out  # the file's own indentation
    with pytest.raises(NotWritten) as refused:
        appended("tests: [{name: a, steps: [{user: hi}]}]\n", _one_step_test("b"), "flows/tests/y.yaml")
    assert refused.value.key == "layout"


def test_a_start_at_a_flow_that_does_not_exist_is_recorded_as_the_main_flow_it_began(site: Site) -> None:  # noqa: F811
    """The engine begins an unknown flow's conversation at the main flow: the saved test says so, and passes."""
    coordinator = site.login()
    csrf = csrf_of(coordinator, "/console/preview")
    first = turn(coordinator, csrf, "nosuch1", start="no_such_flow", lang="en")
    assert first[-1]["meta"]["flow"] == "main"
    r = save_test(coordinator, csrf, "nosuch1", name="an unknown flow begins at the main one", new_file="nosuch")
    assert r.status_code == 200, r.text
    text = site.content.draft()["flows/tests/nosuch.yaml"].text
    assert "start: main" in text and "no_such_flow" not in text


def test_appending_never_changes_a_test_already_in_the_file() -> None:
    """A kept block (`|+`) at the file's end owns its trailing blank lines: an append that would shorten
    them changes the test before it, so it is refused, not written."""
    item = CommentedMap({"name": "new", "steps": CommentedSeq([CommentedMap({"user": "bonjour"})])})
    kept = "tests:\n  - name: old\n    steps:\n      - user: |+\n          hello\n\n\n\n"
    with pytest.raises(NotWritten) as refused:
        appended(kept, item, "flows/tests/kept.yaml")
    assert refused.value.key == "layout"


def test_the_preview_keeps_the_newest_conversations_only(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    """Past its limit the oldest conversation goes, from the record and from the preview's own store too, so
    a console left open all day (or a script) does not grow the process's memory without end."""
    site.login()  # the first login stores the files as the draft
    monkeypatch.setattr(preview_module, "MAX_CONVERSATIONS", 3)
    preview, files = Preview(site.cfg), site.content.draft_files()
    for i in range(5):
        preview.turn(files, "someone", f"talk{i}", {"text": "bonjour"})
    _, svc = preview.service(files)
    kept = [i for i in range(5) if svc.store.load(svc.key(preview_module.CHANNEL, f"someone-talk{i}"))[0] is not None]
    assert kept == [2, 3, 4]
    assert [i for i in range(5) if preview.transcript("someone", f"talk{i}")] == [2, 3, 4]


def test_the_tests_run_once_per_draft_however_often_the_pages_are_opened(site: Site,  # noqa: F811
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.console import build

    runs: list[int] = []
    real = build.run_checks

    def counted(*args: Any) -> Any:
        runs.append(1)
        return real(*args)

    monkeypatch.setattr(build, "run_checks", counted)
    viewer, coordinator = site.login("viewer"), site.login()
    for client, page in ((viewer, "/console/tests"), (viewer, "/console/publish"), (coordinator, "/console/tests")):
        assert client.get(page).status_code == 200
    assert len(runs) <= 1  # none when an earlier test already checked this very draft
    before = len(runs)
    path = "flows/tests/cached.yaml"
    _, _, csrf = edit_form(coordinator, "flows/info.yaml")
    assert save(coordinator, path, "tests: []\n", 0, csrf) == 303  # a changed draft is checked anew
    try:
        assert coordinator.get("/console/tests").status_code == 200
        assert len(runs) == before + 1
    finally:
        _, rev, csrf = edit_form(coordinator, path)
        save(coordinator, path, "tests: []\n# cached\n", rev, csrf)
