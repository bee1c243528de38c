"""The console's forms over HTTP (Starlette's TestClient on the real app, a real SQLite file): a text's French
and English and a resource's details saved into the draft with every other byte of the file kept, the
errors shown on the form in the person's language, conflicts, roles, CSRF, and the missing translations."""

from __future__ import annotations

import difflib
import html
import re
import sqlite3
from urllib.parse import parse_qsl, urlsplit

from starlette.testclient import TestClient

from bot.console.yamledit import pointer_text, texts
from tests.test_console import ORIGIN, Site, csrf_of, site  # noqa: F401 - the console on a real database

MESSAGES = "knowledge/messages.yaml"
RESOURCES = "knowledge/resources.yaml"


def changed_lines(old: str, new: str) -> list[str]:
    return [ln for ln in difflib.unified_diff(old.splitlines(), new.splitlines(), lineterm="", n=0)
            if ln[:1] in "+-" and not ln.startswith(("+++", "---"))]


def at_of(site: Site, path: str, label: str) -> str:  # noqa: F811
    found = next(f for f in texts(site.content.draft()[path].text) if f.label == label)
    return pointer_text(found.at)


def open_form(client: TestClient, url: str, **params: str) -> tuple[str, dict[str, str]]:
    """The form's page and the values it would post as is."""
    page = client.get(url, params=params)
    assert page.status_code == 200, page.text
    fields = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)"', page.text))
    fields.update({k: html.unescape(v) for k, v in re.findall(r'<textarea id="\w+" name="(\w+)"[^>]*>(.*?)</textarea>',
                                                              page.text, re.S)})
    fields.update({k: html.unescape(v) for k, v in re.findall(r'<input id="\w+" name="(\w+)"[^>]* value="([^"]*)"',
                                                              page.text)})
    return page.text, fields


def post(client: TestClient, url: str, fields: dict[str, str], **changes: str) -> tuple[int, str]:
    r = client.post(url, data={**fields, **changes}, headers={"origin": ORIGIN})
    return r.status_code, r.text


def test_a_text_form_saves_the_french_and_keeps_every_other_byte_of_the_file(site: Site) -> None:  # noqa: F811
    browser = site.login()
    listing = browser.get("/console/texts", params={"path": MESSAGES}).text
    at = at_of(site, MESSAGES, "messages › crisis_other")
    assert f'at={at}&amp;lang=fr">messages › crisis_other</a>' in listing
    before = site.content.draft()[MESSAGES]
    _, fields = open_form(browser, "/console/text", path=MESSAGES, at=at)
    assert "911" in fields["fr"] and fields["revision"] == str(before.revision)
    new_fr = fields["fr"].replace("Vous faites bien", "Vous faites très bien", 1)
    status, _ = post(browser, "/console/text", fields, fr=new_fr)
    assert status == 303
    after = site.content.draft()[MESSAGES]
    assert after.revision == before.revision + 1
    assert [t for t in texts(after.text) if t.label == "messages › crisis_other"][0].fr == new_fr
    start = texts(before.text)[[t.label for t in texts(before.text)].index("messages › crisis_other")].line
    end = texts(before.text)[[t.label for t in texts(before.text)].index("messages › crisis_other") + 1].line
    old_lines, new_lines = before.text.splitlines(keepends=True), after.text.splitlines(keepends=True)
    assert old_lines[:start] == new_lines[:start]  # everything above the French text, byte for byte
    tail = len(old_lines) - (end - 1)
    assert old_lines[-tail:] == new_lines[-tail:]  # and everything from the next message on
    assert "en:" in "".join(new_lines[start:len(new_lines) - tail])  # the English untouched in between
    page = browser.get("/console/text", params={"path": MESSAGES, "at": at, "saved": "1"}).text
    assert "Brouillon enregistré" in page and "Vous faites très bien" in page
    with sqlite3.connect(site.db) as conn:
        last = conn.execute("SELECT action, detail FROM console_audit ORDER BY id DESC LIMIT 1").fetchone()
    assert last == ("save", MESSAGES)


