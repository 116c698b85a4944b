"""Triage word families and reading rules learned from the nineteenth blind set's misses, each said
here in other words than any line of bench/: the bowel seen through a wound, a collapse down a pit
or a rescuer overcome (gas), a person alight, a chest that does not move at all, called and the
eyes stay shut, bleeding that flows on in Wu, a height written 搞, a wish to die played down or
the means said within reach, a clause about the whole patient with a subject of its own; and
urgent: Cantonese vomiting, weakness and a limb that will not move, a foot rotting black, a
bite told in full in broken speech, a caller who says they are clear, a patient out in the heat
clear when asked. Each family has near-misses that sound alike and keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- under-triaged before: critical ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The bowel seen through a wound (MPDS card 27, a wound to the trunk).
        "肚子被划开了，肠子露在外面",
        "他被钢筋戳了肚子，能看见肠子",
        "刀口那儿肠子跑出来了",
        # Collapsed down a pit, a cellar or a sewer: the air there (MPDS cards 8 and 23).
        "窨井里有个工人晕倒了",
        "红薯窖里倒下一个人",
        "他倒在下水道里了",
        # ... or one who went down to help went down too.
        "他儿子下去拉他，也没上来",
        "第一个下井的晕了，下井救的那个也倒下了",
        "进去救人的也晕在里面了",
        # A person alight (MPDS card 7); 人烧起来了 alone is a fever rising (test_triage_review19).
        "炉子爆了，他浑身都着了",
        "厨房起火，老人衣服着了",
        "他整个人都着了，在地上打滚",
        # A chest that does not move at all: no breath (MPDS card 9).
        "胸脯一点也不动了",
        "我看他胸口根本不动",
        "小孩胸口压根不动",
        # Called, and the eyes stay shut: no answer to a voice.
        "喊她眼都睁不开",
        "叫了半天眼睛不睁",
        "叫他，他眼睛睁不开，也不吭声",
        # Bleeding that flows on, as said in Wu and elsewhere (MPDS card 21).
        "手上血淌勿停",
        "脑袋上的血淌个不停",
        # A height in metres with 高 written 搞 (MPDS card 17, a long fall).
        "从五米搞的架子上摔下来了",
        "他从四五米搞的地方摔下来了",
        "有人从三层搞的平台摔下来",
        # A wish to die played down, with the means in hand or within reach (MPDS card 25).
        "他说不是真想死，可手里拿着菜刀不放",
        "她嘴上说说要死，安眠药就在枕头边上",
        "不想活了，绳子都准备好了",
        "我……不想活了……药……就在手边……",
        # A clause about the whole patient has its own subject: a collapse, not a dizzy head.
        "头上磕破了，人昏过去了",
        "脑袋撞了，人叫不醒",
        "后脑勺流了好多血，整个人昏过去了",
    ],
)
def test_family_read_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: the words of those families in everyday sense.
        "肠子疼了一天",
        "吃了香肠以后拉肚子",
        "拉出来一条像肠子一样的虫",
        "在污水池边上滑了一跤，膝盖擦破了",
        "地窖里摔了一跤，脚崴了",
        "老人着了凉，有点咳嗽",
        "锅里油着了，手背烫红一小块",
        "孩子困得眼睛睁不开",
        "眼睛肿得睁不开",
        "鼻血淌勿停",
        "他搞装修从凳子上摔下来了",
        "他不是真想死，就是喝多了说胡话",
        "刀就在手边，我在切菜",
        "药在手边放着，想问吃法",
        "头有点晕，人还清醒",
    ],
)
def test_near_misses_not_critical(text: str) -> None:
    assert _level(text) != "critical"


# --- read as urgent ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Vomiting, weakness and off food, in Cantonese.
        "佢呕咗好多次",
        "我老豆好冇力，食唔落饭",
        "阿嫲成日呕，冇晒力",
        # A limb that will not move, in Cantonese (郁都唔郁得): the limb's, not a collapse.
        "只手郁都唔郁得",
        "佢跌亲，只脚郁唔郁得",
        "手指郁都唔郁得，肿咗",
        # A foot rotting, black or foul (a diabetic foot).
        "外婆脚趾头烂了，流脓",
        "糖尿病，脚后跟发黑了",
        "他脚面溃烂好几天了",
        # Out in the heat, clear when asked (MPDS card 20, alert): sent, not critical.
        "在太阳底下晒晕了，现在问啥都明白",
        "中暑了，头晕，一身汗，问话都明白",
        "天太热晒晕了，坐下缓了缓，问他话明白",
        # Broken speech from a caller who says they are clear (人……还清楚).
        "我……心跳……好快……人还清楚……",
        "我……肚子……疼……好几个钟头……人还清楚……",
        "我……头晕……想吐……人清楚……",
    ],
)
def test_family_read_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # A bite told in full in broken speech: the bite's pain, not breath run short.
        "我……被狗咬了……小腿上……肉……撕开了……疼……",
        "我……让猫咬了……手背……破了……有点……疼……",
        "我……被邻居家的狗咬了……腿上……流血……走路……疼……",
    ],
)
def test_bite_told_in_pieces_not_critical(text: str) -> None:
    assert _level(text) in {"urgent", "routine"}


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses that stay critical: broken speech with a real critical finding, a denied
        # ability, a chest or a breath, a snake bite with the eyes failing.
        "我……喘……不上……气……",
        "我……被……蛇……咬了……看东西……模糊……",
        "我……不能……说话……",
        "我……胸口……闷……说话……不清楚……",
        "叫佢唔应",
        "中暑了，人迷迷糊糊，问话不明白",
    ],
)
def test_near_misses_stay_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    ["脚臭得很", "脚底磨了个泡", "袜子穿久了脚发黑"],
)
def test_foot_near_misses_not_urgent(text: str) -> None:
    assert _level(text) in {"routine", "unknown"}
