"""Generated requests against the published /openapi.json: every answer the service gives must
be one the document describes (status, content type, schema), and none may be a 500.

Derandomized, so every run sends the same cases (never a flaky failure); up to 50 per operation,
for the suite's time budget. `DISPATCH_INTAKE_SCHEMA_CASES` sets the cases per operation;
`bench/schema.py` runs 10,000 in all, with every role's token, on SQLite or PostgreSQL.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given

from .conftest import TOKENS
from .schema_support import (
    CHECKS,
    OPERATIONS,
    REQUEST_TIMEOUT,
    ServiceUnderTest,
    aim_at_known_call,
    case_settings,
    open_service,
)

CASES_PER_OPERATION = int(os.environ.get("DISPATCH_INTAKE_SCHEMA_CASES", "50"))


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, gazetteer: Any) -> Iterator[ServiceUnderTest]:
    """One service for every operation, with calls for follow-ups to act on."""
    tmp = tmp_path_factory.mktemp("api-schema")
    under_test = open_service(tmp, f"sqlite:///{tmp / 'intake.db'}", gazetteer)
    yield under_test
    under_test.app.state.engine.dispose()


@pytest.mark.parametrize(("method", "path"), OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_every_answer_is_described_by_the_document(
    service: ServiceUnderTest, method: str, path: str
) -> None:
    operation = service.schema[path][method]
    headers = {"Authorization": f"Bearer {TOKENS['supervisor']}"}
    sent: list[int] = []

    @given(case=operation.as_strategy())
    @case_settings(CASES_PER_OPERATION)
    def answer_fits(case: Any) -> None:
        aim_at_known_call(case, service.known_calls)
        answer = case.call_and_validate(headers=headers, checks=CHECKS, timeout=REQUEST_TIMEOUT)
        sent.append(answer.status_code)

    answer_fits()
    assert sent
