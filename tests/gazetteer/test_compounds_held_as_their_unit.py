"""A housing compound the data holds only as the 社区 or village of its name: 同乐花园小区 is
东风路同乐花园社区 (named with its 街道 first), 冯湾小区 the 小区 冯湾村's people live in (a
village of a 街道, inside the city)."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("同乐花园小区 7号楼 三楼", "adm-410105010005"),
        ("宋砦社区 门口 老人摔了", "adm-410105010008"),
        ("冯湾小区 2号楼 有人晕倒", "adm-410102009202"),
    ],
)
def test_the_compound_is_its_unit(gz, said, unit):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == unit, said
