"""Small builders for the service tests: credentials and calls."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from dispatch_intake.audit.keys import SESSION_KEYS
from dispatch_intake.shapes import Candidate

from ..conftest import TOKENS

CALLER_NUMBER = "13800138000"
MASKED_NUMBER = "138****8000"


def auth(role: str = "call_taker") -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKENS[role]}"}


def call_body(**fields: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "psap": "zhengzhou-120",
        "location_text": "河南大学",
        "complaint_text": "我好难受，说不出话了",
        "caller_number": CALLER_NUMBER,
    }
    body.update(fields)
    return {key: value for key, value in body.items() if value is not None}


def start_call(client: Any, role: str = "call_taker", **fields: Any) -> dict[str, Any]:
    response = client.post("/v1/calls", json=call_body(**fields), headers=auth(role))
    assert response.status_code == 201, response.text
    record: dict[str, Any] = response.json()
    return record


def act(
    client: Any, call_id: str, verb: str, body: dict[str, Any], role: str = "call_taker"
) -> Any:
    return client.post(f"/v1/calls/{call_id}/{verb}", json=body, headers=auth(role))


def candidate(**fields: Any) -> Candidate:
    """A candidate place as the resolver makes one: every field, these given."""
    place = {
        "place_id": "place",
        "name": "place",
        "full_name": "place",
        "kind": "landmark",
        "admin": {"province": None, "city": None, "district": None, "adcode": None},
        "lat": 34.8,
        "lon": 113.8,
        "address": None,
        "score": None,
        "distance_km": None,
        "in_jurisdiction": False,
        "parent_id": None,
        "parent_name": None,
        "psap": None,
        "says_all": False,
        "precision": "campus",
        "source": "test",
        "house_number": None,
        **fields,
    }
    return cast(Candidate, place)


@contextmanager
def without_master_key(app: Any) -> Iterator[None]:
    """Write as the service did before rows were sealed: the number in the clear."""
    keys = app.state.audit_keys
    bare = dataclasses.replace(keys, master_key=None)
    for factory in (app.state.read_session, app.state.write_session):
        factory.configure(info={SESSION_KEYS: bare})
    try:
        yield
    finally:
        for factory in (app.state.read_session, app.state.write_session):
            factory.configure(info={SESSION_KEYS: keys})
