"""The `entraide` command: run the bot, chat, and the coordinators' tools.

Every command takes --config PATH (or ENTRAIDE_CONFIG). Mistakes in config, flows or
knowledge are printed as `file:line: what is wrong`, never as a traceback.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console

from bot.config import Config, load_config
from bot.errors import EntraideError, ProblemsError

if TYPE_CHECKING:
    from bot.engine.messages import Outgoing
    from bot.service import Entraide

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Entraide: an anonymous, bilingual helper-finder bot.")
err = Console(stderr=True)
ConfigOpt = Annotated[str | None, typer.Option("--config", "-c", help="config.yaml path (or ENTRAIDE_CONFIG)")]


def _fail(message: str, code: int = 2) -> typer.Exit:
    err.print(message, markup=False, highlight=False)
    return typer.Exit(code)


def _config(path: str | None) -> Config:
    try:
        return load_config(path)
    except EntraideError as e:
        raise _fail(str(e)) from None


def _service(cfg: Config, db: str | None = None, memory: bool = False,
             invite_codes: Callable[[], str] | None = None, migrate_apart: bool = False) -> Entraide:
    """`migrate_apart`: for a long-running process, the migrations in a child while the model loads (bot.store.migrate)."""
    from bot.engine.definitions import load_definitions
    from bot.service import build_service
    from bot.store.memory import MemoryStore
    from bot.store.migrate import migrating_apart
    from bot.store.sql import SqlStore

    url = db or cfg.database_url
    try:
        with migrating_apart(url) if migrate_apart and not memory else contextlib.nullcontext():
            defs = load_definitions(cfg)
    except ProblemsError as e:
        raise _fail(f"{e}\nThe bot cannot start with these errors; run `entraide validate` for details.") from None
    if memory:  # nothing on disk, peers included
        return build_service(cfg, defs, MemoryStore(), invite_codes)
    try:
        store = SqlStore(url)
    except Exception as e:  # noqa: BLE001 - a clear sentence, not a traceback
        where = url.split("@")[-1] if "@" in url else url
        raise _fail(f"cannot open the database {where}: {e.__class__.__name__}. "
                    "Check DATABASE_URL (docs/operators.md).") from None
    return build_service(cfg, defs, store, invite_codes)


@app.command()
def run(config: ConfigOpt = None,
        webhook: Annotated[bool, typer.Option("--webhook", help="receive updates by webhook instead of polling")] = False,
        url: Annotated[str | None, typer.Option(help="public HTTPS URL Telegram posts to (webhook mode)")] = None,
        listen: Annotated[str | None, typer.Option(help="address to listen on (webhook mode)")] = None,
        port: Annotated[int | None, typer.Option(help="port to listen on (webhook mode)")] = None) -> None:
    """Start the bot: the web chat, and Telegram too when TELEGRAM_BOT_TOKEN is set."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    cfg = _config(config)
    telegram_on = bool(cfg.telegram_token)
    web_on = cfg.settings.web.enabled
    if webhook and not telegram_on:
        raise _fail("--webhook needs TELEGRAM_BOT_TOKEN in the environment (see docs/operators.md).")
    if not telegram_on and not web_on:
        raise _fail("Nothing to run: TELEGRAM_BOT_TOKEN is not set and `web.enabled` is false in config.yaml. "
                    "Set one of them, or use `entraide chat` for the terminal chat.")
    import asyncio

    tg = cfg.settings.telegram
    use_webhook = telegram_on and (webhook or tg.mode == "webhook")
    hook_url = url or tg.webhook_url
    if use_webhook and not hook_url:
        raise _fail("webhook mode needs --url https://… (or telegram.webhook_url in config.yaml).")
    if use_webhook and hook_url and not hook_url.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise _fail(f"--url {hook_url}: Telegram only posts to https:// addresses.")
    if not telegram_on:
        err.print("[dim]TELEGRAM_BOT_TOKEN is not set: starting the web chat only "
                  f"(database: {cfg.database_url.split('://')[0]}).[/dim]")
    svc = _service(cfg, migrate_apart=True)
    # The model, the definitions and the libraries now live as long as the process: the garbage collector
    # need not walk them again at each full collection (about 0.15 s each; bench/telegram.py, issue 13).
    gc.freeze()
    hook = hook_url if use_webhook else None
    try:
        if web_on:
            from bot.channels.web import serve

            def ready(address: str) -> None:
                err.print(f"Web chat: {address}  (poster: {address}poster)", markup=False, highlight=False)

            asyncio.run(serve.run(cfg, svc, telegram_on, hook, listen or tg.listen, port or tg.port, ready=ready))
        else:
            from bot.channels import telegram

            asyncio.run(telegram.run(cfg, svc, hook, listen or tg.listen, port or tg.port))
    except KeyboardInterrupt:
        pass
    except OSError as e:
        raise _fail(f"cannot listen on {cfg.settings.web.host}:{cfg.settings.web.port}: {e.strerror}. "
                    "Change `web.port` in config.yaml or stop the other program.") from None
    finally:
        svc.store.close()


