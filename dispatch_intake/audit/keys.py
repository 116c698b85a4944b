"""The audit trail's keys, kept outside the store: the chain's MAC key and the checkpoint
signing key (Ed25519). Someone with write access to the store alone can forge neither.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.orm import Session, sessionmaker

from dispatch_intake.errors import SettingsError
from dispatch_intake.settings import Settings

# Where a session finds the keys: set on the session factories by `attach_keys`.
SESSION_KEYS = "audit_keys"
MIN_CHAIN_KEY_BYTES = 32


@dataclass(frozen=True, slots=True)
class AuditKeys:
    """What the service needs to extend and prove the audit trail."""

    chain_key: bytes
    public_key: Ed25519PublicKey
    # None where only verification happens (`audit verify` needs no private key).
    signing_key: Ed25519PrivateKey | None
    checkpoint_log: Path
    # Wraps each call's data key (dispatch_intake.audit.retention); None where only
    # verification happens.
    master_key: bytes | None = None

    @property
    def key_id(self) -> str:
        return public_key_id(self.public_key)

    def sign(self, message: bytes) -> bytes:
        if self.signing_key is None:
            raise SettingsError(
                "no checkpoint signing key is loaded; run on the host that holds "
                "audit_signing_key_file"
            )
        return self.signing_key.sign(message)


def public_key_id(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_pem(key: Ed25519PublicKey) -> str:
    return key.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode("ascii")


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise SettingsError(f"not a PEM public key ({exc})") from None
    if not isinstance(key, Ed25519PublicKey):
        raise SettingsError("the public key is not an Ed25519 key")
    return key


def chain_key_path(settings: Settings) -> Path:
    return settings.audit_key_file or settings.audit_dir / "chain.key"


def signing_key_path(settings: Settings) -> Path:
    return settings.audit_signing_key_file or settings.audit_dir / "checkpoint-signing.pem"


def public_key_path(settings: Settings) -> Path:
    path = signing_key_path(settings)
    return path.with_name(path.name + ".pub")


def master_key_path(settings: Settings) -> Path:
    return settings.retention_master_key_file or settings.audit_dir / "master.key"


def _master_key(settings: Settings, *, create: bool) -> bytes | None:
    path = master_key_path(settings)
    if not path.exists():
        if not create:
            return None
        _write_private(path, secrets.token_hex(32).encode("ascii") + b"\n")
    key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    if len(key) != 32:
        raise SettingsError(f"the master key in {path} must be 32 bytes (64 hex digits)")
    return key


def checkpoint_log_path(settings: Settings) -> Path:
    return settings.audit_checkpoint_log or settings.audit_dir / "checkpoints.jsonl"


def key_settings(settings: Settings) -> dict[str, Any]:
    """The settings naming these settings' audit keys and log, for another Settings object
    that must act on the same store (an in-process service on a temporary var_dir)."""
    return {
        "audit_key": settings.audit_key,
        "audit_key_file": chain_key_path(settings),
        "audit_signing_key_file": signing_key_path(settings),
        "audit_checkpoint_log": checkpoint_log_path(settings),
        "retention_master_key_file": master_key_path(settings),
    }


def _write_private(path: Path, content: bytes) -> bool:
    """Create a file only its owner can read, whole or not at all, never replacing one; False
    when another instance starting at the same moment made it first (theirs is kept)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    draft = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        # A hard link appears whole and fails if the name exists: the first instance wins.
        os.link(draft, path)
    except FileExistsError:
        return False
    finally:
        draft.unlink(missing_ok=True)
    return True


def _chain_key(settings: Settings, *, create: bool) -> bytes:
    secret = settings.audit_key.get_secret_value().strip()
    if secret:
        try:
            key = bytes.fromhex(secret)
        except ValueError:
            raise SettingsError("audit_key must be hex (64 digits or more)") from None
        if len(key) < MIN_CHAIN_KEY_BYTES:
            raise SettingsError(f"audit_key must hold at least {MIN_CHAIN_KEY_BYTES} bytes")
        return key
    path = chain_key_path(settings)
    if not path.exists():
        if not create:
            raise SettingsError(
                f"no audit chain key at {path}; set audit_key_file or audit_key to the "
                "service's key"
            )
        _write_private(path, secrets.token_hex(MIN_CHAIN_KEY_BYTES).encode("ascii") + b"\n")
    key = bytes.fromhex(path.read_text(encoding="ascii").strip())
    if len(key) < MIN_CHAIN_KEY_BYTES:
        raise SettingsError(f"the audit chain key in {path} is shorter than 32 bytes")
    return key


def _signing_key(settings: Settings, *, create: bool) -> Ed25519PrivateKey | None:
    path = signing_key_path(settings)
    if not path.exists():
        if not create:
            return None
        key = Ed25519PrivateKey.generate()
        if _write_private(
            path,
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            ),
        ):
            public_key_path(settings).write_text(public_key_pem(key.public_key()), encoding="ascii")
            return key
    loaded = serialization.load_pem_private_key(path.read_bytes(), password=None)
    if not isinstance(loaded, Ed25519PrivateKey):
        raise SettingsError(f"{path} does not hold an Ed25519 private key")
    return loaded


def load_audit_keys(
    settings: Settings, *, create: bool, public_key_file: Path | None = None
) -> AuditKeys:
    """The keys named by the settings; `create` makes missing ones (mode 0600) on first start."""
    signing = _signing_key(settings, create=create)
    if public_key_file is not None:
        public = load_public_key(public_key_file.read_bytes())
    elif signing is not None:
        public = signing.public_key()
    elif public_key_path(settings).exists():
        public = load_public_key(public_key_path(settings).read_bytes())
    else:
        raise SettingsError(
            f"no checkpoint public key at {public_key_path(settings)}; pass --public-key"
        )
    return AuditKeys(
        chain_key=_chain_key(settings, create=create),
        public_key=public,
        signing_key=signing,
        checkpoint_log=checkpoint_log_path(settings),
        master_key=_master_key(settings, create=create),
    )


def attach_keys(keys: AuditKeys, *factories: sessionmaker[Session]) -> None:
    """Every session of these factories carries the keys (in `session.info`), so that
    appending to a timeline needs no extra argument; and their call rows are sealed."""
    from dispatch_intake.audit.rows import install_row_sealing

    install_row_sealing()
    for factory in factories:
        factory.configure(info={SESSION_KEYS: keys})
