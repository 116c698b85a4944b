"""People behind every action: accounts, sign-in sessions, client tokens, and strong secrets."""

from __future__ import annotations

import argparse
import io
import logging
from typing import Any

import pytest

from dispatch_intake.auth.cli import (
    run_tokens_issue,
    run_tokens_list,
    run_tokens_revoke,
    run_users_add,
    run_users_disable,
    run_users_list,
    run_users_reset,
)
from dispatch_intake.auth.credentials import token_weakness
from dispatch_intake.auth.signin import SigninGuard
from dispatch_intake.errors import SettingsError

from ..conftest import TOKENS
from .factories import act, call_body

PASSWORD = "龙子湖-correct-horse-17"


def _cli(
    func: Any, database_url: str, monkeypatch: pytest.MonkeyPatch, stdin: str = "", **args: Any
) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    namespace = argparse.Namespace(database_url=database_url, password_stdin=True, **args)
    status: int = func(namespace)
    return status


def _add(database_url: str, monkeypatch: pytest.MonkeyPatch, staff_id: str = "zz0042") -> None:
    status = _cli(
        run_users_add,
        database_url,
        monkeypatch,
        stdin=PASSWORD + "\n",
        staff_id=staff_id,
        name="王丽",
        role="call_taker",
    )
    assert status == 0


def _sign_in(client: Any, staff_id: str = "zz0042", password: str = PASSWORD) -> Any:
    return client.post("/v1/sessions", json={"staff_id": staff_id, "password": password})


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_a_person_signs_in_and_the_timeline_names_them(
    client: Any, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database_url, monkeypatch)
    signed = _sign_in(client)
    assert signed.status_code == 201, signed.text
    body = signed.json()
    assert {"token", "expires_at", "staff_id", "name", "role", "permissions"} <= set(body)
    assert (body["staff_id"], body["name"], body["role"]) == ("zz0042", "王丽", "call_taker")
    me = client.get("/v1/me", headers=_bearer(body["token"])).json()
    assert (me["staff_id"], me["name"], me["actor"]) == ("zz0042", "王丽", "zz0042")
    started = client.post("/v1/calls", json=call_body(), headers=_bearer(body["token"]))
    assert started.status_code == 201
    created = started.json()["timeline"][0]
    assert (created["actor"], created["actor_name"]) == ("zz0042", "王丽")
    noted = act(client, started.json()["id"], "notes", {"text": "x"}).json()
    assert "by_name" not in noted["notes"][0]  # a role token is no person


def test_wrong_credentials_are_401_bad_credentials_whatever_was_wrong(
    client: Any, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database_url, monkeypatch)
    for staff_id, password in (("zz0042", "wrong-password-123"), ("nobody", PASSWORD)):
        answer = _sign_in(client, staff_id, password)
        assert answer.status_code == 401
        assert answer.json()["error"]["code"] == "bad_credentials"
    assert client.post("/v1/sessions", json={"staff_id": "zz0042"}).status_code == 400


