"""Resource cards: how a referral reads, built from knowledge texts, never from Python strings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from bot.config import Organisation, OrgContact
from bot.knowledge.model import Knowledge, Resource
from bot.types import Lang


def org_contact(org: Organisation, resource: Resource, slots: Mapping[str, str]) -> OrgContact | None:
    """The organisation's own entry behind a `from_config` resource, if any."""
    if resource.from_config == "eap":
        return org.eap
    if resource.from_config == "peer_network":
        return org.peer_network
    if resource.from_config == "regional_rep":
        region = slots.get("region")
        for r in org.regions:
            if r.id == region:
                return r.representative
        return None
    return None


def unconfigured(org: Organisation, resource: Resource, slots: Mapping[str, str]) -> bool:
    """An organisation's own contact (EAP, peer network, regional representative) left empty in config.yaml."""
    if not resource.from_config:
        return False
    contact = org_contact(org, resource, slots)
    return contact is None or not contact.configured


def arrange(k: Knowledge, org: Organisation, ids: Sequence[str],
            slots: Mapping[str, str]) -> tuple[list[Resource], list[Resource]]:
    """Cards to show, and the contacts the organisation has not filled in, to fold into one line.

    A person should see what they can dial first; cards that each say "not configured yet" would
    push the lines that work out of sight. So the unconfigured contacts go last: two or more fold
    into one line, a single one keeps its card (with its own "ask your union").
    """
    seen: set[str] = set()
    chosen: list[Resource] = []
    for rid in ids:
        r = k.resources.get(rid)
        if r is not None and r.enabled and rid not in seen:
            seen.add(rid)
            chosen.append(r)
    empty = [r for r in chosen if unconfigured(org, r, slots)]
    ready = [r for r in chosen if r not in empty]
    if len(empty) < 2:
        return ready + empty, []
    return ready, empty


def folded_line(k: Knowledge, org: Organisation, folded: Sequence[Resource], lang: Lang,
                slots: Mapping[str, str]) -> str:
    """One line for every contact the organisation has not filled in: the union knows how to reach them."""
    names = []
    for r in folded:
        contact = org_contact(org, r, slots)
        names.append((contact.name if contact and contact.name else r.name).get(lang))
    return k.messages["not_configured_folded"].render(lang, {"names": "; ".join(names)})


def render_card(k: Knowledge, org: Organisation, resource: Resource, lang: Lang, slots: Mapping[str, str]) -> str:
    m = k.messages
    name = resource.name.get(lang)
    lines = [name]
    if resource.from_config:
        contact = org_contact(org, resource, slots)
        if contact and contact.name:
            lines[0] = contact.name.get(lang)
        if resource.description:
            lines.append(resource.description.get(lang))
        if not contact or not contact.configured:
            lines.append(m["not_configured"].render(lang, {"name": name}))
            return "\n".join(lines)
        if contact.phone:
            lines.append(m["resource_call"].render(lang, {"phone": contact.phone}))
        if contact.url:
            lines.append(m["resource_web"].render(lang, {"web": contact.url}))
        if contact.hours:
            lines.append(m["resource_hours"].render(lang, {"hours": contact.hours.get(lang)}))
        if contact.note:
            lines.append(contact.note.get(lang))
        return "\n".join(lines)
    if resource.description:
        lines.append(resource.description.get(lang))
    if resource.phone:
        lines.append(m["resource_call"].render(lang, {"phone": resource.phone}))
    if resource.sms:
        lines.append(m["resource_text"].render(lang, {"sms": resource.sms}))
    if resource.web:
        lines.append(m["resource_web"].render(lang, {"web": resource.web}))
    if resource.hours:
        lines.append(m["resource_hours"].render(lang, {"hours": resource.hours.get(lang)}))
    if resource.for_whom:
        lines.append(m["resource_for"].render(lang, {"who": resource.for_whom.get(lang)}))
    if resource.anonymous is True:
        lines.append(m["resource_anonymous"].get(lang))
    elif resource.anonymous is False:
        lines.append(m["resource_not_anonymous"].get(lang))
    return "\n".join(lines)


GENERAL_ROUTES = ("eap", "info_social_811", "info_sante_811")  # when nothing says which theme


def referral_ids(k: Knowledge, theme_id: str | None, situations: Sequence[str] = (),
                 while_waiting: bool = False) -> tuple[str, ...]:
    """What to offer outside a flow's own `refer:` step: the theme's list (or its situation's), else the
    general routes. While a person waits for a peer helper: the EAP and 811 first, then the theme's own
    two first lines (not the peer network: that is what they are waiting for)."""
    theme = k.themes.get(theme_id or "")
    own = theme.resources_for(situations) if theme else ()
    if not while_waiting:
        return own or GENERAL_ROUTES
    first = ("eap", "info_social_811")
    return first + tuple([x for x in own if x not in first and x != "peer_network"][:2])


def card_texts(k: Knowledge, org: Organisation, ids: Sequence[str], lang: Lang,
               slots: Mapping[str, str]) -> list[tuple[tuple[str, ...], str]]:
    """Each card to show as (resource ids, text), unconfigured contacts folded as `arrange` says.
    The one way every channel and the desk turn resource ids into what a person reads."""
    shown, folded = arrange(k, org, ids, slots)
    out: list[tuple[tuple[str, ...], str]] = [((r.id,), render_card(k, org, r, lang, slots)) for r in shown]
    if folded:
        out.append((tuple(r.id for r in folded), folded_line(k, org, folded, lang, slots)))
    return out
