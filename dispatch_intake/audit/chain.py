"""How one timeline event is sealed: its chain value (a keyed MAC since version 1) and its
ledger leaf. Pure functions, shared by the service and by offline bundle checks.

Version 0 (events written before keys existed): sha256(prev + body), which anyone can
recompute, so such events are trusted only where a signed checkpoint covers them.
Version 1: HMAC-SHA256(chain key, prev + body); the key never enters the store.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

from dispatch_intake.audit.merkle import leaf_hash

GENESIS = "0" * 64
UNKEYED = 0
KEYED = 1
CURRENT_VERSION = KEYED


# `json.dumps` with these options builds an encoder per call; a start spells some fifteen.
_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def canonical_json(value: Any) -> str:
    """The one JSON spelling of a value that is hashed.

    >>> canonical_json({"b": 1, "a": "河"})
    '{"a":"河","b":1}'
    """
    return _CANONICAL.encode(value)


def event_body(*, call_id: str, seq: int, at: str, type_: str, actor: str, data: str) -> str:
    return canonical_json(
        {"call_id": call_id, "seq": seq, "at": at, "type": type_, "actor": actor, "data": data}
    )


def unkeyed_hash(prev_hash: str, body: str) -> str:
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def keyed_mac(key: bytes, prev_hash: str, body: str) -> str:
    return hmac.new(key, (prev_hash + body).encode("utf-8"), hashlib.sha256).hexdigest()


def chain_value(version: int, key: bytes | None, prev_hash: str, body: str) -> str:
    """The value stored in an event's `hash` column for its version."""
    if version == UNKEYED:
        return unkeyed_hash(prev_hash, body)
    if version == KEYED and key is not None:
        return keyed_mac(key, prev_hash, body)
    raise ValueError(f"cannot seal an event of version {version}")


def leaf_input(event: dict[str, Any]) -> bytes:
    """The bytes a ledger leaf commits to: every stored field of the event, its chain value
    and version included, so anyone holding the event can recompute the leaf."""
    fields = {
        "v": event["v"],
        "call_id": event["call_id"],
        "seq": event["seq"],
        "at": event["at"],
        "type": event["type"],
        "actor": event["actor"],
        "data": event["data"],
        "prev_hash": event["prev_hash"],
        "hash": event["hash"],
    }
    return canonical_json(fields).encode("utf-8")


def event_leaf_hash(event: dict[str, Any]) -> str:
    return leaf_hash(leaf_input(event)).hex()


def ledger_mac(key: bytes, index: int, call_id: str, seq: int, leaf: str) -> str:
    """Binds a ledger entry to its position, so entries cannot be renumbered unseen."""
    message = f"ledger {index} {call_id} {seq} {leaf}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def constant_time_equal(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())
