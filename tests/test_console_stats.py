"""The statistics page's charts (SVG made on the server) and tables: weekly counts by theme, referral, crisis
category and language, where a count under 5 is "<5" everywhere (chart, tables, CSV) and no bar's length
gives it away."""

from __future__ import annotations

import re

import pytest

from bot.console.charts import Chart, Series, svg
from bot.console.statistics import weeks_ending
from tests.test_console import Site, site  # noqa: F401 - the console on a real SQLite file, for this module

WEEK = "2031-W10"


@pytest.fixture(scope="module")
def seeded(site: Site) -> Site:  # noqa: F811
    for metric, value, lang, n in [("theme", "grief", "fr", 1), ("theme", "addiction", "fr", 4),
                                   ("theme", "civility", "fr", 12), ("theme", "grief", "en", 6),
                                   ("referral", "suicide_quebec", "fr", 2), ("referral", "emergency_911", "fr", 9),
                                   ("crisis", "suicide", "fr", 3), ("crisis", "violence", "en", 8),
                                   ("conversation", "start", "fr", 40), ("conversation", "start", "en", 3)]:
        site.store.count(metric, value, lang, WEEK, n)
    site.store.count("theme", "civility", "fr", "2031-W08", 20)
    return site


def chart_svg(page: str, key: str) -> str:
    m = re.search(rf'<figure class="chart-box" id="figure-{key}">.*?(<svg.*?</svg>)', page, re.S)
    assert m, f"no chart {key}"
    return m.group(1)


def bar_rows(drawing: str, label: str) -> list[str]:
    """What one group of bars shows, in order: each bar's or box's width and style, each text."""
    start = drawing.index(f">{label}</text>") + len(label) + 8
    nxt = drawing.find('font-weight="bold"', start)
    part = drawing[start:nxt if nxt > 0 else len(drawing)]
    return re.findall(r'<rect[^>]* (width="[^"]+" height="[^"]+" fill="[^"]+")|>([^<]*)</text>', part)


def test_a_hidden_count_draws_the_same_whatever_it_is() -> None:
    weeks = ("2031-W09", "2031-W10")
    drawings = {svg(Chart("k", "T", "D", weeks, (Series("a", (n, 30)),))) for n in (0, 1, 2, 3, 4)}
    assert len(drawings) == 1
    assert "&lt;5" in drawings.pop()
    assert svg(Chart("k", "T", "D", weeks, (Series("a", (5, 30)),))) != svg(Chart("k", "T", "D", weeks, (Series("a", (6, 30)),)))


def test_weeks_run_without_gaps_across_a_new_year() -> None:
    assert weeks_ending("2027-W02", 4) == ("2026-W51", "2026-W52", "2026-W53", "2027-W01", "2027-W02")[1:]


def test_the_page_draws_each_category_with_small_counts_hidden(seeded: Site) -> None:
    browser = seeded.login("viewer")  # a viewer reads the statistics
    page = browser.get("/console/stats").text
    for key in ("theme-fr", "theme-en", "referral-fr", "crisis-fr", "crisis-en", "language"):
        drawing = chart_svg(page, key)
        assert re.search(r'role="img" aria-labelledby="chart-[\w-]+-title" aria-describedby="chart-[\w-]+-desc"', drawing)
        assert "<title" in drawing and "<desc" in drawing
    themes = chart_svg(page, "theme-fr")
    grief, addiction, civility = (bar_rows(themes, name) for name in ("Deuil", "Dépendances",
                                                                      "Civilité et relations au travail"))
    assert grief == addiction  # 1 and 4 look the same
    assert ("", "&lt;5") in grief and ("", "12") in civility and ("", "20") in civility
    assert themes.index("Civilité") < themes.index("Dépendances")  # the largest first
    languages = chart_svg(page, "language")
    assert ">40</text>" in languages and "&lt;5" in languages and ">3</text>" not in languages
    table = re.search(r'<caption>Thèmes, conversations en français</caption>.*?</table>', page, re.S)
    assert table
    assert re.search(r'<th scope="row">Deuil</th>(<td class="num">&lt;5</td>){7}<td class="num">&lt;5</td>', table.group(0))
    assert "conversations in English" in browser.get("/console/stats", params={"lang": "en"}).text


def test_no_number_under_five_anywhere_nor_in_the_csv(seeded: Site) -> None:
    browser = seeded.login("viewer")
    page = browser.get("/console/stats", params={"weeks": "4"}).text
    table = re.search(r'<caption>Thèmes, conversations en français</caption>.*?</thead>', page, re.S)
    assert table and re.findall(r"20\d\d-W\d\d", table.group(0)) == ["2031-W07", "2031-W08", "2031-W09", WEEK]
    shown = re.findall(r'>(\d+)</(?:td|text)>', page)
    assert shown and all(int(n) >= 5 for n in shown)
    lines = browser.get("/console/stats.csv").text.splitlines()
    assert lines[0] == "week,metric,value,lang,count"
    counts = [line.rsplit(",", 1)[1] for line in lines[1:]]
    assert "<5" in counts and all(c == "<5" or int(c) >= 5 for c in counts)
    assert f"{WEEK},theme,grief,fr,<5" in lines and f"{WEEK},conversation,start,en,<5" in lines


def test_a_weeks_choice_not_on_the_list_shows_the_usual_eight_weeks(seeded: Site) -> None:
    """A hand-edited address (a digit that is not 0-9, a number not offered) gets the page, not an error."""
    browser = seeded.login("viewer")
    for weeks in ("²", "٣", "7", "-4", ""):
        r = browser.get("/console/stats", params={"weeks": weeks})
        assert r.status_code == 200, weeks
        assert '<option value="8" selected>' in r.text, weeks
