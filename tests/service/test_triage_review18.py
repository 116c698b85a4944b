"""Where the eighteenth set's learning read the world wrong or not at all, each said here in yet
other words: legs over a roof's edge, a jump towards water, a child who cannot cry after something
in the mouth, a driver shut in a wreck, the worst headache with a stiff neck or legs that give
way, breaths once in a long while, the visions of wild mushrooms, a swollen face and a short
breath in Cantonese, Wu and the south-west, a pain that tears; and what must not move: legs over
a bed's edge, grief too deep for tears, keys locked in a car, a torn ligament, a CPR course asked
about, the marks of cupping found in a correction, seeing and too much heard as chopping. A limb
chopped is sent. And broken speech read whole: a minor complaint put back together is minor, a
chest and a sweat put back together are still sent; a hoarse voice in pieces is a cold's, and a
breath that will not come after a sore throat is the breath's.
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
        # Legs over the edge of a roof or a balcony (MPDS card 25, jumper), after a correction too.
        "她坐在天台边上，两条腿悬在外面",
        "不是他，是他女朋友坐到阳台边上了，脚伸出去了",
        # A jump said towards the water from outside a railing.
        "不是我妹，是我妈站在桥栏杆外面，说要往江里跳",
        # Something in the mouth, then no cry (MPDS card 11).
        "娃嘴里含着花生，这会儿哭不出声了",
        "宝宝吃果冻噎住了，想哭哭不出来",
        # Shut in a wreck (MPDS card 29, pinned).
        "大货车把小轿车顶变形了，开车的卡在里头拽不出来",
        "翻车了，副驾的腿夹住了，怎么也弄不出来",
        # The worst headache with a stiff neck, or legs that give way (MPDS card 18 with 28).
        "我媳妇说脑袋这辈子最疼的一次，脖子发僵",
        "他喊后脑勺疼，一辈子没这么疼过，站不稳了",
        # Breaths once in a long while (MPDS card 9).
        "爷爷躺着不动，一分钟才鼓一下",
        # Wild mushrooms and their visions.
        "他们吃了山上的野生菌，现在都说看到小人满屋跑",
        # A swollen face and a short breath, in Cantonese, Wu and the south-west.
        "佢食完蟹个口唇肿咗，唞唔切",
        "阿婆成身起红点，讲唔出声",
        "伊吃了花生，面孔肿了，透勿过气",
        "娃儿吃了虾，嘴巴肿起了，出气不赢",
        # A headache taken back with 不对 and said worse, then a changed mind: still the head's.
        "一开始说是有点头疼，不对，她说疼得受不了，人都糊涂了",
        # A pain that tears (MPDS cards 10 and 5).
        "胸口突然像撕裂一样疼，往背上走",
        "后背撕着疼，一身冷汗",
        # A chest and a sweat said in pieces are still a chest and a sweat.
        "我…心口…有点…难受…一身…汗…",
        "我…胸口…有点…闷…",
        # A breath that will not come, after a throat named in the clause before, is no throat's.
        "嗓子眼疼了两天，这会儿喘不上气了",
        # A CPR learned before, a patient not breathing now.
        "我学过心肺复苏，正在给他按，他没气了",
        "我在给我妈做胸外按压和人工呼吸，你们快点",
        # A chest pain beside cupping but not found to be it.
        "拔完火罐胸口压着疼，出冷汗",
    ],
)
def test_read_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The worst headache, clear and with no more said: sent (MPDS card 18, C).
        ("他说脑门疼，这是最厉害的一回", "urgent"),
        # Never this bad is no denial, of a belly too.
        ("胃从来没这么痛过", "urgent"),
        # Legs over a bed's edge; keys locked in a car; a torn ligament.
        ("老人坐在床边上，腿耷拉到外面", "unknown"),
        ("车钥匙锁车里了，车门打不开", "unknown"),
        ("车门锁坏了打不开，里面没人", "unknown"),
        ("打球韧带撕裂了，膝盖像撕开一样疼", "urgent"),
        # A CPR course asked about in other words: an enquiry.
        ("单位让我们去考心肺复苏的证，在哪考", "unknown"),
        ("想报名学胸外按压，多少钱", "unknown"),
        ("打听一下，哪有教心肺复苏之类的急救课", "unknown"),
        ("人工呼吸和胸外按压的讲座在几楼", "unknown"),
        # A chest pain found, when asked again, to be the marks of cupping or scraping.
        ("我婆婆说胸口疼，后来才知道是拔火罐拔的印子疼", "routine"),
        ("他说心口疼，问清楚了是刮痧刮的", "routine"),
        # A minor complaint said in pieces, put back together.
        ("我…眼睛…有点…涩…", "routine"),
        ("我…被…蚊子…叮了…好几个…包…", "routine"),
        # A lip or an eyelid swollen in its own piece, with a cause of its own, stays minor.
        ("眼皮……肿了……熬夜熬的", "routine"),
        # A chest pain taken back with 不对 for the stomach's is the stomach's.
        ("他说胸口疼，不对，是胃里疼", "urgent"),
        # A back sore again with words between, whole or in pieces: an ache.
        ("我…后腰…又有点…酸…", "routine"),
        ("腰杆又酸了，天一冷就这样", "routine"),
        # A voice gone hoarse, whole or in pieces: a cold's or a cry's.
        ("孩子闹了半天，嗓子都哭哑了", "routine"),
        ("我…声音…有点…沙哑…", "routine"),
        # A limb chopped, however bound (MPDS card 21); the back of a hand is no trunk.
        ("劈柴的时候斧子劈到小腿了", "urgent"),
        ("剁排骨剁到手背，口子不小，按住了", "urgent"),
        # Seeing and too much are not chopping.
        ("我看到脚上起了个小泡", "routine"),
        ("晚饭吃多了，肚子有点撑", "routine"),
    ],
)
def test_read_as(text: str, level: str) -> None:
    assert _level(text) == level


def test_a_limb_that_tears_is_a_muscle_not_the_aorta() -> None:
    assert _level("打篮球拉伤了，小腿肚子像撕裂一样疼") != "critical"


def test_grief_too_deep_for_tears_is_not_a_choke() -> None:
    assert _level("他爸走了，他难受得想哭哭不出来") != "critical"
