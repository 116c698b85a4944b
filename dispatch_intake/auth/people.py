"""People and their credentials: staff accounts with argon2 password hashes, sign-in sessions
that expire and can be revoked, and per-client service tokens for scripts."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from dispatch_intake.auth.credentials import (
    SERVICE_KIND,
    SESSION_KIND,
    issue_secret,
    password_weakness,
    secret_matches,
)
from dispatch_intake.auth.models import ServiceToken, StaffMember, StaffSession
from dispatch_intake.db import as_utc, utcnow
from dispatch_intake.settings import ROLES

STAFF_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{0,39}")
CLIENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")
_hasher = PasswordHasher()
# Verified against when the staff id is unknown, so that a wrong id costs what a wrong
# password does and the answer's timing does not tell which staff ids exist.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


class PeopleError(ValueError):
    """A staff or token command that cannot be done; the message says why."""


@dataclass(frozen=True, slots=True)
class Identity:
    """Who a credential belongs to, as the request's principal is built from it."""

    role: str
    actor: str
    staff_id: str | None = None
    name: str | None = None


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise PeopleError(f"unknown role {role!r}; roles are {', '.join(ROLES)}")


def _check_password(password: str) -> None:
    weakness = password_weakness(password)
    if weakness:
        raise PeopleError(weakness)


def add_user(*, session: Session, staff_id: str, name: str, role: str, password: str) -> None:
    if not STAFF_ID.fullmatch(staff_id):
        raise PeopleError(
            "a staff id is 1–40 letters, digits, '_', '.', '@' or '-', "
            "starting with a letter or digit"
        )
    _check_role(role)
    if not name.strip():
        raise PeopleError("give the person's name with --name")
    _check_password(password)
    if session.get(StaffMember, staff_id) is not None:
        raise PeopleError(f"staff id {staff_id!r} exists; use `users reset` to change a password")
    now = utcnow()
    session.add(
        StaffMember(
            staff_id=staff_id,
            name=name.strip()[:120],
            role=role,
            password_hash=_hasher.hash(password),
            disabled=False,
            created_at=now,
            updated_at=now,
        )
    )
    session.commit()


def _member(session: Session, staff_id: str) -> StaffMember:
    member = session.get(StaffMember, staff_id)
    if member is None:
        raise PeopleError(f"no staff id {staff_id!r}")
    return member


def revoke_sessions(session: Session, staff_id: str) -> int:
    """Revoke every open session of one person; the number revoked."""
    result = session.execute(
        update(StaffSession)
        .where(StaffSession.staff_id == staff_id, StaffSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    return int(getattr(result, "rowcount", 0) or 0)


def disable_user(*, session: Session, staff_id: str) -> int:
    """Disable an account and revoke its sessions at once; the number of sessions revoked."""
    member = _member(session, staff_id)
    member.disabled = True
    member.updated_at = utcnow()
    revoked = revoke_sessions(session, staff_id)
    session.commit()
    return revoked


def reset_password(*, session: Session, staff_id: str, password: str) -> int:
    """A new password (the account is enabled again); every old session is revoked."""
    _check_password(password)
    member = _member(session, staff_id)
    member.password_hash = _hasher.hash(password)
    member.disabled = False
    member.updated_at = utcnow()
    revoked = revoke_sessions(session, staff_id)
    session.commit()
    return revoked


def list_users(*, session: Session) -> list[StaffMember]:
    return list(session.scalars(select(StaffMember).order_by(StaffMember.staff_id)))


def staff_names(session: Session, actors: Iterable[str]) -> dict[str, str]:
    """staff id → name for the actors that are people (role tokens and scripts are not)."""
    ids = {a for a in actors if a and "#" not in a and ":" not in a}
    if not ids:
        return {}
    rows = session.execute(
        select(StaffMember.staff_id, StaffMember.name).where(StaffMember.staff_id.in_(ids))
    )
    return {staff_id: name for staff_id, name in rows}


@dataclass(frozen=True, slots=True)
class SignedIn:
    token: str
    expires_at: datetime


def check_password(*, session: Session, staff_id: str, password: str) -> StaffMember | None:
    """The account these credentials open, or None; as slow for an unknown id as a known one."""
    member = session.get(StaffMember, staff_id[:40])
    try:
        _hasher.verify(member.password_hash if member else _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if member is None or member.disabled:
        return None
    return member


def open_session(*, session: Session, staff_id: str, hours: float) -> SignedIn:
    issued = issue_secret(SESSION_KIND)
    now = utcnow()
    expires = now + timedelta(hours=hours)
    session.add(
        StaffSession(
            id=issued.id,
            secret_hash=issued.secret_hash,
            staff_id=staff_id,
            created_at=now,
            expires_at=expires,
            revoked_at=None,
        )
    )
    session.commit()
    return SignedIn(issued.token, expires)


def close_session(*, session: Session, session_id: str) -> None:
    session.execute(
        update(StaffSession)
        .where(StaffSession.id == session_id, StaffSession.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    session.commit()


def identify(*, session: Session, kind: str, row_id: str, secret: str) -> Identity | None:
    """The person or script behind an issued token, if it is current."""
    if kind == SESSION_KIND:
        row = session.execute(
            select(StaffSession, StaffMember)
            .join(StaffMember, StaffMember.staff_id == StaffSession.staff_id)
            .where(StaffSession.id == row_id)
        ).one_or_none()
        if row is None:
            return None
        staff_session, member = row
        if not secret_matches(secret, staff_session.secret_hash):
            return None
        if staff_session.revoked_at is not None or member.disabled:
            return None
        if as_utc(staff_session.expires_at) <= utcnow():
            return None
        return Identity(member.role, member.staff_id, member.staff_id, member.name)
    if kind == SERVICE_KIND:
        token = session.get(ServiceToken, row_id)
        if token is None or not secret_matches(secret, token.secret_hash):
            return None
        if token.revoked_at is not None:
            return None
        return Identity(token.role, f"client:{token.client}")
    return None


def issue_service_token(*, session: Session, client: str, role: str) -> str:
    """A new token for one client (a script, an integration); shown once, kept as a hash."""
    if not CLIENT_NAME.fullmatch(client):
        raise PeopleError("a client name is 1–64 letters, digits, '_', '.' or '-'")
    _check_role(role)
    issued = issue_secret(SERVICE_KIND)
    session.add(
        ServiceToken(
            id=issued.id,
            client=client,
            role=role,
            secret_hash=issued.secret_hash,
            created_at=utcnow(),
            revoked_at=None,
        )
    )
    session.commit()
    return issued.token


def revoke_service_tokens(*, session: Session, client: str) -> int:
    result = session.execute(
        update(ServiceToken)
        .where(ServiceToken.client == client, ServiceToken.revoked_at.is_(None))
        .values(revoked_at=utcnow())
    )
    session.commit()
    revoked = int(getattr(result, "rowcount", 0) or 0)
    if not revoked:
        raise PeopleError(f"client {client!r} has no current token")
    return revoked


def list_service_tokens(*, session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(ServiceToken).order_by(ServiceToken.client, ServiceToken.id))
    return [
        {
            "client": t.client,
            "role": t.role,
            "id": t.id,
            "created_at": as_utc(t.created_at).isoformat(timespec="seconds"),
            "revoked": t.revoked_at is not None,
        }
        for t in rows
    ]
