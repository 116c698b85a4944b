"""Names written with either of two variant characters (孙八砦 and 孙八寨, said alike) are one
name, and 城中村 said after a village's name says what kind of place it is: never 城中区 of a
city the caller is not in."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


def test_a_community_written_with_the_other_variant_is_found(gz):
    r = gz.resolve(["孙八寨 菜市场 有人晕倒"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410103013003"  # 孙八砦社区


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("关虎屯村 城中村里头 有人晕倒", "adm-410105008201"),
        ("小乔社区 城中村那 有人打架", "adm-410184109010"),
    ],
)
def test_an_urban_village_said_so_is_that_village(gz, said, unit):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == unit, said
