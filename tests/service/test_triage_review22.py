"""Where the twenty-second set's learning read the world wrong or not at all, each said here in yet
other words. What is only the weather: 湿冷 said of the air, beside a diabetic or a chest. What is
no cold injury: a chill caught (冻着了) that aches, pipes frozen white; 走不动了 is the walking, not
不动了 (out). What is no engine in a shut place: a garage with its door open. What touches nobody:
pesticide bought and carried home sealed. What is tired, not out: slumped on a sofa worn out. What
is a fever going on: one that came down and rose again. What is sent: a Cantonese baby who will
not feed; a diabetic whose sweat is said by how much of it, beside a changed mind. And a sign said
between a concept's two words is not swallowed by it: a diabetic out cold and sweating stays
critical.
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
        # 湿冷 of the weather is no sweat, beside a diabetic or a chest…
        ("有糖尿病的老爷子，最近天气湿冷，腰腿酸", "routine"),
        ("天又湿又冷，妈妈有糖尿病，想约车下周去复查", "routine"),
        ("外面湿湿冷冷的，老人关节疼得厉害，有糖尿病", "routine"),
        # …the skin cold and wet to the touch still is.
        ("胸口压着疼，手脚湿冷，脸白得吓人", "critical"),
        ("打胰岛素的，身上湿冷，迷迷糊糊答非所问", "critical"),
        # A diabetic's sweat said by how much of it, with a changed mind: a low sugar not alert.
        ("吃降糖药的老太太一身虚汗，开始胡言乱语", "critical"),
        ("她糖尿病，满身冷汗，认不出我了", "critical"),
        ("糖尿病老头一身冷汗，手抖，人还明白", "urgent"),
    ],
)
def test_review22_clammy_and_diabetic(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A chill caught and aching, pipes frozen white: no cold injury…
        ("前天冻着了，全身发僵，嗓子有点疼", "routine"),
        ("院里的水管冻得发白裂了，找谁修", "unknown"),
        # …a body the cold has stopped still is, and a cold that struck the mind is critical.
        ("在桥洞下冻得走不动了，能说话", "urgent"),
        ("他冻得动弹不了，还能答话", "urgent"),
        # Said cold by what it did: 走不动了 is the walking, not 不动了 (out).
        ("腿疼得走不动了", "urgent"),
        ("老汉在雪地里冻得发僵，叫他没反应", "critical"),
    ],
)
def test_review22_cold(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A garage with the door open: the air changes…
        ("车库的门开着，车子发动着预热，他搬东西扭了手腕", "routine"),
        # …shut, the engine running is carbon monoxide whatever it is called.
        ("车库门关得严严的，车子发动着，他在驾驶座上叫不醒", "critical"),
        ("车库里车子没熄火，老伴在里面，迷迷糊糊的", "critical"),
    ],
)
def test_review22_engine(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Pesticide bought and carried home sealed touches nobody…
        ("赶集买了两瓶农药背回家，路上崴了脚，还能走", "routine"),
        ("背着一箱农药上楼，胳膊蹭破点皮", "routine"),
        # …carried on the back in the field, or back from it, it is contact.
        ("背了一上午农药回家就头晕恶心", "urgent"),
        ("孭着农药喷咗一日，返嚟出晒汗，讲嘢唔清楚", "critical"),
    ],
)
def test_review22_pesticide(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Slumped on a sofa worn out, or at ease: tired, not out…
        ("加班到半夜，累瘫在沙发上，说胃有点不舒服", "routine"),
        ("孩子瘫在沙发上看电视，膝盖磕青了一块", "routine"),
        # …a no-answer said as well is read by itself; slumped alone is still out.
        ("累得瘫在床上，后来怎么叫都叫不醒", "critical"),
        ("爷爷瘫在沙发上，喊他也不应", "critical"),
    ],
)
def test_review22_slumped(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A fever that came down and rose again goes on…
        ("退了又烧，烧了四天了，孩子不爱吃饭", "urgent"),
        ("吃了退烧药烧退了，半夜又烧上来，三十九度多", "urgent"),
        # …gone, it is a call about a patient, routine.
        ("昨天的烧退了，今天精神挺好，就是问问", "routine"),
        # A Cantonese baby who will not feed is sent.
        ("个BB成日唔肯食奶，瞓多咗", "urgent"),
        ("BB今日食奶好少，尿片都冇湿", "urgent"),
    ],
)
def test_review22_fever_and_feeding(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A sign said between a concept's two words is not swallowed by it…
        ("糖尿病人突然倒地不起，出冷汗", "critical"),
        ("他打胰岛素的刚才叫不醒还满头是汗", "critical"),
        # …a milder word said there does not soften the concept either.
        ("怀孕八个月，是血不是水，一直在流，肚子硬得疼", "critical"),
    ],
)
def test_review22_between(text: str, level: str) -> None:
    assert _level(text) == level
