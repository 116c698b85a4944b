"""The second review of what was learned from the twenty-sixth blind set: each family said in
other words than the learning's tests and the bench, widened where callers say it otherwise and
narrowed where the learned words fired on something else, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- a large scald: a hot pot or a flask, the skin come off however said, Cantonese -------------


@pytest.mark.parametrize(
    "text",
    [
        "小孩把桌上的火锅拽下来了，从胸口到肚子皮都脱咯",
        "热水壶被狗碰下来了，淋了孩子一身，皮都起皱了",
        "屋企细路碰跌咗煲滚水，成身起晒泡",
        "暖壶让孩子碰下来了，头和脖子都浇到了，皮都发白了",
    ],
)
def test_a_scald_over_the_body_said_otherwise_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "宝宝把热汤扯下来了，还好没烫着，全洒地上了",  # no one scalded
        "前几天晒得后背脱皮，皮都起来了",  # a sunburn
        "脸和脖子上起了好多红疹子，痒",  # a rash
    ],
)
def test_a_pot_down_that_scalded_no_one_or_a_sunburn_is_not_sent(text: str) -> None:
    assert _level(text) in ("routine", "unknown")


# --- a weed killer drunk, by its other names -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["我叔喝了两口打草的农药，现在还能说话", "佢饮咗除草剂，而家冇乜事", "她喝了杀草剂，人还清醒"],
)
def test_a_weed_killer_by_another_name_is_critical_however_alert(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("上午在地里打除草剂，下午喝了瓶矿泉水，人挺好", "unknown"),  # sprayed, water drunk
        ("喝了一口草甘膦，现在人清醒，就是嗓子有点辣", "urgent"),  # glyphosate: not delayed
    ],
)
def test_a_weed_killer_sprayed_or_glyphosate_is_not_critical(text: str, expected: str) -> None:
    assert _level(text) == expected


# --- fingers caught by a machine -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["他手指头叫压面机卷进去了", "手指头让木工锯锯断了一截，用毛巾包着"]
)
def test_fingers_wound_in_or_sawn_off_are_urgent(text: str) -> None:
    assert _level(text) == "urgent"


def test_a_body_wound_in_stays_critical() -> None:
    assert _level("他整个人被卷进去了，拉出来不动了") == "critical"


def test_a_drop_of_blood_is_no_blood_coughed() -> None:
    assert _level("手指被针扎了一下，冒了个血珠") != "critical"


# --- Min: a weakness for months is no stroke ---------------------------------------------------


def test_a_min_arm_weak_for_months_is_not_critical() -> None:
    assert _level("阮阿公倒爿的手舉袂起來，幾若個月矣，欲去復健") != "critical"


def test_a_min_arm_weak_since_just_now_stays_critical() -> None:
    assert _level("阮阿公倒爿的手舉袂起來，頭拄仔開始的") == "critical"


# --- a limb said hurt: an old injury is not sent for -------------------------------------------


def test_a_limb_hurt_months_ago_is_not_urgent() -> None:
    assert _level("她腿受伤三个月了，想转到康复医院") == "routine"


def test_a_limb_hurt_now_stays_urgent() -> None:
    assert _level("他腿受伤了，一直在流血") == "urgent"


# --- persecution or voices told as the patient's ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我爸老说楼下有人拿望远镜盯着他，不敢出门",
        "她一直说有人往她水里下毒，不吃不喝",
        "他总听见有人叫他名字，家里就他一个",
    ],
)
def test_persecution_or_voices_told_are_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "单位装了监控，有人监视我们上班，想问问合不合法",  # cameras at work
        "有人在我家楼下盯着，我害怕",  # the caller afraid
        "电话里有人一直骂我，我该怎么办",  # a voice on the phone
    ],
)
def test_a_watcher_or_a_voice_that_is_real_is_not_a_crisis(text: str) -> None:
    assert _level(text) == "unknown"


# --- broken speech naming only a phone ----------------------------------------------------------


def test_broken_speech_naming_a_mobile_phone_is_no_breath_short() -> None:
    assert _level("喂……我……手机……要没电了……在……火车站……") == "unknown"


def test_broken_speech_naming_a_hand_stays_critical() -> None:
    assert _level("喂……我……手……动不了……") == "critical"


# --- a CPR talk, a reading wanted, a cart that will not push -----------------------------------


def test_someone_asked_to_come_and_talk_of_cpr_is_no_arrest() -> None:
    assert _level("社区想请个人来讲讲怎么做心肺复苏") == "unknown"


def test_a_caller_asking_to_be_told_cpr_stays_critical() -> None:
    assert _level("你快讲讲怎么做心肺复苏，他没气了") == "critical"


def test_a_meter_not_accurate_wanting_a_reading_is_routine() -> None:
    assert _level("老人家的血压计不准了，想找人来测测血压") == "routine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("电瓶车没气了，推不动，附近有修车的吗", "unknown"),  # a cart
        ("推他不动，喊也不应", "critical"),  # a patient who does not stir
    ],
)
def test_a_cart_that_will_not_push_is_no_patient(text: str, expected: str) -> None:
    assert _level(text) == expected
