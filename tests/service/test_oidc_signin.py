"""Sign-in through a centre's identity provider (OpenID Connect), walked end to end against a
provider on a local port: the good path, and every way a sign-in must be refused."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import httpx
import pytest
from pydantic import SecretStr

from dispatch_intake.auth.oidc import FLOW_COOKIE, Flow, open_flow, seal_flow
from dispatch_intake.errors import SettingsError
from dispatch_intake.settings import load_settings

from ..conftest import CONFIG_DIR
from .oidc_provider import CLIENT_ID, CLIENT_SECRET, LocalProvider
from .test_people import PASSWORD, _add, _bearer, _cli

CALLBACK = "http://testserver/v1/sessions/oidc/callback"


@pytest.fixture(scope="module")
def provider() -> Iterator[LocalProvider]:
    with LocalProvider() as running:
        yield running


@pytest.fixture
def oidc_client(
    settings: Any, gazetteer: Any, provider: LocalProvider, tmp_path: Path
) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    from dispatch_intake.app import create_app

    provider.knobs.__init__()  # type: ignore[misc]
    secret_file = tmp_path / "oidc-secret"
    secret_file.write_text(CLIENT_SECRET + "\n", encoding="utf-8")
    configured = settings.model_copy(
        update={
            "oidc_issuer": provider.issuer,
            "oidc_client_id": CLIENT_ID,
            "oidc_client_secret": SecretStr(""),
            "oidc_client_secret_file": secret_file,
            "oidc_redirect_url": CALLBACK,
        }
    )
    app = create_app(configured, gazetteer=gazetteer)
    with TestClient(app) as client:
        yield client
    app.state.engine.dispose()


def _walk(client: Any, *, accept: str = "application/json") -> httpx.Response:
    """Console → service → provider → service, as a browser would follow the redirects."""
    started = client.get("/v1/sessions/oidc/start", follow_redirects=False)
    assert started.status_code == 302, started.text
    at_provider = httpx.get(started.headers["location"], follow_redirects=False)
    assert at_provider.status_code == 302, at_provider.text
    back = urlsplit(at_provider.headers["location"])
    assert f"http://{back.netloc}{back.path}" == CALLBACK
    answer: httpx.Response = client.get(
        f"{back.path}?{back.query}", headers={"Accept": accept}, follow_redirects=False
    )
    return answer


def test_a_person_signs_in_through_the_provider_with_pkce_state_and_nonce(
    oidc_client: Any, provider: LocalProvider, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database_url, monkeypatch)
    started = oidc_client.get("/v1/sessions/oidc/start", follow_redirects=False)
    asked = {k: v[0] for k, v in parse_qs(urlsplit(started.headers["location"]).query).items()}
    assert asked["code_challenge_method"] == "S256" and asked["client_id"] == CLIENT_ID
    assert asked["redirect_uri"] == CALLBACK and "openid" in asked["scope"].split()
    assert len(asked["state"]) >= 32 and len(asked["nonce"]) >= 32
    assert "HttpOnly" in started.headers["set-cookie"]

    signed = _walk(oidc_client)
    assert signed.status_code == 200, signed.text
    body = signed.json()
    assert (body["staff_id"], body["name"], body["role"]) == ("zz0042", "王丽", "call_taker")
    assert provider.token_requests[-1]["code_verifier"]  # the code was redeemed with PKCE
    me = oidc_client.get("/v1/me", headers=_bearer(body["token"])).json()
    assert (me["staff_id"], me["actor"]) == ("zz0042", "zz0042")
    # The same session as a password sign-in: it ends when the person signs out.
    assert oidc_client.delete("/v1/sessions/current", headers=_bearer(body["token"])).status_code
    assert oidc_client.get("/v1/me", headers=_bearer(body["token"])).status_code == 401


def test_the_role_is_the_local_one_and_the_staff_claim_is_configurable(
    settings: Any,
    gazetteer: Any,
    provider: LocalProvider,
    tmp_path: Path,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from fastapi.testclient import TestClient

    from dispatch_intake.app import create_app

    _add(database_url, monkeypatch)
    provider.knobs.__init__()  # type: ignore[misc]
    provider.knobs.username = "someone-else"
    provider.knobs.claims = {"staff_id": "zz0042", "roles": ["supervisor"]}
    configured = settings.model_copy(
        update={
            "oidc_issuer": provider.issuer,
            "oidc_client_id": CLIENT_ID,
            "oidc_client_secret": SecretStr(CLIENT_SECRET),
            "oidc_redirect_url": CALLBACK,
            "oidc_staff_claim": "staff_id",
        }
    )
    app = create_app(configured, gazetteer=gazetteer)
    try:
        with TestClient(app) as client:
            body = _walk(client).json()
    finally:
        app.state.engine.dispose()
    assert (body["staff_id"], body["role"]) == ("zz0042", "call_taker")


def _expired() -> dict[str, Any]:
    now = int(time.time())
    return {"iat": now - 7200, "exp": now - 3600}


REFUSALS = [
    ("nonce", {"claims": {"nonce": "not-the-one-sent"}}, "与本次登录不符", "nonce"),
    ("audience", {"claims": {"aud": "another-client"}}, "不是签发给本服务的", "audience"),
    ("issuer", {"claims": {"iss": "https://idp.example.invalid"}}, "签发方", "issuer"),
    ("expired", {"claims": "expired"}, "已过期", "expired"),
    ("tampered", {"tamper_signature": True}, "签名无效", "signature"),
    ("foreign key", {"foreign_key": True}, "签名无效", "signature"),
    ("unknown account", {"username": "nobody77"}, "没有账号", "no staff account"),
]


@pytest.mark.parametrize(
    ("knobs", "chinese", "english"),
    [case[1:] for case in REFUSALS],
    ids=[case[0] for case in REFUSALS],
)
def test_a_bad_id_token_or_unknown_account_is_refused_and_audited(
    oidc_client: Any,
    provider: LocalProvider,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    knobs: dict[str, Any],
    chinese: str,
    english: str,
) -> None:
    _add(database_url, monkeypatch)
    for name, value in knobs.items():
        setattr(provider.knobs, name, _expired() if value == "expired" else value)
    with caplog.at_level(logging.WARNING, logger="dispatch_intake.audit"):
        refused = _walk(oidc_client)
    assert refused.status_code == 401, refused.text
    error = refused.json()["error"]
    assert error["code"] == "bad_credentials"
    assert chinese in error["message"] and english in error["message"], error["message"]
    logged = [r for r in caplog.records if getattr(r, "signin", None) == "oidc"]
    assert len(logged) == 1 and logged[0].getMessage().startswith("sign-in refused (oidc)")
    assert _open_sessions(oidc_client) == 0


def _open_sessions(client: Any) -> int:
    from sqlalchemy import func, select

    from dispatch_intake.auth.models import StaffSession

    with client.app.state.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(StaffSession)) or 0)


def test_a_disabled_account_is_refused(
    oidc_client: Any,
    provider: LocalProvider,
    database_url: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from dispatch_intake.auth.cli import run_users_disable

    _add(database_url, monkeypatch)
    assert _cli(run_users_disable, database_url, monkeypatch, staff_id="zz0042") == 0
    with caplog.at_level(logging.WARNING, logger="dispatch_intake.audit"):
        refused = _walk(oidc_client)
    assert refused.status_code == 401
    assert "已停用" in refused.json()["error"]["message"]
    assert "is disabled" in refused.json()["error"]["message"]
    assert [getattr(r, "reason", None) for r in caplog.records] == ["disabled account"]
    assert [getattr(r, "staff_id", None) for r in caplog.records] == ["zz0042"]
    assert _open_sessions(oidc_client) == 0


def test_a_code_is_good_once_and_only_in_the_browser_that_started(
    oidc_client: Any, provider: LocalProvider, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database_url, monkeypatch)
    started = oidc_client.get("/v1/sessions/oidc/start", follow_redirects=False)
    back = urlsplit(httpx.get(started.headers["location"]).headers["location"])
    stolen_to = f"{back.path}?{back.query}"
    # Another browser (no flow cookie) cannot finish this sign-in.
    oidc_client.cookies.clear()
    refused = oidc_client.get(stolen_to)
    assert refused.status_code == 401 and "state" in refused.json()["error"]["message"]
    # The browser that started, with a state other than its own, cannot either.
    started = oidc_client.get("/v1/sessions/oidc/start", follow_redirects=False)
    back = urlsplit(httpx.get(started.headers["location"]).headers["location"])
    forged = back.query.replace("state=", "state=x")
    assert oidc_client.get(f"{back.path}?{forged}").status_code == 401


def test_the_console_is_sent_back_with_the_session_or_the_reason(
    oidc_client: Any, provider: LocalProvider, database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(database_url, monkeypatch)
    back = _walk(oidc_client, accept="text/html,application/xhtml+xml")
    assert back.status_code == 303
    target = urlsplit(back.headers["location"])
    assert target.path == "/console" and target.fragment.startswith("session=")
    token = unquote(target.fragment.removeprefix("session="))
    assert oidc_client.get("/v1/me", headers=_bearer(token)).json()["staff_id"] == "zz0042"

    provider.knobs.claims = {"nonce": "replayed"}
    back = _walk(oidc_client, accept="text/html")
    fragment = parse_qs(urlsplit(back.headers["location"]).fragment)
    assert "与本次登录不符" in fragment["signin_error"][0]
    page = oidc_client.get("/console/static/index.html").text
    assert "使用单位统一身份认证登录" in page


def test_without_oidc_settings_nothing_of_it_exists(client: Any) -> None:
    assert client.get("/v1/sessions/oidc/start", follow_redirects=False).status_code == 404
    assert not [p for p in client.get("/openapi.json").json()["paths"] if "oidc" in p]
    password = client.post("/v1/sessions", json={"staff_id": "zz0042", "password": PASSWORD})
    assert password.status_code == 401


def test_half_configured_oidc_stops_the_start_naming_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="oidc_client_id.*oidc_redirect_url"):
        load_settings(
            config_dir=CONFIG_DIR, var_dir=tmp_path, oidc_issuer="https://idp.example.org"
        )


def test_the_flow_cookie_cannot_be_altered_or_kept() -> None:
    key = bytes(range(32))
    flow = Flow("s" * 32, "n" * 32, "v" * 64, expires=2_000_000_000)
    sealed = seal_flow(key, flow)
    assert open_flow(key, sealed, now=1_999_999_999) == flow
    assert open_flow(key, sealed, now=2_000_000_001) is None
    assert open_flow(bytes(32), sealed, now=0) is None
    assert open_flow(key, sealed[:-4] + "AAAA", now=0) is None
    assert FLOW_COOKIE not in sealed
