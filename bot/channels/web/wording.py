"""What the bot says differently on the web, and the page's own words; all texts live in knowledge/web.yaml.

On Telegram the bot says "Telegram and your phone keep the chat"; on the web that is untrue (the browser
tab keeps it until closed, and "Quick exit" erases it). The web's turns therefore run on a copy of the
definitions where those few texts are swapped for their `web_*` versions. The tables below only name
them; a missing `web_*` message leaves the Telegram wording, and the tests check none is missing.
"""

from __future__ import annotations

from dataclasses import replace

from bot.engine.definitions import Definitions
from bot.text import Text
from bot.types import Lang

MESSAGES = {"forgotten": "web_forgotten", "crisis_privacy_note": "web_crisis_privacy_note"}
FAQ_ANSWERS = {"anonymity": "web_faq_anonymity"}
STEP_TEXTS = {("main", "welcome"): "web_welcome", ("peer_request", "how"): "web_peer_how"}
PAGE = "web_page_"
POSTER = "web_poster_"


def for_web(defs: Definitions) -> Definitions:
    """The same definitions with the web's wording; built once per (re)load, not per message."""
    k = defs.knowledge
    messages = dict(k.messages)
    for key, web_key in MESSAGES.items():
        if web_key in k.messages:
            messages[key] = k.messages[web_key]
    faq = {fid: replace(q, answer=k.messages[FAQ_ANSWERS[fid]]) if k.messages.get(FAQ_ANSWERS.get(fid, "")) else q
           for fid, q in k.faq.items()}
    flows = {}
    for fid, flow in defs.flows.flows.items():
        steps = tuple(replace(s, text=k.messages[STEP_TEXTS[(fid, s.id)]])
                      if (fid, s.id) in STEP_TEXTS and STEP_TEXTS[(fid, s.id)] in k.messages else s
                      for s in flow.steps)
        flows[fid] = replace(flow, steps=steps)
    return replace(defs, knowledge=replace(k, messages=messages, faq=faq),
                   flows=replace(defs.flows, flows=flows))


def page_texts(defs: Definitions, lang: Lang, prefix: str = PAGE) -> dict[str, str]:
    """A page's words in one language, keyed without the prefix (`web_page_send` → `send`)."""
    return {key.removeprefix(prefix): text.get(lang) for key, text in defs.knowledge.messages.items()
            if key.startswith(prefix)}


def message(defs: Definitions, key: str, lang: Lang, **values: object) -> str:
    text: Text = defs.knowledge.message(key)
    return text.render(lang, {k: str(v) for k, v in values.items()})
