"""Immutable definitions of the knowledge base, built once by the loader."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

# Numbers a crisis message must always carry, in every language (see resource-facts.md), re-exported here.
from bot.knowledge.crisis_dialogue import CRISIS_NUMBERS as CRISIS_NUMBERS
from bot.knowledge.crisis_dialogue import Required as Required
from bot.knowledge.crisis_dialogue import message_keys as crisis_message_keys
from bot.knowledge.crisis_dialogue import resource_ids as crisis_resource_ids
from bot.text import Text

# Organisation-specific resources come from config.yaml, never from a made-up number.
ORG_RESOURCES = ("eap", "peer_network", "regional_rep")

# System messages the engine needs; the validator refuses a knowledge base that lacks one.
REQUIRED_MESSAGES = (
    # The crisis dialogue (bot/knowledge/crisis_dialogue.py): every category's answer, question and replies.
    *crisis_message_keys(),
    "help",
    "restarted",
    "stopped",
    "back_unavailable",
    "lang_switched",
    "idle_restart",
    "stale_button",
    "unknown_command",
    "unsupported_content",
    "not_understood",
    "clarify_theme",
    "cannot_assess",
    "cannot_assess_harassment",
    "no_treatment_advice",
    "faq_back",
    "forgotten",
    "long_message",
    "not_configured",
    "not_configured_folded",
    "resource_call",
    "resource_text",
    "resource_web",
    "resource_hours",
    "resource_for",
    "resource_anonymous",
    "resource_not_anonymous",
    "error_sorry",
    "nothing_to_cancel",
    "group_only",
    # The peer-helper desk (bot/peers/desk.py) says these:
    "peer_request_sent",
    "peer_none_available",
    "peer_timeout",
    "peer_keep_or_cancel",
    "peer_button_keep",
    "peer_button_cancel",
    "peer_kept_open",
    "peer_cancelled",
    "peer_expired",
    "peer_already_open",
    "peer_accepted_worker",
    "peer_copy_telegram",
    "peer_copy_web",
    "peer_copy_other",
    "peer_from_helper",
    "peer_released_worker",
    "peer_ended_worker",
    "peer_button_helped_yes",
    "peer_button_helped_no",
    "peer_feedback_thanks",
    "peer_relay_help_worker",
    "peer_nothing_to_end",
    "peer_only_text",
    "peer_contact_held",
    "peer_share_asked",
    "peer_share_offer",
    "peer_share_both",
    "peer_offer",
    "peer_button_accept",
    "peer_button_decline",
    "peer_accepted_helper",
    "peer_offer_taken",
    "peer_offer_withdrawn",
    "peer_declined",
    "peer_limit",
    "peer_from_worker",
    "peer_crisis_flag",
    "peer_ended_helper",
    "peer_worker_left",
    "peer_released",
    "peer_no_current",
    "peer_no_requests",
    "peer_your_requests",
    "peer_switched",
    "peer_not_yours",
    "peer_not_allowed",
    "peer_helper_only",
    "peer_coordinator_only",
    "peer_invite_invalid",
    "peer_already_helper",
    "peer_helper_welcome",
    "peer_helper_settings",
    "peer_status_available",
    "peer_status_away",
    "peer_any",
    "peer_now_available",
    "peer_now_away",
    "peer_bad_value",
    "peer_bad_hours",
    "peer_you_were_deactivated",
    "peer_invite_created",
    "peer_helpers_list",
    "peer_deactivated",
    "peer_reloaded",
    "peer_reload_failed",
    "peer_unknown_helper",
    "peer_not_specified",
    "peer_lang_fr",
    "peer_lang_en",
    "peer_window_now",
    "peer_window_day",
    "peer_window_evening",
    "peer_window_week",
)

# Resources the safety layer offers by id; the validator refuses a knowledge base without them.
REQUIRED_RESOURCES = (
    "emergency_911", "suicide_quebec", "crisis_988", "sos_violence_conjugale", "info_sante_811",
    "info_social_811", "doctor", "cnesst_harassment", "eap", "peer_network", *crisis_resource_ids(),
)


@dataclass(frozen=True)
class SourceDate:
    """When the source itself was published, as precisely as it is known (2018, 2021-10 or 2021-10-21)."""

    text: str
    start: date  # the first day it could be: a year alone counts from January 1, so a warning comes early

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class Resource:
    id: str
    name: Text
    line: int
    description: Text | None = None
    phone: str | None = None
    sms: str | None = None
    web: str | None = None
    hours: Text | None = None
    always_open: bool = False
    for_whom: Text | None = None
    languages: tuple[str, ...] = ()
    anonymous: bool | None = None
    source: str | None = None
    # When a person last checked the details at the source, and how old the source itself is
    # (a 2018 press release checked in 2026 is still a 2018 fact).
    verified_on: date | None = None
    source_date: SourceDate | None = None
    from_config: str | None = None
    enabled: bool = True
    # Themes, situations or FAQ entries whose lists may offer this resource; empty: anywhere.
    only_in: tuple[str, ...] = ()
    file: str = ""


@dataclass(frozen=True)
class Situation:
    """A kind of situation inside a theme, told apart by what the person wrote, with its own resources.

    Grief after a suicide and grief after a pet's death are both grief; they do not call for the
    same lines. Only the id is kept in the session, never the words that pointed to it.
    """

    id: str
    line: int
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    resources: tuple[str, ...] = ()


@dataclass(frozen=True)
class Theme:
    id: str
    name: Text
    description: Text
    listening: Text
    line: int
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    resources: tuple[str, ...] = ()
    situations: tuple[Situation, ...] = ()
    file: str = ""

    def resources_for(self, situations: Iterable[str]) -> tuple[str, ...]:
        """The list of the first situation named that belongs to this theme, else the theme's own."""
        mine = {s.id: s for s in self.situations}
        for sid in situations:
            if sid in mine:
                return mine[sid].resources
        return self.resources


# The label of examples that name no difficulty (greetings, thanks, questions about the bot): they show
# the bot what "nothing is near" looks like. Not a theme, so never an id in themes.yaml.
NO_THEME = "none"


@dataclass(frozen=True)
class Example:
    """One sentence a coordinator wrote to show how workers talk about a theme (or about none: NO_THEME)."""

    theme: str
    lang: str
    text: str
    file: str
    line: int


@dataclass(frozen=True)
class Faq:
    id: str
    question: Text
    answer: Text
    line: int
    triggers: dict[str, tuple[str, ...]] = field(default_factory=dict)
    resources: tuple[str, ...] = ()
    file: str = ""


@dataclass(frozen=True)
class Knowledge:
    themes: dict[str, Theme]
    resources: dict[str, Resource]
    faq: dict[str, Faq]
    messages: dict[str, Text]
    files: tuple[str, ...] = ()
    message_files: dict[str, str] = field(default_factory=dict)
    examples: tuple[Example, ...] = ()

    def message(self, key: str) -> Text:
        return self.messages[key]
