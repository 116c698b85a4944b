"""The service's one settings object: `config/service.toml`, then `DISPATCH_INTAKE_*` variables."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from dispatch_intake.errors import SettingsError
from dispatch_intake.next_step.rules import NextStepRules
from dispatch_intake.states import Role

ROLES: tuple[str, ...] = tuple(Role)


def default_config_dir() -> Path:
    """`./config` when run from a checkout or the container's work dir, else the source tree's."""
    here = Path.cwd() / "config"
    if (here / "service.toml").is_file():
        return here
    return Path(__file__).resolve().parents[1] / "config"


def _config_dir_from_environment() -> Path:
    value = os.environ.get("DISPATCH_INTAKE_CONFIG_DIR")
    return Path(value) if value else default_config_dir()


class Settings(BaseSettings):
    """Everything the service reads at start; each key may be set in `[service]` of
    `config/service.toml` or as `DISPATCH_INTAKE_<KEY>` in the environment (which wins)."""

    model_config = SettingsConfigDict(env_prefix="DISPATCH_INTAKE_", extra="ignore")

    config_dir: Path = Field(default_factory=default_config_dir)
    var_dir: Path = Path("var")
    database_url: str = ""
    tokens: str = ""
    # Empty: the `default_psap` of config/psaps.toml.
    default_psap: str = ""
    language: str = "zh-CN"
    max_body_bytes: int = 256 * 1024
    max_text_chars: int = 500
    idempotency_ttl_hours: float = 24.0
    events_keepalive_seconds: float = 15.0
    log_json: bool = True
    # The audit trail (dispatch_intake.audit): keys and checkpoints live outside the store.
    audit_key: SecretStr = SecretStr("")
    audit_key_file: Path | None = None
    audit_signing_key_file: Path | None = None
    audit_checkpoint_log: Path | None = None
    audit_checkpoint_interval_seconds: float = 60.0
    retention_master_key_file: Path | None = None
    # 0: calls are kept for good.
    retention_days: float = 0.0
    # Development and tests only: accept short or guessable role tokens in `tokens`.
    allow_weak_tokens: bool = False
    # Empty: a random key kept in <var_dir>/fingerprint.key.
    fingerprint_key: str = ""
    session_hours: float = 12.0
    signin_max_failures: int = 5
    signin_lockout_seconds: float = 300.0
    # Empty: <var_dir>/gazetteer. The layers a centre imported (`gazetteer import`).
    gazetteer_layers_dir: str = ""
    # Bound on connecting to the store and on each statement; a write that cannot finish in
    # this time is held in the local journal (<var_dir>/held.db) instead of refused.
    store_timeout_seconds: float = 2.0
    store_probe_seconds: float = 0.7
    # On PostgreSQL, also take the ledger lock of versions before per-schema lock keys (one
    # key for the whole database): during a rolling upgrade from such a version (audit/ledger.py).
    ledger_lock_database_wide: bool = False
    # The console's base map: a PMTiles vector tile file the centre provides (empty:
    # <var_dir>/basemap.pmtiles, used when it exists), or a tile URL template of the centre's
    # own map server, which wins when set. With neither, the map is the district outlines.
    console_basemap_pmtiles: str = ""
    console_basemap_tile_url: str = ""
    console_basemap_tile_type: str = "raster"
    console_basemap_attribution: str = ""
    # OpenID Connect sign-in (dispatch_intake.auth.oidc): all empty, it is off.
    oidc_issuer: str = ""
    oidc_client_id: str = ""
    oidc_client_secret: SecretStr = SecretStr("")
    oidc_client_secret_file: Path | None = None
    oidc_redirect_url: str = ""
    oidc_staff_claim: str = "preferred_username"
    # Empty: <oidc_issuer>/.well-known/openid-configuration.
    oidc_discovery_url: str = ""
    # `[service.next_step]`: what the prompt and the recommended action are decided by.
    next_step: NextStepRules = Field(default_factory=NextStepRules)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        config_dir = _config_dir_from_environment()
        toml = TomlConfigSettingsSource(
            settings_cls, toml_file=config_dir / "service.toml", toml_table_header=("service",)
        )
        return (init_settings, env_settings, toml)

    @field_validator("max_body_bytes")
    @classmethod
    def _body_limit_positive(cls, value: int) -> int:
        if value < 1024:
            raise ValueError("max_body_bytes must be at least 1024 (the default is 262144)")
        return value

    @field_validator("idempotency_ttl_hours")
    @classmethod
    def _ttl_positive(cls, value: float) -> float:
        if value <= 0:
            raise ValueError("idempotency_ttl_hours must be positive (the default is 24)")
        return value

    @field_validator("session_hours", "signin_lockout_seconds")
    @classmethod
    def _duration_positive(cls, value: float) -> float:
        if value <= 0:
            raise ValueError("must be positive (session_hours 12, signin_lockout_seconds 300)")
        return value

    @field_validator("signin_max_failures")
    @classmethod
    def _failures_positive(cls, value: int) -> int:
        if value < 1:
            raise ValueError("signin_max_failures must be at least 1 (the default is 5)")
        return value

    @field_validator("store_timeout_seconds")
    @classmethod
    def _store_timeout_sane(cls, value: float) -> float:
        if not 0.2 <= value <= 60:
            raise ValueError("store_timeout_seconds must be between 0.2 and 60 (the default is 2)")
        return value

    @field_validator("store_probe_seconds")
    @classmethod
    def _store_probe_sane(cls, value: float) -> float:
        if not 0.1 <= value <= 60:
            raise ValueError("store_probe_seconds must be between 0.1 and 60 (the default is 0.7)")
        return value

    @field_validator("console_basemap_tile_url")
    @classmethod
    def _tile_url_template(cls, value: str) -> str:
        value = value.strip()
        if not value:
            return value
        if not value.startswith(("http://", "https://", "/")):
            raise ValueError("console_basemap_tile_url must start with https://, http:// or /")
        if not all(part in value for part in ("{z}", "{x}", "{y}")):
            raise ValueError("console_basemap_tile_url must hold {z}, {x} and {y}")
        return value

    @field_validator("console_basemap_tile_type")
    @classmethod
    def _tile_type_known(cls, value: str) -> str:
        if value not in ("raster", "vector"):
            raise ValueError("console_basemap_tile_type must be raster or vector")
        return value

    @field_validator("database_url")
    @classmethod
    def _known_store(cls, value: str) -> str:
        if value and not value.startswith(("sqlite", "postgresql")):
            raise ValueError(
                "database_url must be sqlite:///PATH or postgresql+psycopg://USER@HOST/DB"
            )
        return value

    @field_validator("tokens")
    @classmethod
    def _tokens_well_formed(cls, value: str) -> str:
        parse_tokens(value)
        return value

    @field_validator(
        "audit_key_file",
        "audit_signing_key_file",
        "audit_checkpoint_log",
        "retention_master_key_file",
        "oidc_client_secret_file",
        mode="before",
    )
    @classmethod
    def _empty_path_is_default(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("retention_days")
    @classmethod
    def _retention_not_negative(cls, value: float) -> float:
        if value < 0:
            raise ValueError("retention_days must be 0 (keep for good) or more")
        return value

    @field_validator("audit_checkpoint_interval_seconds")
    @classmethod
    def _interval_not_negative(cls, value: float) -> float:
        if value < 0:
            raise ValueError("audit_checkpoint_interval_seconds must be 0 (on demand only) or more")
        return value

    @model_validator(mode="after")
    def _oidc_complete(self) -> Settings:
        if not (self.oidc_issuer or self.oidc_client_id or self.oidc_redirect_url):
            return self
        missing = [
            f"oidc_{name}"
            for name, value in (
                ("issuer", self.oidc_issuer),
                ("client_id", self.oidc_client_id),
                ("redirect_url", self.oidc_redirect_url),
            )
            if not value.strip()
        ]
        if not self.oidc_client_secret.get_secret_value() and self.oidc_client_secret_file is None:
            missing.append("oidc_client_secret (or oidc_client_secret_file)")
        if missing:
            raise ValueError(
                "OpenID Connect sign-in is half configured; also set " + ", ".join(missing)
            )
        for name in ("oidc_issuer", "oidc_redirect_url", "oidc_discovery_url"):
            value = getattr(self, name)
            if value and not value.startswith(("https://", "http://")):
                raise ValueError(f"{name} must be an http(s) URL, not {value!r}")
        if not self.oidc_staff_claim.strip():
            raise ValueError("oidc_staff_claim names the ID token claim holding the staff id")
        return self

    @property
    def oidc_enabled(self) -> bool:
        return bool(self.oidc_issuer)

    @property
    def audit_dir(self) -> Path:
        return self.var_dir / "audit"

    @property
    def token_roles(self) -> dict[str, str]:
        """Token → role, from `role:token,role:token`."""
        return parse_tokens(self.tokens)

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.var_dir / 'intake.db').resolve()}"

    @property
    def effective_gazetteer_layers_dir(self) -> Path:
        if self.gazetteer_layers_dir:
            return Path(self.gazetteer_layers_dir)
        return self.var_dir / "gazetteer"

    @property
    def effective_console_basemap_pmtiles(self) -> Path:
        if self.console_basemap_pmtiles:
            return Path(self.console_basemap_pmtiles)
        return self.var_dir / "basemap.pmtiles"


def parse_tokens(value: str) -> dict[str, str]:
    """Parse `role:token,role:token` into token → role, naming the entry that is wrong."""
    tokens: dict[str, str] = {}
    for entry in (part.strip() for part in value.split(",")):
        if not entry:
            continue
        role, sep, token = entry.partition(":")
        role, token = role.strip(), token.strip()
        if not sep or not token:
            raise ValueError(f"token entry {role!r} must look like role:token")
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r} in tokens; roles are {', '.join(ROLES)}")
        if token in tokens and tokens[token] != role:
            raise ValueError(f"one token is given to two roles ({tokens[token]} and {role})")
        tokens[token] = role
    return tokens


def load_settings(**overrides: Any) -> Settings:
    """Build the settings, turning validation errors into one message a person can act on."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        lines = []
        for error in exc.errors():
            key = ".".join(str(part) for part in error["loc"]) or "settings"
            table, _, name = key.rpartition(".")
            where = (
                f"[service.{table}] {name} in service.toml"
                if table
                else f"DISPATCH_INTAKE_{key.upper()} or [service] {key} in service.toml"
            )
            lines.append(f"  {key} ({where}): {error['msg']}")
        raise SettingsError("invalid service settings:\n" + "\n".join(lines)) from None
