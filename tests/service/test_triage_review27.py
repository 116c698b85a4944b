"""The second review of holdout27's learning: its families said in other words again, each
failing on the rules before this review, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- no urine at all, said in Wu and the north ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "阿拉阿爸一滴尿都呒没，肚皮胀得难过",
        "我奶奶从昨天晚上到现在一滴尿也没有，小肚子胀",
    ],
)
def test_no_urine_at_all_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


def test_a_drop_of_water_not_drunk_is_no_urine_held() -> None:
    assert _level("一滴水都没喝，问一下体检要不要空腹") == "unknown"


# --- a fish bone with the breath and the voice said normal in clauses of their own -------------


@pytest.mark.parametrize(
    "text",
    [
        "吃鱼卡了根刺，喘气说话都好好的，想问去哪看",
        "鱼翅卡喉咙了喘气正常能说话就是疼",  # 鱼刺 heard as 鱼翅
    ],
)
def test_a_fish_bone_with_the_breath_normal_is_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鸡骨头卡住了，喘不上气，说不出话", "critical"),
        ("鱼刺卡住了，能说话，咳出来好多血", "critical"),
        ("鱼刺卡了一天了，咽口水都疼", "urgent"),
    ],
)
def test_a_bone_that_blocks_or_bleeds_is_read_as_said(text: str, expected: str) -> None:
    assert _level(text) == expected


# --- 快不行了 / 快不中了 of a toothache ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "俺牙疼得快不中了，一宿没睡着",
        "牙疼得快不行了，一晚上都没睡",  # the toothache itself kept, not lost in the figure
    ],
)
def test_a_toothache_said_unbearable_is_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "牙疼得快不中了，现在喉咙肿了，喘不上气",
        "俺爹快不中了，叫不醒",
    ],
)
def test_a_patient_failing_is_still_critical(text: str) -> None:
    assert _level(text) == "critical"


# --- a climb's breath said even again ---------------------------------------------------------


def test_a_climb_with_the_breath_even_again_is_routine() -> None:
    assert _level("跑完步气喘吁吁的，坐了一会儿气就匀了") == "routine"


@pytest.mark.parametrize(
    "text",
    [
        "爬完楼胸口疼得厉害，出了一身冷汗",
        "他刚才突然晕了，叫不醒",
    ],
)
def test_a_climb_with_chest_pain_or_a_faint_is_not_routine(text: str) -> None:
    assert _level(text) == "critical"


# --- a splash that left one small blister; blisters said big over the body --------------------


def test_a_splash_with_one_small_blister_is_routine() -> None:
    assert _level("做饭的时候油溅到手背上了，起了个小泡") == "routine"


def test_a_splash_with_many_blisters_on_the_face_is_not_routine() -> None:
    assert _level("油锅溅到脸上，起了好多泡") != "routine"


def test_big_blisters_over_the_body_after_a_scald_are_critical() -> None:
    assert _level("一碗热汤泼了孩子一身，起了好大的泡") == "critical"


def test_one_big_blister_on_a_finger_is_not_critical() -> None:
    assert _level("手指头被开水烫了一下，起了好大的泡") != "critical"


# --- 活不成了 with a blade in hand, in pieces --------------------------------------------------


def test_cannot_go_on_living_with_scissors_in_hand_is_critical() -> None:
    assert _level("我……活不成了……剪刀……在手上……") == "critical"


def test_a_plant_that_will_not_live_is_no_wish() -> None:
    assert _level("这盆花再不浇水就活不成了，问一下物业电话") == "unknown"
