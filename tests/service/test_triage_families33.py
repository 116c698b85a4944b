"""Triage word families learned from the thirty-third blind set's wrong lines, each said here in
other words than any line of bench/ (its set or the learn33 probe), with near-misses that keep
their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- a jump into water said done, through the ice, a person in the water not found ------------


@pytest.mark.parametrize(
    "text",
    [
        "公园那边有个小伙子跳湖了",
        "刚才一个大姐从桥上跳到江里了",
        "孩子在水库边玩,踩破冰掉冰窟里了",
        "他下去救人,结果在河里找不着了",
    ],
)
def test_a_jump_into_water_or_a_fall_through_ice_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("我女儿跟我吵架,哭着说要跳江了,现在关在屋里", "urgent"),  # a threat, at home
        ("钥匙掉冰窟窿里了,你们能来帮忙捞吗", "unknown"),  # a thing, not a person
        ("鱼竿掉河里了,在水里找不着", "unknown"),  # a thing not found
    ],
)
def test_a_threat_or_a_thing_in_the_water_is_no_drowning(text: str, expected: str) -> None:
    assert _level(text) == expected


# --- Cantonese: no response now, no breath --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "阿爷坐喺度突然冇咗反应",
        "佢食饭食到一半突然冇咗气",
        "阿嫲瞓喺床度,好似唔抖气",
    ],
)
def test_cantonese_no_response_or_no_breath_is_critical(text: str) -> None:
    assert _level(text) == "critical"


def test_cantonese_taking_a_breather_is_no_breath_stopped() -> None:
    assert _level("我行咗成个钟,坐低抖下气,膝头有啲痛") == "routine"


# --- blood said pouring with 流血 / 出血 --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他小腿被电锯拉了一下,哗哗流血",
        "额头磕破了,呼呼地往外出血",
        "胳膊上的伤口呼呼往外流血",
    ],
)
def test_blood_said_pouring_with_its_verb_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("鼻子出血哗哗的,仰着头呢", "urgent"),  # a nosebleed, as before
        ("牙龈出血,刷牙的时候一直流", "urgent"),  # 一直流 holds no pouring
    ],
)
def test_a_nose_or_gums_bleeding_is_no_haemorrhage(text: str, expected: str) -> None:
    assert _level(text) == expected


# --- a baby's own limb out in a labour; the waters said broken with a word between ----------


@pytest.mark.parametrize(
    "text",
    [
        "羊水早上就破了,孩子的脚已经露出来了",
    ],
)
def test_a_babys_limb_out_in_a_labour_is_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("羊水已经破了,肚子一阵一阵疼", "urgent"),  # a labour, no limb out
        ("孩子午睡,宝宝的脚露出来了", "unknown"),  # a foot out of a blanket
    ],
)
def test_a_labour_alone_or_a_foot_out_of_a_blanket_is_not(text: str, expected: str) -> None:
    assert _level(text) == expected


# --- a blow to the belly with a pale face or a sweat ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "肚子被人踹了一脚,现在脸煞白,手脚冰凉",
        "小孩骑自行车摔了,车把顶到肚子,现在嘴唇都白了",
    ],
)
def test_a_blow_to_the_belly_then_pale_is_critical(text: str) -> None:
    assert _level(text) == "critical"


def test_a_hungry_belly_is_no_blow() -> None:
    assert _level("孩子肚子饿了,踢了被子") == "unknown"


# --- a cut said deep by its verb or by what shows inside ------------------------------------


def test_a_cut_said_deep_by_its_verb_stays_urgent_when_the_blood_stops() -> None:
    assert _level("手掌让玻璃割开一道,能看见里面白的,血不流了") == "urgent"


def test_a_melon_cut_open_white_inside_is_no_wound() -> None:
    assert _level("切开西瓜,里面白的,不甜") == "unknown"


# --- a button battery in a nose or an ear -----------------------------------------------------


def test_a_battery_in_an_ear_is_urgent() -> None:
    assert _level("闺女把扣式电池塞进耳朵眼了,自己说不疼") == "urgent"


def test_a_battery_played_with_is_nothing() -> None:
    assert _level("孩子在玩电池,我怕他往鼻子上蹭") != "urgent"


# --- blood by the toiletful; a croup's bark -----------------------------------------------------


def test_blood_by_the_toiletful_is_urgent() -> None:
    assert _level("我老公痔疮犯了,上完厕所马桶水都红了,人没啥") == "urgent"


@pytest.mark.parametrize(
    "text",
    ["俺孙子半夜咳得跟狗叫似的,嗓子也哑", "孩子的咳声像海豹叫,一阵一阵的"],
)
def test_a_barking_cough_is_urgent(text: str) -> None:
    assert _level(text) == "urgent"


def test_an_ordinary_cough_stays_routine() -> None:
    assert _level("孩子咳嗽两天了,吃饭玩耍都正常") == "routine"


# --- a child calmed is no newborn that does not cry ----------------------------------------------


def test_a_child_calmed_after_a_small_scald_is_routine() -> None:
    assert _level("开水溅到手背上一点,没起泡,孩子都不哭了") == "routine"


def test_a_newborn_gone_quiet_is_still_critical() -> None:
    assert _level("刚出生的孩子,孩子不哭了") == "critical"


# --- a ride asked to a scan; an address said in Sichuan ---------------------------------------


def test_a_ride_to_a_scan_is_routine() -> None:
    assert _level("想让你们车送他去医院做核磁,他腿脚不便") == "routine"


def test_a_doorway_in_sichuan_is_no_heavy_head() -> None:
    assert _level("我屋头门口有棵大树,你们到了就看得到") == "unknown"


# --- phlegm rattling in the throat; a shot asked after a bite denied or a cut stopped ---------


def test_phlegm_rattling_in_the_throat_is_urgent() -> None:
    assert _level("老爷子躺床上起不来好几年了,嗓子眼里老是有痰呼噜呼噜的") == "urgent"


def test_phlegm_coughed_up_stays_minor() -> None:
    assert _level("嗓子有痰,咳出来就好了") == "routine"


def test_a_shot_asked_beside_a_bite_denied_is_routine() -> None:
    assert _level("狗没咬破,就是舔了一下手,要不要打狂犬针") == "routine"


def test_a_shot_asked_for_with_no_patient_is_unknown() -> None:
    assert _level("想问一下哪家医院晚上能打狂犬疫苗") == "unknown"


# --- a caller in pieces who says the throat is fine, or who wants someone to talk to ---------


def test_a_caller_in_pieces_with_the_throat_said_fine_is_urgent() -> None:
    assert _level("我……吃了虾……过敏了……眼皮……肿了……嗓子……没事……") == "urgent"


def test_a_caller_in_pieces_who_wants_to_talk_is_unknown() -> None:
    assert _level("你好……我……就想……找人说说话……行吗……") == "unknown"


def test_a_caller_in_pieces_with_a_tight_throat_stays_critical() -> None:
    assert _level("我……过敏了……嗓子……发紧……") == "critical"


# --- 化疗 heard as 化了 after 做: a treatment, not a wound gone bad -------------------------


def test_a_ride_to_chemotherapy_heard_as_hua_le_is_routine() -> None:
    assert _level("后天要去做化了,想订个车接送") == "routine"


def test_a_wound_gone_bad_stays_urgent() -> None:
    assert _level("脚上的口子化了,一直流黄水") == "urgent"
