"""X边上那个Y says which Y by the place beside it: Y is where the caller is and X a reference,
as with X旁边那个Y; 边上 alone (眉湖边上) still puts the caller at X."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("二七广场边上那个德化街", "lm-zz-dehuajie"),
        ("人民公园边上那个城隍庙", "lm-zz-zhengzhouchenghuangmiao"),
        ("如意湖边上那个会展中心", "lm-zz-huizhanzhongxin"),
    ],
)
def test_the_place_said_after_ranks_first(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place, said


def test_by_the_lake_alone_is_the_lake(gz):
    r = gz.resolve(["如意湖边上，有人落水了"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-cbd"
