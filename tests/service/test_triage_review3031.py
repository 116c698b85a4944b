"""Where holdout30 and holdout31's learning reached too far or not far enough, said in other words
than the bench, the learning's tests and the review probe: a cramp, a wall, a pull-up bar, a
scorched coat, a dressing, a diabetic's years and own insulin, dry grass and a handful bought or
opened — each read as it is, and the wish, a dissection's pain and a rib's breath still read.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A cramp that goes on, without a fever, is no fit.
        ("游泳完了胳膊抽筋，抽了好几分钟还没停，已经上岸了", "routine"),
        ("胃抽筋抽了一上午还没停，以前也犯过", "routine"),
        ("半夜抽筋了，抽了好几分钟还没停，疼得直叫唤", "routine"),
        # The wish in Wu and Cantonese said with what ends it, beside the means; 活动 is no wish.
        ("伊讲勿要活了，手里捏牢一把剪刀", "critical"),
        ("佢话唔想做人，揸住把刀锁咗门", "critical"),
        # A dressing stuck to a wound is no burn.
        ("伤口贴的纱布粘在肉上了，揭不下来，不怎么疼", "routine"),
        # A rib knocked that holds the breath back is sent; a head pain after leaving hospital is a
        # head's.
        ("她肋骨那块撞到桌角上，一喘气就疼，疼得不敢大声说话", "urgent"),
        ("我妈刚出院头又开始疼，疼得从来没这么厉害过", "urgent"),
        # A shoulder sagging under a load, a back ache from it.
        ("小伙子背包太重，一边肩膀垮着，说背上有点疼", "routine"),
        # A chest knocked on a table's edge, the breath fine.
        ("胸口在桌子边上撞了一下，有点疼，喘气正常", "routine"),
        # Half the face fallen in or the mouth fallen to a side: a stroke.
        ("我妈嘴巴突然垮到一边了，吃饭往外漏", "critical"),
        # A handful of a grandparent's diabetes pills from a bottle opened, or said 降血糖的药.
        ("孩子自己打开了药盒，把他外婆的降糖药吃了一大把", "critical"),
        ("孙子把他爷爷降血糖的药吃了好些，这会儿还在玩", "critical"),
        # Charred and clothes melted on, in other words.
        ("我弟整个人烧得黑乎乎的，叫得好惨", "critical"),
    ],
)
def test_read_as_said(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        # Things fallen in beside a side named: a wall, a bed, gums.
        "左边的院墙塌了一块，人都在屋里，没事",
        "右边的床腿塌了，老人坐到地上了，哪都不疼",
        "右边的牙床塌下去了，想问问能不能镶牙",
        # Hung from a bar at play, stuck up a tree: no hanging.
        "孩子在公园把自己挂在单杠上荡来荡去，掉下来屁股着地，没哭",
        "小孩爬树把自己挂在上面下不来，消防刚救下来，一点事没有",
        # Clothes scorched: the skin is fine.
        "他身上的衣服烧黑了一片，人一点没伤着",
        # A stock of pills, an adult's own insulin, a pen never opened.
        "家里还有好多降糖药，出院要不要带回去",
        "我妈天天自己给自己打胰岛素，想问问打完能不能洗澡",
        "孩子拿胰岛素笔玩了一下，针帽都没拆，已经收好了",
        # Dry grass and a drink.
        "今年天旱，院子里草都枯了，他喝了两瓶啤酒躺着睡了，叫得醒",
    ],
)
def test_not_critical(text: str) -> None:
    assert _level(text) != "critical"


@pytest.mark.parametrize(
    "text",
    [
        # 活动 (moving about), not 活: no wish to die.
        "阿婆话唔想活动，成日瞓喺床度，食饭都正常",
        "伊勿想活动，一日到夜坐辣沙发上，饭吃得落",
    ],
)
def test_no_wish(text: str) -> None:
    assert _level(text) in ("routine", "unknown")


def test_bites_on_the_back_are_no_back_pain() -> None:
    assert _level("背上被蚊子咬了一串包，又痒又疼") == "routine"
