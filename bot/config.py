"""config.yaml, validated once at start-up; secrets and URLs come from the environment."""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from bot.errors import ConfigError

log = logging.getLogger(__name__)

DEFAULT_CONFIG = "config.yaml"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class BiText(Strict):
    fr: str
    en: str

    def get(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


class OrgContact(Strict):
    """An organisation-specific service (EAP, peer network, regional representative).

    Left empty on purpose in the shipped file: the bot then says it is not configured
    rather than inventing a number.
    """

    name: BiText | None = None
    phone: str | None = None
    hours: BiText | None = None
    url: str | None = None
    note: BiText | None = None

    @property
    def configured(self) -> bool:
        return bool(self.phone or self.url)


class Region(Strict):
    id: str
    name: str
    confirmed: bool = False
    representative: OrgContact = OrgContact()


class Organisation(Strict):
    name: str = "Entraide"
    eap: OrgContact = OrgContact()
    peer_network: OrgContact = OrgContact()
    regions: list[Region] = Field(default_factory=list)


class SessionSettings(Strict):
    idle_minutes: int = Field(30, ge=1, le=60 * 24 * 30)
    max_message_chars: int = Field(4000, ge=100, le=100_000)


class TelegramSettings(Strict):
    mode: Literal["polling", "webhook"] = "polling"
    api_base_url: str | None = None
    webhook_url: str | None = None
    listen: str = "127.0.0.1"
    port: int = Field(8443, ge=1, le=65535)
    poll_timeout: float = Field(10.0, ge=0, le=60)
    parse_mode: Literal["HTML", "MarkdownV2", "none"] = "HTML"
    max_messages_per_second: float = Field(30.0, gt=0, le=1000)  # Telegram's overall limit
    per_chat_interval: float = Field(1.0, ge=0, le=10)  # seconds between two messages to one chat
    give_up_after_minutes: float = Field(60.0, gt=0, le=24 * 60)  # then the reply is logged as lost
    coordinator_ids: list[int] = Field(default_factory=list)


class WebLimits(Strict):
    """Abuse limits of the web chat, all kept in memory: nothing about an address is written anywhere."""

    max_message_chars: int = Field(4000, ge=100, le=20_000)  # longer gets a polite "please shorten" note
    messages_per_minute: int = Field(20, ge=1, le=600)  # per conversation (tab)
    messages_per_minute_per_address: int = Field(120, ge=1, le=10_000)  # one office or phone network
    max_sockets: int = Field(2000, ge=1, le=100_000)  # open conversations this process holds
    max_sockets_per_address: int = Field(50, ge=1, le=10_000)
    idle_minutes: float = Field(30, gt=0, le=24 * 60)  # a socket silent this long is closed; the tab resumes
    keep_undelivered_hours: int = Field(24, ge=1, le=24 * 30)  # replies for a tab that never came back


class WebSettings(Strict):
    """The web chat (bot/channels/web); see docs/web.md."""

    enabled: bool = True
    host: str = "127.0.0.1"
    port: int = Field(8080, ge=1, le=65535)
    public_url: str | None = None  # e.g. https://aide.example.org/ for the poster's QR code and the snippet
    allowed_origins: list[str] = Field(default_factory=list)  # sites that may embed the chat in an iframe
    exit_url: str = "https://www.google.com/"  # where "Quick exit" goes: a neutral site
    forwarded_allow_ips: list[str] = Field(default_factory=list)  # reverse proxies whose X-Forwarded-For counts
    limits: WebLimits = WebLimits()

    @field_validator("allowed_origins")
    @classmethod
    def _origins(cls, v: list[str]) -> list[str]:
        for o in v:
            scheme, sep, rest = o.partition("://")
            if scheme not in ("https", "http") or not sep or not rest or "/" in rest.rstrip("/"):
                raise ValueError(f"{o!r} is not an origin; write scheme and host only, e.g. https://www.example.org")
        return [o.rstrip("/") for o in v]

    @field_validator("exit_url", "public_url")
    @classmethod
    def _url(cls, v: str | None) -> str | None:
        if v is not None and not v.startswith(("https://", "http://")):
            raise ValueError(f"{v!r} must be a full address starting with https://")
        return v


class HelperSettings(Strict):
    request_timeout_minutes: int = Field(30, ge=1)
    max_open_per_helper: int = Field(2, ge=1, le=20)
    invite_valid_hours: int = Field(72, ge=1)


class ConsoleSettings(Strict):
    """The coordinators' web console (bot/console), served under /console beside the web chat; see docs/console.md."""

    enabled: bool = True
    link_minutes: int = Field(10, ge=1, le=60)  # a login link works once, this long
    idle_minutes: int = Field(30, ge=5, le=24 * 60)  # a session unused this long is over
    poll_seconds: float = Field(3.0, ge=0.5, le=300)  # how often each process looks for a newly published version


class KnowledgeSettings(Strict):
    max_age_days: int = Field(365, ge=1)


class Settings(Strict):
    languages: list[Literal["fr", "en"]] = Field(default=["fr", "en"], min_length=1)
    default_language: Literal["fr", "en"] = "fr"
    language_detector: Literal["lexicon+langdetect", "langdetect"] = "lexicon+langdetect"
    flows_dir: str = "flows"
    knowledge_dir: str = "knowledge"
    main_flow: str = "main"
    data_dir: str = "data"
    database_url: str = "sqlite:///data/entraide.db"
    session: SessionSettings = SessionSettings()
    telegram: TelegramSettings = TelegramSettings()
    web: WebSettings = WebSettings()
    helpers: HelperSettings = HelperSettings()
    knowledge: KnowledgeSettings = KnowledgeSettings()
    console: ConsoleSettings = ConsoleSettings()
    organisation: Organisation = Organisation()

    @field_validator("languages")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("each language may appear once")
        return v


class Config(BaseModel):
    """Settings plus what came from the environment; built by `load_config`, never by hand."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    settings: Settings
    root: Path
    secret: bytes
    telegram_token: str | None
    telegram_webhook_secret: str | None
    relay_key: bytes

    def path(self, rel: str) -> Path:
        p = Path(rel)
        return p if p.is_absolute() else self.root / p

    @property
    def flows_dir(self) -> Path:
        return self.path(self.settings.flows_dir)

    @property
    def knowledge_dir(self) -> Path:
        return self.path(self.settings.knowledge_dir)

    @property
    def database_url(self) -> str:
        url = os.environ.get("DATABASE_URL") or self.settings.database_url
        if url.startswith("sqlite:///") and not url.startswith("sqlite:////"):
            rel = url.removeprefix("sqlite:///")
            if rel and rel != ":memory:":
                full = self.path(rel)
                full.parent.mkdir(parents=True, exist_ok=True)
                url = f"sqlite:///{full}"
        return url


def _describe(err: ValidationError) -> str:
    lines = []
    for e in err.errors():
        key = ".".join(str(p) for p in e["loc"])
        msg = e["msg"]
        ctx = e.get("ctx") or {}
        allowed = ctx.get("expected")
        extra = f" (allowed: {allowed})" if allowed else ""
        got = e.get("input")
        shown = f"; got {got!r}" if not isinstance(got, dict | list) else ""
        lines.append(f"  {key}: {msg}{extra}{shown}")
    return "\n".join(lines)


def parse_settings(text: str, source: str) -> Settings:
    try:
        raw = YAML(typ="safe").load(text) or {}
    except YAMLError as e:
        raise ConfigError(f"{source}: not valid YAML: {e}") from None
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: the top level must be a mapping of keys to values")
    try:
        return Settings.model_validate(raw)
    except ValidationError as e:
        raise ConfigError(f"{source}: invalid configuration:\n{_describe(e)}") from None


def _secret_from_file(data_dir: Path, name: str, purpose: str) -> bytes:
    """Create a random secret once, owner-only, so a developer's `make run` needs no set-up."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / name
    if path.exists():
        return path.read_text().strip().encode()
    value = secrets.token_hex(32)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
    with os.fdopen(fd, "w") as fh:
        fh.write(value + "\n")
    log.warning(
        "%s is not set: created a random one in %s (owner-only). Set it in the environment in production.",
        purpose,
        path,
    )
    return value.encode()


def load_config(path: str | Path | None = None) -> Config:
    """Read config.yaml (or --config / ENTRAIDE_CONFIG) and the environment."""
    chosen = Path(path or os.environ.get("ENTRAIDE_CONFIG") or DEFAULT_CONFIG)
    if not chosen.exists():
        raise ConfigError(f"{chosen}: configuration file not found; pass --config PATH or set ENTRAIDE_CONFIG")
    settings = parse_settings(chosen.read_text(encoding="utf-8"), str(chosen))
    root = chosen.resolve().parent
    data_dir = Path(settings.data_dir)
    data_dir = data_dir if data_dir.is_absolute() else root / data_dir
    env_secret = os.environ.get("ENTRAIDE_SECRET")
    secret = env_secret.encode() if env_secret else _secret_from_file(data_dir, "secret.key", "ENTRAIDE_SECRET")
    if len(secret) < 16:
        raise ConfigError("ENTRAIDE_SECRET: too short; use at least 16 random characters (e.g. `openssl rand -hex 32`)")
    env_relay = os.environ.get("ENTRAIDE_RELAY_KEY")
    relay = env_relay.encode() if env_relay else _secret_from_file(data_dir, "relay.key", "ENTRAIDE_RELAY_KEY")
    return Config(
        settings=settings,
        root=root,
        secret=secret,
        telegram_token=os.environ.get("TELEGRAM_BOT_TOKEN") or None,
        telegram_webhook_secret=os.environ.get("TELEGRAM_WEBHOOK_SECRET") or None,
        relay_key=relay,
    )
