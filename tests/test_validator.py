"""`entraide validate` on broken copies of the shipped flows and knowledge: each check, with file:line."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bot.config import load_config
from bot.engine.definitions import check
from bot.errors import Problem


def problems_after(root: Path, file: str, old: str, new: str) -> list[str]:
    path = root / file
    text = path.read_text(encoding="utf-8")
    if old:
        assert old in text, f"test setup: {old!r} not in {file}"
        text = text.replace(old, new, 1)
    else:
        text += new
    path.write_text(text, encoding="utf-8")
    _, _, problems = check(root / "flows", root / "knowledge", "main", 365, root)
    return [str(p) for p in problems if p.severity == "error"]


def test_shipped_content_is_valid(project_copy: Path) -> None:
    _, _, problems = check(project_copy / "flows", project_copy / "knowledge", "main", 365, project_copy)
    assert [str(p) for p in problems if p.severity == "error"] == []


CASES = [
    ("flows/main.yaml", "    steps:\n      - id: welcome", "    steps:\n      - id: welcome\n        bogus: 1", r"flows/main.yaml:\d+: .*unknown key `bogus`"),
    ("flows/main.yaml", "then: to_colleague", "then: nowhere", r"flows/main.yaml:\d+: .*unknown step `nowhere`"),
    ("flows/main.yaml", "link: colleague", "link: nosuchflow", r"flows/main.yaml:\d+: .*unknown flow `nosuchflow`"),
    ("flows/main.yaml", "refer: [eap]", "refer: [no_such_line]", r"flows/main.yaml:\d+: .*unknown resource `no_such_line`"),
    ("flows/main.yaml", 'if: theme_ok == "yes"', 'if: thme_ok == "yes"', r"flows/main.yaml:\d+: .*`thme_ok`, which no step sets"),
    ("flows/main.yaml", '          en: "I\'m listening. What\'s going on for you? A few words are enough."\n', "",
     r"flows/main.yaml:\d+: .*has no `en:` text"),
    ("flows/main.yaml", "      - id: to_colleague", "      - id: who", r"flows/main.yaml:\d+: .*duplicate step id `who`"),
    ("flows/main.yaml", "          - if: reason == \"colleague\"\n            then: to_colleague\n", "",
     r"flows/main.yaml:\d+: step `to_colleague` .* can never be reached"),
    ("flows/colleague.yaml", "", "  lonely:\n    steps:\n      - id: hi\n        say: {fr: \"Salut.\", en: \"Hi.\"}\n",
     r"flows/colleague.yaml:\d+: .*ends after step `hi` without a referral or an `end`"),
    ("flows/info.yaml", "if: info_more == \"another\"", "if: info_more ==", r"flows/info.yaml:\d+: condition .* is not valid"),
    ("flows/main.yaml", "Merci de me le confier. Prendre le temps", "Vous souffrez de dépression. Prendre le temps",
     r"flows/main.yaml:\d+: .*puts a label on the person"),
    ("flows/main.yaml", "flows:\n  main:", "flows:\n  main: [\n", r"flows/main.yaml:\d+: not valid YAML"),
    ("flows/info.yaml", "  info:", "  main:", r"flows/\w+.yaml:\d+: duplicate flow `main`"),
    # knowledge
    ("knowledge/resources.yaml", '    phone: "1-800-265-2626"', '    phone: "1800 CALL NOW"', r"knowledge/resources.yaml:\d+: .*not dialable"),
    ("knowledge/resources.yaml", "    source: https://aidejeu.ca/?p=1249\n", "", r"knowledge/resources.yaml:\d+: resource `jeu_aide_reference` has no `source:`"),
    ("knowledge/resources.yaml", "    source_date: 2024\n    verified_on: 2026-11-23\n", "    source_date: 2024\n",
     r"knowledge/resources.yaml:\d+: resource `jeu_aide_reference` has no `verified_on:`"),
    ("knowledge/themes.yaml", "resources: [grief_line,", "resources: [grief_hotline,", r"knowledge/themes.yaml:\d+: theme `grief` offers unknown resource `grief_hotline`"),
    ("knowledge/faq.yaml", "", "  - id: silent\n    question: {fr: \"Q?\", en: \"Q?\"}\n    answer: {fr: \"R.\", en: \"A.\"}\n",
     r"knowledge/faq.yaml:\d+: FAQ `silent` has no trigger phrases"),
    ("knowledge/messages.yaml", "ou le 988 (appel ou texto).", "ou votre médecin.", r"knowledge/messages.yaml:\d+: message `crisis_suicide` \(fr\) must show 988"),
    ("knowledge/messages.yaml", "  stale_button:", "  stale_buttons:", r"knowledge/messages.yaml:1: message `stale_button` is missing"),
    # the crisis dialogue: every category's messages, with their lines, in both languages
    ("knowledge/messages.yaml", "  crisis_now_domestic:", "  crisis_now_home:", r"knowledge/messages.yaml:1: message `crisis_now_domestic` is missing"),
    ("knowledge/messages.yaml", "  crisis_ask_danger_other:", "  crisis_ask_other:", r"knowledge/messages.yaml:1: message `crisis_ask_danger_other` is missing"),
    ("knowledge/messages.yaml", "SOS violence conjugale est là jour et nuit, en français et en anglais : 1-800-363-9010.",
     "SOS violence conjugale est là jour et nuit.", r"knowledge/messages.yaml:\d+: message `crisis_not_now_domestic` \(fr\) must show 1-800-363-9010"),
    ("knowledge/messages.yaml", "      Call 911 now, or ask someone near you to call.\n      If you can, unlock the door and stay with someone.\n      You did",
     "      You did", r"knowledge/messages.yaml:\d+: message `crisis_attempt` \(en\) must show 911"),
    ("knowledge/messages.yaml", "      Appelez le 911 maintenant, ou demandez à quelqu'un près de vous de le faire.\n      Si vous le pouvez, déverrouillez la porte et restez avec quelqu'un.\n      Vous avez bien fait de me l'écrire. Ensuite, 1 866 APPELLE peut vous accompagner, jour et nuit :\n      appel au 1-866-277-3553, texto au 535353, ou le 988.",
     "      1 866 APPELLE : appel au 1-866-277-3553, texto au 535353, ou le 988. Appelez le 911 maintenant.",
     r"knowledge/messages.yaml:\d+: message `crisis_attempt` \(fr\) must show 911, then 1-866-277-3553, in that order"),
    ("knowledge/messages.yaml", "et la CNESST reçoit les plaintes pour harcèlement psychologique : 1-844-838-0808.", "et la CNESST.",
     r"knowledge/messages.yaml:\d+: message `crisis_violence` \(fr\) must show 1-844-838-0808"),
    ("knowledge/peer_messages.yaml", "proposez d'appeler ensemble 1 866 APPELLE (1-866-277-3553),", "proposez d'appeler une ligne d'aide,",
     r"knowledge/peer_messages.yaml:\d+: message `peer_crisis_flag` \(fr\) must show 1-866-277-3553"),
    ("knowledge/resources.yaml", '      fr: "de 10 h à 22 h, tous les jours (source de 2018; vérifiez avant d\'appeler)"',
     '      fr: "24 h sur 24, 7 jours sur 7"', r"knowledge/resources.yaml:\d+: resource `grief_line`: hours \(fr\) say it is always open"),
    ("knowledge/themes.yaml", 'name: {fr: "Deuil", en: "Grief"}', 'name: {fr: "Deuil"}', r"knowledge/themes.yaml:\d+: theme `grief` name has no `en:` text"),
]


@pytest.mark.parametrize(("file", "old", "new", "pattern"), CASES, ids=[c[3][:50] for c in CASES])
def test_each_check_reports_file_and_line(project_copy: Path, file: str, old: str, new: str, pattern: str) -> None:
    found = problems_after(project_copy, file, old, new)
    assert any(re.search(pattern, p) for p in found), found


def test_old_verification_date_is_a_warning(project_copy: Path) -> None:
    path = project_copy / "knowledge" / "resources.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("verified_on: 2026-11-23", "verified_on: 2020-01-01", 1), encoding="utf-8")
    _, _, problems = check(project_copy / "flows", project_copy / "knowledge", "main", 365, project_copy)
    assert any(p.severity == "warning" and "last verified on 2020-01-01" in p.message for p in problems)
    assert not any(p.severity == "error" for p in problems)


def test_unknown_action_and_button_source_name_the_line(project_copy: Path) -> None:
    assert any(re.search(r"flows/peer.yaml:\d+: .*unknown action 'send_email'", p)
               for p in problems_after(project_copy, "flows/peer.yaml", "  action: request_helper", "  action: send_email"))
    assert any(re.search(r"flows/peer.yaml:\d+: .*buttons_from must be one of regions", p)
               for p in problems_after(project_copy, "flows/peer.yaml", "buttons_from: regions", "buttons_from: cities"))


# ---- issue 16: situations, lines kept for some situations, the source's own date, region labels ----

SITUATION_CASES = [
    ("knowledge/themes.yaml", "resources: [sexual_violence, union,", "resources: [sexual_helpline, union,",
     r"knowledge/themes.yaml:\d+: theme `violence_harassment`, situation `violence_sexual` offers unknown resource `sexual_helpline`"),
    ("knowledge/themes.yaml", "      - id: violence_physical", "      - id: violence_sexual",
     r"knowledge/themes.yaml:\d+: .*situation `violence_sexual`: the id is already used"),
    ("knowledge/themes.yaml", "      - id: addiction_screens", "      - id: grief",
     r"knowledge/themes.yaml:\d+: .*situation `grief`: the id is already used by a theme"),
    ("knowledge/themes.yaml", '          en: [screen*, phone*, "video game*", gaming, "social media", tiktok, instagram, facebook, internet, scrolling]\n', "",
     r"knowledge/themes.yaml:\d+: theme `addiction`, situation `addiction_screens` has no `en` words"),
    # a line kept for some situations is refused elsewhere, in knowledge and in flows
    ("knowledge/themes.yaml", "resources: [union, cnesst_harassment, peer_network, eap]", "resources: [union, sexual_violence, peer_network, eap]",
     r"knowledge/themes.yaml:\d+: theme `violence_harassment` offers `sexual_violence`, which knowledge/resources.yaml:\d+ keeps for violence_sexual"),
    ("knowledge/themes.yaml", "resources: [grief_line, info_social_811, peer_network, eap, community_services]",
     "resources: [grief_line, info_social_811, peer_network, eap, suicide_quebec]",
     r"knowledge/themes.yaml:\d+: theme `grief` offers `suicide_quebec`, which .* keeps for grief_suicide, youth_distress"),
    ("knowledge/themes.yaml", "resources: [peer_network, eap, info_social_811]\n", "resources: [peer_network, eap, drogue_aide_reference]\n",
     r"knowledge/themes.yaml:\d+: situation `addiction_screens` of theme `addiction` offers `drogue_aide_reference`"),
    ("flows/main.yaml", "refer: [doctor, info_sante_811]", "refer: [doctor, jeu_aide_reference]",
     r"flows/main.yaml:\d+: step `refer_doctor` refers to `jeu_aide_reference`, which knowledge/resources.yaml:\d+ keeps for"),
    ("knowledge/resources.yaml", "only_in: [youth_distress]\n\n  - id: kids_help_phone", "only_in: [youth_distres]\n\n  - id: kids_help_phone",
     r"knowledge/resources.yaml:\d+: resource `tel_jeunes`: only_in names `youth_distres`"),
    # the source's own date
    ("knowledge/resources.yaml", "    source_date: 2018\n", "    source_date: 2026-11-24\n",
     r"knowledge/resources.yaml:\d+: resource `grief_line`: source_date 2026-11-24 is after verified_on 2026-11-23"),
    ("knowledge/resources.yaml", "    source_date: 2018\n", "    source_date: 2999\n",
     r"knowledge/resources.yaml:\d+: resource `grief_line`: source_date 2999 is in the future"),
    ("knowledge/resources.yaml", "    source_date: 2018\n", "    source_date: last spring\n",
     r"knowledge/resources.yaml:\d+: resource `grief_line`: source_date must be a date like 2021-10-21"),
    ("knowledge/resources.yaml", "    source_date: 2018\n", "    source_date: 2018-13\n",
     r"knowledge/resources.yaml:\d+: resource `grief_line`: source_date must be"),
]


@pytest.mark.parametrize(("file", "old", "new", "pattern"), SITUATION_CASES, ids=[c[3][:60] for c in SITUATION_CASES])
def test_situation_and_resource_rules_report_file_and_line(project_copy: Path, file: str, old: str, new: str,
                                                           pattern: str) -> None:
    found = problems_after(project_copy, file, old, new)
    assert any(re.search(pattern, p) for p in found), found


def test_an_old_source_is_a_warning_even_when_recently_checked(project_copy: Path) -> None:
    _, k, problems = check(project_copy / "flows", project_copy / "knowledge", "main", 365, project_copy,
                           today=date(2026, 11, 26))
    grief = k.resources["grief_line"]
    assert grief.source_date is not None and str(grief.source_date) == "2018" and grief.source_date.start == date(2018, 1, 1)
    assert grief.verified_on == date(2026, 11, 23)
    old = [p for p in problems if p.severity == "warning" and "`grief_line`: its source dates from 2018" in p.message]
    assert old and re.match(r"knowledge/resources.yaml:\d+$", f"{old[0].file}:{old[0].line}")
    assert not any(p.severity == "error" for p in problems)
    fresh = check(project_copy / "flows", project_copy / "knowledge", "main", 365, project_copy, today=date(2018, 6, 1))[2]
    assert not any("`grief_line`: its source" in p.message for p in fresh)


def region_problems(root: Path, old: str, new: str) -> list[Problem]:
    cfg = root / "config.yaml"
    text = cfg.read_text(encoding="utf-8")
    assert old in text, f"test setup: {old!r} not in config.yaml"
    cfg.write_text(text.replace(old, new, 1), encoding="utf-8")
    return check(root / "flows", root / "knowledge", "main", 365, root, config_file=cfg)[2]


def test_shipped_region_labels_are_clean_and_unconfirmed_ones_are_warnings(project_copy: Path) -> None:
    problems = check(project_copy / "flows", project_copy / "knowledge", "main", 365, project_copy,
                     config_file=project_copy / "config.yaml")[2]
    regions = [p for p in problems if p.file == "config.yaml"]
    assert regions and all(p.severity == "warning" for p in regions), regions
    assert {re.search(r"region `(\w+)`", p.message).group(1) for p in regions} == {  # type: ignore[union-attr]
        "lanaudiere", "monteregie", "outaouais", "gaspesie_iles_de_la_madeleine"}
    for r in load_config(project_copy / "config.yaml").settings.organisation.regions:
        assert "confirm" not in r.name.lower() and "(" not in r.name


@pytest.mark.parametrize("label", ["Outaouais (to confirm)", "Outaouais (à confirmer)", "Outaouais?", "Outaouais TODO",
                                   "Outaouais (à vérifier)"])
def test_a_marker_in_a_region_label_is_an_error_with_file_and_line(project_copy: Path, label: str) -> None:
    problems = region_problems(project_copy, 'name: "Outaouais"', f'name: "{label}"')
    errors = [str(p) for p in problems if p.severity == "error"]
    assert any(re.match(r"config.yaml:\d+: region `outaouais`: the name .* is a button label workers see; write the name alone", e)
               for e in errors), errors


def test_a_region_listed_twice_is_an_error(project_copy: Path) -> None:
    problems = region_problems(project_copy, "{id: monteregie,", "{id: outaouais,")
    assert any(p.severity == "error" and "region `outaouais` is listed twice" in p.message for p in problems)


def test_confirming_a_region_silences_its_warning(project_copy: Path) -> None:
    problems = region_problems(project_copy, 'name: "Outaouais", confirmed: false', 'name: "Outaouais", confirmed: true')
    assert not any("`outaouais`" in p.message for p in problems)


def test_validate_command_checks_the_region_labels(project_copy: Path) -> None:
    cfg = project_copy / "config.yaml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace('name: "Outaouais"', 'name: "Outaouais (to confirm)"'), encoding="utf-8")
    env = {**os.environ, "ENTRAIDE_SECRET": "test-secret-0123456789abcdef", "ENTRAIDE_RELAY_KEY": "test-relay-key-0123456789abcdef"}
    res = subprocess.run([sys.executable, "-m", "bot", "validate", "--config", str(cfg)], cwd=project_copy, env=env,
                         capture_output=True, text=True, timeout=120)
    assert res.returncode == 1, res.stdout
    assert re.search(r"config.yaml:\d+: region `outaouais`", res.stdout)


def test_every_step_kind_has_its_module_and_its_row_in_the_coordinators_guide() -> None:
    import typing

    from bot.engine.model import StepKind
    from bot.engine.steps import REGISTRY

    assert set(REGISTRY) == set(typing.get_args(StepKind))
    guide = (Path(__file__).resolve().parents[1] / "docs" / "flows.md").read_text()
    table = guide[guide.index("## Step kinds"):guide.index("## Where to go next")]
    for name in REGISTRY:
        assert f"| `{name}:" in table or f"| `{name}: " in table, f"docs/flows.md has no row for `{name}`"
