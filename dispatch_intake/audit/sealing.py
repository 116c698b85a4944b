"""Sealing the caller's words in timeline data: AES-256-GCM under a call's data key, which
is itself wrapped by the master key. Pure functions, shared by the service and by offline
bundle checks."""

from __future__ import annotations

import base64
import json
import os
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SEALED = "sealed"


def _aad(call_id: str, name: str) -> bytes:
    return f"{call_id}/{name}".encode()


def wrap(master: bytes, call_id: str, data_key: bytes) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(master).encrypt(nonce, data_key, f"call-key/{call_id}".encode())
    return base64.b64encode(nonce + sealed).decode("ascii")


def unwrap(master: bytes, call_id: str, wrapped: str) -> bytes:
    raw = base64.b64decode(wrapped)
    return AESGCM(master).decrypt(raw[:12], raw[12:], f"call-key/{call_id}".encode())


def seal_value(data_key: bytes, call_id: str, name: str, value: Any) -> dict[str, str]:
    nonce = os.urandom(12)
    plain = json.dumps(value, ensure_ascii=False, sort_keys=True).encode("utf-8")
    sealed = AESGCM(data_key).encrypt(nonce, plain, _aad(call_id, name))
    return {SEALED: base64.b64encode(nonce + sealed).decode("ascii")}


def is_sealed(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {SEALED}


def open_value(data_key: bytes | None, call_id: str, name: str, value: dict[str, str]) -> Any:
    """The value as written; None once the data key is destroyed (or cannot open it)."""
    if data_key is None:
        return None
    raw = base64.b64decode(value[SEALED])
    try:
        plain = AESGCM(data_key).decrypt(raw[:12], raw[12:], _aad(call_id, name))
    except InvalidTag:
        return None
    return json.loads(plain)


def open_data(data_key: bytes | None, call_id: str, data: Any) -> Any:
    """Event data with every sealed field opened (None where the key is gone)."""
    if not isinstance(data, dict):
        return data
    return {
        name: open_value(data_key, call_id, name, value) if is_sealed(value) else value
        for name, value in data.items()
    }
