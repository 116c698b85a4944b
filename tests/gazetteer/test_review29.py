"""Second review of set 29's learning. A road said by a landmark's 那条 said as 那条大路,
那条马路 or 那条大道 is a road too: with a road named beside it, the road; alone, not the
landmark read back. A river said with its edge whose name is held only as the town or 街道
named after it, said with 河 after a name that ends in 水 (汜水河 of 汜水镇, 须水河 of 须水街道),
or held as a 街道, is not that unit read back; the unit said as itself stays."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("郑开大道，绿博园那条大路", "lm-zz-zhengkaidadao"),
        ("少林大道，中岳庙那条大马路", "lm-zz-shaolindadao"),
        ("农业路，河南博物院那条大道上", "lm-zz-nongyelu"),
    ],
)
def test_a_road_said_with_which_landmarks_big_road_is_the_road(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == road, said


@pytest.mark.parametrize("said", ["绿博园门口那条大路", "中岳庙门口那条马路", "河南博物院那条大道"])
def test_a_big_road_said_only_by_its_landmark_is_not_the_landmark_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize("said", ["须水河边上", "中原区须水河边上", "汜水河边上", "荥阳汜水河岸边"])
def test_a_river_named_by_its_water_town_is_not_the_town_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("绿博园门口", "lm-zz-zhengzhoulvboyuan"),
        ("绿博园那边", "lm-zz-zhengzhoulvboyuan"),
        ("须水街道", "adm-410102012"),
        ("须水那边", "adm-410102012"),
        ("汜水镇", "adm-410182105"),
        ("汜水镇，河边上", "adm-410182105"),
        ("汜河路边上", "lm-zz-sihelu"),
        ("雁鸣湖镇", "adm-410122114"),
    ],
)
def test_near_misses_keep_their_answer(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == place, said
