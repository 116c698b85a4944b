"""Triage word families and reading rules learned from the twenty-first blind set's misses, each
said here in other words than any line of bench/: a choke in Cantonese (哽住, 唔出到声) and a
south-west breath that cannot get out (气都出不赢); and sent: a surgical wound come open, no urine
for hours, listless or unsteady in the south-west and Cantonese, a pain beside medicine that did
not help, blood oozing on, a bite told in pieces that say nothing alone; and minor: days without a
stool, aching legs, tooth marks only, a finger cut said cut-first, a choke coughed out, a limb
swollen purple (a bruise, not a blue face), a phone dialled at random, not lying flat said of
nights, a caller in pieces who says they are clear, an old man (老头) who is no head, the belly
tightening at intervals, a few drops of oil, a night's drink the morning after, two children
fighting, a few small spots, a treatment named in a full account. Each family has near-misses
that sound alike and keep their level.
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
        # A choke in Cantonese: 哽住, 哽亲 (MPDS card 11).
        "阿婆食汤圆哽住咗",
        "个仔食嘢哽亲，好辛苦",
        "BB食提子哽住，面都紫晒",
        # No sound gets out, in Cantonese.
        "佢食糖哽住咗，出唔到声",
        "细路卡住咗，唔出得声",
        # The breath that cannot get out fast enough, said with 气 first (south-west).
        "我老汉气都出不赢了",
        "娃儿咳得气都喘不赢",
        "她过敏了，气出不赢",
    ],
)
def test_family_read_critical(text: str) -> None:
    assert _level(text) == "critical"


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses: a sob (哽咽), a fish bone lodged (鲠住: the bone's), a rush of work, a
        # choke coughed out with nothing else wrong.
        "她哭得哽咽，说不下去",
        "鱼骨鲠住喉咙",
        "忙得出不赢",
        "孩子吃糖卡住了，已经吐出来了，哭得可响了",
        "噎了一下，咳出来了，说话正常",
    ],
)
def test_near_misses_not_critical(text: str) -> None:
    assert _level(text) != "critical"


@pytest.mark.parametrize(
    "text",
    [
        # A choke coughed out, yet the breath, the colour or the answer still fail.
        "卡住了，咳出来了，可还是喘不上气",
        "卡住了，吐出来了，可脸还是紫的",
        "噎住了，咳了半天还没咳出来",
        "噎住了还没咳出来",
        # A swelling gone purple at the lips, a reaction's.
        "嘴唇肿得发紫",
        # Not lying flat that came on tonight.
        "这两宿还好，今晚突然躺不下",
        # Coping words beside a chest pain with a sweat, in pieces.
        "我…人…还清醒…就是…胸口…压着…疼…出汗",
        # A night's drink beside no answer, blood brought up, or a chest with a sweat.
        "昨晚喝醉了，今天早上叫不醒",
        "昨晚喝多了，今天一直吐血",
        "昨天晚上喝多了，早上起来胸口疼出汗",
        # Children fighting with a wound that is grave.
        "两个学生打架，一个被捅了一刀",
        "俩孩子打起来了，一个头磕破了，血流不止",
        # A few spots beside the breath.
        "吃了虾，起了几个红点，喘不上气",
        "过敏了，起了几个小红点，嗓子发紧",
        # An old man whose head is hurt is still a head.
        "老头头上被砍了一刀",
        "老头叫人捅了肚子",
        # Broken speech with the breath in it.
        "我…刚…透析…回来…喘…不上…气…",
    ],
)
def test_near_misses_stay_critical(text: str) -> None:
    assert _level(text) == "critical"


# --- sent, not critical, and not less -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # A surgical wound or its stitches come open.
        "做完阑尾手术，刀口崩开了",
        "拆线以后伤口又裂开了",
        "剖腹产的切口裂开了，流了点水",
        "缝的线崩了，伤口豁开了",
        # No urine over a stretch of time.
        "孩子拉肚子，大半天没撒尿",
        "宝宝发烧，一上午没尿尿",
        "老人吐了一天，一天一夜没解小便",
        # Listless in the south-west, worn out and unsteady in Cantonese.
        "娃儿发烧，焉耷耷的",
        "孩子拉稀，蔫耷耷的不想吃东西",
        "阿爷好攰，企唔稳",
        "我阿妈企都企唔住",
        # A pain beside medicine that did not help.
        "肚子疼得受不了，止疼药吃了也不管用",
        "疼得受不了，止痛药吃了没用",
        "药吃了，还是疼",
        # Blood oozing on.
        "拔完牙，血一直往外渗",
        "伤口缝好了，血还在往外渗",
        "我…拔完牙…嘴里…血…一直…往外渗…",
        # A bite told in pieces that say nothing alone.
        "被…狗…咬了…小腿…肉…翻出来了…",
        "被…狗…咬了…胳膊…肉…撕开了…",
        # A limb swollen purple: a bruise or a fracture's swelling.
        "脚面被砸了，鞋脱不下来，肿得发紫",
        "手腕摔了一下，现在又肿又紫",
        "小腿被踢了一脚，肿起来发紫",
        # Not lying flat said of nights: a heart failure worsening, sent.
        "俺爹心衰，这两宿躺不下",
        "我妈这几晚躺不平，得靠着睡",
        "老人两个晚上躺不下去了，咳嗽",
        # A caller in pieces who says they are clear.
        "我…心里…慌…跳得…好快…人…还清醒…",
        "我…头…晕…人…清醒…",
        # The belly tightening at intervals: labour as felt.
        "怀孕三十四周，肚子隔一会儿就硬一下",
        "预产期还有半个月，肚子十来分钟紧一次",
        "我…怀孕…三十三周…肚子…隔几分钟…紧一下…",
        # A drinker whose drink was last night still sent beside a head that bursts or a
        # vomiting that goes on.
        "昨晚喝多了，今天突然头疼得像要炸开",
        "昨晚喝多了，今天一直吐，吐了十几回",
        # A treatment named in a full account of a fever.
        "放疗…第三天…发烧…三十八度…浑身…冷…",
        "透析…回来…发烧…三十九度…打…哆嗦…",
    ],
)
def test_family_read_urgent(text: str) -> None:
    assert _level(text) == "urgent"


@pytest.mark.parametrize(
    "text",
    [
        # Near-misses that keep their level: lips cracked, a coat's thread, a wet bed.
        ("嘴唇干得裂开了", "routine"),
        ("衣服的线崩了", "unknown"),
        ("他没事了，一觉睡到天亮", "unknown"),
        # 手 of 手术 names no hand.
        ("手术切了，手还麻", "unknown"),
        # A chest that tightens at intervals is no labour.
        ("胸口隔几分钟就紧一下", "unknown"),
        # A graze, a scratch: as before.
        ("被狗咬了，有几个牙印，一直流血", "urgent"),
        ("狗咬了脸，有几个牙印", "urgent"),
        ("被狗咬了，有两个牙印，肉都翻出来了", "urgent"),
        ("两个大人打架，一个满脸是血", "critical"),
        ("我妈老头疼", "urgent"),
    ],
)
def test_near_misses_keep_their_level(text: tuple[str, str]) -> None:
    said, level = text
    assert _level(said) == level


# --- minor -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # Days without a stool.
        "我爸三天没解大便了，肚子有点胀",
        "老人一个星期没大便了",
        "孩子好几天拉不出屎",
        # Legs that ache.
        "老人走了一天路，腿酸",
        "我腿有点酸，想去医院看看",
        "爬完山腿发酸",
        # Tooth marks only.
        "被猫咬了一口，留了个牙印",
        "狗咬了一下，就一个牙印，没破皮",
        "邻居家狗轻轻咬了一口，就两个牙印，没出血",
        # A finger cut, said cut-first, bleeding stopped.
        "我切菜切了手指，已经不流血了",
        "她割了手，血止住了",
        # A choke coughed or spat out, the patient well.
        "孩子吃糖卡住了，已经吐出来了，哭得可响了",
        "老人吃饭噎了一下，咳出来了，说话正常",
        "呛着了，已经咳出来了，现在没事了",
        # A few drops of oil.
        "炒菜溅了几滴油，手上红了一点",
        "油锅崩了点油星，胳膊红了一小块",
        "刚说烫伤了，其实就是手背溅了点油",
        # A night's drink, a headache the morning after.
        "昨晚喝多了，今天有点头疼",
        "昨天喝醉了，今天头疼恶心",
        "我昨儿喝大了，今天脑袋疼，想问问吃啥药",
        # Two children fighting, what they did read by itself.
        "两个学生打架，一个脸上抓了一道",
        "俩孩子打起来了，一个鼻子出了点血，已经止住了",
        "幼儿园两个小朋友打架，一个胳膊上有牙印",
        # A few small spots.
        "过敏了，起了几个小红点",
        "吃了芒果，嘴边起了几个小疙瘩，不痒",
        "打完针胳膊上起了几个红点",
    ],
)
def test_family_read_routine(text: str) -> None:
    assert _level(text) == "routine"


@pytest.mark.parametrize(
    "text",
    [
        # A phone dialled at random by a child, said to be nothing.
        "我屋里娃儿拿电话乱打的，没得事",
        "小孩拿手机乱按打过去的，不好意思",
        "孩子乱拨的电话，没事",
    ],
)
def test_nothing_of_a_patient(text: str) -> None:
    assert _level(text) == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        # Speech that is muddled stays a stroke sign, whoever dials.
        "她说话乱七八糟",
        "他打电话来说话不清楚",
        "我爸突然说话乱了，嘴也歪了",
    ],
)
def test_muddled_speech_stays_critical(text: str) -> None:
    assert _level(text) == "critical"
