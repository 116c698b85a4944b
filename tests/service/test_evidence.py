"""Evidence bundles: exported over HTTP or the command line, checked offline with the public
key alone; a bundle with any one byte changed does not check."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from dispatch_intake.audit.bundle import check_bundle
from dispatch_intake.audit.cli import run_check_bundle, run_export
from dispatch_intake.audit.keys import public_key_pem
from dispatch_intake.audit.ledger import latest_checkpoint

from ..conftest import CONFIG_DIR
from .factories import act, auth, start_call


@pytest.fixture(autouse=True)
def _service_settings(settings: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DISPATCH_INTAKE_CONFIG_DIR", str(CONFIG_DIR))
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(settings.var_dir))


def _call(client: Any) -> str:
    call_id = str(start_call(client)["id"])
    act(client, call_id, "location", {"text": "龙子湖那边"})
    act(client, call_id, "confirm", {"option": "1"})
    act(client, call_id, "notes", {"text": "已到门口"})
    return call_id


def _bundle(client: Any, call_id: str, role: str = "auditor") -> bytes:
    answer = client.get(f"/v1/calls/{call_id}/evidence", headers=auth(role))
    assert answer.status_code == 200, answer.text
    content: bytes = answer.content
    return content


def test_a_bundle_verifies_with_the_public_key(client: Any, app: Any) -> None:
    _call(client)
    call_id = _call(client)
    content = _bundle(client, call_id)
    assert check_bundle(content, app.state.audit_keys.public_key) == []
    bundle = json.loads(content)
    timeline = client.get(f"/v1/calls/{call_id}/timeline", headers=auth("auditor")).json()
    assert [e["hash"] for e in bundle["events"]] == [e["hash"] for e in timeline["timeline"]]
    assert bundle["rendering"].startswith(f"call {call_id}: {len(timeline['timeline'])} events")
    # The export signed a checkpoint covering the call's newest event.
    with app.state.read_session() as session:
        latest = latest_checkpoint(session, app.state.audit_keys)
    assert latest is not None and latest.size > bundle["events"][-1]["ledger_index"]
    assert bundle["checkpoint"] == latest.signed_part()


def test_only_supervisors_and_auditors_export(client: Any) -> None:
    call_id = _call(client)
    _bundle(client, call_id, role="supervisor")
    for role in ("call_taker", "dispatcher"):
        assert client.get(f"/v1/calls/{call_id}/evidence", headers=auth(role)).status_code == 403
    assert client.get("/v1/calls/unknown/evidence", headers=auth("auditor")).status_code == 404


def test_any_one_byte_changed_fails(client: Any, app: Any) -> None:
    content = _bundle(client, _call(client))
    key = app.state.audit_keys.public_key
    step = max(1, len(content) // 500)
    for position in range(0, len(content), step):
        for flip in (0x01, 0x20):
            changed = bytearray(content)
            changed[position] ^= flip
            assert check_bundle(bytes(changed), key), f"byte {position} ^ {flip:#x} passed"


def test_edits_that_keep_the_meaning_still_fail(client: Any, app: Any) -> None:
    content = _bundle(client, _call(client))
    key = app.state.audit_keys.public_key
    bundle = json.loads(content)
    # Upper-case hex, and base64 whose unused bits differ, decode to the same bytes.
    proof = bundle["events"][0]["proof"][0]
    upper = content.replace(proof.encode(), proof.upper().encode())
    signature = bundle["checkpoint"]["signature"]
    last = signature.rstrip("=")[-1]
    other = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    twin = other[other.index(last) ^ 1]
    resigned = content.replace(
        signature.encode(), (signature.rstrip("=")[:-1] + twin + "==").encode()
    )
    spaced = content.replace(b'"format":', b'"format": ')
    for variant in (upper, resigned, spaced):
        assert variant != content
        assert check_bundle(variant, key)


def test_another_key_does_not_vouch(client: Any) -> None:
    content = _bundle(client, _call(client))
    stranger = Ed25519PrivateKey.generate().public_key()
    assert any("public key" in p or "signature" in p for p in check_bundle(content, stranger))


def test_export_and_check_from_the_command_line(
    client: Any, app: Any, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call_id = _call(client)
    bundle_file = tmp_path / "evidence.json"
    exported = run_export(
        argparse.Namespace(call_id=call_id, output=bundle_file, database_url=database_url)
    )
    assert exported == 0, capsys.readouterr().err
    key_file = tmp_path / "checkpoint.pub"
    key_file.write_text(public_key_pem(app.state.audit_keys.public_key), encoding="ascii")
    # The check needs no store and no settings: only the two files.
    args = argparse.Namespace(bundle=bundle_file, public_key=key_file)
    assert run_check_bundle(args) == 0
    assert "the bundle is intact" in capsys.readouterr().out
    content = bundle_file.read_bytes()
    bundle_file.write_bytes(content.replace("已到门口".encode(), "未到门口".encode()))
    assert "已到门口" in json.loads(content)["rendering"]
    assert run_check_bundle(args) == 1
    assert "FAILED the readable rendering differs" in capsys.readouterr().out
