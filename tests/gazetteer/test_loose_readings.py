"""Loose readings (look-alikes, sound-alikes) that real utterances showed to be chance, and
ties between places that the words said cannot separate, on the shipped data."""

import pytest

from gazetteer import Gazetteer, Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize("said", ["郑州东站东广场出站口", "郑州东站西广场"])
def test_a_look_alike_does_not_read_a_name_said_exactly_as_another(
    gz: Gazetteer, said: str
) -> None:
    # 郑州东站东广场 looks like 郑州站东广场 (an alias of 郑州站), but 郑州东站 was said.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == "lm-zz-zhengzhoudongzhan", said


def test_two_words_alike_by_sound_are_chance(gz: Gazetteer) -> None:
    # 上一 (shang yi) in 金水路上一个小区 is not 尚义县.
    r = gz.resolve(["金水路上的一个小区"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == "lm-zz-jinshuilu"
    assert all(c.place.name != "尚义县" for c in r.candidates)


KAIFENG = Jurisdiction(adcodes=("4102",))


def test_the_place_whose_own_name_was_said_comes_before_a_short_name(gz: Gazetteer) -> None:
    # 龙亭 is the park's name and 龙亭区's short name: both offered, the park first.
    r = gz.resolve(["龙亭"], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    assert [c.place.id for c in r.candidates[:2]] == ["lm-kf-longting", "adm-410202"]


def test_same_name_districts_of_the_centres_province_come_first(gz: Gazetteer) -> None:
    r = gz.resolve(["新华区"], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    assert r.best is not None and r.best.place.id == "adm-410402"  # 平顶山's, not 石家庄's


@pytest.mark.parametrize(
    ("said", "county"),
    [("神农架太阳村10组", "429021"), ("平度市南村镇", "370283"), ("伊宁市上海城徐汇苑", "654002")],
)
def test_a_village_or_town_name_said_with_another_division_is_not_ours(
    gz: Gazetteer, said: str, county: str
) -> None:
    # Henan's 太阳村 and 南村镇 share the name only; 上海城 (an estate) hides 上海 all the same.
    r = gz.resolve([said])
    assert r.best is not None and r.best.place.admin.adcode == county, said
    assert all(c.place.kind not in ("town", "village") for c in r.candidates[:3]), said


@pytest.mark.parametrize(
    ("said", "town"),
    [
        # The city is denied: the town said after it is the centre's own, not another place.
        ("不是洛阳，是郑州高新区，沟赵乡那边", "adm-410172360"),
        ("不是新乡那个，是郑州经开区，九龙镇", "adm-410171111"),
    ],
)
def test_a_town_said_after_a_denied_city_is_read(gz: Gazetteer, said: str, town: str) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == town, said


def test_a_name_said_exactly_is_not_stretched_over_the_next_word(gz: Gazetteer) -> None:
    # 新郑机: 新郑 is said, 机 is 新郑机场's; 新郑 read loosely over all three is not 新郑市.
    r = gz.resolve(["新郑机"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert r.best is not None and r.best.place.id == "lm-zz-xinzhengjichang"


def test_a_division_named_in_full_is_not_taken_for_a_short_name(gz: Gazetteer) -> None:
    r = gz.resolve(["开封鼓楼区"], jurisdiction=KAIFENG)
    assert r.best is not None and r.best.place.id == "adm-410204"


def test_same_name_campuses_keep_the_centres_institutions_in_the_first_eight(
    gz: Gazetteer,
) -> None:
    # 龙子湖校区 is the own name of eight campuses and an alias of 河南大学's 郑州龙子湖校区.
    r = gz.resolve(["龙子湖校区"], jurisdiction=Jurisdiction(adcodes=("4101",)), limit=8)
    assert any(c.place.parent == "edu-4141010475" for c in r.candidates)


def test_an_estate_name_held_in_several_cities_is_asked_about(gz: Gazetteer) -> None:
    # 森林半岛 (社区) is in 郑州 and in 开封: the 郑州 centre's own is not read back alone.
    r = gz.resolve(["建业森林半岛"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    cities = {c.place.admin.city for c in r.question.options}
    assert {"郑州市", "开封市"} <= cities


@pytest.mark.parametrize("said", ["文化路上一个超市门口", "我在花园路上 一个 小区里"])
def test_a_name_heard_by_sound_does_not_cut_a_quantity(gz: Gazetteer, said: str) -> None:
    # 一个 (one of) is one word: 上一 heard as 尚义 would cut it in two.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert all(c.place.name != "尚义县" for c in r.candidates), said


def test_a_county_said_by_sound_alone_is_still_heard(gz: Gazetteer) -> None:
    # 蓝烤 is 兰考 by its sound, with none of its characters written: a homophone said whole.
    r = gz.resolve(["蓝烤县 人民医院"], jurisdiction=Jurisdiction(adcodes=("4102",)))
    assert any((c.place.admin.adcode or "").startswith("410225") for c in r.candidates[:3])
