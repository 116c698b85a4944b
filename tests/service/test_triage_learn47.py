"""Triage word families learned from the forty-seventh blind set's misses (taken ill or hurt at
work and in transit): a question left unanswered and a breath said weak with 出气 / 气儿 after
the cold; a fall down a shaft or from a height said in storeys; steam as a scald and a scald said
all over; a sleeper who does not stir however pushed; a diabetic or a low sugar whose eyes will
not open; and, kept lower, hands or feet numb from the cold, food poisoning named, a fit just
had and over, and a vomit from motion sickness — each said here in other words than any line of
bench/, with near-misses that must keep their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("同事冻了一整夜，问什么都不答", "critical"),
        ("保安在露天站了一宿冻坏了，问啥也不回答", "critical"),
        ("老爷子躺那儿出气儿好弱，嘴唇发白", "critical"),
        # Cold and shaking, and answering.
        ("他在冷库冻得直哆嗦，问什么都答得上来", "not critical"),
    ],
)
def test_no_answer_or_a_weak_breath_after_the_cold(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("修理工从管道井摔下去了", "critical"),
        ("他从塔上摔下去了，差不多两层楼那么高", "critical"),
        # A thing dropped down a shaft.
        ("手机掉进电梯井里了，人没事", "not critical"),
    ],
)
def test_a_fall_down_a_shaft_or_from_storeys_high(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("被蒸汽喷到了，后背一大片都脱皮了", "critical"),
        ("被烫了全身，火辣辣的", "critical"),
        # Steam on a finger, red.
        ("被蒸汽烫了一下手指头，有点红", "not critical"),
    ],
)
def test_steam_and_a_scald_all_over(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("车里开着空调睡着了，咋推都不动", "critical"),
        # A thing too heavy to push.
        ("电动车坏了推不动，想问问哪里能修", "not urgent"),
    ],
)
def test_no_stir_however_pushed(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("老妈有糖尿病，打完胰岛素就躺下了，现在眼睛睁不开", "critical"),
        ("她说自己低血糖犯了，喝了一瓶可乐也没用，眼睁不开了", "critical"),
        # A low sugar eased by eating.
        ("低血糖，吃了个馒头好了，人清醒", "not critical"),
    ],
)
def test_a_low_sugar_whose_eyes_will_not_open(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("外卖小哥在雪地里等了俩小时，手指头冻得发青没知觉，说话利索", "urgent"),
        ("厂里好多工人食物中毒，吐得厉害", "urgent"),
        ("癫痫刚犯过，已经停了，人有点累", "urgent"),
        # A poison named, and a fit had in years past.
        ("吃了农药中毒了，口吐白沫", "critical"),
        ("他十几岁的时候癫痫发作过，这么多年没犯，想开个证明", "not critical"),
    ],
)
def test_kept_lower(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("旅游团有个大姐晕船了，吐了好几口，上岸就没事了", "routine"),
        # A breath beside it, and a spin only said like it.
        ("以前就晕车，这回坐车吐了一次，下车胸口憋得慌喘不上气", "critical"),
        ("他说跟晕车似的天旋地转，吐了三次，走不了路", "urgent"),
    ],
)
def test_a_vomit_from_motion_sickness(text: str, level: str) -> None:
    assert_level(text, level)
