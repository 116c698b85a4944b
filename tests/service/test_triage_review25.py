"""The second review of what the twenty-fifth blind set taught: no answer said with 莫得 / 没得 /
冇得, heat taken in with a changed mind, a headache then a collapse, and a fear of not waking —
each said here in other words than the reviewer's probe and any line of bench/, with the
near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


def _ids(text: str) -> set[str]:
    return {f.id for f in SHIPPED.assess([text]).findings if f.counts}


# --- a finding paired across clauses is said where its later half is -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "在田里割稻子，身上发烫，头有点晕，人是清醒的",
        "大棚里待了一上午，身上烫手，头晕，人还清醒",
    ],
)
def test_heat_with_a_dizziness_said_alert_after_it_is_not_critical(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "吃了山上采的野菌子，一家人都拉肚子，现在人都清醒",
        "在田里割稻子，身上发烫，头有点晕，说胡话",
    ],
)
def test_a_late_poison_or_heat_with_a_changed_mind_stays_critical(text: str) -> None:
    assert _level(text) == "critical"


# --- no answer said with 莫得 / 没得 / 冇得 -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "老太太倒在灶台边，喊她莫得反应",
        "喊了几声，他一点反应都没得",
        "他睡在床上，喊他半天冇得回应",
        "老汉儿躺到地上，没得知觉了",
        "摇了摇她，她冇得声音了",
    ],
)
def test_no_answer_said_with_modei_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "打了好几次手机都冇得反应，我就是想问下怎么挂号",
        "屏幕点了没得反应，我问一下你们电话是多少",
    ],
)
def test_a_phone_that_gives_no_answer_says_nothing_of_a_patient(text: str) -> None:
    assert _level(text) == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "孩子吃了退烧药也冇得反应，还是三十九度",
        "对头孢没得反应，就是想问下还能不能用",
        "吃了降压药没得啥反应，就是有点口干",
    ],
)
def test_a_medicine_or_an_allergen_without_a_reaction_is_not_critical(text: str) -> None:
    assert _level(text) != "critical"
    assert "unresponsive" not in _ids(text)


@pytest.mark.parametrize(
    "text",
    [
        "吃了半瓶安眠药，叫他冇得反应",
        "吃了退烧药以后，喊她莫得反应了",
        "手机掉地上，人倒了，喊他冇得反应",
    ],
)
def test_a_patient_called_or_down_beside_a_thing_still_does_not_answer(text: str) -> None:
    assert _level(text) == "critical"


# --- heat taken in, with a changed mind ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "在屋顶上干了一上午活，身上烫得跟火一样，说话前言不搭后语",
        "在桑拿房里待久了，出来人就糊涂了",
        "太阳底下站了一上午，人迷瞪了，不知道自己在哪",
        "俺哥在麦地里晒了一晌，这会儿说话不着调",
    ],
)
def test_heat_taken_in_with_a_changed_mind_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "在工地上被开水烫得手背起了个泡",  # a scald where the heat was
        "晒了一天海滩，背上晒得发烫，脱皮了",  # a sunburn
        "在车间里干活，手机烫得不行",  # a hot phone
    ],
)
def test_a_scald_a_sunburn_or_a_hot_thing_is_no_heat_taken_in(text: str) -> None:
    assert "heat_body_hot" not in _ids(text)
    assert _level(text) != "critical"


@pytest.mark.parametrize(
    "text",
    [
        "大太阳底下晒被子，我妈老年痴呆，又在说胡话",
        "在大棚里干活，说不清楚哪里不舒服，就是累",
        "在太阳底下晒了一会儿，头有点迷糊",
    ],
)
def test_a_mind_long_muddled_or_a_dizzy_head_in_the_sun_is_not_heat_stroke(text: str) -> None:
    assert _level(text) != "critical"


# --- a headache, then a collapse -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他说后脑勺疼，接着就软下去了",
        "头痛欲裂，后来人就昏过去了",
        "老伴说头特别疼，一屁股坐地上就起不来了",
        "我爸抱着头喊疼，接着就瘫下去了",
        "她说头炸着疼，然后就倒在卫生间",
    ],
)
def test_a_headache_then_a_collapse_said_otherwise_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "头疼，倒下就睡了，睡醒好多了",
        "头疼，我给他倒了一杯水",
        "头疼得厉害，趴在桌子上睡了一会儿",
        "头疼，人倒在沙发上看手机",
    ],
)
def test_lying_down_with_a_headache_or_water_poured_is_no_collapse(text: str) -> None:
    assert _level(text) != "critical"


# --- a fear of not waking ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "孩子睡着了，叫得醒，他会不会醒不过来啊",
        "他睡得很死，刚才喊他还答应了，他不会不醒吧",
    ],
)
def test_a_fear_of_not_waking_is_no_patient_who_does_not_wake(text: str) -> None:
    assert _level(text) == "urgent"
    assert not _ids(text) & {"not_woken", "no_response_to_call"}


@pytest.mark.parametrize(
    "text",
    ["他叫不醒了，会不会醒不过来", "她吃了一整瓶安眠药，我怕她醒不过来"],
)
def test_a_patient_not_waking_beside_the_fear_stays_critical(text: str) -> None:
    assert _level(text) == "critical"


# --- no feeling in a limb gone numb from sitting -------------------------------------------------


@pytest.mark.parametrize("text", ["跪久了腿压麻了，没知觉了", "坐久了脚麻了，冇得知觉"])
def test_a_limb_numb_from_sitting_that_feels_nothing_is_not_a_patient_out(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize("text", ["他坐久了站起来就晕倒了，冇得知觉了", "坐久了，人突然没得知觉了"])
def test_a_patient_down_after_sitting_who_feels_nothing_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text", ["吃了降压药以后没得反应了", "打完皮试以后冇得反应了", "吃了一瓶安眠药，现在没得啥反应"]
)
def test_no_reaction_after_a_medicine_without_also_is_the_patients(text: str) -> None:
    assert _level(text) in {"critical", "urgent"}
    assert "no_reaction_of_a_thing" not in _ids(text)
