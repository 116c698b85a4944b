"""A county's or a city's town said by its name and a town word (兰考县城, 杞县县城里头, 巩义城里,
登封市区) with a place of that county and its side: the town is where the place is, not another
place the caller is at, and the place said is read back."""

import pytest

from gazetteer import Jurisdiction

KAIFENG = Jurisdiction(adcodes=("4102",))
ZHENGZHOU = Jurisdiction(adcodes=("4101",))


def _under(place, wanted: str) -> bool:
    return place.id == wanted or place.parent == wanted


@pytest.mark.parametrize(
    ("said", "where", "wanted"),
    [
        # The place by its side, the county said as its town, before or after.
        ("兰考县城，兰考县人民医院北边", KAIFENG, "hosp-lkxrmyy"),
        ("兰考县人民医院北边，兰考县城", KAIFENG, "hosp-lkxrmyy"),
        ("在尉氏县城，县政府后面", KAIFENG, "lm-kf-gov-410223"),
        ("通许县城里，通许县人民医院对面", KAIFENG, "hosp-txxrmyy"),
        ("登封市区，登封市人民医院门口", ZHENGZHOU, "hosp-dfsrmyy"),
        ("巩义城里，巩义市人民医院后面", ZHENGZHOU, "hosp-gysrmyy"),
        # 人民医院 said bare in a call that names a county is that county's.
        ("兰考县城里，人民医院北边", KAIFENG, "hosp-lkxrmyy"),
        ("杞县县城里头，人民医院东边", KAIFENG, "hosp-qxrmyy"),
        ("通许县城，人民医院后面", KAIFENG, "hosp-txxrmyy"),
        # 中牟县城: no estate's name ending in 城 read across the pause (城中).
        ("中牟县城，中牟县人民医院门口", ZHENGZHOU, "hosp-zmxrmyy"),
        ("中牟县城这边，中牟县中医院对面", ZHENGZHOU, "hosp-zmxzyy"),
    ],
)
def test_a_place_of_the_county_said_with_its_town_is_read_back(gz, said, where, wanted):
    r = gz.resolve([said], jurisdiction=where)
    assert _under(r.candidates[0].place, wanted)
    assert r.question.kind == "confirm"


@pytest.mark.parametrize(
    ("said", "county"),
    [
        ("兰考县城，有人晕倒了", "adm-410225"),
        # Not 杞县县政府 heard loosely over 杞县县城.
        ("杞县县城，有人出车祸了", "adm-410221"),
    ],
)
def test_the_town_said_alone_is_its_county(gz, said, county):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == county
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "elsewhere"),
    [
        ("尉氏县城，兰考县人民医院北边", "hosp-lkxrmyy"),
        ("杞县县城，开封市人民医院对面", "hosp-kfsrmyy"),
    ],
)
def test_a_place_of_another_county_is_neither_moved_nor_read_back(gz, said, elsewhere):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
    hospitals = [c.place for c in r.candidates if c.place.kind.startswith("hospital")]
    assert hospitals and all(_under(p, elsewhere) for p in hospitals[:2])
