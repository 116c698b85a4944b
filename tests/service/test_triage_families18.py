"""Triage word families and reading rules learned from the eighteenth blind set's misses, each said
here in other words than any line of bench/: a stroke's face or speech after the caller denies a
drink or a fall (a denied `unless` word explains nothing away), hands at the throat or a child
who suddenly cannot cry (a choke), wild mushrooms and a stomach upset, breaths counted few or a
chest that barely rises, a headache the worst ever felt (urgent alone, critical with a changed
mind or sight), eyelids that will not lift after a snake bite and a snake bite told in pieces,
someone outside a window or a railing high up, Cantonese 透唔到气; a diabetic sweating or shaking,
several cuts on a wrist (心情不好 denies nothing after it), struck by an e-bike; and, over-triaged
before: a course in CPR, a single scratch by a cat, a nail lifted a little, a drinker's broken
speech told in full. Each family has near-misses that sound alike and keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


# --- under-triaged: critical -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A stroke's signs after a drink or a fall denied (MPDS card 28).
        "我妈没喝酒,就是舌头发硬,说话不清楚",
        "她没摔着,就是突然嘴歪了",
        "老爷子没磕着哪儿,一边脸往下耷拉",
        # Hands at the throat, a child who of a sudden cannot cry (MPDS card 11).
        "孩子吃着果冻,两只小手抓着喉咙",
        "宝宝刚才还好好的,突然哭不出声了",
        "老人吃汤圆,手掐着喉咙脸发紫",
        # Breaths counted few (MPDS card 9, ineffective breathing).
        "他躺着,一分钟才喘两三下",
        "老太太好半天才吸一口气",
        # A chest that barely rises.
        "人倒在地上,胸脯起伏很弱",
        "他叫不答应,胸口起伏几乎没有",
        # The worst headache ever, with a changed mind or sight (MPDS card 18 with card 28).
        "头疼,从来没有这么疼过,现在看东西重影",
        "他说脑袋这辈子最疼的一次,人有点糊涂了",
        # Eyelids that will not lift after a snake bite (MPDS card 3, venom at the nerves).
        "被蛇咬了,现在眼皮抬不起来",
        "我…被蛇…咬了…眼皮…往下耷拉",
        # Outside a window or a railing high up (MPDS card 25), the threat said of another first.
        "不是我妈要跳,是邻居说她儿子坐到窗台外边去了,住二十三楼",
        "我弟站在阳台外,这是十五层",
        "他翻到护栏外面了,楼顶,三十几层",
        # Cannot breathe, in Cantonese (MPDS card 2 with a swollen face).
        "佢食咗虾,块面好肿,透唔过气",
        "阿妈话唞唔到气,好辛苦",
        # Wild mushrooms and a stomach upset, however clear the patient (amatoxin acts late).
        "一家人吃了山上捡的菌子,上吐下泻,人都清醒",
        "我爸吃了自己采的野生菌,恶心想吐",
    ],
)
def test_family_read_critical(text: str) -> None:
    assert _level(text) == "critical"


# --- read as urgent ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The worst headache ever, the patient clear (MPDS card 18, C): sent, not critical.
        "头疼,从来没有这么疼过",
        "我老公说脑袋从没这么疼过,人还清楚",
        # A snake bite told in pieces, no more said (MPDS card 3).
        "被蛇……咬了",
        # A diabetic sweating or shaking (MPDS card 13, alert).
        "我爸有糖尿病,打完胰岛素手抖冒冷汗,还能说话",
        "老伴血糖一向不稳,这会儿直哆嗦,喊他知道",
        # Several cuts on a wrist, said shallow (MPDS card 25).
        "她心情不好在胳膊上划了好几道",
        "他在手腕上割了几道,不深",
        # Struck by an e-bike or a bicycle (MPDS card 29).
        "我妈被电瓶车撞了,膝盖擦破点皮",
        "孩子让自行车撞了一下,能走",
    ],
)
def test_family_read_urgent(text: str) -> None:
    assert _level(text) == "urgent"


# --- near-misses: must not move ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A drinker's thick tongue is still the drink's; 不少 is no denial.
        ("他喝了不少酒,说话不清楚", "unknown"),
        ("他喝多了,舌头都大了说话不清楚", "urgent"),
        # A grip on another's neck, a hand on a sore neck: not a choke.
        ("他掐着我脖子", "unknown"),
        ("脖子疼,手捂着脖子", "urgent"),
        # A breath counted fast, a chest that rises evenly.
        ("一分钟喘三十多下", "urgent"),
        ("胸口起伏挺均匀", "unknown"),
        # The worst pain of another part is that part's (a belly's sent: 没这么 denies nothing),
        # or an injured finger's.
        ("肚子从来没这么疼过", "urgent"),
        ("摔了一跤手指头从来没这么疼过", "urgent"),
        # Heavy eyelids with no bite: sleepy; a snake bite with a swelling only.
        ("困了眼皮睁不开", "unknown"),
        ("被蛇咬了,脚肿了", "urgent"),
        ("被蛇吓了一跳,狗咬了一口", "urgent"),
        # High up but inside, low down outside, or a chore at the window.
        ("我住十八楼,腿疼", "routine"),
        ("他在窗台外面站着,二楼", "unknown"),
        ("她在窗台外擦玻璃,十二楼", "unknown"),
        # A fall from a floor is read as before.
        ("有人从七楼跳下来了,腿折了", "critical"),
        # Breathing fine in Cantonese.
        ("佢透气冇问题", "unknown"),
        # A course in CPR asked about; CPR being done.
        ("想报个心肺复苏的培训班", "unknown"),
        ("cpr课程怎么报名", "unknown"),
        ("他倒了我在做心肺复苏", "critical"),
        # Shop mushrooms, wild ones with nothing felt.
        ("吃了超市买的蘑菇,有点拉肚子", "routine"),
        ("吃了野生菌,没啥感觉", "unknown"),
        # A diabetic who only wants a check-up; a mood with no cut.
        ("有糖尿病,今天想约个复查", "routine"),
        ("心情不好,不想吃饭", "unknown"),
        # Riding a bicycle and falling: not struck.
        ("骑自行车摔了一跤,手擦破了", "routine"),
        # A single scratch, a nail lifted a little: the skin's; a bite, a nail off: sent.
        ("孩子被猫抓了一下,想问打不打疫苗", "routine"),
        ("狗挠了一下手背,破了点皮", "routine"),
        ("被狗咬了一下", "urgent"),
        ("被猫抓了一下,血流了好多", "urgent"),
        ("脚指甲盖掀起来一点,有点疼", "routine"),
        ("指甲盖掀了,全掉了", "urgent"),
        # A drinker told in full breaks off for the drink; with the breath it stays critical.
        ("我……喝多了……吐了好几回……胃……难受", "urgent"),
        ("我……喝多了……喘不上气", "critical"),
        ("我……喝醉了……胸口……疼", "critical"),
    ],
)
def test_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level
