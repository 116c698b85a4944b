"""Per-call data keys, the timeline fields they seal, and erasure by destroying them.

What a caller said (free text, the number, the phone's position) is sealed in each timeline
event with AES-256-GCM under the call's data key; the data key is stored wrapped by the master
key, which lives outside the store. The MAC and the ledger leaf cover the sealed bytes, so
destroying the data key after the retention period erases the text for good — in every copy
and backup of the store — while every MAC and proof still holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from dispatch_intake.audit.keys import SESSION_KEYS, AuditKeys
from dispatch_intake.audit.models import CallKey
from dispatch_intake.audit.sealing import open_data, open_value, seal_value, unwrap, wrap

__all__ = ["open_data", "open_value", "seal_value", "unwrap", "wrap"]

# Fields of each event type that carry what the caller said.
SEALED_FIELDS: dict[str, tuple[str, ...]] = {
    "created": ("caller_number", "caller_position", "complaint_text"),
    "location_said": ("text",),
    "position_updated": ("caller_position",),
    "note": ("text",),
    "answer": ("answer",),
    "transferred": ("reason",),
    "escalated": ("reason",),
    "closed": ("reason",),
}
# Events the service composes itself: nothing in them came from the caller's mouth.
SYSTEM_EVENTS = frozenset(
    {
        "prompt_shown",
        "action_recommended",
        "candidates_changed",
        "contradiction",
        "priority_changed",
        "confirmed",
        "dispatched",
        "repeat_caller",
        "erased",
    }
)
# For event types added later: the field names that carry free text or a number.
FREE_TEXT_NAMES = ("text", "reason", "answer", "caller_number", "caller_position", "complaint_text")
_CACHE = "call_data_keys"
# Calls made in the session's transaction: they have no stored data key to look up.
_NEW_CALLS = "calls_made_here"


def fields_to_seal(type_: str, data: dict[str, Any]) -> list[str]:
    if type_ in SYSTEM_EVENTS:
        return []
    names = SEALED_FIELDS.get(type_, FREE_TEXT_NAMES)
    return [name for name in names if data.get(name) is not None]


def _keys_of(session: Session) -> AuditKeys | None:
    keys = session.info.get(SESSION_KEYS)
    return keys if isinstance(keys, AuditKeys) else None


def data_key_for_append(session: Session, call_id: str, *, new_call: bool) -> bytes | None:
    """The call's data key, made (and its wrapped form added to the session) on first use;
    None when the call was erased, or the service has no master key."""
    cache: dict[str, bytes | None] = session.info.setdefault(_CACHE, {})
    if call_id in cache:
        return cache[call_id]
    keys = _keys_of(session)
    if keys is None or keys.master_key is None:
        return None
    row = None
    if not new_call and call_id not in session.info.get(_NEW_CALLS, ()):
        # No autoflush: the ledger's lock is taken at flush, and only just before commit.
        with session.no_autoflush:
            row = session.get(CallKey, call_id)
    if row is None:
        data_key = AESGCM.generate_key(bit_length=256)
        session.add(CallKey(call_id=call_id, wrapped_key=wrap(keys.master_key, call_id, data_key)))
        cache[call_id] = data_key
        return data_key
    opened = unwrap(keys.master_key, call_id, row.wrapped_key) if row.wrapped_key else None
    cache[call_id] = opened
    return opened


def seal_data(
    session: Session, call_id: str, type_: str, data: dict[str, Any], *, new_call: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    """(stored, shown): `data` with the caller's words sealed, and as readers see it; once
    the call is erased its words are dropped from both."""
    if new_call:
        # A new call's first event may hold nothing to seal: a later one must not go looking
        # for a key that cannot exist yet.
        session.info.setdefault(_NEW_CALLS, set()).add(call_id)
    names = fields_to_seal(type_, data)
    if not names:
        return data, data
    keys = _keys_of(session)
    if keys is None or keys.master_key is None:
        return data, data
    data_key = data_key_for_append(session, call_id, new_call=new_call)
    if data_key is None:
        dropped = {**data, **dict.fromkeys(names)}
        return dropped, dropped
    sealed = dict(data)
    for name in names:
        sealed[name] = seal_value(data_key, call_id, name, data[name])
    return sealed, data


def forget_data_keys(session: Session) -> None:
    session.info.pop(_CACHE, None)
    session.info.pop(_NEW_CALLS, None)


@event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    # Once committed, a call made here is like any other: its key (if any) is stored.
    session.info.pop(_NEW_CALLS, None)


def data_keys_for_reading(session: Session, call_ids: Iterable[str]) -> dict[str, bytes | None]:
    """The data keys of these calls that still exist (absent: never had one or erased)."""
    ids = list(call_ids)
    keys = _keys_of(session)
    if not ids or keys is None or keys.master_key is None:
        return {}
    found: dict[str, bytes | None] = {}
    rows = session.execute(
        select(CallKey.call_id, CallKey.wrapped_key).where(CallKey.call_id.in_(ids))
    )
    for call_id, wrapped in rows:
        found[call_id] = unwrap(keys.master_key, call_id, wrapped) if wrapped else None
    return found


def retention_cutoff(now: datetime, days: float) -> datetime:
    return now - timedelta(days=days)
