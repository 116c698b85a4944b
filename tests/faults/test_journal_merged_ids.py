"""The id a client was told for a held retry keeps working once the retry is merged into the
stored call: every route that names a call by its id answers for the stored call, and says
so (`X-Merged-Into`)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from dispatch_intake.audit.bundle import check_bundle
from dispatch_intake.audit.cli import run_export

from ..conftest import CONFIG_DIR
from ..service.factories import auth
from .held_retries import Calls

# A body each follow-up acts on; a follow-up added later fails the test until it is here.
FOLLOW_UP_BODIES: dict[str, dict[str, Any]] = {
    "location": {"text": "龙子湖那边"},
    "confirm": {"option": "1"},
    "dispatch": {},
    "transfer": {"to_psap": "kaifeng-120", "reason": "来电者在开封"},
    "escalate": {"reason": "来电者情绪激动"},
    "close": {"reason": "已派车到场"},
    "notes": {"text": "患者在三楼"},
    "answers": {"question": "breathing", "answer": "有呼吸"},
    "complaint": {"text": "胸口疼"},
    "priority": {"priority": "critical", "reason": "来电者说不出话"},
    "takeover": {"reason": "主管接手"},
    "alert": {"to_psap": "kaifeng-120", "reason": "来电者也可能在开封"},
}
READS = {"/v1/calls/{call_id}", "/v1/calls/{call_id}/timeline"}
AUDIT_READS = {"/v1/calls/{call_id}/verify", "/v1/calls/{call_id}/evidence"}


def _call_routes(client: Any) -> list[tuple[str, str]]:
    """(method, path) of every route that names one call, as the service publishes them."""
    paths = client.get("/openapi.json").json()["paths"]
    named = [path for path in paths if path.startswith("/v1/calls/")]
    assert all(path.startswith("/v1/calls/{call_id}") for path in named), named
    return sorted((method.upper(), path) for path in named for method in paths[path])


def _timeline(client: Any, call_id: str) -> list[dict[str, Any]]:
    answer = client.get(f"/v1/calls/{call_id}/timeline", headers=auth("auditor"))
    assert answer.status_code == 200, answer.text
    events: list[dict[str, Any]] = answer.json()["timeline"]
    return events


def test_every_route_that_names_a_call_answers_a_merged_held_id(client: Any, app: Any) -> None:
    calls = Calls(app)
    routes = _call_routes(client)
    follow_ups = {path.rsplit("/", 1)[1] for method, path in routes if method == "POST"}
    assert follow_ups == set(FOLLOW_UP_BODIES), "give each follow-up a body here"
    assert {path for method, path in routes if method == "GET"} == READS | AUDIT_READS
    for number, (method, path) in enumerate(routes):
        # A merge of its own for each route: a follow-up (close) may end what the next needs.
        stored_id, held_id = calls.stored_then_held(f"retried-start-{number}")
        calls.held.replay()
        assert calls.count() == number + 1, "the held retry became a call of its own"
        before = _timeline(client, stored_id)
        url = path.replace("{call_id}", held_id)
        if method == "POST":
            verb = path.rsplit("/", 1)[1]
            answer = client.post(url, json=FOLLOW_UP_BODIES[verb], headers=auth("supervisor"))
        else:
            answer = client.get(url, headers=auth("supervisor"))
        assert answer.status_code == 200, f"{method} {path}: {answer.text}"
        assert answer.headers.get("X-Merged-Into") == stored_id, f"{method} {path}"
        if path.endswith("/verify"):
            assert answer.json() == {"ok": True, "problems": []}
        elif path.endswith("/evidence"):
            bundle = json.loads(answer.content)
            assert bundle["call_id"] == stored_id
            assert check_bundle(answer.content, app.state.audit_keys.public_key) == []
            assert stored_id in answer.headers["Content-Disposition"]
        else:
            assert answer.json()["id"] == stored_id, f"{method} {path}"
        if method == "POST":
            after = _timeline(client, stored_id)
            assert len(after) > len(before), f"{method} {path} did not act on the stored call"
    assert calls.verified()


def test_a_stored_calls_own_id_carries_no_merge_header(client: Any, app: Any) -> None:
    calls = Calls(app)
    stored_id, _ = calls.stored_then_held("retried-start")
    calls.held.replay()
    for suffix in ("", "/timeline", "/verify", "/evidence"):
        answer = client.get(f"/v1/calls/{stored_id}{suffix}", headers=auth("supervisor"))
        assert answer.status_code == 200, answer.text
        assert "X-Merged-Into" not in answer.headers, suffix
    noted = client.post(
        f"/v1/calls/{stored_id}/notes", json={"text": "患者在三楼"}, headers=auth("supervisor")
    )
    assert noted.status_code == 200 and "X-Merged-Into" not in noted.headers


def test_an_unknown_id_is_still_unknown(client: Any, app: Any) -> None:
    calls = Calls(app)
    calls.stored_then_held("retried-start")
    calls.held.replay()
    for method, path in _call_routes(client):
        url = path.replace("{call_id}", "no-such-call")
        if method == "POST":
            body = FOLLOW_UP_BODIES[path.rsplit("/", 1)[1]]
            answer = client.post(url, json=body, headers=auth("supervisor"))
        else:
            answer = client.get(url, headers=auth("supervisor"))
        assert answer.status_code == 404, f"{method} {path}: {answer.text}"


def test_the_evidence_command_exports_the_stored_call_for_a_merged_held_id(
    client: Any,
    app: Any,
    settings: Any,
    database_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DISPATCH_INTAKE_CONFIG_DIR", str(CONFIG_DIR))
    monkeypatch.setenv("DISPATCH_INTAKE_VAR_DIR", str(settings.var_dir))
    calls = Calls(app)
    stored_id, held_id = calls.stored_then_held("retried-start")
    calls.held.replay()
    output = tmp_path / "bundle.json"
    status = run_export(
        argparse.Namespace(call_id=held_id, output=output, database_url=database_url)
    )
    assert status == 0
    assert json.loads(output.read_bytes())["call_id"] == stored_id
    assert f"call {held_id} was merged into call {stored_id}" in capsys.readouterr().err