def test_a_refused_sign_in_is_on_the_audit_log(
    client: Any,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    _add(database_url, monkeypatch)
    with caplog.at_level(logging.WARNING, logger="dispatch_intake.audit"):
        assert _sign_in(client, password="wrong-password-123").status_code == 401
        assert _sign_in(client).status_code == 201
    refused = [r for r in caplog.records if getattr(r, "signin", None) == "password"]
    assert [(r.staff_id, r.reason) for r in refused] == [  # type: ignore[attr-defined]
        ("zz0042", "the staff id or the password is wrong")
    ]
    assert "wrong-password-123" not in caplog.text


def test_signing_out_revokes_the_session(
    client: Any, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database_url, monkeypatch)
    token = _sign_in(client).json()["token"]
    assert client.delete("/v1/sessions/current", headers=_bearer(token)).status_code == 204
    assert client.get("/v1/me", headers=_bearer(token)).status_code == 401
    role_token = _bearer(TOKENS["call_taker"])
    assert client.delete("/v1/sessions/current", headers=role_token).status_code == 400


def test_disabling_a_person_ends_their_sessions_and_reset_gives_a_new_start(
    client: Any, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database_url, monkeypatch)
    token = _sign_in(client).json()["token"]
    assert _cli(run_users_disable, database_url, monkeypatch, staff_id="zz0042") == 0
    assert client.get("/v1/me", headers=_bearer(token)).status_code == 401
    assert _sign_in(client).status_code == 401
    new_password = "明伦街-another-horse-85"
    status = _cli(
        run_users_reset, database_url, monkeypatch, stdin=new_password + "\n", staff_id="zz0042"
    )
    assert status == 0
    assert _sign_in(client).status_code == 401
    assert _sign_in(client, password=new_password).status_code == 201


def test_a_tampered_or_expired_session_is_refused(
    client: Any, app: Any, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text

    _add(database_url, monkeypatch)
    token = _sign_in(client).json()["token"]
    assert client.get("/v1/me", headers=_bearer(token[:-2] + "xx")).status_code == 401
    with app.state.engine.begin() as connection:
        connection.execute(text("UPDATE staff_sessions SET expires_at = created_at"))
    assert client.get("/v1/me", headers=_bearer(token)).status_code == 401


def test_users_list_and_passwords_are_kept_only_as_argon2(
    client: Any,
    app: Any,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sqlalchemy import text

    _add(database_url, monkeypatch)
    with app.state.engine.connect() as connection:
        stored = connection.execute(text("SELECT password_hash FROM staff")).scalar_one()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    capsys.readouterr()
    assert _cli(run_users_list, database_url, monkeypatch) == 0
    assert "zz0042\tcall_taker\tactive\t王丽" in capsys.readouterr().out


def test_a_weak_password_or_a_second_account_is_refused(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    args = {"staff_id": "zz7", "name": "李", "role": "dispatcher"}
    assert _cli(run_users_add, database_url, monkeypatch, stdin="short\n", **args) == 1
    assert "at least 12 characters" in capsys.readouterr().err
    _add(database_url, monkeypatch)
    again = _cli(
        run_users_add,
        database_url,
        monkeypatch,
        stdin=PASSWORD + "\n",
        **{**args, "staff_id": "zz0042"},
    )
    assert again == 1


def test_client_tokens_work_until_revoked_and_are_kept_hashed(
    client: Any,
    app: Any,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from sqlalchemy import text

    capsys.readouterr()
    issued = _cli(
        run_tokens_issue, database_url, monkeypatch, client="cad-bridge", role="dispatcher"
    )
    assert issued == 0
    token = capsys.readouterr().out.strip()
    me = client.get("/v1/me", headers=_bearer(token)).json()
    assert (me["role"], me["actor"]) == ("dispatcher", "client:cad-bridge")
    with app.state.engine.connect() as connection:
        stored = connection.execute(text("SELECT secret_hash FROM service_tokens")).scalar_one()
    assert token.rsplit(".", 1)[1] not in stored
    assert _cli(run_tokens_list, database_url, monkeypatch) == 0
    assert "cad-bridge\tdispatcher" in capsys.readouterr().out
    assert _cli(run_tokens_revoke, database_url, monkeypatch, client="cad-bridge") == 0
    assert client.get("/v1/me", headers=_bearer(token)).status_code == 401


def test_repeated_failed_sign_ins_are_refused_for_a_while(
    client: Any, app: Any, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database_url, monkeypatch)
    limit = app.state.intake.settings.signin_max_failures
    for _ in range(limit):
        assert _sign_in(client, password="wrong-password-123").status_code == 401
    refused = _sign_in(client)  # even the right password waits
    assert refused.status_code == 429
    assert refused.json()["error"]["code"] == "too_many_attempts"
    assert int(refused.headers["Retry-After"]) >= 1


def test_the_sign_in_guard_forgets_failures_after_its_window() -> None:
    now = [0.0]
    guard = SigninGuard(2, 60.0, clock=lambda: now[0])
    guard.failed(["staff:a"])
    assert guard.retry_after(["staff:a"]) is None
    guard.failed(["staff:a"])
    assert guard.retry_after(["staff:a", "address:x"]) == 60
    now[0] = 59.5
    assert guard.retry_after(["staff:a"]) == 1
    now[0] = 60.0
    assert guard.retry_after(["staff:a"]) is None
    guard.failed(["staff:a"])
    guard.succeeded("staff:a")
    assert guard.retry_after(["staff:a"]) is None


@pytest.mark.parametrize(
    "token",
    [
        "test-call-taker",
        "supervisor-password-secret-token",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
        "abcabcabcabcabcabcabcabcabcabcabc",
        "1234567890123456789012345678901234",
    ],
)
def test_weak_tokens_are_named(token: str) -> None:
    assert token_weakness(token) is not None


def test_weak_role_tokens_stop_the_start_unless_development_allows_them(
    tmp_path: Any, database_url: str, gazetteer: Any
) -> None:
    from dispatch_intake.app import create_app
    from dispatch_intake.settings import load_settings

    from ..conftest import CONFIG_DIR

    settings = load_settings(
        config_dir=CONFIG_DIR,
        var_dir=tmp_path,
        database_url=database_url,
        tokens="call_taker:test-call-taker",
    )
    with pytest.raises(SettingsError, match="call_taker .shorter than 24") as raised:
        create_app(settings, gazetteer=gazetteer)
    assert "DISPATCH_INTAKE_ALLOW_WEAK_TOKENS" in str(raised.value)
    assert "test-call-taker" not in str(raised.value)


def test_role_fingerprints_are_keyed(client: Any, app: Any) -> None:
    import hashlib

    actor = client.get("/v1/me", headers=_bearer(TOKENS["call_taker"])).json()["actor"]
    role, _, fingerprint = actor.partition("#")
    assert role == "call_taker" and len(fingerprint) == 8
    unkeyed = hashlib.sha256(TOKENS["call_taker"].encode()).hexdigest()[:8]
    assert fingerprint != unkeyed


def test_one_address_guessing_many_staff_ids_is_slowed_too(
    client: Any, app: Any, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database_url, monkeypatch)
    limit = app.state.intake.settings.signin_max_failures * 4
    for n in range(limit):
        assert _sign_in(client, staff_id=f"guess{n}").status_code == 401
    assert _sign_in(client).status_code == 429
