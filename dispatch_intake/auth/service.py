"""Who is asking and what each role may do; masking of caller numbers is in `masking`."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import StrEnum

from dispatch_intake.auth.credentials import fingerprint
from dispatch_intake.auth.masking import mask_deep, mask_number, mask_numbers_in_text
from dispatch_intake.errors import Forbidden, NotAuthenticated

__all__ = [
    "Permission",
    "Principal",
    "ROLE_PERMISSIONS",
    "RoleTokens",
    "bearer_token",
    "mask_deep",
    "mask_number",
    "mask_numbers_in_text",
]


class Permission(StrEnum):
    START = "start and update calls"
    READ = "read call records"
    DISPATCH = "dispatch and transfer"
    CLOSE = "close calls"
    ESCALATE = "handle escalations"
    READ_TIMELINE = "read timelines"
    SUBSCRIBE = "follow record changes"
    SEE_NUMBERS = "see whole caller numbers"
    AUDIT = "verify calls and export evidence"


_CALL_TAKER = {Permission.START, Permission.READ, Permission.READ_TIMELINE, Permission.SUBSCRIBE}
_DISPATCHER = _CALL_TAKER | {Permission.DISPATCH, Permission.CLOSE}
ROLE_PERMISSIONS: dict[str, frozenset[Permission]] = {
    "call_taker": frozenset(_CALL_TAKER),
    "dispatcher": frozenset(_DISPATCHER),
    "supervisor": frozenset(
        _DISPATCHER | {Permission.ESCALATE, Permission.SEE_NUMBERS, Permission.AUDIT}
    ),
    "auditor": frozenset({Permission.READ_TIMELINE, Permission.SEE_NUMBERS, Permission.AUDIT}),
}


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is asking: a role, and the actor the timeline names (a staff id for a person,
    `role#<keyed fingerprint>` for a role token, `client:<name>` for a script's token)."""

    role: str
    actor: str
    staff_id: str | None = None
    name: str | None = None
    # The sign-in session the request came with, so that it can be ended.
    session_id: str | None = None
    # A reader who may see whole numbers asked for this answer masked (`numbers=masked`): a
    # queue kept current is nobody's look at a caller's number, and leaves no `full_read`.
    numbers_masked: bool = False

    def can(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        if not self.can(permission):
            allowed = sorted(r for r, perms in ROLE_PERMISSIONS.items() if permission in perms)
            raise Forbidden(
                f"the {self.role} role may not {permission.value}; this needs one of: "
                + ", ".join(allowed)
            )

    @property
    def sees_numbers(self) -> bool:
        """Whether this answer shows caller numbers whole."""
        return self.can(Permission.SEE_NUMBERS) and not self.numbers_masked


def bearer_token(authorization: str | None) -> str:
    """The token of an `Authorization: Bearer <token>` header."""
    if not authorization:
        raise NotAuthenticated(
            "send Authorization: Bearer <token>: sign in with POST /v1/sessions, "
            "or use a token issued to your role or client"
        )
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise NotAuthenticated("the Authorization header must be 'Bearer <token>'")
    return token


class RoleTokens:
    """The role tokens of the settings, compared in constant time; each is named on the
    timeline by a fingerprint keyed with a secret kept outside the store."""

    def __init__(self, token_roles: dict[str, str], key: bytes) -> None:
        self._entries = [
            (hashlib.sha256(token.encode()).digest(), role, f"{role}#{fingerprint(key, token)}")
            for token, role in token_roles.items()
        ]

    def __len__(self) -> int:
        return len(self._entries)

    def match(self, token: str) -> Principal | None:
        digest = hashlib.sha256(token.encode("utf-8", "replace")).digest()
        found: Principal | None = None
        for stored, role, actor in self._entries:  # every entry: no early exit to time
            if hmac.compare_digest(stored, digest):
                found = Principal(role=role, actor=actor)
        return found


def unknown_token() -> NotAuthenticated:
    return NotAuthenticated(
        "this token is not known to the service, expired or revoked; sign in again"
    )
