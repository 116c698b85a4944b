"""Signed checkpoints of the ledger's tree head, appended to a log outside the store.

Each line of the log is one JSON checkpoint: the signed part (`store`, `size`, `root`, `at`,
`key_id`, `signature`) and, unsigned, the `call_id:seq` of every ledger entry added since the
previous checkpoint, so that an entry removed from the store can still be named. Checkpoints
name their store, so several stores may share one log.
"""

from __future__ import annotations

import base64
import fcntl
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from dispatch_intake.audit.keys import AuditKeys, public_key_id


@dataclass(frozen=True, slots=True)
class Checkpoint:
    store: str
    size: int
    root: str
    at: str
    key_id: str
    signature: str
    # The ledger entries from the previous checkpoint's size to this one's, as "call_id:seq".
    entries: list[str] = field(default_factory=list)
    start: int = 0

    def signed_part(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "size": self.size,
            "root": self.root,
            "at": self.at,
            "key_id": self.key_id,
            "signature": self.signature,
        }


def signed_message(store: str, size: int, root: str, at: str) -> bytes:
    """The exact bytes an Ed25519 signature of a checkpoint covers."""
    return (
        f"dispatch-intake ledger checkpoint\nstore {store}\nsize {size}\nroot {root}\nat {at}\n"
    ).encode()


def sign_checkpoint(
    keys: AuditKeys,
    *,
    store: str,
    size: int,
    root: str,
    at: str,
    start: int,
    entries: list[str],
) -> Checkpoint:
    signature = keys.sign(signed_message(store, size, root, at))
    return Checkpoint(
        store=store,
        size=size,
        root=root,
        at=at,
        key_id=keys.key_id,
        signature=base64.b64encode(signature).decode("ascii"),
        entries=entries,
        start=start,
    )


def signature_holds(checkpoint: Checkpoint | dict[str, Any], key: Ed25519PublicKey) -> bool:
    part = checkpoint.signed_part() if isinstance(checkpoint, Checkpoint) else checkpoint
    try:
        signature = base64.b64decode(str(part["signature"]), validate=True)
        message = signed_message(
            str(part["store"]), int(part["size"]), str(part["root"]), str(part["at"])
        )
        key.verify(signature, message)
    except (InvalidSignature, ValueError, KeyError, TypeError):
        return False
    return str(part.get("key_id")) == public_key_id(key)


@dataclass(frozen=True, slots=True)
class CheckpointLog:
    """What the log holds: the checkpoints whose signatures hold, and the lines that don't."""

    checkpoints: list[Checkpoint]
    bad_lines: list[str]

    @property
    def latest(self) -> Checkpoint | None:
        return max(self.checkpoints, key=lambda c: c.size, default=None)

    def entries_before(self, size: int) -> dict[int, str]:
        """Ledger index → "call_id:seq" as the checkpoints recorded them."""
        named: dict[int, str] = {}
        for checkpoint in self.checkpoints:
            for offset, entry in enumerate(checkpoint.entries):
                if checkpoint.start + offset < size:
                    named.setdefault(checkpoint.start + offset, entry)
        return named


def _parse(line: str) -> Checkpoint:
    value = json.loads(line)
    return Checkpoint(
        store=str(value["store"]),
        size=int(value["size"]),
        root=str(value["root"]),
        at=str(value["at"]),
        key_id=str(value["key_id"]),
        signature=str(value["signature"]),
        entries=[str(e) for e in value.get("entries", [])],
        start=int(value.get("start", 0)),
    )


def read_log(path: Path, key: Ed25519PublicKey, store: str) -> CheckpointLog:
    """The checkpoints of one store (a log may serve several)."""
    checkpoints: list[Checkpoint] = []
    bad: list[str] = []
    if not path.exists():
        return CheckpointLog(checkpoints, bad)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            checkpoint = _parse(line)
        except (ValueError, KeyError, TypeError):
            bad.append(f"line {number} of {path} is not a checkpoint")
            continue
        if checkpoint.store != store:
            continue
        if not signature_holds(checkpoint, key):
            bad.append(f"line {number} of {path}: the signature does not hold")
            continue
        checkpoints.append(checkpoint)
    return CheckpointLog(checkpoints, bad)


def append_checkpoint(path: Path, store: str, make: Any) -> Checkpoint | None:
    """Append `make(previous)` under an exclusive lock on the log, so instances sharing the log
    never interleave lines; `make` returns None when there is nothing new to sign."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            handle.seek(0)
            previous: Checkpoint | None = None
            for line in handle.read().splitlines():
                if line.strip():
                    try:
                        candidate = _parse(line)
                    except (ValueError, KeyError, TypeError):
                        continue
                    if candidate.store != store:
                        continue
                    if previous is None or candidate.size >= previous.size:
                        previous = candidate
            made: Checkpoint | None = make(previous)
            if made is not None:
                record = {**made.signed_part(), "start": made.start, "entries": made.entries}
                handle.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n")
                handle.flush()
            return made
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
