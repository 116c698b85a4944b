"""Triage word families and reading rules learned from the fourteenth blind set's misses, and
three readings found before it, each said here in other words than any line of bench/: a faint
or a collapse in pregnancy; a patient found only asleep (a correction), unless called and not
woken; 不怎么, 不咋, 没那么 … before a sign as a degree, not a denial — eased, and still there;
a chest not seen to rise, 呼吸 written 胡须, a neck that will not move after a fall, blood that
spurts, a neck cut open, gas smelt with a faint, medicine taken beside a wish to die, an empty
poison bottle, a collapse and fixed eyes, a chest with a white face, a pot knocked over and
blisters; a tingle from a plug, a face burn, rolling in pain, a nosebleed pressed and running, a
breath flare with the patient talking; a turned head, a smashed bowl, pins and needles, a
clause that takes back the one before, 以为是, a denied sign with the patient well; and, below
them, a hospital errand asked about alone.
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
        "language": {"clause_marks": "，。"},
        "negation": [{"cues": ["没有", "不", "没"], "reach": 3}],
    }
    return TriageRules(TriageConfig.model_validate({**base, **document}))


# --- the three readings found before the set ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "俺媳妇怀孕五个月，在厨房一下子晕倒了",
        # A collapse is a faint's sign, and stays one come round again.
        "孕妇突然倒了，现在醒了",
    ],
)
def test_a_faint_or_a_collapse_in_pregnancy_is_critical(text: str) -> None:
    assert _level(text) == "critical"


def test_a_dizziness_in_pregnancy_is_less_than_a_faint() -> None:
    assert _level("孕妇头晕，眼前发黑") == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "老人躺着不动，后来发现是睡着了",
        "人躺地上没反应，原来只是在睡觉",
    ],
)
def test_a_correction_that_finds_the_patient_asleep_takes_the_stillness_back(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Called and not woken: asleep explains nothing.
        ("叫不醒，原来是睡着了", "critical"),
        ("喊了半天喊不醒，后来发现是睡着了", "critical"),
        # A guess (好像 is a filler) lowers nothing.
        ("好像是睡着了，躺地上一动不动", "critical"),
        # Woken when called, no correction: sent (the no-response's floor).
        ("躺在床上一动不动，叫醒了", "urgent"),
    ],
)
def test_asleep_takes_back_nothing_from_a_patient_called_who_does_not_wake(
    text: str, level: str
) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Eased, and a cold sweat goes on: still MPDS card 10's clammy chest pain.
        ("他胸口不咋疼了，可是一身冷汗", "critical"),
        ("心口没那么痛了，还在冒冷汗", "critical"),
        # Eased alone: the chest pain's floor.
        ("胸口不太疼了", "urgent"),
        # A degree, not a denial: the head's mild level.
        ("头不怎么疼了", "routine"),
    ],
)
def test_not_very_before_a_sign_is_a_degree_not_a_denial(text: str, level: str) -> None:
    assert _level(text) == level


# --- the fourteenth set's families ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老人胸口没有起伏了",
        "病人没胡须了",
        "在楼梯上摔了一跤，脖子动不了",
        "腿上划了个口子，血往外呲",
        "他脖子叫玻璃割开了",
        "热水器有味，人在卫生间晕了",
        "我不想活了，药都吃了",
        "床头有个空的农药瓶",
        "她突然栽到地上，眼珠不转了",
        "他捂着心口，脸色煞白",
        "锅里的热油打翻了，前胸后背都起泡了",
    ],
)
def test_critical_families_of_the_fourteenth_set(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "孩子摸插头麻了一下，哭了",
        "油星子烫在脸上了",
        "他肾结石老毛病，疼得直打滚",
        "鼻子淌血，按着也不停",
        # A flare of the breath, the patient talking: sent, not lights and sirens.
        "气管炎犯了，喘，能说话",
    ],
)
def test_urgent_families_of_the_fourteenth_set(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "一低头脖子就疼，落枕了",
        "鼻子有点堵",
        "她摔了个碗，碎片划了个小口子",
        "蹲久了腿麻了",
        "说他胸口疼，不对，是胳膊肌肉酸",
        "他不是不能走，刚才摔了一跤",
        "他没吃老鼠药，人好好的",
        "还以为是中风，结果是坐麻了",
    ],
)
def test_routine_families_of_the_fourteenth_set(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize("text", ["想问问挂号怎么挂", "住院押金交多少"])
def test_a_hospital_errand_asked_about_alone_says_nothing_of_a_patient(text: str) -> None:
    assert _level(text) == "unknown"


def test_a_hospital_errand_beside_a_patient_is_a_booked_transfer() -> None:
    assert _level("我爸住院半个月了，明天出院，想约个车") == "routine"


# --- the reading rules, on rules of their own ---------------------------------------------------


def test_not_very_with_eased_after_keeps_the_sign_for_combinations() -> None:
    rules = _rules(
        degree={"not_very": ["不怎么"], "eased_after": ["了"]},
        findings=[
            {
                "id": "chest",
                "sign": "chest",
                "level": "critical",
                "over_at_least": "urgent",
                "phrases": ["疼"],
            },
            {"id": "sweat", "sign": "sweat", "level": "routine", "phrases": ["冷汗"]},
        ],
        combinations=[{"signs": ["chest", "sweat"], "level": "critical"}],
    )
    assert rules.assess(["不怎么疼了"]).priority == "urgent"
    assert rules.assess(["不怎么疼了，冷汗"]).priority == "critical"
    # Without 了 it is mild only: the chest has no mild level.
    assert rules.assess(["不怎么疼"]).priority == "critical"


def test_a_correction_only_finding_lowers_nothing_outside_a_correction() -> None:
    findings = [
        {
            "id": "still",
            "sign": "consciousness",
            "level": "critical",
            "over_at_least": "urgent",
            "phrases": ["不动"],
        },
        {
            "id": "called",
            "sign": "consciousness",
            "level": "critical",
            "phrases": ["叫不醒"],
        },
        {
            "id": "asleep",
            "sign": "course",
            "level": "routine",
            "alone": False,
            "resolves": ["consciousness"],
            "correction_only": True,
            "contradicted_by": ["called"],
            "phrases": ["睡着了"],
        },
    ]
    rules = _rules(language={"clause_marks": "，", "corrections": ["原来是"]}, findings=findings)
    assert rules.assess(["躺着不动，原来是睡着了"]).priority == "routine"
    assert rules.assess(["躺着不动，睡着了"]).priority == "critical"
    assert rules.assess(["叫不醒，原来是睡着了"]).priority == "critical"


def test_a_clause_that_only_takes_back_denies_the_clause_before() -> None:
    rules = _rules(
        language={"clause_marks": "，", "takes_back": ["其实不是"]},
        findings=[
            {"id": "chest", "sign": "chest", "level": "critical", "phrases": ["胸口疼"]},
            {"id": "ache", "sign": "minor", "level": "routine", "phrases": ["肌肉酸"]},
        ],
    )
    assert rules.assess(["胸口疼，其实不是，是肌肉酸"]).priority == "routine"
    # Said with more in the clause, it is a clause of its own.
    assert rules.assess(["胸口疼，其实不是很厉害"]).priority == "critical"


def test_contradicted_by_may_name_a_finding_id() -> None:
    with pytest.raises(ValueError, match="contradicted by unknown sign"):
        TriageConfig.model_validate(
            {
                "language": {"clause_marks": "，"},
                "findings": [
                    {
                        "id": "a",
                        "sign": "course",
                        "level": "routine",
                        "resolves": ["course"],
                        "contradicted_by": ["nowhere"],
                        "phrases": ["好了"],
                    }
                ],
            }
        )
    TriageConfig.model_validate(
        {
            "language": {"clause_marks": "，"},
            "findings": [
                {"id": "b", "sign": "x", "level": "critical", "phrases": ["叫不醒"]},
                {
                    "id": "a",
                    "sign": "course",
                    "level": "routine",
                    "resolves": ["x"],
                    "contradicted_by": ["b"],
                    "phrases": ["好了"],
                },
            ],
        }
    )
