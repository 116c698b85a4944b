"""A village said by its old name just before its town (檀山村，豫龙镇): the town's unit of that
name with its new word (檀山社区) is the place, as when the name is said after the town; a
village held by the name said stays that village."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("檀山村 豫龙镇 这边", "adm-410182102002"),
        ("荥阳 檀山村 豫龙镇的", "adm-410182102002"),
        ("魏庄村，龙湖镇，老人摔倒了", "adm-410184109001"),
    ],
)
def test_the_old_name_before_the_town_finds_the_renamed_unit(gz, said, unit):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == unit


def test_a_village_held_by_the_name_said_stays_that_village(gz):
    r = gz.resolve(["小乔沟村 龙湖镇"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410184109213"
