"""Play scenarios turn by turn against a service and judge every answer."""

from __future__ import annotations

import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dispatch_intake.client import IntakeClient, IntakeUnreachable
from dispatch_intake.replay.expectations import Answer, first_failure
from dispatch_intake.replay.scenario import Scenario, ScenarioError, Turn, load_scenario


@dataclass(frozen=True, slots=True)
class ScenarioResult:
    """The outcome of one scenario file; `name` is its id, or its path when it has none."""

    name: str
    path: Path | None
    failure: str | None = None
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.failure is None

    def line(self) -> str:
        return f"PASS {self.name}" if self.passed else f"FAIL {self.name}: {self.failure}"


def start_body(scenario: Scenario, turn: Turn) -> Any:
    """The `start` body: the scenario's psap and caller fill what the turn does not say."""
    if not isinstance(turn.body, dict):
        return turn.body  # deliberately not an object: the service must answer 400
    body = dict(turn.body)
    if scenario.psap is not None:
        body.setdefault("psap", scenario.psap)
    if scenario.caller_number is not None:
        body.setdefault("caller_number", scenario.caller_number)
    if scenario.caller_position is not None:
        body.setdefault("caller_position", dict(scenario.caller_position))
    return body


def run_scenario(scenario: Scenario, clients: Mapping[str, IntakeClient]) -> ScenarioResult:
    """Play every turn in order; stop at the first expectation that does not hold."""
    began = time.perf_counter()
    record_ids: list[str | None] = []
    call_id: str | None = None
    sent_number: str | None = None
    for turn in scenario.turns:
        where = f"turn {turn.index} ({turn.verb})"
        if turn.verb == "start":
            body = start_body(scenario, turn)
            path = "/v1/calls"
            number = body.get("caller_number") if isinstance(body, dict) else None
            sent_number = number if isinstance(number, str) else None
        else:
            if call_id is None:
                return _failed(scenario, f"{where}: no call to act on; no start returned a record")
            body = turn.body
            path = f"/v1/calls/{call_id}/{turn.verb}"
        try:
            response = clients[turn.role].send("POST", path, json=body, headers=turn.headers)
        except IntakeUnreachable as exc:
            return _failed(scenario, f"{where}: service unreachable: {exc.message}", began)
        try:
            payload: Any = response.json()
        except ValueError:
            payload = None
        answer = Answer.of(turn.verb, response.status_code, payload, tuple(record_ids), sent_number)
        record_ids.append(answer.record.id if answer.record is not None else None)
        if turn.verb == "start":
            call_id = record_ids[-1]
        failure = first_failure(turn.expect, answer) or answer.broken
        if failure is not None:
            return _failed(scenario, f"{where}: {failure}", began)
    return ScenarioResult(scenario.id, scenario.path, None, time.perf_counter() - began)


def run_files(
    paths: Iterable[Path], clients: Mapping[str, IntakeClient]
) -> Iterable[ScenarioResult]:
    """Load and play each file; a malformed file or a repeated id is a failure, not a crash."""
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            yield ScenarioResult(str(path), path, f"malformed scenario: {exc}")
            continue
        if scenario.id in seen:
            yield ScenarioResult(
                scenario.id, path, f"malformed scenario: id also used by {seen[scenario.id]}"
            )
            continue
        seen[scenario.id] = path
        yield run_scenario(scenario, clients)


def _failed(scenario: Scenario, message: str, began: float | None = None) -> ScenarioResult:
    seconds = time.perf_counter() - began if began is not None else 0.0
    return ScenarioResult(scenario.id, scenario.path, message, seconds)
