"""Roads named after places elsewhere (中山路, 中州中路): the caller named a road of the city
they said, not the place the road is named after."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def ids(resolution):
    return [c.place.id for c in resolution.candidates]


@pytest.mark.parametrize(
    ("said", "jurisdiction", "city"),
    [
        ("开封市龙亭区中山路北段往北走过了一个红绿灯", KAIFENG, "4102"),
        ("郑州市金水区中山路北段往北走", ZHENGZHOU, "4101"),
        ("开封市鼓楼区中山路北段，路东有个超市", KAIFENG, "4102"),
    ],
)
def test_a_district_read_past_a_roads_road_word_is_not_offered(gz, said, jurisdiction, city):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert "adm-130203" not in ids(r)  # 唐山's 路北区, read from 中山|路北段
    assert "adm-442000" not in ids(r)  # 中山市, the road's namesake
    assert (r.candidates[0].place.admin.adcode or "").startswith(city)


@pytest.mark.parametrize("said", ["我在洛阳 中州中路上", "洛阳市中州西路", "洛阳 中州东路边上"])
def test_a_road_named_like_a_campus_is_never_read_back_as_the_campus(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert not (r.question.kind == "confirm" and r.question.options[0].place.kind == "campus")
    assert "adm-410300" in ids(r)[:2]


def test_a_division_said_in_full_is_not_read_again_across_its_level_word(gz):
    r = gz.resolve(["洛阳市中州中路"], jurisdiction=ZHENGZHOU)
    assert not any(c.place.name == "市中区" for c in r.candidates)


@pytest.mark.parametrize(("said", "county"), [("台州路桥区解放路", "adm-331004")])
def test_a_district_said_in_full_after_a_city_stays_that_district(gz, said, county):
    r = gz.resolve([said])
    assert county in ids(r)[:1]
