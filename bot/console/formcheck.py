"""The forms' own checks, run before anything is written: each problem is a wording key (console_form_err_*)
so the person reads it in their language, next to the field it is about. The validator runs after, on
the whole draft, as the last word (bot/console/forms.py)."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from datetime import date

from bot.console.yamledit import iso_date
from bot.engine.validator import ALWAYS_OPEN, DIALABLE
from bot.text import PLACEHOLDER

MAX_TEXT = 4000
_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class Errors:
    """Per field, the wording key of its problem, plus values to put in the sentence."""

    fields: dict[str, str] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, key: str, **values: str) -> None:
        self.fields.setdefault(name, key)
        self.values.update(values)

    def __bool__(self) -> bool:
        return bool(self.fields)


def _balanced(text: str) -> bool:
    try:
        list(string.Formatter().parse(text.replace("{{", "").replace("}}", "")))
    except ValueError:
        return False
    return True


def check_text(fr: str, en: str) -> Errors:
    """Both languages written, not too long, braces paired, the same {fields} in both."""
    errors = Errors()
    for lang, value in (("fr", fr), ("en", en)):
        if not value.strip():
            errors.add(lang, f"err_empty_{lang}")
        elif len(value) > MAX_TEXT:
            errors.add(lang, "err_long")
        elif not _balanced(value):
            errors.add(lang, "err_braces")
    if not errors:
        only = set(PLACEHOLDER.findall(fr)) ^ set(PLACEHOLDER.findall(en))
        if only:
            errors.add("en", "err_placeholders", fields=", ".join("{" + p + "}" for p in sorted(only)))
    return errors


def same_in_both(fr: str | None, en: str | None) -> bool:
    """A hint, not an error: identical texts of three words or more were probably not translated."""
    return bool(fr and en) and (fr or "").strip() == (en or "").strip() and len(_WORD.findall(fr or "")) >= 3


def check_resource(phone: str, hours_fr: str, hours_en: str, always_open: bool, source: str, verified: str,
                   today: date) -> Errors:
    errors = Errors()
    if phone and not DIALABLE.match(phone):
        errors.add("phone", "err_phone")
    if bool(hours_fr.strip()) != bool(hours_en.strip()):
        errors.add("hours_en" if hours_fr.strip() else "hours_fr", "err_hours_both")
    for name, value in (("hours_fr", hours_fr), ("hours_en", hours_en)):
        if len(value) > MAX_TEXT:
            errors.add(name, "err_long")
        elif not always_open and ALWAYS_OPEN.search(value):
            errors.add(name, "err_hours_always")
    if not re.fullmatch(r"https?://[^\s/$.?#][^\s]*", source) or len(source) > 500:
        errors.add("source", "err_source")
    day = iso_date(verified)
    if day is None:
        errors.add("verified_on", "err_date")
    elif day > today:
        errors.add("verified_on", "err_date_future")
    return errors
