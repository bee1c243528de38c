"""Peer helpers through the real service and a real database (SQLite file, and PostgreSQL when set):
invites, matching, the race to accept, the relay, expiry, roles, /cancel and /forget, statistics."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.config import Config, load_config
from bot.engine.definitions import Definitions, load_definitions
from bot.engine.messages import Address, Event, Outgoing
from bot.peers.desk import Sender
from bot.service import Entraide, build_service
from bot.store.sql import SqlStore

PG = os.environ.get("ENTRAIDE_TEST_POSTGRES_URL")
T0 = 1_800_000_000.0  # a Monday, 21:20 in Montréal


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'peers.db'}" if request.param == "sqlite" else str(request.getfixturevalue("pg_url"))


class Network:
    """People talking to one bot. Addresses stand in for Telegram chat ids."""

    def __init__(self, svc: Entraide):
        self.svc = svc
        self.now = T0
        self.inbox: dict[str, list[Outgoing]] = {}
        self.channel: dict[str, str] = {}  # where each person writes from ("sim" unless set)

    def send(self, user: str, words: str = "", button: str = "", coordinator: bool = False,
             svc: Entraide | None = None) -> list[Outgoing]:
        self.now += 1
        event = Event("button", self.now, payload=button) if button else Event.from_text(words, self.now)
        where = self.channel.get(user, "sim")
        out = (svc or self.svc).handle_sync(where, user, event, Sender(Address(where, user), coordinator))
        mine = []
        for m in out:
            to = m.to.id if m.to else user
            self.inbox.setdefault(to, []).append(m)
            if to == user:
                mine.append(m)
        return mine

    def last(self, user: str) -> str:
        return self.inbox[user][-1].text

    def texts(self, user: str) -> str:
        return "\n".join(m.text for m in self.inbox.get(user, []))

    def tick(self, minutes: float) -> None:
        self.now += minutes * 60
        for m in self.svc.tick(self.now).messages:
            self.inbox.setdefault(m.to.id if m.to else "-", []).append(m)

    def helper(self, user: str, *settings: str) -> None:
        code = self.send("coord", "/invite", coordinator=True)[0].text.split(": ")[1].split("\n")[0].strip()
        assert "Bienvenue" in self.send(user, f"/helper {code}")[0].text
        for line in settings:
            self.send(user, line)
        self.send(user, "/available")

    def ask_for_helper(self, user: str, story: str = "ma mère est décédée, c'est dur", region: str = "estrie") -> str:
        self.send(user, "bonjour")
        self.send(user, story)
        self.send(user, "oui")
        self.send(user, button="peer")
        self.send(user, button="yes")
        self.send(user, button="evening")
        return self.send(user, button=region)[0].text


@pytest.fixture
def net(cfg: Config, defs: Definitions, db_url: str) -> Iterator[Network]:
    store = SqlStore(db_url)
    yield Network(build_service(cfg, defs, store))
    store.close()


def test_a_worker_asks_and_two_helpers_race_exactly_one_wins(net: Network, cfg: Config, defs: Definitions,
                                                             db_url: str) -> None:
    net.helper("h1")
    net.helper("h2", "/regions estrie")
    other = build_service(cfg, defs, SqlStore(db_url))  # a second bot process on the same database
    for round_ in range(3):
        worker = f"w{round_}"
        sent = net.ask_for_helper(worker)
        assert "demande no" in sent and "/cancel" in sent
        offers = {h: net.inbox[h][-1] for h in ("h1", "h2")}
        for offer in offers.values():
            assert offer.text.startswith("Nouvelle demande no"), offer.text
            assert "Deuil" in offer.text and "Estrie" in offer.text and "en soirée" in offer.text
            assert worker not in offer.text  # only the anonymous summary
        number = offers["h1"].buttons[0].payload.split(":")[2]
        barrier = threading.Barrier(2)
        replies: dict[str, str] = {}

        def press(helper: str, svc: Entraide, barrier: threading.Barrier = barrier,
                  replies: dict[str, str] = replies, number: str = number) -> None:
            barrier.wait()
            replies[helper] = net.send(helper, button=f"peer:accept:{number}", svc=svc)[0].text

        threads = [threading.Thread(target=press, args=("h1", net.svc)),
                   threading.Thread(target=press, args=("h2", other))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        winners = [h for h, r in replies.items() if "est à vous" in r]
        losers = [h for h, r in replies.items() if "déjà prise" in r]
        assert len(winners) == 1 and len(losers) == 1, replies
        assert sum("a accepté votre demande" in m.text for m in net.inbox[worker]) == 1
        net.send(worker, f"message privé {round_}")
        assert f"message privé {round_}" in net.texts(winners[0])
        assert f"message privé {round_}" not in net.texts(losers[0])  # only the helper who accepted reads it
        assert "n'est pas une de vos demandes" in net.send(losers[0], f"/req {number}")[0].text
        net.send(worker, "/end")
    other.store.close()


def test_the_relay_works_both_ways_and_carries_no_identity(net: Network, db_url: str) -> None:
    net.helper("helper-483920117", "/langs en fr")
    assert net.last("helper-483920117").startswith("You are available")  # their first language from now on
    net.send("worker-5550199", "hello")
    net.send("worker-5550199", "I'm exhausted and I can't sleep because of work")
    net.send("worker-5550199", "yes")
    net.send("worker-5550199", button="peer")
    assert "not a manager or a therapist" in net.texts("worker-5550199")
    net.send("worker-5550199", button="yes")
    net.send("worker-5550199", button="now")
    assert "request #1" in net.send("worker-5550199", button="skip")[0].text
    offer = net.inbox["helper-483920117"][-1]
    assert "New request #1" in offer.text and "Language: English" in offer.text
    net.send("helper-483920117", button="peer:accept:1")
    net.send("worker-5550199", "Thanks for taking the time")
    assert net.last("helper-483920117") == "Request #1: Thanks for taking the time"
    net.send("helper-483920117", "Je vous écoute. What has been the hardest part?")
    assert net.last("worker-5550199") == "Peer helper: Je vous écoute. What has been the hardest part?"
    for user, other in (("worker-5550199", "helper-483920117"), ("helper-483920117", "worker-5550199")):
        assert other.split("-")[1] not in net.texts(user)  # neither sees the other's id
    # Contact details cross only when both agree.
    held = net.send("worker-5550199", "call me at 514-555-0199")[0].text
    assert "did not pass it on" in held and "514-555-0199" not in net.texts("helper-483920117")
    net.send("worker-5550199", "/share")
    assert "would like to exchange contact details" in net.last("helper-483920117")
    net.send("helper-483920117", "/share")
    net.send("worker-5550199", "call me at 514-555-0199")
    assert net.last("helper-483920117") == "Request #1: call me at 514-555-0199"
    # A crisis inside the relay: the worker gets the crisis lines, the helper a warning and the words.
    out = net.send("worker-5550199", "honestly I want to end my life")
    assert out[0].meta.crisis and all(n in out[0].text for n in ("1 866 APPELLE", "988", "911"))
    assert "Heads up" in net.inbox["helper-483920117"][-2].text
    # The end, and the optional feedback.
    net.send("helper-483920117", "/end")
    ended = net.inbox["worker-5550199"][-1]
    assert "has ended" in ended.text and [b.payload for b in ended.buttons] == ["peer:helped:1:yes", "peer:helped:1:no"]
    assert "Thank you" in net.send("worker-5550199", button="peer:helped:1:yes")[0].text
    net.send("worker-5550199", "are you still there?")
    assert net.last("helper-483920117") != "Request #1: are you still there?"
    if db_url.startswith("sqlite"):
        dump = "\n".join(sqlite3.connect(db_url.removeprefix("sqlite:///")).iterdump())
        for leaked in ("483920117", "5550199", "Thanks for taking", "hardest part"):
            assert leaked not in dump, leaked
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as conn:
            assert conn.execute("select worker_address from contact_requests").fetchall() == [(None,)]


@pytest.mark.parametrize("helper_channel, copy", [("telegram", "Their Telegram keeps what you write"),
                                                   ("web", "Their chat tab keeps what you write"),
                                                   ("sim", "Their device may keep what you write")])
def test_the_worker_is_told_truly_what_the_helper_s_side_keeps(net: Network, helper_channel: str, copy: str) -> None:
    net.channel["helper-1"] = helper_channel
    net.channel["worker-1"] = "web"
    net.helper("helper-1", "/langs en fr")
    net.send("worker-1", "hello")
    net.send("worker-1", "I'm exhausted and I can't sleep because of work")
    net.send("worker-1", "yes")
    for button in ("peer", "yes", "now", "skip"):
        net.send("worker-1", button=button)
    net.send("helper-1", button="peer:accept:1")
    told = net.last("worker-1")
    assert "has accepted your request" in told and copy in told
    assert ("Telegram" in told) == (helper_channel == "telegram")


def test_nobody_accepts_the_person_is_told_and_offered_other_help(net: Network) -> None:
    net.helper("h1")
    net.ask_for_helper("w1")
    net.tick(10)
    assert "demande no 1" in net.texts("w1") and "Personne n'a encore" not in net.texts("w1")
    before = len(net.inbox["w1"])
    net.tick(25)
    followup = net.inbox["w1"][before:]
    assert "Personne n'a encore pu accepter" in followup[0].text
    assert {r for m in followup for r in m.meta.resources} >= {"eap", "info_social_811"}
    assert [b.payload for b in followup[-1].buttons] == ["peer:keep:1", "peer:cancel:1"]
    count = len(net.inbox["w1"])
    net.tick(30)
    assert len(net.inbox["w1"]) == count  # said once, not every tick
    assert "reste ouverte" in net.send("w1", button="peer:keep:1")[0].text
    net.tick(24 * 60)
    assert "est fermée" in net.last("w1")
    assert "n'est plus ouverte" in net.last("h1")
    assert "n'est plus ouverte" in net.send("h1", button="peer:accept:1")[0].text  # not "taken": it expired


def test_no_helper_available_is_said_at_once_with_the_fallback(net: Network) -> None:
    net.helper("h1", "/langs en")  # English only: cannot take a French request
    sent = net.ask_for_helper("w1")
    assert "aucun pair aidant n'est disponible" in sent
    assert "h1" not in net.inbox or not any("Nouvelle demande" in m.text for m in net.inbox["h1"])
    assert "est annulée" in net.send("w1", "/cancel")[0].text


def test_roles_and_forged_buttons_get_polite_refusals(net: Network) -> None:
    assert "réservée aux pairs aidants" in net.send("w1", "/available")[0].text
    assert "réservée aux personnes qui coordonnent" in net.send("w1", "/invite")[0].text
    assert "réservée aux personnes qui coordonnent" in net.send("w1", "/stats")[0].text
    code = net.send("coord", "/invite", coordinator=True)[0].text.split(": ")[1].split("\n")[0].strip()
    assert "Bienvenue" in net.send("h1", f"/helper {code}")[0].text
    assert "pas valide" in net.send("h2", f"/helper {code}")[0].text  # single use
    assert "pas valide" in net.send("h3", "/helper NOPE-NOPE")[0].text
    late = net.send("coord", "/invite", coordinator=True)[0].text.split(": ")[1].split("\n")[0].strip()
    net.now += 73 * 3600
    assert "pas valide" in net.send("h4", f"/helper {late}")[0].text  # expired
    net.send("h1", "/available")
    net.ask_for_helper("w1")
    assert "Ce bouton ne vous concerne pas" in net.send("w1", button="peer:accept:1")[0].text
    assert "Ce bouton ne vous concerne pas" in net.send("w2", button="peer:cancel:1")[0].text
    assert "Ce bouton ne vous concerne pas" in net.send("h1", button="peer:accept:99")[0].text
    assert "Ce bouton ne vous concerne pas" in net.send("h1", button="peer:accept:1:x:y")[0].text
    assert "n'est pas une de vos demandes" in net.send("h1", "/req 1")[0].text
    assert "Je ne reconnais pas" in net.send("h1", "/regions atlantis")[0].text
    assert "Je ne comprends pas ces heures" in net.send("h1", "/hours whenever")[0].text
    assert "lun-ven 17-21" in net.send("h1", "/hours lun-ven 17-21")[0].text


def test_forget_deletes_the_request_and_tells_the_helper(net: Network, db_url: str) -> None:
    net.helper("h1")
    net.ask_for_helper("w1")
    net.send("h1", button="peer:accept:1")
    out = net.send("w1", "/forget")
    assert any("effac" in m.text.lower() or "oubli" in m.text.lower() for m in out), [m.text for m in out]
    assert "a terminé la conversation" in net.last("h1")
    store = net.svc.store
    assert isinstance(store, SqlStore)
    with store.engine.connect() as conn:
        assert conn.execute(text("select count(*) from contact_requests")).scalar_one() == 0
        assert conn.execute(text("select count(*) from offers")).scalar_one() == 0
    assert "pas de conversation en cours" in net.send("h1", "/release")[0].text


def test_deactivation_puts_conversations_back_and_stops_offers(net: Network) -> None:
    net.helper("h1")
    net.helper("h2")
    net.ask_for_helper("w1")
    net.send("h1", button="peer:accept:1")
    listing = net.send("coord", "/helpers", coordinator=True)[0].text
    assert "(2)" in listing and "h1" not in listing  # numbers, never names or ids
    assert "désactivé" in net.send("coord", "/deactivate 1", coordinator=True)[0].text
    assert "désactivée par la coordination" in net.last("h1")
    assert "dû se retirer" in net.texts("w1")
    assert "Nouvelle demande no 1" in net.last("h2")  # offered again, to the others
    assert "réservée aux pairs aidants" in net.send("h1", "/available")[0].text


def test_stats_count_anonymously_and_hide_small_numbers(net: Network) -> None:
    net.helper("h1")
    for i in range(6):
        net.ask_for_helper(f"w{i}")
        net.send("h1", button=f"peer:accept:{i + 1}")
        net.send(f"w{i}", "/end")
        net.send(f"w{i}", button=f"peer:helped:{i + 1}:yes")
    report = net.send("coord", "/stats", coordinator=True)[0].text
    rows = [line.split() for line in report.splitlines()]
    helped = next(r for r in rows if "peer_helped" in r)
    assert helped[-1] == "6"
    registered = next(r for r in rows if "peer_helper" in r)
    assert registered[-1] == "<5"


def test_two_processes_ticking_at_once_tell_the_person_once(net: Network, cfg: Config, defs: Definitions,
                                                            db_url: str) -> None:
    net.helper("h1")
    net.ask_for_helper("w1")
    other = build_service(cfg, defs, SqlStore(db_url))
    later = net.now + 31 * 60
    barrier = threading.Barrier(2)
    told: list[int] = []

    def tick(svc: Entraide) -> None:
        barrier.wait()  # both write at once: SQLite's second writer waits for the first (BEGIN IMMEDIATE)
        told.append(sum("Personne n'a encore pu accepter" in m.text for m in svc.tick(later).messages))

    threads = [threading.Thread(target=tick, args=(svc,)) for svc in (net.svc, other)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(told) == 2, "a tick raised instead of waiting its turn"
    told.append(sum("Personne n'a encore pu accepter" in m.text for m in net.svc.tick(later + 60).messages))
    assert sum(told) == 1, told
    other.store.close()


def test_a_coordinator_reloads_edited_knowledge_and_a_broken_edit_changes_nothing(project_copy: Path) -> None:
    cfg = load_config(project_copy / "config.yaml")
    store = SqlStore(f"sqlite:///{project_copy / 'reload.db'}")
    net = Network(build_service(cfg, load_definitions(cfg), store))
    messages = project_copy / "knowledge" / "messages.yaml"
    original = messages.read_text(encoding="utf-8")
    messages.write_text(original.replace("Je ne connais pas cette commande.", "Commande inconnue, désolé."),
                        encoding="utf-8")
    assert "Je ne connais pas cette commande" in net.send("w1", "/nimportequoi")[0].text  # not yet
    assert "réservée aux personnes qui coordonnent" in net.send("w1", "/reload")[0].text
    assert "rechargés" in net.send("coord", "/reload", coordinator=True)[0].text
    assert "Commande inconnue, désolé." in net.send("w1", "/nimportequoi")[0].text
    (project_copy / "flows" / "main.yaml").write_text("flows:\n  main:\n    steps: [", encoding="utf-8")
    failed = net.send("coord", "/recharger", coordinator=True)[0].text
    assert "Rien n'a changé" in failed and "flows/main.yaml:" in failed
    assert "Commande inconnue, désolé." in net.send("w1", "/nimportequoi")[0].text  # the running content stays
    store.close()


def test_every_command_word_has_a_handler() -> None:
    from bot.peers.admin import COORDINATOR_HANDLERS, HELPER_HANDLERS
    from bot.peers.commands import COORDINATOR_COMMANDS, HELPER_COMMANDS

    assert set(HELPER_COMMANDS.values()) == set(HELPER_HANDLERS)
    assert set(COORDINATOR_COMMANDS.values()) == set(COORDINATOR_HANDLERS)


def _a_whole_peer_conversation(net: Network) -> list[tuple[str, str]]:
    net.helper("h1")
    net.helper("h2", "/regions estrie")
    net.ask_for_helper("w1")
    net.send("h2", button="peer:accept:1")
    net.send("w1", "merci d'être là")
    net.send("h2", "Bonsoir, je vous écoute.")
    net.send("w1", "mon numéro c'est 514 555 1234")
    net.send("h2", "/end")
    net.tick(45)
    return [(who, m.text) for who, box in sorted(net.inbox.items()) for m in box]


def test_the_desk_behaves_the_same_on_the_memory_store_as_on_sqlite(cfg: Config, defs: Definitions,
                                                                    tmp_path: Path) -> None:
    """Unit tests of the desk need no file: the memory store honours the same contract."""
    from bot.channels.simulate import sim_codes
    from bot.store.memory import MemoryStore

    sql = SqlStore(f"sqlite:///{tmp_path / 'same.db'}")
    on_sql = _a_whole_peer_conversation(Network(build_service(cfg, defs, sql, sim_codes())))
    on_memory = _a_whole_peer_conversation(Network(build_service(cfg, defs, MemoryStore(), sim_codes())))
    sql.close()
    assert any("Bonsoir, je vous écoute." in text for who, text in on_sql if who == "w1")
    assert on_memory == on_sql
