"""Triage reading rules for what callers take back and what is over, each said here in other
words than any line of bench/: a correction that says the patient is well replaces what it
corrects (and one that names a cause does not); a sign said to be over keeps its floor; a
match by sound stays inside a quantity's edges; and the three disputed readings settled by
MPDS — black stools with a dizziness or with shock, an electrocution with the patient alert,
a ladder fall with no height said.
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
    base: dict[str, Any] = {"language": {"clause_marks": "，。"}}
    return TriageRules(TriageConfig.model_validate({**base, **document}))


# --- corrections ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Taken back, and the patient well: what the correction says, not the sign first feared.
        ("先说他憋得喘不动，后来发现是围巾勒太紧了，解开现在没事了", "routine"),
        ("我姥爷坐在椅子上喊不应，原来是喝多了睡过去了，拍了拍能说话了", "urgent"),
        ("他倒地上不动，后来发现是喝醉了，叫他能答应", "urgent"),
        ("看着像吐血，后来发现是吃了红心火龙果，人好好的", "routine"),
        ("地上一滩血，原来是红油漆，人没事", "routine"),
        # A correction that names a cause takes nothing back: the patient still does not answer.
        ("喊不应，原来是血糖低了", "critical"),
        # One that finds worse adds it; one that goes on (越喘越厉害) is no correction.
        ("以为他睡着了，后来发现他嘴唇发紫", "critical"),
        ("他喘不上来气，结果是越喘越厉害", "critical"),
    ],
)
def test_a_correction_that_says_the_patient_is_well_replaces_what_it_corrects(
    text: str, level: str
) -> None:
    assert _level(text) == level, text


def test_a_correction_replaces_only_when_it_says_the_patient_is_well() -> None:
    rules = _rules(
        language={"clause_marks": "，", "corrections": ["原来是"]},
        findings=[
            {"id": "out", "sign": "mind", "level": "critical", "phrases": ["不醒"]},
            {"id": "cause", "sign": "sugar", "level": "urgent", "phrases": ["糖低"]},
            {
                "id": "talks",
                "sign": "course",
                "level": "urgent",
                "phrases": ["会说话"],
                "resolves": ["sugar"],
                "only_resolves": True,
            },
        ],
    )
    assert rules.assess(["不醒，原来是糖低"]).priority == "critical"
    corrected = rules.assess(["不醒，原来是糖低，会说话"])
    assert corrected.priority == "urgent"
    assert [f.level for f in corrected.findings if f.id == "out"] == ["urgent"]
    # Well, and nothing else said: the lowest level a patient called about has.
    assert rules.assess(["不醒，原来是会说话"]).priority == "routine"
    # Said before what it would correct, it corrects nothing.
    assert rules.assess(["原来是会说话，不醒"]).priority == "critical"


# --- over, with a floor -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A collapse that is over, a breath that stopped and came back, a chest pain with a sweat
        # now gone, a fit in pregnancy or a first fit that stopped: sent, never routine.
        ("我妈在厨房突然倒了，扶起来就好了", "urgent"),
        ("刚才孩子没气了，拍了几下背，现在哭出声了", "urgent"),
        ("心口疼得直冒汗，含了药片，现在不疼了", "urgent"),
        ("孕妇抽风了，这会儿不抽了", "urgent"),
        ("我儿子头一回抽，现在不抽了", "urgent"),
        ("喘得上不来气，现在不喘了", "urgent"),
        # A pain said gone of another part ends nothing of the chest; a cramp is no fit.
        ("胸口疼得厉害，满头大汗，胳膊现在不疼了", "critical"),
        ("小腿抽筋了，现在不抽了", "routine"),
        # A choke cleared, the child crying: over, with no floor (MPDS card 11).
        ("孩子吃果冻噎住了，我抠出来了，现在哭得挺响", "routine"),
    ],
)
def test_a_sign_said_to_be_over_keeps_its_floor(text: str, level: str) -> None:
    assert _level(text) == level, text


def test_over_at_least_is_the_lowest_a_finding_said_over_counts_at() -> None:
    findings: list[dict[str, Any]] = [
        {"id": "fell", "sign": "down", "level": "critical", "phrases": ["倒下"]},
        {
            "id": "fine",
            "sign": "course",
            "level": "routine",
            "phrases": ["好了"],
            "resolves": ["down"],
        },
    ]
    assert _rules(findings=findings).assess(["倒下，好了"]).priority == "routine"
    floored = [{**findings[0], "over_at_least": "urgent"}, findings[1]]
    assert _rules(findings=floored).assess(["倒下，好了"]).priority == "urgent"
    # Said after the words that would end it, it stands.
    assert _rules(findings=floored).assess(["好了，倒下"]).priority == "critical"


def test_a_state_answered_anywhere_is_answered_before_the_sign_too() -> None:
    findings: list[dict[str, Any]] = [
        {"id": "zap", "sign": "zap", "level": "critical", "phrases": ["电着"]},
        {
            "id": "awake",
            "sign": "alert",
            "level": "urgent",
            "phrases": ["醒着"],
            "resolves": ["zap"],
            "only_resolves": True,
        },
    ]
    assert _rules(findings=findings).assess(["醒着，电着"]).priority == "critical"
    anywhere = [{**findings[0], "answered_anywhere": True}, findings[1]]
    assert _rules(findings=anywhere).assess(["醒着，电着"]).priority == "urgent"
    assert _rules(findings=anywhere).assess(["电着，醒着"]).priority == "urgent"


# --- sound inside a quantity ------------------------------------------------------------------


def _signs(text: str) -> set[str]:
    return {f.sign for f in SHIPPED.assess([text]).findings if f.counts}


@pytest.mark.parametrize(
    "text", ["孩子发烧三天半了", "烧了两天了，烧到三十八度九", "老太太发烧三回了，一直不退"]
)
def test_a_fever_and_its_days_are_no_burn_heard_by_sound(text: str) -> None:
    assert "burn" not in _signs(text), SHIPPED.assess([text]).findings
    assert _level(text) == "urgent"


def test_a_burn_heard_by_sound_is_still_read_outside_a_quantity() -> None:
    heard = [f for f in SHIPPED.assess(["被开水烧三了"]).findings if f.heard_as]
    assert [f.heard_as for f in heard] == ["烧伤"]


def test_quantities_are_numerals_then_a_unit() -> None:
    language = {
        "clause_marks": "，",
        "numerals": "一二三四五六七八九十两",
        "units": ["天", "度", "小时"],
        "fuzzy_initials": [["sh", "s"]],
        "fuzzy_finals": [["ang", "an"]],
    }
    rules = _rules(
        language=language,
        findings=[{"id": "burn", "sign": "burn", "level": "urgent", "phrases": ["烧伤"]}],
    )
    clause = rules.reader.clause("发烧三天烧到39度等了两小时")
    assert rules.index.quantities(clause) == [(2, 4), (6, 9), (11, 14)]
    assert rules.assess(["发烧三天"]).priority == "unknown"
    assert rules.assess(["烧三了"]).priority == "urgent"


# --- the disputed readings, settled -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Black stools: old blood from the gut, sent; a dizziness or a near-faint with them is
        # still sent (MPDS near fainting, C); a faint, pallor or a cold sweat is shock.
        ("我奶奶大便黑得跟沥青一样，有点头晕", "urgent"),
        ("他屎是黑的，一站起来就眼冒金星", "urgent"),
        ("拉了两回黑便，脸白得像纸", "critical"),
        ("拉黑便，直冒冷汗", "critical"),
        ("大便黑的，刚才在厕所晕倒了", "critical"),
        # An electrocution: critical until the patient is said alert, then card 15's C.
        ("我爸修灯泡让电打了，人清醒，就是心口扑通扑通跳得乱", "urgent"),
        ("人一直醒着，刚才被电着了，胳膊发麻", "urgent"),
        ("工人浑身被电了，这会儿心慌", "critical"),
        ("被电了，人清醒，但是从凳子上摔下来了", "critical"),
        # A ladder with no height said is a fall that is sent; three metres or more, a long one.
        ("我老公从人字梯上跌下来，手腕疼", "urgent"),
        ("从梯子上掉下来，能自己走", "urgent"),
        ("从梯子顶上摔下来，有五米高", "critical"),
    ],
)
def test_the_disputed_readings_as_settled(text: str, level: str) -> None:
    assert _level(text) == level, text
