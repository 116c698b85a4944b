"""The county of a written address: what real addresses (bench/addresses.py) got wrong, by
cause, on the shipped data."""

import pytest

from gazetteer import Gazetteer, Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


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


@pytest.mark.parametrize(
    ("said", "counties"),
    [
        ("黄浦区路口村", {"310101"}),
        ("黄埔区路口村", {"440112"}),
        ("潮阳区路口村", {"440513"}),
        ("朝阳区路口", {"110105", "220104"}),
    ],
)
def test_a_county_said_in_full_does_not_begin_a_road_name(
    gz: Gazetteer, said: str, counties: set[str]
) -> None:
    # Roads are named after a place's short name (北京路), not its full name: the 路 after
    # 黄浦区 begins the next name, and the county is said surely, not as its sound-alike
    # (黄埔区) nor lost to a village of that name elsewhere (路口村).
    r = gz.resolve([said])
    assert r.best is not None and r.best.place.admin.adcode in counties, said
    assert r.best.place.kind == "district", said


@pytest.mark.parametrize(
    ("said", "city"),
    [("洛阳北京美食街", "4103"), ("开封上海步行街1号", "4102"), ("启东台湾风情街", "3206")],
)
def test_a_division_said_after_another_and_running_into_a_street_is_the_street(
    gz: Gazetteer, said: str, city: str
) -> None:
    # 北京 in 北京美食街, said after 洛阳, names the street: the address is 洛阳's.
    r = gz.resolve([said])
    assert r.best is not None and r.best.place.admin.adcode[:4] == city, said


def test_a_division_said_after_one_it_lies_in_is_where_the_caller_is(gz: Gazetteer) -> None:
    # 河南 then 郑州: nested, not a street's name, even with a road after it.
    r = gz.resolve(["河南郑州文化路"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.admin.adcode[:4] == "4101"
    said = gz.resolve(["洛阳北京路"])
    # 北京路 right after 洛阳 is a road of 洛阳's named after 北京, as before.
    assert said.best is not None and said.best.place.admin.adcode[:4] == "4103"


@pytest.mark.parametrize(
    ("said", "county"),
    [("南山软件园", "440305"), ("海淀科技园", "110108"), ("金水科技园", "410105")],
)
def test_a_county_at_the_head_of_an_address_rules_out_look_alikes_elsewhere(
    gz: Gazetteer, said: str, county: str
) -> None:
    # 海淀科技园 looks like 大连科技学院 and 泰山科技学院; 海淀 at the head says where it is.
    r = gz.resolve([said])
    assert r.best is not None and r.best.place.admin.adcode == county, said
    assert all(c.place.kind != "university" for c in r.candidates), said


def test_a_short_county_name_inside_other_words_does_not_rule_out_a_place(
    gz: Gazetteer,
) -> None:
    # 中原 is 中原区's short name, but in 郑州中原福塔 it follows a city and begins the
    # landmark's name: the landmark is still found.
    r = gz.resolve(["郑州中原福塔"], jurisdiction=ZHENGZHOU)
    assert r.best is not None and r.best.place.id == "lm-zz-zhongyuanfuta"


@pytest.mark.parametrize(
    ("said", "county"),
    [
        ("哈市道里区", "230102"),  # 哈尔滨
        ("乌市天山区", "650102"),  # 乌鲁木齐 (乌兰察布 is 乌市 too, and has no 天山区)
        ("平市新华区", "410402"),  # 平顶山's, not 石家庄's or 沧州's 新华区
        ("黑龙江哈市南岗区中山路", "230103"),
    ],
)
def test_a_city_by_its_initial_and_shi_where_an_address_begins(
    gz: Gazetteer, said: str, county: str
) -> None:
    r = gz.resolve([said])
    assert r.best is not None and r.best.place.admin.adcode == county, said


def test_a_city_initial_inside_other_words_is_not_the_city(gz: Gazetteer) -> None:
    # 和平|市场: 平市 would be 平顶山, but it does not begin the address.
    r = gz.resolve(["我在和平市场"], jurisdiction=ZHENGZHOU)
    assert all(not c.place.admin.adcode.startswith("4104") for c in r.candidates)
    # Nor is it heard by sound: 护士 (hu shi) is not 呼市.
    r = gz.resolve(["护士"])
    assert all(not c.place.admin.adcode.startswith("15") for c in r.candidates)


def test_two_cities_of_one_province_are_not_campuses(gz: Gazetteer) -> None:
    # 呼市 is 呼和浩特 and 呼伦贝尔, both of 内蒙古: ask which city, not which campus.
    r = gz.resolve(["呼市"])
    assert r.question.kind == "choose_city"
    assert {c.place.admin.adcode for c in r.question.options} == {"150100", "150700"}
