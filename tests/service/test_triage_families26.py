"""Triage word families learned from the twenty-sixth blind set's misses, each said here in other
words than any line of bench/, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- a large scald: the skin risen over the trunk, a pot pulled down or tipped over ---------------


@pytest.mark.parametrize(
    "text",
    [
        "一大锅开水泼他身上了，从肚子到大腿，皮都起来了",
        "孩子把桌上的热汤扯下来了，浇了一身，皮都脱了",
        "一壶开水全倒她身上，胸口一大片，皮都翻起来了",
    ],
)
def test_a_scald_over_the_trunk_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("开水烫了手背，起了个泡", "urgent"),  # one part
        ("给他倒了杯开水，他说有点渴", "unknown"),  # a drink poured, no scald
    ],
)
def test_a_small_scald_or_a_drink_poured_is_not_critical(text: str, expected: str) -> None:
    assert _level(text) == expected


# --- a weed killer drunk, the patient alert --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我舅喝了几口除草剂，现在人还挺清醒",
        "他喝的不是水，是锄草的药，现在还能走",
        "老汉把灭草药喝了一口，这会儿好好的",
    ],
)
def test_a_weed_killer_drunk_is_critical_however_alert(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("奶奶喝了一碗草药，现在挺好的", "unknown"),  # a herbal medicine
        ("他刚喷完除草剂，喝了点水，人挺好", "unknown"),  # sprayed, a drink of water
        ("地里打的除草剂，菜洗洗还能吃吗", "unknown"),  # a question
    ],
)
def test_a_weed_killer_not_drunk_is_not_critical(text: str, expected: str) -> None:
    assert _level(text) == expected


# --- stroke signs in Min ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["阮阿母喙角歪去，講話講袂清", "阮阿伯倒手攏無力，頭拄仔開始的", "阿公正爿的手舉袂起來"],
)
def test_min_stroke_words_are_critical(text: str) -> None:
    assert _level(text) == "critical"


def test_a_min_ride_request_stays_routine() -> None:
    assert _level("阮阿公欲去病院复查，愛叫一台車") == "routine"


# --- fingers caught by a machine, teeth knocked out -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他两个手指头叫搅拌机绞烂了，布包着，血不流了",
        "下巴磕破了，还掉了两颗牙，人清醒",
        "摔了一跤，嘴磕破了，门牙掉了两颗",
    ],
)
def test_fingers_caught_or_teeth_knocked_out_are_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        "手指头叫门夹了一下，有点红，能动",
        "孩子换牙，门牙掉了一颗，出了点血",
        "啃骨头把牙硌掉了一小块，不疼",
    ],
)
def test_a_pinch_a_milk_tooth_or_a_tooth_on_food_is_not_urgent(text: str) -> None:
    assert _level(text) != "urgent"
    assert _level(text) != "critical"


# --- a head landed on, a vomit after -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "孩子从椅子上翻下来，后脑勺先着地，吐了一次，现在在玩",
        "宝宝从床上掉下来后脑磕地上了，刚吐过一回，又在玩了",
    ],
)
def test_a_head_knock_with_a_vomit_after_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    ["孩子从椅子上翻下来，哭了一会儿，没吐，在玩呢", "滑了一跤，没碰着头，屁股先着的地，能走"],
)
def test_no_vomit_or_no_head_is_not_urgent(text: str) -> None:
    assert _level(text) == "routine"


# --- a mind that sees watchers or hears voices ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我爸这几天老说有人在监视他，不让开窗帘",
        "她说耳朵里有人跟她讲话，一宿没睡",
        "他总说邻居有人下毒，饭都不吃",
    ],
)
def test_watchers_and_voices_are_urgent(text: str) -> None:
    assert _level(text) == "urgent"


def test_sleepless_denies_nothing_after_it() -> None:
    assert _level("一宿没睡头疼得厉害") == "urgent"


# --- broken speech from a caller who tells a whole minor matter --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "我……手……叫……玻璃……划了……口子……血……不多……",
        "我……被……猫……挠了……手上……出血……不多……",
        "我……吃了……海鲜……身上……起疹子……痒……喘气……正常……",
        "我……发烧……头疼……量了……三十七度五……",
        "我……好几天……没合眼……脑袋里……有人……说话……我……没想……自杀……",
    ],
)
def test_pieces_of_a_minor_matter_told_whole_are_not_critical(text: str) -> None:
    assert _level(text) != "critical"


@pytest.mark.parametrize(
    "text",
    [
        "我……喘不……上气……我没事……",  # the breath said
        "我……右边……手脚……动不了……我没事……",  # a stroke's weakness
        "不……不想活……了……药……吃完了……",  # a mind in crisis, not denied
        "我……胸口……压着……疼……血……不多……",  # a chest pain
    ],
)
def test_pieces_of_a_grave_sign_stay_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    ["喂……我在……中原路……嗯……电话……要断了……", "喂……我……想……试试……这个……号码……通不通……"],
)
def test_pieces_of_a_place_or_a_number_tried_are_no_patient(text: str) -> None:
    assert _level(text) == "unknown"


def test_pieces_of_speech_that_fails_stay_critical() -> None:
    assert _level("我……话……讲不……出来……") == "critical"


# --- no patient: a course, a make-up, a meter, a tyre ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "想问问哪里有教人做CPR的课",
        "公司想请人来教员工做心肺复苏，找谁",
        "我车子没气了，堵在路口，能叫个拖车吗",
        "电动车胎没气了，附近哪有修车的",
    ],
)
def test_a_course_or_a_tyre_is_no_patient(text: str) -> None:
    assert _level(text) == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "他倒地上没气了，你教我怎么做心肺复苏",
        "人没气了，邻居正在给他做CPR",
    ],
)
def test_cpr_beside_a_patient_stays_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        "我过敏体质，腿上被虫子叮了几个包，有点痒",
        "老人在家想量个血压，家里的血压计坏了，人挺好的",
        "家里血糖仪没电了，想让人来测一下血糖，别的没事",
    ],
)
def test_an_allergic_make_up_or_a_reading_wanted_is_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他过敏体质，吃了花生嗓子发紧，喘不上气", "critical"),
        ("想量个血压，量出来高压二百二，头疼得厉害", "urgent"),
    ],
)
def test_an_allergy_now_or_a_high_reading_is_read_as_said(text: str, expected: str) -> None:
    assert _level(text) == expected


def test_a_chest_said_fine_is_no_chest_complaint() -> None:
    assert _level("胸不闷，就是脚崴了一下，能走") == "routine"


# --- a limb said hurt and nothing more -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "孩子腿受伤了，走路一瘸一拐",
        "喂……我的腿……受伤了……走不了……在……公园……湖边……人……不多……",
    ],
)
def test_a_limb_said_hurt_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他手没受伤，就是吓着了", "unknown"),  # denied
        ("我被烫死了，就是奶茶洒手上了，有点发红，没起泡", "routine"),  # on the hand, no 手伤
    ],
)
def test_a_limb_unhurt_or_a_spill_on_it_is_not_urgent(text: str, expected: str) -> None:
    assert _level(text) == expected
