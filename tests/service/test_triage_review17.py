"""Where the seventeenth set's learning read the world wrong, each said here in yet other words:
a head out already that is a boil's or a pimple's, a spot or a scar burned off on purpose, a
cyst or a growth no longer felt at the neck or the wrist, a battery held while a pill went down,
a driver who swerved from a person and crashed himself, a chemical burn rubbed by clothes, a
face swollen for a cause of its own told in pauses; and what must still be read: a head out
already in a birth said without a mark, a crash after a miss, a blade gripped said before it.
And broken speech read as the utterance leaves its signs: a turned foot joined across a pause
and said to walk is minor, while a breath or a chest said easing is still sent.
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
        # A birth under way, the head out already, with or without a mark between.
        "闺女在家要生了脑袋已经出来了快来人",
        "羊水早破了，这会儿头已经露出来了",
        # A driver who swerved from someone and crashed is the patient (MPDS card 29).
        "车没撞上人，自己拐到护栏上了，司机卡在车里出不来",
        # A blade gripped, said before the blade, at an edge (MPDS card 25).
        "他坐到窗台外边去了，手里握着一块碎玻璃",
    ],
)
def test_still_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # A boil's or a pimple's head is out already too (MPDS card 26, non-priority).
        "后脖子上那个疖子，头已经出来了，红红的",
        "下巴上的粉刺头已经露出来了",
        # A spot or a scar burned off on purpose.
        "上午去美容店点了几个斑，烧掉以后有点红",
        "腿上的旧疤用激光烧掉了一层，有点红",
        # A growth or a cyst gone down: not a pulse felt for.
        "手腕上的小囊肿压了压，现在摸不到了",
        "脖子上那个脂肪瘤最近摸不出来了",
        # A battery in the hand is not what went down.
        "维生素片咽下去了，他在一边拆遥控器的电池",
        # A shirt button swallowed is not a battery.
        "孩子把衬衣上的纽扣咽下去了，现在跟没事一样在玩",
        # A face swollen for a cause of its own, told in pauses.
        "我……眼睛……肿了……昨晚……熬夜",
        "嘴……肿了……吃辣椒……上火",
    ],
)
def test_not_raised(text: str) -> None:
    assert _level(text) in ("routine", "unknown")


@pytest.mark.parametrize(
    "text",
    [
        # Acid thrown on the body: a chemical burn, whatever the clothes rubbed afterwards.
        "让人泼了硫酸在腿上，起了好些泡，裤子一磨就疼",
    ],
)
def test_chemical_burn_not_lowered(text: str) -> None:
    assert _level(text) in ("urgent", "critical")


def test_miss_said_before_a_crash_still_lowers_the_crash_said_first() -> None:
    assert _level("以为是被车撞了，其实车没撞着他，他自己吓哭了") in ("routine", "unknown")


@pytest.mark.parametrize(
    "text",
    [
        # A foot turned (歪 for 崴) told in pauses and said to walk: the pause joins foot and
        # state, the walking says it is minor, and the pauses are the complaint's.
        "我……左脚……歪了……自己能走回去",
        "脚脖子……歪了……能下地走",
    ],
)
def test_turned_foot_in_pauses_that_walks_is_minor(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        # Said better but still told for want of breath.
        "我……憋……憋得慌……缓了一点了",
        "我……胸口……压着疼……这会儿……轻点了",
    ],
)
def test_breath_or_chest_said_easing_in_pauses_still_sent(text: str) -> None:
    assert _level(text) in ("critical", "urgent")


@pytest.mark.parametrize(
    "text",
    [
        # A critical state cut from its part by a pause, with a particle: one phrase.
        "我爸……嘴角……歪了",
        "老太太……嘴唇……乌了",
    ],
)
def test_critical_state_with_a_particle_after_a_pause_is_read_whole(text: str) -> None:
    assert _level(text) == "critical"


def test_lesser_state_with_a_particle_after_a_pause_keeps_its_own_reading() -> None:
    assert _level("我……脚踝……肿了……站久了") == "routine"
