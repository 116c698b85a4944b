"""The record's pieces as the service builds them (`dispatch_intake.shapes`) hold every field
the contract's models promise clients (`calls/contract.py`)."""

from __future__ import annotations

import pytest
from pydantic import BaseModel

from dispatch_intake import shapes
from dispatch_intake.calls import contract

PAIRS: list[tuple[type, type[BaseModel]]] = [
    (shapes.Admin, contract.Admin),
    (shapes.Candidate, contract.Candidate),
    (shapes.Position, contract.CallerPosition),
    (shapes.Contradiction, contract.Contradiction),
    (shapes.PromptOption, contract.PromptOption),
    (shapes.Prompt, contract.Prompt),
    (shapes.Station, contract.ActionStation),
    (shapes.ParallelAlert, contract.ParallelAlert),
    (shapes.Action, contract.RecommendedAction),
    (shapes.FieldWarning, contract.FieldWarning),
    (shapes.Dispatch, contract.DispatchEntry),
    (shapes.Transfer, contract.Transfer),
    (shapes.Escalation, contract.Escalation),
    (shapes.Note, contract.Note),
    (shapes.Finding, contract.TriageFinding),
    (shapes.ManualPriority, contract.ManualPriority),
    (shapes.Triage, contract.Triage),
    (shapes.Resolution, contract.Resolution),
    (shapes.ScriptAnswer, contract.ScriptAnswer),
    (shapes.NextQuestion, contract.NextQuestion),
    (shapes.Event, contract.TimelineEvent),
    (shapes.Record, contract.CallRecord),
    (shapes.IndexLine, contract.CallIndexLine),
]


@pytest.mark.parametrize(("shape", "model"), PAIRS, ids=[m.__name__ for _, m in PAIRS])
def test_a_shape_has_every_field_of_its_model(shape: type, model: type[BaseModel]) -> None:
    assert set(model.model_fields) <= set(shape.__annotations__)


@pytest.mark.parametrize(("shape", "model"), PAIRS, ids=[m.__name__ for _, m in PAIRS])
def test_what_a_model_requires_its_shape_always_has(shape: type, model: type[BaseModel]) -> None:
    required = {name for name, info in model.model_fields.items() if info.is_required()}
    assert required <= shape.__required_keys__  # type: ignore[attr-defined]
