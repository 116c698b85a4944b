"""A concept may take its states from another (`states_of`): two readings of the same words keep
one list, so a way of saying it added to one is heard by both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from dispatch_intake.errors import SettingsError
from dispatch_intake.priority.rules import TriageConfig, load_triage_config
from dispatch_intake.priority.service import TriageRules

from ..conftest import CONFIG_DIR

_BLEED = {
    "id": "bleed",
    "sign": "bleed",
    "level": "critical",
    "parts": ["血"],
    "states": ["止不住", "往外冒"],
}
_WOUND = {"id": "wound", "sign": "wound", "level": "urgent", "phrases": ["破了"]}


def _config(*concepts: dict[str, Any]) -> TriageConfig:
    return TriageConfig.model_validate(
        {"language": {"clause_marks": "，。"}, "findings": [_WOUND], "concepts": list(concepts)}
    )


def test_a_concept_hears_the_states_of_the_one_it_names_and_its_own() -> None:
    # The urine's blood is no haemorrhage; beside a wound it is the wound's blood pouring.
    haemorrhage = {**_BLEED, "unless": ["尿"]}
    pours = {
        "id": "pours",
        "sign": "pours",
        "level": "routine",
        "alone": False,
        "parts": ["血"],
        "states_of": "bleed",
        "states": ["哗哗", "往外冒"],
    }
    beside_a_wound = {"signs": ["pours", "wound"], "level": "critical"}
    config = TriageConfig.model_validate(
        {
            "language": {"clause_marks": "，。"},
            "findings": [_WOUND],
            "concepts": [haemorrhage, pours],
            "combinations": [beside_a_wound],
        }
    )
    by_id = {c.id: c for c in config.concepts}
    assert by_id["pours"].states == ("止不住", "往外冒", "哗哗")
    rules = TriageRules(config)
    # A state only the named concept lists, and one only this one does, both pair with a wound.
    assert rules.assess(["尿里有血，头上破了，血止不住"]).priority == "critical"
    assert rules.assess(["尿里有血，头上破了，血哗哗的"]).priority == "critical"
    assert rules.assess(["尿里有血，血止不住"]).priority != "critical"


def test_states_of_must_name_a_concept_that_holds_its_own_states() -> None:
    with pytest.raises(ValueError, match="states_of names no concept"):
        _config(_BLEED, {**_BLEED, "id": "other", "states_of": "nobody"})
    chained = {**_BLEED, "id": "second", "states_of": "bleed"}
    with pytest.raises(ValueError, match="takes its states from another concept itself"):
        _config(_BLEED, chained, {**_BLEED, "id": "third", "states_of": "second"})


def test_a_rules_file_with_a_wrong_states_of_names_the_file(tmp_path: Path) -> None:
    text = (CONFIG_DIR / "priority.toml").read_text(encoding="utf-8")
    assert 'states_of = "bleeding_heavy"' in text
    broken = tmp_path / "priority.toml"
    broken.write_text(text.replace('states_of = "bleeding_heavy"', 'states_of = "bleeding_hevy"'))
    with pytest.raises(SettingsError, match=r"priority\.toml.*states_of names no concept"):
        load_triage_config(broken)


def test_the_shipped_readings_of_one_thing_share_one_list() -> None:
    config = load_triage_config(CONFIG_DIR / "priority.toml")
    by_id = {c.id: c for c in config.concepts}
    assert by_id["blood_pours_from_a_wound"].states == by_id["bleeding_heavy"].states
    assert by_id["cramp_not_stopped"].states == by_id["fit_not_stopped"].states
