"""The county of a written address: what real addresses (bench/addresses.py) got wrong, by
cause, on the shipped data."""

import pytest

from gazetteer import Gazetteer, Jurisdiction, load_gazetteer

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.fixture(scope="module")
def gz() -> Gazetteer:
    return load_gazetteer()


def test_a_sound_alike_across_two_names_said_exactly_hides_neither(gz: Gazetteer) -> None:
    # 安徽省|和县 heard across the join as 兴和县 (省 read xing) must not hide 和县.
    r = gz.resolve(["安徽省和县人民路1号"])
    assert r.best is not None and r.best.place.admin.adcode == "340523"
    assert all(c.place.name != "兴和县" for c in r.candidates)


def test_an_autonomous_county_by_its_short_name_and_level_word(gz: Gazetteer) -> None:
    # 元江县 is 元江哈尼族彝族傣族自治县, not the sound-alike 沅江 (沅江县, now 沅江市).
    r = gz.resolve(["元江县人民路1号"])
    assert r.best is not None and r.best.place.admin.adcode == "530428"


def test_a_place_known_only_to_its_city_is_placed_in_the_county_said(gz: Gazetteer) -> None:
    alone = gz.resolve(["重庆文理学院"]).best
    assert alone is not None and alone.place.precision == "city"
    r = gz.resolve(["永川区南大街街道重庆文理学院"])
    assert not r.contradictions
    best = r.best
    assert best is not None and best.place.id == alone.place.id
    assert best.place.admin.adcode == "500118"
    assert best.place.precision == "district"
    county = gz.get("adm-500118")
    assert county is not None and (best.place.lat, best.place.lon) == (county.lat, county.lon)


def test_a_county_of_another_city_does_not_move_a_place(gz: Gazetteer) -> None:
    # 金水区 is 郑州's: 重庆文理学院 stays where the data has it.
    r = gz.resolve(["金水区重庆文理学院"])
    found = [c for c in r.candidates if c.place.name == "重庆文理学院"]
    assert found and found[0].place.precision == "city"


def test_a_city_said_in_full_rules_out_a_look_alike_elsewhere(gz: Gazetteer) -> None:
    # 西亚小铺 looks like 郑州's 西亚斯, but the address says 安陆市.
    r = gz.resolve(["安陆市西亚小铺"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.admin.adcode == "420982"
    # Said in the look-alike's own city, it is still offered.
    r = gz.resolve(["新郑市西亚小铺"], jurisdiction=ZHENGZHOU)
    assert any(c.place.id.startswith("edu-4141014654") for c in r.candidates)


KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize("said", ["朱仙真", "zhuxianzhen", "祥福区朱先镇"])
def test_a_town_is_heard_by_sound(gz: Gazetteer, said: str) -> None:
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.best is not None and r.best.place.id == "adm-410212106", said


def test_a_road_named_in_a_campus_name_is_the_road_not_the_campus(gz: Gazetteer) -> None:
    # 九都路 is a 洛阳 road the data does not hold: a caller on it is near the campus, not in it.
    r = gz.resolve(["洛阳九都路"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    r = gz.resolve(["洛阳职院九都路校区"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "edu-4141014383-jiudulu"


@pytest.mark.parametrize(
    ("said", "city"),
    [("新乡平原路", "410700"), ("南阳工业路", "411300"), ("洛阳中州路", "410300")],
)
def test_a_road_of_another_city_is_that_city_with_the_road_unknown(
    gz: Gazetteer, said: str, city: str
) -> None:
    # Known only as the road at a college's gates elsewhere (平原路), or looking like a college's
    # short name (洛阳中州路 as 洛阳工专): no contradiction, nothing read back, and the city said
    # (a campus of that city whose name begins the road's, 中州校区 on 中州东路, may be offered).
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert not r.contradictions, said
    assert r.question.kind != "confirm", said
    assert r.best is not None and r.best.place.admin.adcode[:4] == city[:4], said
    assert all("工专" not in option.place.name for option in r.question.options), said


def test_a_town_heard_by_sound_elsewhere_than_the_county_said_is_chance(gz: Gazetteer) -> None:
    # 石竹街道 of 福清 is not in the data; 方城县's 释之街道 only sounds like it.
    r = gz.resolve(["福清市石竹街道义明综合楼"])
    assert r.best is not None and r.best.place.admin.adcode == "350181"
    assert all(c.place.kind != "town" for c in r.candidates)
