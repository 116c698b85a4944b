"""Triage of holdout16's families said in yet other words, where the words learned from it
must not move a neighbouring phrasing: a blocked nose said with 出气, a voice lost to the
throat, a drip or a catheter out in pregnancy, the family come down in labour, a coal fire with
nobody unwell, an insect or a hair in the eye, a bite's bump by a joint, a cook's cut with the
knife still held, a dry pit, a meal beside magnets, a CPR learner beside a collapse, a high
pressure eaten away, a scratch to the eye, a hip after a small fall, a hurt after 人没伤着, not
lying flat for days, and pink frothy sputum.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    "text",
    [
        # 出气 for the breath still fails critical; the nose is not the breath.
        "我爷爷一口痰堵住了，出不来气",
        # Speech lost at once, without a throat to explain it.
        "我妈晾着衣服一下子不会说话了",
        # A drowning said only by the rescue.
        "小孙子掉进塘里，刚被人救了上来",
        # The means still held, a wrist bleeding, whatever is said of the wish now.
        "他说不寻死了，水果刀还握着，手腕子一直流血",
        # Not lying flat come on today, with a sweat: the change, not the days.
        "好几天了，今天突然躺不下，憋得满头汗",
        # Not lying flat for days, then the lungs filling.
        "这阵子晚上躺不平，刚才咳出好多粉红色泡沫痰",
        # A collapse beside a caller who learned CPR: read as the collapse it may be.
        "超市门口有人突然倒了，我是学心肺复苏的，用不用按",
        # A coal fire kept and someone by it dizzy.
        "家里烧蜂窝煤，我奶奶头晕得站不住",
    ],
)
def test_holdout16_families_still_critical_in_other_words(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # A drip or a catheter out in a pregnancy is no cord.
        "怀孕六个多月住院打点滴，输液管子滑出来了",
        # The family on the way down in labour, or a show of blood.
        "老婆快生了，我们下来了在楼道口",
        "要生了，刚出来点血，宫缩五分钟一回",
        # A cook's cut with the knife still in hand.
        "剁肉剁到手了，菜刀还攥着，手指头在流血",
        # A hurt said after 人没伤着.
        "叫电动车撞了一下，人没伤着，就是胳膊一动就疼",
        # A high pressure is not a low sugar eaten away.
        "高压一百九，吃了点东西好多了",
        # A fall that hurts at the hip, in an old patient.
        "老太太七十九了，跌了一跤髋有点疼",
        # A scald knocked over from further off.
        "热水壶叫小孩一脚碰翻了，小腿烫红一片",
        # A fall into a cellar, rescued: what was hurt there, not a drowning.
        "老人踩空掉进地窖，邻居救上来了，脚踝肿了",
        # A scratch to the eye itself, bleeding.
        "叫树杈划着眼睛了，眼睛直流血",
        # Not lying flat for days, the breath worse: sent.
        "这两天老是躺不平，比以前喘",
    ],
)
def test_holdout16_near_misses_are_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A blocked nose said with 出气.
        "孩子感冒了，鼻子不通气，一边鼻孔出不来气",
        # A voice lost to the throat.
        "喉咙发炎，今天一下子说不了了，光能小声",
        # An insect, a hair or an eyelash in the eye.
        "骑车的时候一个小虫飞进眼睛了",
        "头发扎到眼睛里了，眼睛有点红",
        # A bite's bump over a shoulder.
        "肩膀上被蚊子叮了，鼓了个包",
    ],
)
def test_holdout16_near_misses_are_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        # A coal fire or magnets with nobody said to be unwell: nothing to send.
        "请问冬天屋里生炉子要注意点啥",
        "烤火盆的时候裤腿燎了一下，皮肤红了一点，没起泡",
        "小孩一边吃东西一边玩巴克球",
        "屋里生着煤火，一家人都挺好",
        # The ambulance come up is no rescue from the water.
        "救护车上来了没有，我在三楼",
    ],
)
def test_holdout16_words_without_a_patient_are_not_sent(text: str) -> None:
    assert _level(text) in {"routine", "unknown"}


@pytest.mark.parametrize(
    "text",
    [
        # The cord in lay words with room for what it looked like, and a limb said after 先出来.
        "快要生了，下面耷拉出来一根滑溜溜的带子",
        "破水了，底下出来一条软乎乎的像绳子一样的",
        "媳妇怀着孕，肚子疼，先露出来的是孩子的小脚",
        # A wish to die said over, the means still gripped or already taken.
        "她嘴上说不寻短见了，剪刀还攥着不撒手",
        "他说不想自杀了，可是安眠药已经吃了",
        # A bleeding said small, taken back twice over, then said by what it does.
        "没出几滴血，不对，我说错了，一直往外涌",
        # Trapped in a vehicle beside a caller who is unhurt.
        "追尾了，我人一点没伤着，前面车的司机困在车里了",
    ],
)
def test_holdout16_families_found_in_review_are_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # 光 (only) opening the sign itself, after a denial.
        ("我爷爷啥也不吃光吐，吐了一天了", "urgent"),
        # A wish to die said over, with nothing at hand: still sent.
        ("刚才闹着要跳河，现在说不想死了", "urgent"),
        # Not lying flat said of the week.
        ("这个星期晚上老躺不平，腿也肿", "urgent"),
        # Someone's own hand or foot said after 先出来, with no labour: not a birth.
        ("我先出来的，脚崴了一下", "routine"),
        # A belt come loose or a string taken out in pregnancy is not the cord.
        ("怀孕四个月，系的带子松了掉下来了", "urgent"),
        ("怀孕七个月，从抽屉里掏出来一根绳子", "urgent"),
    ],
)
def test_holdout16_review_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level
