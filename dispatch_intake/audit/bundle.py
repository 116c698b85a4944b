"""Evidence bundles: one call's timeline with the proofs that a third party checks offline,
holding only the service's public key.

A bundle is one canonical JSON document (keys sorted, no spaces, UTF-8, newline at the end):
the events exactly as stored, each with its ledger position and inclusion proof against a
signed checkpoint, the checkpoint, the public key, the call's data key (which opens the
caller's sealed words; null once the call was erased) and a readable rendering. Every byte
of it is accounted for: the events by the proofs, the checkpoint by its signature, the data
key by opening every sealed field (AES-GCM authenticates), the rendering by being rebuilt
from the events, and the spelling by being canonical. This module imports
nothing from the store.
"""

from __future__ import annotations

import base64
import json
import re
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from dispatch_intake.audit.chain import GENESIS, KEYED, UNKEYED, canonical_json, event_leaf_hash
from dispatch_intake.audit.checkpoints import signature_holds
from dispatch_intake.audit.keys import public_key_pem
from dispatch_intake.audit.merkle import verify_inclusion
from dispatch_intake.audit.sealing import is_sealed, open_data, open_value

FORMAT = "dispatch-intake-evidence/1"
_HEX64 = re.compile(r"[0-9a-f]{64}")
_EVENT_FIELDS = {
    "v",
    "call_id",
    "seq",
    "at",
    "type",
    "actor",
    "data",
    "prev_hash",
    "hash",
    "ledger_index",
    "proof",
}
_CHECKPOINT_FIELDS = {"store", "size", "root", "at", "key_id", "signature"}


