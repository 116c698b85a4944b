"""Where replay and record talk to: an in-process service on a throw-away store, or a
running one at `--url` with its tokens."""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

import httpx

from dispatch_intake.client import IntakeClient
from dispatch_intake.replay.scenario import ROLES
from dispatch_intake.states import Role

RoleClients = dict[str, IntakeClient]


def parse_role_tokens(value: str) -> dict[str, str]:
    """`--token` is either `role:token,role:token` or one token used for every role.

    >>> parse_role_tokens("call_taker:a,dispatcher:b")
    {'call_taker': 'a', 'dispatcher': 'b'}
    >>> parse_role_tokens("s3cret") == dict.fromkeys(ROLES, "s3cret")
    True
    """
    entries = [part.strip() for part in value.split(",") if part.strip()]
    pairs = [entry.partition(":") for entry in entries]
    if entries and all(sep and role.strip() in ROLES for role, sep, _ in pairs):
        return {role.strip(): token.strip() for role, _, token in pairs}
    if len(entries) == 1:
        return dict.fromkeys(ROLES, entries[0])
    raise ValueError(
        "--token must be one token for every role, or role:token pairs joined by commas "
        f"(roles: {', '.join(ROLES)})"
    )


@contextmanager
def remote_service(url: str, tokens: dict[str, str]) -> Iterator[RoleClients]:
    """One client per role on a shared connection; a role without a token borrows the most
    capable one given (a supervisor may do what a call-taker does)."""
    fallback_order = (Role.SUPERVISOR, Role.DISPATCHER, Role.CALL_TAKER, Role.AUDITOR)
    with IntakeClient(url.rstrip("/"), token=None) as base:
        clients: RoleClients = {}
        for role in ROLES:
            token = tokens.get(role) or next(
                (tokens[r] for r in fallback_order if r in tokens), None
            )
            clients[role] = base.with_token(token)
        yield clients


@contextmanager
def in_process_service(database_url: str | None = None) -> Iterator[RoleClients]:
    """A fresh app on a temporary SQLite store (or `database_url`), with a token per role."""
    # Imported here so that `--url` runs work without the service's dependencies loaded.
    from starlette.testclient import TestClient

    from dispatch_intake.app import create_app
    from dispatch_intake.audit.keys import key_settings
    from dispatch_intake.settings import load_settings

    tokens = {role: secrets.token_urlsafe(24) for role in ROLES}
    # A store of the service's is read and extended with the service's own audit keys.
    keys = key_settings(load_settings()) if database_url else {}
    with tempfile.TemporaryDirectory(prefix="dispatch-intake-replay-") as tmp:
        settings = load_settings(
            var_dir=Path(tmp),
            database_url=database_url or f"sqlite:///{Path(tmp) / 'intake.db'}",
            tokens=",".join(f"{role}:{token}" for role, token in tokens.items()),
            log_json=False,
            **keys,
        )
        app = create_app(settings)
        with TestClient(app, raise_server_exceptions=False) as http:
            # TestClient is httpx2.Client, whose API is httpx.Client's.
            base = IntakeClient(http=cast(httpx.Client, http))
            clients: RoleClients = {role: base.with_token(tokens[role]) for role in ROLES}
            yield clients
