"""Triage word families and reading rules learned from the twenty-second blind set's misses, each
said here in other words than any line of bench/: critical — a fit said not to be an ordinary
cramp, an engine running in a garage said of the car by another name, slumped in a seat,
Cantonese out cold (唔知人事), pesticide carried on the back, a diabetic clammy and muddled, blood
dripping at a wrist beside a blade held, coffee grounds said with how often; sent — the cold said
by what it did, a wound infected with a fever, a baby who will not feed, an unknown kind of
snake or insect (不认识的) that is no denial; routine — a fever gone, a car wanted to take a
patient back, a fish bone gone down, a sting red only where it went in. Each family has
near-misses that sound alike and keep their level.
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
        # A fit said not to be an ordinary cramp (MPDS card 12): the cramp is denied, the fit holds.
        "不是一般的抽筋，浑身一抽一抽的",
        "这不是普通的抽筋，她全身抽搐，叫不应",
        "不是单纯抽筋，孕妇，手脚一直在抽",
        # An engine left running in a garage, said of the car by another name (MPDS card 8).
        "地下车库里车子一直发动着，他在里面睡着了",
        "车库门关着，引擎还响着，里面有个人",
        "车库里车子没熄火，人趴在方向盘上不动",
        # Slumped in a seat and not sitting up.
        "人瘫在驾驶座上，叫也不应",
        "他瘫在座位上，脸色发红",
        "老人歪在座位上不动",
        # Out cold in Cantonese (唔知人事, 唔省人事).
        "阿公跌低咗，唔知人事",
        "佢突然晕低，唔省人事",
        "老豆喺屋企唔知人事",
        # Carrying pesticide on the back, then a sweat or a changed mind.
        "他背着农药打了一上午，现在一身冷汗",
        "背了一天农药，回来说胡话",
        "孭农药喷咗成日，而家出晒冷汗",
        # A diabetic clammy or sweating whose mind has changed (MPDS card 13, not alert).
        "他打胰岛素的，浑身湿冷，一直说胡话",
        "我妈有糖尿病，皮肤湿冷，答非所问",
        "吃了降糖药没吃饭，出冷汗，胡言乱语",
        # Blood dripping at a wrist beside a blade held (MPDS card 25).
        "刀片还攥着，手腕在滴血",
        "手里握着水果刀，胳膊上滴着血",
        "刀子不撒手，手腕上血往下滴",
        # Coffee grounds said with how often, with cold hands or a faint.
        "一直吐咖啡渣样的东西，手脚冰凉",
        "老是吐咖啡色的，刚才晕过去一回",
        "吐了好几回咖啡色的水，手脚冰凉",
        # Too cold to move, said in pieces.
        "我…在冰库…出不去…冻得…动不了…",
        "我在…冷藏车里…冻得…不能动了…",
    ],
)
def test_family_read_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: an ordinary cramp, a car outside, a seat taken, a Cantonese 'I don't know',
        # a backache, a diabetic clear in the mind, a cook's cut, a coffee drunk and brought up.
        "就是普通抽筋，小腿一抽一抽的",
        "他坐在车里，车子发动着，在等红灯",
        "车子发动不了，停在车库里",
        "他坐在座位上玩手机",
        "我唔知佢嘅事",
        "他背着孩子去买农药",
        "有糖尿病，手抖出冷汗，人很清醒",
        "他有糖尿病，浑身湿冷",
        "切菜划到手指，在滴血",
        "手腕在滴血",
        "喝了咖啡一直吐",
        "一直吐咖啡色的东西",
        "在雪地里冻得走不了路，说话正常",
    ],
)
def test_near_misses_not_critical(text: str) -> None:
    assert _level(text) != "critical"


# --- under-triaged before: urgent --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The cold said by what it did (MPDS card 20): frostbite, too cold to move.
        "耳朵冻得发紫，人能说话",
        "手指头冻得发白，人好好的",
        "他在外面冻得动不了了，能说话",
        "脚冻得起水泡了",
        # A wound gone red or full of pus, and a fever however slight.
        "伤口化脓了，有点发烧",
        "切口红肿，这两天发烧",
        "手术口发炎了，烧到三十八度",
        # A baby who will not feed or feeds little.
        "两个月的宝宝奶都不吃了",
        "孩子不肯吃奶，一直睡",
        "宝宝吃奶没劲，吸两口就不吸了",
        # An unknown kind (不认识的) denies nothing after it.
        "被不认识的蛇咬了一口，脚肿了",
        "是不知名的蛇咬的，有点肿",
        "叫不上名的蛇咬了小腿",
    ],
)
def test_family_read_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Near-misses that keep their level: a chill caught, a fridge's meat, a jelly choke, a wound
        # red without a fever, a baby feeding well, a patient who does not recognise people.
        ("有点冻着了，流鼻涕", "routine"),
        ("冰箱里的肉冻得发白", "unknown"),
        ("孩子吃果冻卡住了，脸发紫", "critical"),
        ("刀口有点红，不发烧", "routine"),
        ("宝宝发烧了，还能吃奶", "urgent"),
        ("他突然不认识人了", "critical"),
    ],
)
def test_near_misses_keep_their_level(text: str, level: str) -> None:
    assert _level(text) == level


# --- under-triaged or nothing before: routine --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A fever gone, said of a patient all the same.
        "孩子烧退了，就想问问还要不要去医院",
        "吃了药退烧了，现在挺好",
        "老人已经不烧了，体温正常了",
        # A car wanted to take a patient somewhere (MPDS card 33).
        "要个车送老人去复查",
        "需要车送回敬老院，人挺好的",
        "派车送他回养老院",
        # A fish bone gone down, nothing left in the throat.
        "鱼刺卡了一下，后来咽下去了，能说话",
        "被鱼骨头卡了，已经顺下去了",
        "孩子卡了根鱼刺，已经咽下去了，没事了",
        # A sting with a reaction only where it went in (MPDS card 2, Alpha).
        "被蜂蜇了一下，叮的地方有点红",
        "胳膊被蜜蜂蛰了，肿了一小块",
        "让蜜蜂蜇了，起了个小包",
    ],
)
def test_family_read_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Near-misses: a fever back again, a ride to hospital for a chest pain, a bone that will
        # not go down, a sting with a throat tightening or a face swelling.
        ("烧退了又烧起来，三十九度", "urgent"),
        ("要车送医院，他胸口疼出冷汗", "critical"),
        ("鱼刺卡在嗓子里，咽不下去", "urgent"),
        ("鱼刺咽下去了，可是喘不上气", "critical"),
        ("蜜蜂蛰了，红了一小块，嗓子发紧喘不上气", "critical"),
        ("蛰了一下，红了一点，脸肿了", "urgent"),
    ],
)
def test_near_misses_of_routine(text: str, level: str) -> None:
    assert _level(text) == level


# --- over-triaged before: broken speech that says it has passed ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A caller in pieces who says it has passed or eased is catching up, not short of breath.
        "我…站起来…眼前黑了…一下…现在…好了…",
        "我…刚才…心里…发慌…现在好多了…",
        "我…低血糖…喝了…糖水…缓过来了…",
    ],
)
def test_passed_in_pieces_not_critical(text: str) -> None:
    assert _level(text) != "critical"


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: a breath, a stroke or a chest pain with a sweat said in pieces stays
        # critical beside words that it eased.
        "我…喘不上气…好多了…",
        "我…右边…手脚…动不了…现在好点了…",
        "我…胸口…疼…好点了…又疼了…一身汗…",
    ],
)
def test_grave_in_pieces_stays_critical(text: str) -> None:
    assert _level(text) == "critical"