@app.command()
def chat(config: ConfigOpt = None,
         memory: Annotated[bool, typer.Option(help="keep nothing on disk")] = False) -> None:
    """Talk to the bot in the terminal; buttons are numbered choices."""
    from bot.channels.terminal import chat as terminal_chat

    cfg = _config(config)
    terminal_chat(_service(cfg, memory=memory))


@app.command()
def validate(config: ConfigOpt = None,
             flows: Annotated[Path | None, typer.Option(help="flows folder (default from config)")] = None,
             knowledge: Annotated[Path | None, typer.Option(help="knowledge folder (default from config)")] = None) -> None:
    """Check flows, knowledge and the region names in config.yaml; print each problem as file:line; exit 1 on any error."""
    import os

    from bot.config import DEFAULT_CONFIG
    from bot.engine.definitions import check
    from bot.knowledge.examples_report import examples_report

    cfg = _config(config)
    s = cfg.settings
    config_file = Path(config or os.environ.get("ENTRAIDE_CONFIG") or DEFAULT_CONFIG)  # as load_config chose it
    _, loaded, problems = check(flows or cfg.flows_dir, knowledge or cfg.knowledge_dir, s.main_flow,
                                s.knowledge.max_age_days, Path.cwd(), config_file=config_file)
    errors = [p for p in problems if p.severity == "error"]
    report = None if errors else examples_report(loaded)
    for p in problems + (report.problems if report else []):
        print(p)
    for text in report.lines() if report else []:
        print(text)
    if errors:
        print(f"{len(errors)} error(s), {len(problems) - len(errors)} warning(s)")
        raise typer.Exit(1)
    print(f"OK: flows and knowledge are valid ({len(problems) + len(report.problems if report else [])} warning(s))")


@app.command("test")
def test_cmd(files: Annotated[list[Path] | None, typer.Argument(help="test files or folders (default flows/tests)")] = None,
             config: ConfigOpt = None,
             as_json: Annotated[bool, typer.Option("--json", help="print results as JSON")] = False) -> None:
    """Run conversation tests written in YAML."""
    from bot.engine.conversation_tests import as_json as results_json
    from bot.engine.conversation_tests import run_paths

    cfg = _config(config)
    svc = _service(cfg, memory=True)
    paths = files or [cfg.flows_dir / "tests"]
    from bot.service import fresh_service_turner

    results, problems = run_paths(svc.defs, paths, Path.cwd(), fresh_service_turner(cfg, svc.defs))
    for p in problems:
        print(p)
    if as_json:
        print(results_json(results))
    else:
        for r in results:
            print(f"{'PASS' if r.ok else 'FAIL'}  {r.file}:{r.line}  {r.name}")
            for f in r.failures:
                print(f"      {f}")
    failed = sum(not r.ok for r in results)
    print(f"{len(results) - failed} passed, {failed} failed")
    if failed or [p for p in problems if p.severity == "error"] or not results:
        raise typer.Exit(1)


@app.command()
def analyze(text: Annotated[str | None, typer.Argument(help="a message to analyse")] = None,
            jsonl: Annotated[bool, typer.Option("--jsonl", help="one raw text per stdin line")] = False,
            config: ConfigOpt = None) -> None:
    """Print how the bot reads a message: language, crisis, theme and scores, intent."""
    from bot.nlu.analyze import analyze as analyze_text

    cfg = _config(config)
    defs = _service(cfg, memory=True).defs
    if jsonl:
        for raw in sys.stdin:
            raw = raw.rstrip("\n")
            if raw:
                print(json.dumps(analyze_text(defs, raw), ensure_ascii=False))
        return
    if text is None:
        raise _fail("give a TEXT, or --jsonl to read one text per line from stdin")
    print(json.dumps(analyze_text(defs, text), ensure_ascii=False))


