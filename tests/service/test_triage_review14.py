"""Triage readings corrected after a review of the fourteenth set's rules: a clause that takes
back the one before only when a sign is said instead (not a person or a place corrected), 当是
and 以为是 no longer denying what is real, a correction that finds the patient asleep taking
back only what it resolves, a degree before an ability or a vital function read as barely,
a collapse from a height, and words for a steady blood pressure, a runny nose, legs numb from
sitting and a muddled waking that are no emergency.
"""

from __future__ import annotations

from typing import Any

import pytest

from dispatch_intake.priority.rules import TriageConfig
from dispatch_intake.priority.service import TriageRules, load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


def _rules(**document: Any) -> TriageRules:
    base: dict[str, Any] = {
        "language": {"clause_marks": "，。", "corrections": ["后来发现"]},
        "negation": [{"cues": ["没有", "不", "没"], "reach": 3}],
    }
    return TriageRules(TriageConfig.model_validate({**base, **document}))


# --- takes_back ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Who the patient is corrected, not what is wrong.
        "我老公晕倒了叫不醒，不对，是我公公",
        "我爸胸口疼一身冷汗，不是不是，是我岳父",
        "孩子抽风了，说错了，是我侄子在抽",
        "我婆婆倒地上没气了，搞错了，是我姥姥",
        # Where, corrected.
        "人叫不醒了，搞错了，地址是东三街",
        "他喘不上气，说错了，在五号楼",
        # The same sign said again, more exactly.
        "流了好多血止不住，不对，是一直在喷",
    ],
)
def test_a_takes_back_clause_before_no_sign_of_its_own_takes_nothing_back(text: str) -> None:
    assert _level(text) == "critical"


# --- 当是, 以为是, 以为 -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我爸应当是中风了",
        "这个相当是中风了吧",
        "以为是睡着了叫不醒",
        "以为是喝多了一直叫不醒",
        "我以为他睡着了叫不醒",
        "还以为她在睡觉喊不醒",
        "我以为是低血糖推也推不醒",
    ],
)
def test_what_was_thought_does_not_deny_what_is_real(text: str) -> None:
    assert _level(text) == "critical"


# --- a correction takes back only what it resolves ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "吃了三十多片安眠药，后来发现是睡着了",
        "喝了农药，原来只是睡着了",
        "吃了一瓶安眠药，原来在睡觉",
        "吃了一整板降压药，后来发现在睡觉，叫醒了",
    ],
)
def test_found_asleep_takes_back_no_poisoning(text: str) -> None:
    assert _level(text) == "critical"


def test_an_id_spelt_as_its_sign_in_contradicted_by_names_its_words() -> None:
    rules = _rules(
        findings=[
            {"id": "not_woken", "sign": "not_woken", "level": "critical", "phrases": ["叫不醒"]},
            {"id": "still", "sign": "consciousness", "level": "critical", "phrases": ["一动不动"]},
            {
                "id": "asleep",
                "sign": "course",
                "level": "routine",
                "alone": False,
                "correction_only": True,
                "resolves": ["consciousness", "not_woken"],
                "contradicted_by": ["not_woken"],
                "phrases": ["是睡着了"],
            },
        ],
    )
    assert rules.assess(["一动不动叫不醒，后来发现是睡着了"]).priority == "critical"


# --- barely: a degree before an ability or a vital function -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他现在不怎么喘气了",
        "老人不太出气了",
        "人不太清醒了",
        "他不是很清醒了",
        "孩子不怎么动了，软软的",
        "她不大认人了",
        "他不太能呼吸了",
        "孩子不怎么能喘上气了",
        "一边手不太能动了，突然的",
        "他不太能说话了，突然的",
        "他喘得很厉害，只能说话说两个字",
    ],
)
def test_not_very_before_an_ability_or_a_vital_function_is_barely(text: str) -> None:
    assert _level(text) == "critical"


def test_not_very_before_walking_after_a_fall_is_not_walking() -> None:
    assert _level("腿不太能走了，摔了一跤") == "urgent"


# --- a collapse from a height, a fit going on ---------------------------------------------------


@pytest.mark.parametrize("text", ["从梯子上倒下去了，四米高", "四米高的架子上人突然倒了"])
def test_a_collapse_from_a_height_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize("text", ["抽了十分钟了还在抽", "孩子还抽着呢"])
def test_a_fit_still_going_on_is_critical(text: str) -> None:
    assert _level(text) == "critical"


# --- no emergency -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他血压一直很稳，没有起伏，想约个车复查",
        "鼻子痒，打喷嚏不停",
        "鼻子不通气，流鼻涕流了半天",
        "坐久了两条腿麻了，站起来就好了",
        "刚睡醒有点迷糊了，嗓子疼",
    ],
)
def test_everyday_complaints_are_routine(text: str) -> None:
    assert _level(text) == "routine"


def test_legs_numb_from_squatting_are_no_spine() -> None:
    assert _level("蹲了半天两条腿麻了") in ("unknown", "routine")


@pytest.mark.parametrize("text", ["孩子肚子看着不起伏", "他胸脯看着不起伏了"])
def test_a_chest_or_belly_that_does_not_rise_is_no_breath(text: str) -> None:
    assert _level(text) == "critical"