def serialize(bundle: dict[str, Any]) -> bytes:
    return (
        json.dumps(bundle, sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"
    ).encode("utf-8")


def _opened(call_id: str, event: dict[str, Any], data_key: bytes | None) -> str:
    try:
        data = json.loads(event["data"])
    except (TypeError, ValueError):
        return str(event["data"])
    return canonical_json(open_data(data_key, call_id, data))


def render_text(
    call_id: str, events: list[dict[str, Any]], checkpoint: dict[str, Any], data_key: bytes | None
) -> str:
    """What a person reads: one line per event (sealed words opened while the call's data key
    exists, null once erased), then what vouches for them."""
    lines = [f"call {call_id}: {len(events)} events"]
    for event in events:
        lines.append(
            f"#{event['seq']} {event['at']} {event['type']} by {event['actor']}: "
            + _opened(call_id, event, data_key)
        )
    lines.append(
        f"in the ledger of store {checkpoint['store']}, {checkpoint['size']} entries with root "
        f"{checkpoint['root']}, "
        f"signed at {checkpoint['at']} by key {checkpoint['key_id']}"
    )
    return "\n".join(lines) + "\n"


def make_bundle(
    call_id: str,
    events: list[dict[str, Any]],
    checkpoint: dict[str, Any],
    public_key: Ed25519PublicKey,
    data_key: bytes | None,
) -> bytes:
    """`events` carry the stored fields plus `ledger_index` and `proof` (hex strings);
    `data_key` opens the call's sealed words (None once the call is erased)."""
    return serialize(
        {
            "format": FORMAT,
            "call_id": call_id,
            "events": events,
            "checkpoint": checkpoint,
            "public_key": public_key_pem(public_key),
            "data_key": base64.b64encode(data_key).decode("ascii") if data_key else None,
            "rendering": render_text(call_id, events, checkpoint, data_key),
        }
    )


def check_bundle(content: bytes, public_key: Ed25519PublicKey) -> list[str]:
    """Every reason not to trust the bundle; empty when it holds."""
    try:
        bundle = json.loads(content.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        return [f"not a JSON document ({exc})"]
    if not isinstance(bundle, dict) or serialize(bundle) != content:
        return ["not in canonical form: the bundle was altered after export"]
    if set(bundle) != {
        "format",
        "call_id",
        "events",
        "checkpoint",
        "public_key",
        "data_key",
        "rendering",
    }:
        return ["unexpected or missing top-level fields"]
    if bundle["format"] != FORMAT:
        return [f"unknown format {bundle['format']!r}"]
    problems: list[str] = []
    if bundle["public_key"] != public_key_pem(public_key):
        problems.append("the bundle names another public key than the one given")
    checkpoint = bundle["checkpoint"]
    if not isinstance(checkpoint, dict) or set(checkpoint) != _CHECKPOINT_FIELDS:
        return [*problems, "the checkpoint is malformed"]
    signature = str(checkpoint["signature"])
    try:
        canonical_signature = base64.b64encode(base64.b64decode(signature, validate=True))
    except ValueError:
        canonical_signature = b""
    if canonical_signature.decode("ascii") != signature or not signature_holds(
        checkpoint, public_key
    ):
        problems.append("the checkpoint's signature does not hold for this public key")
    root_text = str(checkpoint["root"])
    size = checkpoint["size"]
    if not _HEX64.fullmatch(root_text) or not isinstance(size, int):
        return [*problems, "the checkpoint's root or size is malformed"]
    root = bytes.fromhex(root_text)
    events = bundle["events"]
    if not isinstance(events, list) or not events:
        return [*problems, "the bundle holds no events"]
    prev, last_index = GENESIS, -1
    for expected_seq, event in enumerate(events, start=1):
        problems.extend(_check_event(bundle["call_id"], event, expected_seq, prev, size, root))
        if isinstance(event, dict):
            index = event.get("ledger_index")
            if isinstance(index, int):
                if index <= last_index:
                    problems.append(f"event {expected_seq}: ledger positions out of order")
                last_index = index
            prev = str(event.get("hash"))
    if problems:
        return problems
    data_key, key_problems = _data_key(bundle["data_key"], bundle["call_id"], events)
    if key_problems:
        return key_problems
    if bundle["rendering"] != render_text(bundle["call_id"], events, checkpoint, data_key):
        problems.append("the readable rendering differs from the events")
    return problems


def _check_event(
    call_id: Any, event: Any, expected_seq: int, prev: str, size: int, root: bytes
) -> list[str]:
    where = f"event {expected_seq}"
    if not isinstance(event, dict) or set(event) != _EVENT_FIELDS:
        return [f"{where}: malformed"]
    problems = []
    if event["seq"] != expected_seq:
        problems.append(f"{where}: numbered {event['seq']!r} (events missing or reordered)")
    if event["call_id"] != call_id:
        problems.append(f"{where}: belongs to another call")
    if event["v"] not in (UNKEYED, KEYED):
        problems.append(f"{where}: unknown seal version")
    if event["prev_hash"] != prev:
        problems.append(f"{where}: does not follow the previous event")
    proof = event["proof"]
    index = event["ledger_index"]
    texts = [event["hash"], event["prev_hash"], *(proof if isinstance(proof, list) else [None])]
    if not all(isinstance(t, str) and _HEX64.fullmatch(t) for t in texts) or not isinstance(
        index, int
    ):
        return [*problems, f"{where}: malformed hash, proof or ledger position"]
    leaf = bytes.fromhex(event_leaf_hash(event))
    if not verify_inclusion(leaf, index, size, [bytes.fromhex(p) for p in proof], root):
        problems.append(f"{where}: not in the signed ledger as shown (altered)")
    return problems


def _data_key(
    value: Any, call_id: str, events: list[dict[str, Any]]
) -> tuple[bytes | None, list[str]]:
    """The bundle's data key, if it has one, and whether it opens every sealed field."""
    if value is None:
        return None, []
    try:
        key = base64.b64decode(str(value), validate=True)
    except ValueError:
        return None, ["the data key is malformed"]
    if len(key) != 32 or base64.b64encode(key).decode("ascii") != value:
        return None, ["the data key is malformed"]
    problems = []
    for event in events:
        try:
            data = json.loads(event["data"])
        except ValueError:
            problems.append(f"event {event['seq']}: data is not JSON")
            continue
        if not isinstance(data, dict):
            continue
        for name, sealed in data.items():
            if is_sealed(sealed) and open_value(key, call_id, name, sealed) is None:
                problems.append(f"event {event['seq']}: {name} does not open with the data key")
    return key, problems
