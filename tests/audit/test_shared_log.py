"""Two stores signing into one checkpoint log: each finds only its own checkpoints."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from dispatch_intake.app import create_app
from dispatch_intake.audit.ledger import latest_checkpoint, write_checkpoint
from dispatch_intake.audit.verify import verify_store
from dispatch_intake.settings import load_settings

from ..conftest import CONFIG_DIR, TOKENS


def _app(tmp_path: Path, name: str, gazetteer: Any) -> Any:
    settings = load_settings(
        config_dir=CONFIG_DIR,
        var_dir=tmp_path / "var",
        database_url=f"sqlite:///{tmp_path / name}",
        tokens=",".join(f"{role}:{token}" for role, token in TOKENS.items()),
        allow_weak_tokens=True,
    )
    return create_app(settings, gazetteer=gazetteer)


def test_stores_sharing_a_log_keep_their_own_checkpoints(tmp_path: Path, gazetteer: Any) -> None:
    first, second = _app(tmp_path, "a.db", gazetteer), _app(tmp_path, "b.db", gazetteer)
    try:
        headers = {"Authorization": f"Bearer {TOKENS['call_taker']}"}
        with TestClient(first) as client:
            for _ in range(3):
                assert (
                    client.post(
                        "/v1/calls", json={"location_text": "河南大学"}, headers=headers
                    ).status_code
                    == 201
                )
        with TestClient(second) as client:
            assert (
                client.post(
                    "/v1/calls", json={"location_text": "郑州大学"}, headers=headers
                ).status_code
                == 201
            )
        sizes = []
        for app in (first, second):
            with app.state.read_session() as session:
                assert write_checkpoint(session, app.state.audit_keys) is not None
                latest = latest_checkpoint(session, app.state.audit_keys)
                assert latest is not None
                sizes.append(latest.size)
                assert list(verify_store(session, app.state.audit_keys)) == []
        assert sizes[0] > sizes[1] > 0
        assert first.state.audit_keys.checkpoint_log == second.state.audit_keys.checkpoint_log
    finally:
        first.state.engine.dispose()
        second.state.engine.dispose()
