"""Triage word families learned from the thirty-eighth blind set's misses: a person under a heavy
vehicle's wheel; a reaction in Cantonese words or with a wheezing throat; a poison drunk with a
dialect's 了 and froth said 冒沫沫; a blade taken up beside a wish to die; a deep burn by its look;
a hurry after a stopped heart heard by sound; a sugar in digits; a night out in the cold; Min
weakness and dialysis; not knowing people as a changed mind; a chest said with its rhythm or its
side between; Min 小可; a red mark only; everyday words heard as signs — each said here in other
words than any line of bench/, with near-misses that must keep their level.
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
        # Gone under a heavy vehicle, said by its wheel or its underside.
        ("出事了，骑车的大爷卷进了水泥罐车底下", "critical"),
        ("路口追尾了，有个人压在后轮底下出不来", "critical"),
        ("我老公卡在前轱辘下面了，快来", "critical"),
        # A tyre, a pet, a mechanic: no one under it.
        ("后轮压在钉子上了，想找人补胎", "unknown"),
        ("我家的狗钻到车底下不肯出来", "unknown"),
    ],
)
def test_under_a_heavy_vehicle(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A reaction in Cantonese words, or a face swelling with a throat that wheezes.
        ("佢食完腰果周身起风癞，讲嘢把声都变咗", "critical"),
        ("吃了芒果嘴巴肿起来了，嗓子眼里呼哧呼哧的", "critical"),
        # Hives alone, a cold's voice, a snore.
        ("佢周身起咗风癞，好痕，其他冇嘢", "urgent"),
        ("老伴睡着了，呼噜打得呼哧呼哧的", "unknown"),
    ],
)
def test_a_reaction_in_other_words(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A poison drunk with a dialect's 了, and froth said reduplicated.
        ("我公公把百虫灵喝咧，嘴边直冒沫沫", "critical"),
        ("他把一瓶杀虫剂喝哒", "critical"),
        ("老头嘴角一直冒沫沫，叫他哼一声", "critical"),
        # Liquor drunk so, and a child's bubbles (read as a sore at the mouth, no froth).
        ("他中午喝咧半斤白酒，有点上头", "unknown"),
        ("孩子拿泡泡水吹泡泡，嘴边冒泡泡，玩得好好的", "routine"),
    ],
)
def test_a_poison_drunk_with_a_dialects_le(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A blade taken up beside a wish to die or at an edge.
        ("我哥抓起一把剪刀，说活着没劲", "critical"),
        ("她掏出刀片，坐在天台边上不说话", "critical"),
        # A blade taken up to work.
        ("我妈抄起菜刀剁排骨，剁到手指了，流了点血", "urgent"),
    ],
)
def test_a_blade_taken_up(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A burn over the trunk or a limb gone white or hard: deep, however little it hurts.
        ("他说不太疼，可是肚子和两条腿都烫得发白发硬", "critical"),
        ("后背烧得蜡白一片，摸上去硬硬的", "critical"),
        # A finger or a cheek: no.
        ("手指头被蒸汽烫了一下，发白了，有点疼", "routine"),
    ],
)
def test_a_deep_burn_by_its_look(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A stopped heart heard by sound, then a hurry.
        ("我老婆心脏走停了快派车来", "critical"),
        ("我爸心脏奏停了快来啊", "critical"),
        # A racing heart, then a hurry: still a racing heart.
        ("心跳得好快，快来看看", "urgent"),
    ],
)
def test_a_hurry_is_no_racing_heart(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A sugar in digits, high or low, or one that will not come up.
        ("我妈血糖早上测是31，一直口干", "urgent"),
        ("他血糖仪上显示才2点几，喝了糖水还是上不去", "urgent"),
        # A low sugar with a changed mind: critical.
        ("血糖只有1点多，人说胡话了", "critical"),
        # A temperature or a pressure in the same figures: not a sugar.
        ("体温测出来36度5，就是嗓子有点疼", "routine"),
    ],
)
def test_a_sugar_in_digits(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A night or hours out in the cold, the body cold or shivering.
        ("老头在村口坐了一宿，身上冰冷，直哆嗦", "urgent"),
        ("孩子在河边冻了好几个小时，浑身发抖，手脚冰凉", "urgent"),
        # A night's work, a fever's chill.
        ("昨天开了一晚上出租，今天有点累，想问问体检的事", "routine"),
    ],
)
def test_a_night_out_in_the_cold(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Min weakness with a missed dialysis, and 全身无力.
        ("阮阿公昨昏无去洗腰子，今仔日规身躯无力", "urgent"),
        ("我妈两天没洗肾，全身无力", "urgent"),
        # A dialysis ride booked.
        ("我爸后天要去洗肾，想约个车", "routine"),
    ],
)
def test_min_weakness_and_dialysis(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Not knowing people in a patient who talks: a changed mind.
        ("奶奶这几天老说胡话，连家里人都不认人了", "urgent"),
        ("他爷爷最近糊里糊涂，不认识人", "urgent"),
        # With no answer, a fall or a low sugar: critical by those.
        ("我妈不认人了，喊她也没反应", "critical"),
        ("老头在路边倒了，不认识人了", "critical"),
        ("他不认识人了，血糖测出来才2点几", "critical"),
    ],
)
def test_not_knowing_people_is_a_changed_mind(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A chest said with its rhythm or its side between.
        ("没昏倒，就是心口一阵一阵地发闷", "urgent"),
        ("一咳嗽左边胸口就疼，发烧两天了", "urgent"),
        ("吸气的时候胸口右边疼，没有喘不上气", "urgent"),
        # With a cold sweat: critical.
        ("胸口一阵一阵的发紧，满头冷汗", "critical"),
        ("胸口右边疼，出了一身冷汗", "critical"),
    ],
)
def test_a_chest_said_with_its_rhythm_or_side(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Min 小可 (a little), a red mark only.
        ("阮查某囝跤擦破皮，小可流血", "routine"),
        ("猫没抓破皮，就手腕上有个红印", "routine"),
        # A bleed that will not stop, tooth marks that bleed.
        ("狗咬了一口，有牙印，血一直流", "urgent"),
    ],
)
def test_a_little_and_a_mark(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Everyday words heard as signs.
        ("我就在火车站那个广场后边，你们快些", "unknown"),
        ("手腕扭了，今天已经不肿了，想问问还要不要拍片", "routine"),
        ("我替他打的——你问几号楼？——就在菜场对面那栋", "unknown"),
        # 产后 and Henan 不中了 said as themselves.
        ("刚生完孩子，产后出血止不住", "critical"),
        ("俺娘不中了，喊她不应", "critical"),
    ],
)
def test_everyday_words_heard_as_signs(text: str, level: str) -> None:
    assert _level(text) == level
