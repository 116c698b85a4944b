"""Secrets the service hands out and checks: their shape, their strength, and a keyed
fingerprint that names a role token on the timeline without letting it be guessed back."""

from __future__ import annotations

import hashlib
import hmac
import math
import os
import re
import secrets
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from dispatch_intake.errors import SettingsError

MIN_TOKEN_CHARS = 24
MIN_TOKEN_BITS = 100.0
MIN_PASSWORD_CHARS = 12
# Words that make a token guessable however long it is.
_DICTIONARY = (
    "password",
    "passwd",
    "secret",
    "token",
    "test",
    "admin",
    "changeme",
    "letmein",
    "qwerty",
    "welcome",
    "default",
    "dispatch",
    "intake",
    "call",
    "taker",
    "dispatcher",
    "supervisor",
    "auditor",
    "bench",
    "local",
    "dev",
    "1234567890",
    "abcdefghijklmnopqrstuvwxyz",
)
_SEPARATORS = re.compile(r"[\s_\-.:#/]+")


def token_weakness(token: str) -> str | None:
    """Why a token is too weak to guard a service on a network, or None.

    >>> token_weakness("test-call-taker")
    'shorter than 24 characters'
    >>> token_weakness("supervisor-password-secret-token")
    'made of dictionary words'
    >>> token_weakness(secrets.token_urlsafe(24)) is None
    True
    """
    if len(token) < MIN_TOKEN_CHARS:
        return f"shorter than {MIN_TOKEN_CHARS} characters"
    rest = _SEPARATORS.sub("", token.lower())
    for word in sorted(_DICTIONARY, key=len, reverse=True):
        rest = rest.replace(word, "")
    for run in range(1, 4):  # "abcabcabc…", "aaaa…": a repeated piece counts once
        rest = re.sub(rf"(.{{{run}}})\1+", r"\1", rest)
    if len(rest) < MIN_TOKEN_CHARS // 2:
        return "made of dictionary words"
    if _entropy_bits(token) < MIN_TOKEN_BITS:
        return f"too predictable (under {MIN_TOKEN_BITS:.0f} bits by its characters)"
    return None


def _entropy_bits(text: str) -> float:
    """Length × the Shannon entropy of the text's own characters: a generous upper bound of
    what guessing it costs, enough to refuse what is plainly too little."""
    counts = Counter(text)
    total = len(text)
    per_char = -sum(n / total * math.log2(n / total) for n in counts.values())
    return per_char * total


def password_weakness(password: str) -> str | None:
    if len(password) < MIN_PASSWORD_CHARS:
        return f"a password needs at least {MIN_PASSWORD_CHARS} characters"
    if len(set(password)) < 5:
        return "a password needs more different characters"
    return None


def sha256_hex(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8", "replace")).hexdigest()


@dataclass(frozen=True, slots=True)
class IssuedSecret:
    """A bearer token `<kind>.<id>.<secret>`: the id finds the row, the secret proves it."""

    id: str
    secret: str
    kind: str

    @property
    def token(self) -> str:
        return f"{self.kind}.{self.id}.{self.secret}"

    @property
    def secret_hash(self) -> str:
        return sha256_hex(self.secret)


SESSION_KIND = "s"
SERVICE_KIND = "t"


def issue_secret(kind: str) -> IssuedSecret:
    return IssuedSecret(id=secrets.token_hex(8), secret=secrets.token_urlsafe(32), kind=kind)


def parse_issued(token: str) -> tuple[str, str, str] | None:
    """(kind, id, secret) of a token the service issued, or None for any other token."""
    kind, _, rest = token.partition(".")
    row_id, _, secret = rest.partition(".")
    if kind not in (SESSION_KIND, SERVICE_KIND) or not re.fullmatch(r"[0-9a-f]{16}", row_id):
        return None
    if not secret:
        return None
    return kind, row_id, secret


def secret_matches(secret: str, stored_hash: str) -> bool:
    """Constant-time comparison of a presented secret with the hash kept for it."""
    return hmac.compare_digest(sha256_hex(secret).encode(), stored_hash.encode())


def load_fingerprint_key(configured: str, var_dir: Path) -> bytes:
    """The key of role-token fingerprints: the `fingerprint_key` setting, else a random key
    kept in `<var_dir>/fingerprint.key` (made on first start, owner-readable only)."""
    if configured:
        return configured.encode()
    path = var_dir / "fingerprint.key"
    if path.is_file():
        return path.read_bytes()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_bytes()
    except OSError as exc:
        raise SettingsError(
            f"cannot write {path} ({exc}); set DISPATCH_INTAKE_FINGERPRINT_KEY instead"
        ) from None
    key = secrets.token_bytes(32)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    return key


def fingerprint(key: bytes, token: str) -> str:
    """8 hex digits naming a token on the timeline; without the key they say nothing about it."""
    return hmac.new(key, token.encode("utf-8", "replace"), hashlib.sha256).hexdigest()[:8]