@app.command()
def simulate(config: ConfigOpt = None,
             db: Annotated[str | None, typer.Option(help="database URL (default: in memory)")] = None) -> None:
    """Read JSON lines of user messages on stdin; write one JSON line per bot message."""
    from bot.channels.simulate import sim_codes
    from bot.channels.simulate import simulate as run_sim

    cfg = _config(config)
    svc = _service(cfg, db=db, memory=db is None, invite_codes=sim_codes())
    for out in run_sim(svc, sys.stdin):
        print(json.dumps(out, ensure_ascii=False), flush=True)


@app.command()
def resources(config: ConfigOpt = None,
              theme: Annotated[str | None, typer.Option(help="only what this theme offers")] = None,
              lang: Annotated[str, typer.Option(help="fr or en")] = "fr") -> None:
    """List the resources the bot would offer, as it would show them."""
    from bot.engine.cards import render_card

    cfg = _config(config)
    defs = _service(cfg, memory=True).defs
    if lang not in ("fr", "en"):
        raise _fail("--lang must be fr or en")
    k = defs.knowledge
    if theme:
        if theme not in k.themes:
            raise _fail(f"unknown theme {theme!r}; themes: {', '.join(k.themes)}")
        ids = list(k.themes[theme].resources)
    else:
        ids = list(k.resources)
    for rid in ids:
        print(f"[{rid}]")
        print(render_card(k, defs.org, k.resources[rid], lang, {}))  # type: ignore[arg-type]
        print()


@app.command()
def stats(config: ConfigOpt = None) -> None:
    """Anonymous counts by week, metric, value and language; counts under 5 show as <5."""
    from bot.stats import format_stats
    from bot.store.sql import SqlStore

    cfg = _config(config)
    store = SqlStore(cfg.database_url)
    print(format_stats(store.stats()))


