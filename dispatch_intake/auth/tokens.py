"""Where tokens come from: DISPATCH_INTAKE_TOKENS, else `<var_dir>/tokens.toml` (written by
`dispatch-intake serve` on first start, one token per role)."""

from __future__ import annotations

import os
import secrets
import tomllib
from pathlib import Path

from dispatch_intake.auth.credentials import MIN_TOKEN_CHARS, load_fingerprint_key, token_weakness
from dispatch_intake.auth.service import RoleTokens
from dispatch_intake.errors import SettingsError
from dispatch_intake.settings import ROLES, Settings, parse_tokens


def tokens_file(settings: Settings) -> Path:
    return settings.var_dir / "tokens.toml"


def read_tokens_file(path: Path) -> dict[str, str]:
    """token → role from a `[tokens]` table of role = "token"."""
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(
            f"{path} is not valid TOML ({exc}); delete it to issue new tokens"
        ) from None
    table = document.get("tokens", {})
    try:
        return parse_tokens(",".join(f"{role}:{token}" for role, token in table.items()))
    except ValueError as exc:
        raise SettingsError(f"{path}: {exc}") from None


def token_roles(settings: Settings) -> dict[str, str]:
    if settings.tokens:
        return settings.token_roles
    path = tokens_file(settings)
    return read_tokens_file(path) if path.is_file() else {}


def issue_tokens(settings: Settings) -> dict[str, str]:
    """Write one fresh token per role to `<var_dir>/tokens.toml` (owner-readable only);
    returns role → token."""
    issued = {role: secrets.token_urlsafe(24) for role in ROLES}
    path = tokens_file(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = ["# Issued by `dispatch-intake serve`; delete this file to issue new ones.", "[tokens]"]
    lines += [f'{role} = "{token}"' for role, token in issued.items()]
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return issued


def refuse_weak_tokens(token_roles: dict[str, str], settings: Settings, source: str) -> None:
    """Stop the start when a role token could be guessed, unless development allows it."""
    if settings.allow_weak_tokens:
        return
    weak = [(role, token_weakness(token)) for token, role in token_roles.items()]
    problems = [f"{role} ({why})" for role, why in weak if why]
    if problems:
        raise SettingsError(
            f"weak role tokens in {source}: {', '.join(problems)}. Use tokens of at least "
            f"{MIN_TOKEN_CHARS} random characters (python -c 'import secrets; "
            "print(secrets.token_urlsafe(24))'), sign people in with `dispatch-intake users`, "
            "or, for development only, set DISPATCH_INTAKE_ALLOW_WEAK_TOKENS=true"
        )


def load_role_tokens(settings: Settings) -> RoleTokens:
    """The role tokens the service accepts, checked for strength, with their fingerprint key."""
    roles = token_roles(settings)
    source = "DISPATCH_INTAKE_TOKENS" if settings.tokens else str(tokens_file(settings))
    refuse_weak_tokens(roles, settings, source)
    key = load_fingerprint_key(settings.fingerprint_key, settings.var_dir)
    return RoleTokens(roles, key)
