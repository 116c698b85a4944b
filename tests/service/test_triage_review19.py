"""Where the nineteenth set's learning read the world wrong or not at all, each said here in yet
other words. What must not move: a fever said 烧起来了 of a child or an old man, a bowel seen
while a fish or a duck is cleaned, 搞 as work done on a floor, a Wu nosebleed that runs on, a
purse or a phone dropped from a window, 要透析 heard as a bite gone through, a bump with the
patient said well, a breath with speech still joined, alert said 很清醒 after a few pills, a
fish bone already out, a welder's flash. What is sent: clothes alight and petrol lit, a chest
that does not move once, the means by the bed, a wish played down at an edge, and a grave sign
the pieces of broken speech name put back together — beside a caller's coping words or after a
full account of a pain — while a coping word still speaks for how bad a bleed feels.
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
        # Clothes or a body alight (MPDS card 7), and petrol poured and lit.
        "他蹲着烧纸，衣服烧起来了",
        "她裤子着了，腿上烧掉一层皮",
        "那人浇汽油点着了自己",
        # A chest that does not move once (MPDS card 9).
        "他胸脯半天不动一下",
        "老头躺着，胸口半天没动，喊也不应",
        # The means by the bed beside a wish to die (MPDS card 25).
        "他说活够了，药就在床头",
        "他说不想活了，药放床头了，还没吃",
        # A wish played down at an edge (MPDS card 25, a jumper).
        "他坐在楼顶边上，说只是随便说说不是真想死",
        # A fall from a building by a patient who reached for something.
        "他为了够衣服从阳台掉下去了",
        "晒被子从楼上掉下来了",
        # 上吊 as speech-to-text writes it is still a hanging.
        "他在家里上掉了",
        # Broken speech: a one-sided weakness beside coping words; blood brought up after a
        # full account.
        "我……还能说话……就是……右边……手脚……动不了……",
        "我……吐了……好大……一盆……血……眼前……发黑……",
        # 搞 as 高, with 的 or 那么.
        "从十米搞的地方掉下来了",
    ],
)
def test_review19_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A fever rising, said 烧起来了: a temperature, not a fire.
        ("宝宝下午又烧起来了，三十八度九", "urgent"),
        ("老爷子人烧起来了，摸着烫手", "urgent"),
        # A bowel seen while cleaning an animal for the pot.
        ("杀鸭子看见肠子流出来，有点恶心", "routine"),
        # 搞 as work on a floor.
        ("他在四层搞绿化，脚扭了一下，能走", "routine"),
        # A Wu nosebleed that runs on: sent, not a haemorrhage.
        ("伊鼻头出血，捏了一刻钟还在淌", "urgent"),
        # Things dropped from a height are not the patient.
        ("钱包从阳台掉下去了", "unknown"),
        ("手机从三楼掉下去了", "unknown"),
        # Off a bed, over at once (not 上吊).
        ("孩子从床上掉下来，哭了一下就好了", "routine"),
        # 透析 is a booked ride, not 咬透.
        ("下午要透析，约个车", "routine"),
        # A bump with the patient well (MPDS card 17 Alpha); not with a vomit after it.
        ("脑门撞了一下，起了个包，人没事", "routine"),
        ("老人头磕了一下，人好好的，就是吐了两回", "urgent"),
        # A breath with speech still joined.
        ("他喘得很，讲话连得上，能说整句", "urgent"),
        # Alert said 很清醒 after a few pills.
        ("他吃了七八片安眠药，现在很清醒", "urgent"),
        # A fish bone already out.
        ("吃鱼被刺卡了，已经咳出来了", "routine"),
        # Cantonese: brought up once, fine now.
        ("个仔呕咗一次，而家冇事", "routine"),
        # A welder's flash in the eyes, not a shock.
        ("他下午电焊打了眼，眼睛睁不开，直流泪", "routine"),
        # Means said beside no wish: nothing.
        ("药放在床头，记得按时吃", "unknown"),
        # Broken speech with a coping word: the black vomit is felt as the caller says.
        ("我…胃…一直…疼…吐…吐出来的…有点…发黑…还行…", "urgent"),
    ],
)
def test_review19_keeps_its_level(text: str, level: str) -> None:
    assert _level(text) == level