@app.command("rasa-actions")
def rasa_actions(port: Annotated[int, typer.Option(help="port of the action server")] = 5055,
                 host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
                 config: ConfigOpt = None) -> None:
    """Serve the Entraide custom actions to a Rasa assistant (see docs/rasa.md)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    _config(config)  # fail here, clearly, rather than at the first action call
    from bot.channels.rasa_actions import create_app

    create_app(Path(config).resolve() if config else None).run(host=host, port=port, single_process=True,
                                                               access_log=False, motd=False)


helpers_app = typer.Typer(no_args_is_help=True, help="Peer helpers: invite, list, deactivate (coordinators).")
app.add_typer(helpers_app, name="helpers")


def _desk_call(config: str | None, work: Callable[[Any, Any], tuple[str, list[Outgoing]]]) -> str:
    """A desk operation in one transaction; what it says to helpers or workers is left in the
    outbox for the running bot to deliver. Returns the text for the terminal."""
    from bot.peers.desk import Result

    cfg = _config(config)
    svc = _service(cfg)
    desk = svc.desk
    assert desk is not None
    out: list[str] = []

    def run(peers: Any) -> Result:
        text, messages = work(desk, peers)
        out.append(text)
        return Result(messages)

    svc.commit(run)
    return out[0]


@helpers_app.command("invite")
def helpers_invite(region: Annotated[str | None, typer.Option(help="region id from config.yaml")] = None,
                   config: ConfigOpt = None) -> None:
    """Create a single-use, expiring invite code; the person sends `/helper CODE` to the bot."""
    import time

    cfg = _config(config)
    regions = {r.id for r in cfg.settings.organisation.regions}
    if region and region not in regions:
        raise _fail(f"--region {region}: unknown; regions in config.yaml: {', '.join(sorted(regions))}")
    code = _desk_call(config, lambda desk, peers: (desk.new_invite(peers, region, time.time()), []))
    hours = cfg.settings.helpers.invite_valid_hours
    print(f"{code}\nSingle use, valid {hours} h. The person writes to the bot: /helper {code}")


@helpers_app.command("list")
def helpers_list(config: ConfigOpt = None) -> None:
    """Active helpers by number: languages, regions, topics, available or away (no names: none are kept)."""
    print(_desk_call(config, lambda desk, peers: ("\n".join(
        desk.helper_line(h, "en") for h in peers.all_helpers() if h.active) or "No active helpers.", [])))


@helpers_app.command("deactivate")
def helpers_deactivate(number: Annotated[int, typer.Argument(help="helper number from `entraide helpers list`")],
                       config: ConfigOpt = None) -> None:
    """Stop a helper at once: no more requests; conversations in progress go back to the queue."""
    import time

    def work(desk: Any, peers: Any) -> tuple[str, list[Outgoing]]:
        h = peers.helper_by_id(number)
        if h is None or not h.active:
            return "", []
        return "ok", desk.deactivate(peers, h, "en", time.time()).messages

    if not _desk_call(config, work):
        raise _fail(f"no active helper #{number}; see `entraide helpers list`", 1)
    print(f"Helper #{number} deactivated; their conversations in progress are back in the queue.")


console_app = typer.Typer(no_args_is_help=True, help="The web console (/console): login links.")
app.add_typer(console_app, name="console")
content_app = typer.Typer(no_args_is_help=True, help="Flows and knowledge stored as versions: export and import.")
app.add_typer(content_app, name="content")


def _engine(cfg: Config) -> Any:
    from bot.store.sql import SqlStore

    try:
        return SqlStore(cfg.database_url).engine  # migrated
    except Exception as e:  # noqa: BLE001 - a clear sentence, not a traceback
        raise _fail(f"cannot open the database: {e.__class__.__name__}. Check DATABASE_URL (docs/operators.md).") from None


def _cli_who(cfg: Config) -> str:
    import getpass

    from bot.console.auth import pseudonym

    return pseudonym(cfg.secret, f"cli:{getpass.getuser()}")


@console_app.command("link")
def console_link(viewer: Annotated[bool, typer.Option("--viewer", help="a viewer's link: read and try, no edit or publish")]
                 = False,
                 role: Annotated[str, typer.Option(help="coordinator (edit, publish, helpers) or viewer (read, try)")]
                 = "coordinator", config: ConfigOpt = None) -> None:
    """Print a single-use login link to the console, valid `console.link_minutes` (10 by default)."""
    import getpass
    import time

    from bot.console.app import login_url
    from bot.console.auth import ROLES, Auth, link_who

    cfg = _config(config)
    role = "viewer" if viewer else role
    if role not in ROLES:
        raise _fail(f"--role {role}: use one of {', '.join(ROLES)}")
    c = cfg.settings.console
    issuer = f"cli:{getpass.getuser()}"
    who = link_who(cfg.secret, issuer, role)
    token = Auth(_engine(cfg), cfg.secret, c.link_minutes, c.idle_minutes).new_link(
        role, who, time.time(), issuer=link_who(cfg.secret, issuer, "coordinator"))
    print(login_url(cfg, token))
    what = "read and try, no edit or publish" if role == "viewer" else "edit, publish, helpers"
    print(f"Single use, valid {c.link_minutes} min, role {role} ({what}). Open it in a browser.")


@content_app.command("export")
def content_export(target: Annotated[Path, typer.Argument(help="folder to write flows/ and knowledge/ into")],
                   version: Annotated[int | None, typer.Option(help="a published version (default: the newest)")] = None,
                   draft: Annotated[bool, typer.Option(help="the draft instead of a published version")] = False,
                   config: ConfigOpt = None) -> None:
    """Write a stored version (or the draft) as flows/ and knowledge/ files, byte for byte, e.g. to commit them."""
    from bot.console.content import Content, write_dirs

    cfg = _config(config)
    content = Content(_engine(cfg))
    vid = version or content.current()
    files = content.draft_files() if draft else (content.files(vid) if vid else {})
    if not files:
        raise _fail("nothing stored yet: `entraide content import` (or a first console login) stores the files first", 1)
    write_dirs(files, target)
    print(f"{len(files)} files of {'the draft' if draft else f'version {vid}'} written under {target}")


@content_app.command("import")
def content_import(source: Annotated[Path | None, typer.Argument(help="folder holding flows/ and knowledge/ "
                                                                      "(default: the folders in config.yaml)")] = None,
                   note: Annotated[str, typer.Option(help="the version's note")] = "imported from files",
                   config: ConfigOpt = None) -> None:
    """Check the files, then store them as the draft and a new published version (every process switches to it)."""
    import time

    from bot.console.build import check_all
    from bot.console.content import Content, read_dirs

    cfg = _config(config)
    files = read_dirs(source / "flows", source / "knowledge") if source else read_dirs(cfg.flows_dir, cfg.knowledge_dir)
    checked = check_all(cfg, files)
    for p in checked.errors:
        print(p)
    for r in checked.failed:
        print(f"FAIL  {r.file}:{r.line}  {r.name}")
    if not checked.ok:
        raise _fail("not imported: fix the errors and failing conversation tests above first", 1)
    vid = Content(_engine(cfg)).import_files(files, note, _cli_who(cfg), time.time())
    print(f"{len(files)} files imported as version {vid}; running processes switch to it within seconds")


def main() -> None:
    try:
        app()
    except EntraideError as e:
        err.print(str(e), markup=False)
        sys.exit(2)