def test_errors_come_back_on_the_form_in_the_persons_language_and_nothing_is_saved(site: Site) -> None:  # noqa: F811
    browser = site.login()
    at = at_of(site, MESSAGES, "messages › crisis_other")
    before = site.content.draft()[MESSAGES].text
    _, fields = open_form(browser, "/console/text", path=MESSAGES, at=at)
    status, page = post(browser, "/console/text?lang=fr", fields, en="  ")
    assert status == 400 and "Écrivez le texte en anglais." in page
    assert re.search(r'<textarea id="en" name="en"[^>]*aria-describedby="braces-hint en-error"[^>]*aria-invalid="true"',
                     page)
    assert 'id="en-error"' in page and 'href="#en"' in page
    status, page = post(browser, "/console/text?lang=en", fields, en="  ")
    assert status == 400 and "Write the English text." in page
    status, page = post(browser, "/console/text?lang=en", fields, en=fields["en"] + " {name}")
    assert status == 400 and "do not have the same fields in braces: {name}" in page
    # the form's checks pass, the validator's do not: a crisis answer may not drop its line
    status, page = post(browser, "/console/text?lang=fr", fields, fr=fields["fr"].replace("le 911", "les urgences"))
    assert status == 400 and "Le validateur refuse ce changement" in page and "crisis_other" in page
    assert site.content.draft()[MESSAGES].text == before


def test_the_second_form_save_of_the_same_file_is_refused_with_a_diff(site: Site) -> None:  # noqa: F811
    alice, bob = site.login(), site.login()
    at = at_of(site, MESSAGES, "messages › crisis_other")
    _, a_fields = open_form(alice, "/console/text", path=MESSAGES, at=at)
    _, b_fields = open_form(bob, "/console/text", path=MESSAGES, at=at)
    assert post(alice, "/console/text", a_fields, en=a_fields["en"] + " Alice.")[0] == 303
    status, page = post(bob, "/console/text", b_fields, en=b_fields["en"] + " Bob.")
    assert status == 409 and "Enregistrement refusé" in page
    assert re.search(r'class="del">-.*Alice\.', page) and re.search(r'class="add">\+.*Bob\.', page)
    assert "Rouvrir le formulaire" in page
    draft = site.content.draft()[MESSAGES].text
    assert "Alice." in draft and "Bob." not in draft


def test_a_viewer_sees_the_form_read_only_and_cannot_save(site: Site) -> None:  # noqa: F811
    viewer = site.login("viewer")
    at = at_of(site, MESSAGES, "messages › crisis_other")
    page, fields = open_form(viewer, "/console/text", path=MESSAGES, at=at)
    assert "readonly" in page and "Enregistrer dans le brouillon" not in page
    before = site.content.draft()[MESSAGES].text
    fields["csrf"] = csrf_of(viewer)
    assert post(viewer, "/console/text", fields, fr="Changé")[0] == 403
    res_page, res_fields = open_form(viewer, "/console/resource", path=RESOURCES, id="grief_line")
    assert "readonly" in res_page
    assert post(viewer, "/console/resource", res_fields, phone="811")[0] == 403
    assert site.content.draft()[MESSAGES].text == before


def test_form_saves_without_the_csrf_token_or_from_another_origin_are_refused(site: Site) -> None:  # noqa: F811
    browser = site.login()
    at = at_of(site, MESSAGES, "messages › crisis_other")
    _, fields = open_form(browser, "/console/text", path=MESSAGES, at=at)
    before = site.content.draft()[MESSAGES].text
    assert post(browser, "/console/text", fields, csrf="", fr="Changé")[0] == 403
    r = browser.post("/console/text", data={**fields, "fr": "Changé"}, headers={"origin": "http://evil.example"})
    assert r.status_code == 403
    assert site.content.draft()[MESSAGES].text == before


def test_a_resource_form_changes_phone_hours_source_and_date_and_nothing_else(site: Site) -> None:  # noqa: F811
    browser = site.login()
    before = site.content.draft()[RESOURCES].text
    _, fields = open_form(browser, "/console/resource", path=RESOURCES, id="grief_line")
    assert fields["phone"] == "1-888-533-3845" and fields["verified_on"]
    status, page = post(browser, "/console/resource?lang=fr", fields, phone="1 888 LE DEUIL", verified_on="2099-01-01",
                        hours_en="")
    assert status == 400
    assert "Ce numéro ne se compose pas" in page and "ne peut pas être dans le futur" in page
    assert "Écrivez les heures dans les deux langues" in page
    assert site.content.draft()[RESOURCES].text == before
    status, _ = post(browser, "/console/resource", fields, phone="514-555-0100", hours_fr="de 10 h à 22 h",
                     hours_en="10 a.m. to 10 p.m.", source="https://example.org/deuil", verified_on="2026-11-20")
    assert status == 303
    after = site.content.draft()[RESOURCES].text
    assert changed_lines(before, after) == [
        '-    phone: "1-888-533-3845"', '+    phone: "514-555-0100"',
        "-      fr: \"de 10 h à 22 h, tous les jours (source de 2018; vérifiez avant d'appeler)\"",
        '-      en: "10 a.m. to 10 p.m., every day (2018 source; check before calling)"',
        '+      fr: "de 10 h à 22 h"', '+      en: "10 a.m. to 10 p.m."',
        "-    source: https://www.lelezard.com/communique-18567984.html", "+    source: https://example.org/deuil",
        "-    verified_on: 2026-11-23", "+    verified_on: 2026-11-20"]
    _, again = open_form(browser, "/console/resource", path=RESOURCES, id="grief_line")
    assert (again["phone"], again["hours_en"], again["source"], again["verified_on"]) == (
        "514-555-0100", "10 a.m. to 10 p.m.", "https://example.org/deuil", "2026-11-20")


