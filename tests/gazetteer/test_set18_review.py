"""The second review of set 18's learning: what its probe found in the families the learning
touched, each tested with other phrasings and with near-misses that must not change."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed

# --- A works' housing said as its 宿舍 (空分厂宿舍), as its 家属院 is (空分厂家属院) --------------


@pytest.mark.parametrize(
    ("said", "unit", "jurisdiction"),
    [
        ("空分厂宿舍", "adm-410203004021", KAIFENG),  # 空分社区, 顺河区
        ("空分厂 宿舍 后面", "adm-410203004021", KAIFENG),
        ("电缆厂宿舍 有人晕倒", "adm-410102007002", ZHENGZHOU),  # 电缆社区, 中原区
        ("郑煤机厂宿舍", "adm-410102006007", ZHENGZHOU),  # 郑煤机社区
    ],
)
def test_a_works_dormitory_offers_the_unit_named_after_the_works(gz, said, unit, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == unit, said


def test_a_dormitory_said_by_the_units_own_name_is_read_back(gz):
    assert confirmed(gz.resolve(["空分宿舍"], jurisdiction=KAIFENG)) == "adm-410203004021"


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("仪表厂宿舍", KAIFENG),  # no 仪表社区
        ("学校宿舍", ZHENGZHOU),  # a dormitory of no named works
        ("职工宿舍", ZHENGZHOU),
        ("铁路宿舍", KAIFENG),  # every city has one
        ("空分厂", KAIFENG),  # the works alone, no housing word
    ],
)
def test_a_dormitory_of_no_unit_held_finds_nothing(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind != "confirm", said
    assert not r.candidates, said


# --- A town said short after its county: far bearers and a near one (the learning's rule) ------


@pytest.mark.parametrize(
    ("said", "town", "jurisdiction"),
    [
        ("鼓楼区新华 这边", "adm-410204002", KAIFENG),  # 新华 alone is 平顶山's 新华区, 152 km off
        ("鼓楼区 卧龙 那块", "adm-410204003", KAIFENG),  # 卧龙 alone is 南阳's 卧龙区
        ("杞县高阳 街上", "adm-410221104", KAIFENG),  # 高阳 alone is 河北's 高阳县
    ],
)
def test_a_town_short_after_its_county_with_a_far_namesake(gz, said, town, jurisdiction):
    assert confirmed(gz.resolve([said], jurisdiction=jurisdiction)) == town, said


def test_a_lake_by_the_county_keeps_its_name_after_the_county(gz):
    # 龙子湖街道's short name is the lake's, 14 km from 金水区's seat: the lake, not the 街道.
    r = gz.resolve(["金水区 龙子湖 公园里"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-longzihu"
