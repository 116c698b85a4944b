"""Bearer tokens, what each role may do, and masking of caller numbers."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from enum import StrEnum

from dispatch_intake.errors import Forbidden, NotAuthenticated


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
    """Who is asking: a role, and an actor name for the timeline that identifies the token."""

    role: str
    actor: str

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
        return self.can(Permission.SEE_NUMBERS)


def authenticate(authorization: str | None, token_roles: dict[str, str]) -> Principal:
    """Turn an `Authorization: Bearer <token>` header into a principal."""
    if not authorization:
        raise NotAuthenticated("send Authorization: Bearer <token>; tokens are issued per role")
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise NotAuthenticated("the Authorization header must be 'Bearer <token>'")
    role = token_roles.get(token)
    if role is None:
        raise NotAuthenticated("this token is not known to the service; ask for a current one")
    fingerprint = hashlib.sha256(token.encode()).hexdigest()[:8]
    return Principal(role=role, actor=f"{role}#{fingerprint}")


def mask_number(number: str | None) -> str | None:
    """Hide the middle of a phone number.

    >>> mask_number("13800138000")
    '138****8000'
    >>> mask_number("120")
    '**0'
    """
    if number is None:
        return None
    if len(number) >= 8:
        return number[:3] + "*" * (len(number) - 7) + number[-4:]
    return "*" * max(len(number) - 1, 0) + number[-1:]


_LONG_DIGITS = re.compile(r"(?<![\d.])\+?\d(?:[\d -]{5,}\d)(?![\d.])")


def mask_numbers_in_text(text: str) -> str:
    """Mask anything in free text that looks like a phone number (7 or more digits).

    >>> mask_numbers_in_text("回拨 13800138000 谢谢")
    '回拨 138****8000 谢谢'
    """

    def _mask(match: re.Match[str]) -> str:
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) < 7:
            return match.group(0)
        return mask_number(digits) or ""

    return _LONG_DIGITS.sub(_mask, text)