def test_missing_translations_are_listed_with_a_link_to_their_form(site: Site) -> None:  # noqa: F811
    browser = site.login()
    page = browser.get("/console/translations?lang=en").text
    assert "No translation is missing in the draft." in page
    path = "knowledge/faq.yaml"
    f = site.content.draft()[path]
    text = f.text.rstrip("\n") + "\nmessages:\n  forms_test_only_fr:\n    fr: \"Un texte seulement en français\"\n" \
        "  forms_test_same: {fr: \"Peer Support Canada network\", en: \"Peer Support Canada network\"}\n"
    assert site.content.save(path, text, f.revision, "tester", 0.0).ok
    page = browser.get("/console/translations?lang=en").text
    row = re.search(r"<tr>\s*<td>knowledge/faq.yaml</td>\s*<td class=\"num\">(\d+)</td>\s*<td><a href=\"([^\"]+)\">"
                    r"messages › forms_test_only_fr</a></td>\s*<td>English</td>", page)
    assert row, page
    assert text.splitlines()[int(row.group(1)) - 1].strip().startswith("fr:")
    assert "messages › forms_test_same" in page.split("To check")[1]
    url = urlsplit(html.unescape(row.group(2)))
    _, fields = open_form(browser, url.path, **dict(parse_qsl(url.query)))
    assert fields["en"] == ""
    status, _ = post(browser, "/console/text", fields, en="A text in English at last")
    assert status == 303
    saved = site.content.draft()[path].text
    assert 'fr: "Un texte seulement en français"\n    en: "A text in English at last"\n' in saved
    assert "forms_test_only_fr" not in browser.get("/console/translations").text
    g = site.content.draft()[path]
    assert site.content.save(path, f.text, g.revision, "tester", 0.0).ok  # as it was, for the other tests


def test_a_text_the_web_chat_says_differently_points_to_its_web_version(site: Site) -> None:  # noqa: F811
    browser = site.login()
    welcome = browser.get("/console/text", params={"path": "flows/main.yaml",
                                                   "at": at_of(site, "flows/main.yaml", "flows › main › steps › welcome › say")}).text
    assert "le robot dit plutôt le texte « web_welcome »" in welcome
    web = re.search(r'href="(/console/text\?path=knowledge%2Fweb.yaml[^"]*)">Modifier la version Web', welcome)
    assert web
    page, fields = open_form(browser, "/console/text", **dict(parse_qsl(urlsplit(html.unescape(web.group(1))).query)))
    assert "Bonjour! Je suis Entraide" in fields["fr"] and "web_welcome" in page
    other = browser.get("/console/text", params={"path": "flows/main.yaml",
                                                 "at": at_of(site, "flows/main.yaml", "flows › main › steps › who › ask")}).text
    assert "version Web" not in other


def test_only_the_steps_own_text_points_to_its_web_version() -> None:
    """The web chat replaces a step's text (say:, ask:), not its buttons nor its reprompt: a coordinator
    changing the welcome step's button must not be told the web chat says something else."""
    from bot.console.forms import web_version
    from bot.console.yamledit import Found

    def at(label: str) -> str | None:
        return web_version(Found((), 1, "fr", "en", label))

    assert at("flows › main › steps › welcome › say") == "web_welcome"
    assert at("flows › peer_request › steps › how › say") == "web_peer_how"
    assert at("flows › main › steps › welcome › buttons › me") is None
    assert at("flows › peer_request › steps › how › reprompt") is None
