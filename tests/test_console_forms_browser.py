"""The console's forms in a real browser (Debian's Chromium through Playwright) against `entraide run` in its
own process: open a message's form from its file, change the French, see the error of an empty English at
its field, save, find the new text in the draft's YAML and in the preview chat; axe-core on the new pages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from tests.test_console_browser import console_page, in_lang, log_in, site  # noqa: F401 - the console in its own process
from tests.test_web_browser import CHROMIUM, axe_violations, browser  # noqa: F401 - the shared browser
from tests.web_process import ServerProcess

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed")]

WELCOME = "flows › main › steps › welcome › say"


def starts(prefix: str) -> re.Pattern[str]:
    return re.compile("^" + re.escape(prefix))


def test_a_message_is_changed_with_its_form_and_shows_in_the_draft_and_the_preview(
        browser: Browser, site: ServerProcess) -> None:  # noqa: F811
    ctx = browser.new_context(locale="fr-CA", viewport={"width": 1200, "height": 900})
    csp: list[str] = []
    try:
        page = ctx.new_page()
        page.on("console", lambda m: csp.append(m.text) if "Content Security Policy" in m.text else None)
        log_in(page, site)
        page.get_by_role("link", name="flows/main.yaml").click()
        page.get_by_role("link", name="Modifier ce fichier avec des formulaires").click()
        page.get_by_role("link", name=WELCOME).click()
        french, english = page.get_by_label("Français"), page.get_by_label("Anglais")
        expect(french).to_have_value(starts("Bonjour! Je suis Entraide"))

        english.fill("")
        page.get_by_role("button", name="Enregistrer dans le brouillon").click()
        expect(page.get_by_role("alert")).to_contain_text("Écrivez le texte en anglais.")
        expect(english).to_have_attribute("aria-invalid", "true")
        expect(english).to_have_accessible_description(starts("Les champs entre accolades"))
        page.get_by_role("link", name="Écrivez le texte en anglais.").click()
        expect(english).to_be_focused()

        english.fill("Hello! I'm Entraide, your network's referral bot. If you are in danger, call 911 "
                     "or 1 866 APPELLE (1-866-277-3553).")
        french.fill(french.input_value().replace("Bonjour! Je suis Entraide", "Allô! Je suis Entraide"))
        page.get_by_role("button", name="Enregistrer dans le brouillon").click()
        expect(page.get_by_role("status")).to_contain_text("Brouillon enregistré")
        expect(page.get_by_label("Français")).to_have_value(starts("Allô! Je suis Entraide"))

        page.get_by_role("link", name="Ouvrir le fichier dans l'éditeur YAML").click()
        page.wait_for_selector(".cm-editor .cm-content")
        source = page.evaluate("window.consoleEditor.state.doc.toString()")
        assert "Allô! Je suis Entraide" in source and "your network's referral bot" in source
        assert "      - id: welcome\n        say:\n          fr: >-\n            Allô! Je suis Entraide" in source

        page.get_by_role("link", name="Essayer").click()
        page.get_by_role("button", name="Commencer en français").click()
        expect(page.locator(".msg.bot").first).to_contain_text("Allô! Je suis Entraide", timeout=20_000)
        assert not csp, csp
    finally:
        ctx.close()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_axe_finds_no_violation_on_the_form_pages(browser: Browser, site: ServerProcess, lang: str) -> None:  # noqa: F811
    with console_page(browser, site, lang) as page:
        for path in ("/console/texts?path=knowledge/resources.yaml",
                     "/console/text?path=flows/main.yaml&at=flows/main/steps/0/say",
                     "/console/resource?path=knowledge/resources.yaml&id=grief_line", "/console/translations"):
            page.goto(in_lang(site, path, lang))
            assert axe_violations(page) == [], path
        page.goto(in_lang(site, "/console/resource?path=knowledge/resources.yaml&id=grief_line", lang))
        page.locator("#phone").fill("1 888 LE DEUIL")
        page.locator("#hours_en").fill("")
        page.locator("form.form button[type=submit]").click()
        page.wait_for_selector(".errors")
        assert axe_violations(page) == [], "resource form with errors"
