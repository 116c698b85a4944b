"""The next-step decisions read their thresholds from `[service.next_step]`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from dispatch_intake.calls.actions import recommend_action
from dispatch_intake.errors import SettingsError
from dispatch_intake.next_step import NextStepRules
from dispatch_intake.prompts.service import load_prompt_book
from dispatch_intake.psaps.service import load_psaps
from dispatch_intake.settings import load_settings
from dispatch_intake.shapes import Action

from ..conftest import CONFIG_DIR
from .factories import candidate

PROMPTS = load_prompt_book(CONFIG_DIR, "zh-CN")
PSAPS = load_psaps(CONFIG_DIR / "psaps.toml")
# 开封 said plainly to 郑州's centre, and nothing else: the area decides the centre.
KAIFENG = candidate(
    **{
        "place_id": "kaifeng",
        "name": "开封市",
        "full_name": "河南省开封市",
        "kind": "city",
        "admin": {"province": "河南省", "city": "开封市", "district": None, "adcode": "410200"},
        "lat": 34.797,
        "lon": 114.307,
        "score": 0.9,
        "says_all": True,
        "in_jurisdiction": False,
        "label": "开封市",
    }
)


def _action(rules: NextStepRules | None) -> Action:
    zhengzhou = PSAPS.get("zhengzhou-120")
    assert zhengzhou is not None
    return recommend_action(
        status="provisional",
        priority="unknown",
        dispatch_now_answer=False,
        candidates=[KAIFENG],
        confirmed=None,
        position=None,
        position_in_jurisdiction=None,
        prompt_kind="ask_more",
        psap=zhengzhou,
        psaps=PSAPS,
        prompts=PROMPTS,
        rules=rules,
    )


def test_how_sure_a_named_area_must_be_is_configured() -> None:
    assert _action(None)["kind"] == "transfer"
    assert _action(None)["to_psap"] == "kaifeng-120"
    assert _action(NextStepRules(area_sure_score=0.95))["kind"] == "ask_more"
    assert _action(NextStepRules(area_kinds=("district",)))["kind"] == "ask_more"


def test_service_toml_sets_the_rules_and_a_bad_value_stops_the_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert load_settings().next_step == NextStepRules()
    copy = tmp_path / "config"
    shutil.copytree(CONFIG_DIR, copy)
    toml = copy / "service.toml"
    monkeypatch.setenv("DISPATCH_INTAKE_CONFIG_DIR", str(copy))
    toml.write_text(
        toml.read_text("utf-8").replace("area_sure_score = 0.8", "area_sure_score = 0.9"), "utf-8"
    )
    assert load_settings().next_step.area_sure_score == 0.9
    toml.write_text(
        toml.read_text("utf-8").replace("area_sure_score = 0.9", "area_sure_score = 2"), "utf-8"
    )
    with pytest.raises(SettingsError, match=r"\[service.next_step\] area_sure_score"):
        load_settings()
