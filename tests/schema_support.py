"""What tests/test_api_schema.py and bench/schema.py share: the operations, the checks, a
service with known calls to act on, and how a case is aimed and run."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from .conftest import settings_for
from .service.factories import start_call

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
KNOWN_CALLS = ("河南大学", "清明上河园", "郑大一附院")
# Seconds a case's answer may take. These cases check what an answer says, not how fast it
# comes: schemathesis's 10-second default failed a timeline read (which records the
# supervisor's read, a durable write) when a machine busy with other processes' writes held
# its fsync that long. Speed is measured in bench/, never here.
REQUEST_TIMEOUT = 300
# The document the service publishes is frozen there (tests/service/test_openapi.py).
DOCUMENT = json.loads((Path(__file__).parents[1] / "docs" / "openapi.json").read_text("utf-8"))
OPERATIONS = sorted(
    (
        (method.upper(), path)
        for path, operations in DOCUMENT["paths"].items()
        for method in operations
        # The event stream never ends; tests/service/test_events.py checks it.
        if path != "/v1/events"
    ),
    # Closing ends the shared calls' changes: it goes last.
    key=lambda operation: (operation[1].endswith("/close"), operation),
)


@dataclass(frozen=True)
class ServiceUnderTest:
    app: Any
    schema: Any
    known_calls: list[str]


def open_service(tmp: Path, database_url: str, gazetteer: Any) -> ServiceUnderTest:
    """The app on the given store with calls for follow-ups to act on; the caller disposes of
    `app.state.engine`."""
    from dispatch_intake.app import create_app

    app = create_app(settings_for(tmp / "var", database_url), gazetteer=gazetteer)
    # A position makes the service load the centres' outlines now, not in a timed case.
    position = {"lat": 34.78, "lon": 113.8, "radius_m": 2000, "source": "cell"}
    with TestClient(app) as client:
        known = [
            start_call(client, location_text=text, caller_position=position)["id"]
            for text in KNOWN_CALLS
        ]
    return ServiceUnderTest(app, schemathesis.openapi.from_asgi("/openapi.json", app), known)


def case_settings(max_examples: int) -> settings:
    """Derandomized, so every run sends the same cases (never a flaky failure)."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
    )


def aim_at_known_call(case: Any, known: list[str]) -> None:
    """Most generated ids name no call (404): three in four cases act on a real one instead,
    so follow-ups answer with records (and with 409 once a call is closed)."""
    call_id = (case.path_parameters or {}).get("call_id")
    if isinstance(call_id, str) and len(call_id) % 4:
        case.path_parameters["call_id"] = known[len(call_id) % len(known)]
