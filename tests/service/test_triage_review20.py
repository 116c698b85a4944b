"""Where the twentieth set's learning read the world wrong or not at all, each said here in yet
other words. What is sent at once: someone still in the car after the others climbed out, a
faint after a sting however small the swelling, a drowsiness after a knock to the head (said
well at first or not), a burn told from one part of the trunk to another or felt 火辣辣. What is
sent, not lights and sirens: a rollover said without a pause before the climb out, a chest the
seat belt held, a knock said by the table's corner. What stays minor: a child back at play in
the south-west or in Wu, a sting's small patch swollen, a welder's flash said of sore eyes. What
is not what it sounds like: 孩子头 for 指头, a parcel or trousers torn open, heartburn told by how
far it rises, 翻了人 in 车翻了人爬出来了.
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
        # Someone still inside a crashed car, whoever else got out (MPDS card 29, trapped).
        "车侧翻了，司机钻出来了，后座还有个老人在车里面没出来",
        "翻车了，我们都爬出来了，车里还有人",
        "两个人自己下的车，还有人在里面，喊不出来",
        # A faint, or the throat, after a sting with a small swelling (MPDS card 2).
        "胳膊让马蜂叮了，有点肿，刚才人晕过去了",
        "蜜蜂蜇了脚背，肿了一点，一会儿就晕倒了",
        "被蜂子蜇了，手指头有点肿，嗓子发紧",
        # Drowsy after a knock to the head (MPDS cards 17 and 30: not alert).
        "小孩后脑勺磕地上了，现在总想睡觉",
        "孩子头撞到门上，开始还好好的，现在光想睡",
        "儿子头磕了一下，刚开始好好的，现在吐了，叫醒了又睡",
        "孩子磕到茶几上了，一直想睡觉",
        # A burn told by its extent (MPDS card 7).
        "他从脖子到腰那一块全烫伤了",
        "从后背一直到屁股都烧伤了",
        "两条胳膊都烧了，火辣辣的",
    ],
)
def test_review20_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A rollover said without a pause, then the climb out: sent (MPDS card 29).
        ("面包车翻了人爬出来了胳膊疼", "urgent"),
        ("车翻了人自己爬出来了说头疼", "urgent"),
        # A person knocked over or pinned, said without a pause, is still read as that.
        ("电动车撞翻了人，人躺着不动", "critical"),
        ("拖拉机翻了人压在底下", "critical"),
        # A chest the seat belt held in a crash: the belt's bruise, unless more is said.
        ("追尾了，人自己下的车，胸口被安全带勒得有点疼", "urgent"),
        ("撞车了，安全带勒得胸口疼", "urgent"),
        ("撞车了，胸口被安全带勒了，现在喘不上气", "critical"),
        ("撞车了，安全带勒得胸口疼，脸煞白一身冷汗", "critical"),
        ("开车系着安全带，胸口突然疼得厉害", "critical"),
        # A knock said by what was struck: a knock to the head, lowered by the child well.
        ("孩子撞到门框上了", "urgent"),
        ("孩子磕到床沿了，起了个包，现在在那耍", "routine"),
        ("我撞到柜子角了，额头起了个包，不晕不吐", "routine"),
        # A knock then a vomit, the child said well at first: a knock with a vomit.
        ("孩子头撞了一下，当时好好的，过了一会开始吐", "urgent"),
        # A child back at play in the south-west and in Wu.
        ("娃儿额头碰到了，哭了几声，好好的在耍", "routine"),
        ("小囡头上碰了一记，又在白相了", "routine"),
        # A sting's small patch swollen is its own; with a vomit or hives all over it is more.
        ("被马蜂叮了，手背红肿了一小片", "routine"),
        ("脚背让蜜蜂蜇了，肿起一小片，有点疼", "routine"),
        ("马蜂蜇了，手背有点肿，浑身起疙瘩", "urgent"),
        # A welder's flash said of sore eyes.
        ("他电焊没戴面罩，眼睛疼得睁不开，一直流眼泪", "routine"),
        ("电焊晃了眼，眼睛红，淌眼泪", "routine"),
        # Drowsy with no knock said: no more than the rest of the call.
        ("孩子发烧两天，老想睡", "urgent"),
        # A burn said small, or a fever and heartburn said with 烧, stay what they are.
        ("孩子发烧，后背烧得滚烫", "urgent"),
        ("手背烫伤了一小块，起了个小泡", "routine"),
    ],
)
def test_review20_keeps_its_level(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # 孩子头 is the child's head, not 指头 heard by sound: a knock with a vomit is no
        # stubbed toe.
        "孩子头磕了，一直吐",
        "孩子头撞了一下，吐了两回",
        # Skin torn open by a bite: a wound to close however little it bleeds.
        "狗把他手背撕开一道口子，血不多",
        "被狗咬了大腿，撕了个大口子",
    ],
)
def test_review20_sent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A tear said of a thing, not the skin.
        "快递袋子撕开了个口子",
        "裤子扯了个口子",
        "纸箱撕了个大口子，东西掉出来了",
    ],
)
def test_review20_a_thing_torn_is_no_skin_torn(text: str) -> None:
    findings = SHIPPED.assess([text]).findings
    assert not any(f.id in ("skin_torn_open", "skin_torn_said") for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        # Heartburn told by how far it rises is no large burn (its 烧到 is still read as a
        # fever's, which is not critical either).
        "从胸口一直烧到嗓子眼，吃完饭就反酸",
        "胸口烧到喉咙，老是泛酸",
    ],
)
def test_review20_heartburn_is_no_burn(text: str) -> None:
    assert _level(text) != "critical"
