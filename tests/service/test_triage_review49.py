"""Triage word families of the weather and the seasons, second-reviewed after holdout49 was
learned from: the learned readings said in other words (a car carried off or gone into a river
with someone on board, water to the chest or the mouth, someone thrown through the windscreen or
squeezed in the wreck, Henan 木有 said first or of the heart, the cold past shivering said
不打冷战 or after a night said 冻一夜, someone left in a room of fumes,
lightning on a thing beside said with 雷 before it) — and the ordinary calls the learned words
had raised (a garage with no water, a village flooded and a fever at home, water not yet to the
neck, a load thrown from a lorry, a tractor's rider thrown and alert, a cloth pressed on a cut,
a tyre gone flat, sleepy at home after the cold, a child at play in a cool car, a hand cramp).
Each said here in other words than any line of bench/.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("山洪把小轿车冲走了，我爸还在车上", "critical"),
        ("车冲进河里了，司机还在车上", "critical"),
        ("下穿通道进水，水到胸口了，车门打不开", "critical"),
        # A garage or a basement with no water; a village flooded and a fever at home; the
        # water ahead not driven into.
        ("我妈去地下室拿白菜，在底下崴了脚，上不来了", "not critical"),
        ("俺村淹了，屋里还有人咳嗽，想问问能不能送点药", "not critical"),
        ("前面积水过不去，孩子在车里吐了一回", "not critical"),
    ],
)
def test_a_car_carried_off_or_in_a_river_with_someone_on_board(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("院里的水涨上来了，我奶奶坐轮椅上，水快淹到嘴了", "critical"),
        # Not yet up to the neck, of a rash.
        ("孩子身上的疹子往上走，还没到脖子，不发烧", "not critical"),
    ],
)
def test_water_to_the_mouth_and_a_rash_not_yet_to_the_neck(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("出租车翻了，后排的小孩从挡风玻璃飞出来了", "critical"),
        ("俩车撞了，后排那个人被挤在里面，拉不动", "critical"),
        # A load thrown from a lorry; a tractor's rider thrown and alert.
        ("三轮车翻了，车上的行李被甩出车外，人就是腿擦破了", "not critical"),
        ("拖拉机歪沟里了，俺叔被甩出来，腰疼，人明白着呢", "not critical"),
    ],
)
def test_thrown_through_the_windscreen_or_squeezed_in(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A towel pressed on a cut, 垫住 sounding like 电住.
        ("手划了个口子，拿纱布给垫住了，还渗血", "not critical"),
    ],
)
def test_a_cloth_pressed_on_is_not_the_current_holding(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("俺爷躺地上，木有气儿了", "critical"),
        ("摸他胸口，心跳都木有了", "critical"),
        # A tyre gone flat; anger past help.
        ("三轮车胎里气木有了，咋整", "not critical"),
        ("俺娘气嘞木有办法，胸口有点闷", "not critical"),
    ],
)
def test_muyou_said_first_or_of_the_heart(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("冻了一宿，现在不打冷战了，老想闭眼", "critical"),
        ("在外头冻一夜，身上冰凉，不哆嗦了", "critical"),
        # Sleepy at home after the cold; a frozen dish and tired.
        ("下午在外头堆雪人冻得够呛，回家吃了饭犯困", "not critical"),
        ("吃了冻的汤圆，肚子不舒服，想睡觉", "not critical"),
    ],
)
def test_the_cold_past_shivering_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # At play in a cool car.
        ("小孩锁车里了，空调开着，在里头玩手机，不哭了", "not critical"),
        # Someone still in a room of fumes while the caller is out.
        ("屋里生着煤炉子，我已经跑出来了，俺爸还在里头", "critical"),
    ],
)
def test_a_cool_car_and_someone_left_in_the_fumes(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("雷击中了旁边的树，他手有点麻，说话清楚", "urgent"),
        ("雷劈在旁边的电线杆上，俺媳妇吓一跳，耳朵响，人明白", "urgent"),
        # Struck where they stood.
        ("他站在电线杆底下，被雷劈了，不吭声", "critical"),
        # A hand cramp.
        ("洗衣服洗嘞手抽筋抽得张不开", "not critical"),
    ],
)
def test_lightning_beside_said_with_lei_first_and_a_hand_cramp(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("发大水，那个放羊的老头叫水冲走了", "critical"),
        ("冰面塌了，有人掉进去了，在喊", "critical"),
        ("路上的窨井盖没了，一个骑车的掉里头了", "critical"),
        ("雨停了，看见积水坑里有个人躺在积水里不动", "critical"),
        # A shoe carried off; a phone dropped through the ice; a fall feared; medicine poured
        # into water.
        ("过河的时候他的鞋被冲走了，脚划了个小口子", "not critical"),
        ("在冰上玩，手机从冰窟窿掉下去了，人没事", "not critical"),
        ("小区门口井盖坏了，怕有人掉下去，找谁修", "not critical"),
        ("把退烧药倒在水里化开给孩子喝了，还烧着", "not critical"),
    ],
)
def test_carried_off_through_the_ice_or_down_a_manhole_or_still_in_the_water(
    text: str, level: str
) -> None:
    assert_level(text, level)
