"""Triage word families learned from the thirtieth and thirty-first blind sets' misses and the
known leftovers, each said here in other words than any line of bench/, with near-misses that
keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "near_miss", "near_level"),
    [
        # A known aortic dissection, heard by a slip, with a back pain now; a follow-up booked.
        (
            "她有主动脉嘉层，这会儿背痛得坐不住",
            "他主动脉夹层是前年的事，今天就是想约车去复查",
            "routine",
        ),
        # A wish the patient will not own up to, beside the means in hand.
        (
            "她死不承认想自杀，可手里一直攥着刀片",
            "他不承认偷吃了糖，就是牙有点疼",
            "routine",
        ),
        # A fit not stopped, in Hunan and Cantonese words; a leg cramp that goes on.
        (
            "伢子烧得滚烫，抽筋抽咯好一阵都冇停",
            "我小腿抽筋抽了好久还没停，揉了一会儿",
            "routine",
        ),
        # Half the face fallen in, in the south-west; a face fallen in displeasure said whole.
        (
            "俺爸吃着饭半边脸垮下来了",
            "他听完脸一下子垮了，转身回屋了",
            "unknown",
        ),
        # The wish said in Cantonese, a blade held in its words; a Wu caller who will not eat.
        (
            "佢揸住把刀，话唔想活啦",
            "伊讲勿想吃饭，就是有眼咳嗽",
            "routine",
        ),
        # Hanged by one's own hand and taken down; a rope for the washing.
        (
            "我叔拿电线把自个吊在暖气管上，刚给解下来",
            "院子里绳子挂在树上，用来晾衣服",
            "unknown",
        ),
        # Burned to rags, clothes into the flesh; a boiler's splash.
        (
            "仓库起火，有个工人下半身烧得焦黑，裤子都跟肉粘一块了",
            "衣服被汗粘在身上，天太热了，人有点乏",
            "routine",
        ),
    ],
)
def test_a_grave_sign_in_other_words_is_critical(
    text: str, near_miss: str, near_level: str
) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == near_level


@pytest.mark.parametrize(
    ("text", "near_miss", "near_level"),
    [
        # A diabetes medicine counted as many or named by the drug, in a child's hands; one extra
        # tablet of the patient's own.
        (
            "我闺女三岁，把她姥姥的糖尿病药吃了一把",
            "我爸早上降糖药多吃了一片，现在没啥感觉",
            "urgent",
        ),
        ("孙子把消渴丸当糖豆吃了", "孩子吃了一颗钙片", "routine"),
        (
            "小孩拿他妈的胰岛素笔玩，往自己身上扎了",
            "孩子把我的钢笔拿去玩了，在本子上乱画",
            "unknown",
        ),
        # A weed killer named with its first sound lost, drunk; a licorice tablet.
        ("他喝了敢草枯", "嗓子疼，含了两片甘草片", "routine"),
    ],
)
def test_a_poison_for_a_child_or_by_a_slip_is_critical(
    text: str, near_miss: str, near_level: str
) -> None:
    assert _level(text) == "critical"
    assert _level(near_miss) == near_level


@pytest.mark.parametrize(
    ("text", "level", "near_miss", "near_level"),
    [
        # The chest knocked on an edge, the breath fine; with a sweat it stays critical.
        (
            "我爸前胸磕到桌角了，有点疼",
            "routine",
            "我爸前胸磕到桌角了，胸口疼得直冒冷汗",
            "critical",
        ),
        # A fit said over, the waking in a clause of its own or said 好了; one that lasted long
        # stays critical after the waking.
        (
            "他有羊癫疯，刚抽完，醒了，胳膊擦破点皮",
            "urgent",
            "他抽了十来分钟才停，刚醒，人还迷糊",
            "critical",
        ),
        (
            "她癫痫犯了一回，已经好了，就是嘴唇咬破了",
            "urgent",
            "他今天抽了第四回了，刚醒",
            "critical",
        ),
        # A hay fever told in pieces; a throat that tightens in pieces stays critical.
        ("我……对花粉……过敏……鼻子……一直……流清水……", "urgent", "我……过敏……嗓子……发紧……", "critical"),
        # A nail dark after a stub; lips gone blue stay the colour.
        ("脚趾头踢到门槛了，指甲有点紫", "routine", "他嘴唇有点紫，喘得厉害", "critical"),
    ],
)
def test_over_triage_families_keep_their_level(
    text: str, level: str, near_miss: str, near_level: str
) -> None:
    assert _level(text) == level
    assert _level(near_miss) == near_level
