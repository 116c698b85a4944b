"""A compound said by a short name and a compound word (电缆家属院) that the data holds only as
the 社区 of that name in the caller's own area (电缆社区): the 社区 is the place. Not another
area's 社区, and not when no unit is named so."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("电缆 家属院 3号楼", "adm-410102007002"),
        ("杜康家属区 老人摔了", "adm-410102004006"),
    ],
)
def test_the_compound_is_the_unit_of_its_name(gz, said, unit):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == unit


def test_another_areas_unit_of_that_name_is_not_taken(gz):
    r = gz.resolve(["电缆 家属院 3号楼"], jurisdiction=KAIFENG)
    assert "adm-410102007002" not in {c.place.id for c in r.candidates}


def test_words_that_name_no_unit_find_nothing(gz):
    r = gz.resolve(["我们 家属院 有人晕倒"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


def test_housing_every_city_has_is_not_the_one_unit_of_its_name(gz):
    # 开封 holds one 铁路社区; the railway's housing is in every city, not only that one.
    r = gz.resolve(["铁路 家属区 2号楼"], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"
