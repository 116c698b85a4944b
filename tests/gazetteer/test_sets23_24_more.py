"""Sets 23 and 24's leftover families taken by a third learner: a landmark said first by a short
name or short of a character, then the road it stands on; a look-alike
character in a road's name; a road of 经开区 said with the area's short name and 区 before its
number; with near-misses that keep their answer."""

import pytest

from tests.gazetteer.answers import KAIFENG, ZHENGZHOU


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("大相寺，就在自由路上", KAIFENG, "lm-kf-daxiangguosi"),
        ("相国寺门口，自由路这儿", KAIFENG, "lm-kf-daxiangguosi"),
    ],
)
def test_a_landmark_said_then_a_street_it_stands_on_is_the_landmark(gz, said, where, place):
    assert gz.resolve([said], jurisdiction=where).candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("自由路，相国寺那边", KAIFENG, "lm-kf-ziyoulu"),
    ],
)
def test_a_street_said_first_with_the_landmark_as_which_stretch_stays_the_street(
    gz, said, where, place
):
    assert gz.resolve([said], jurisdiction=where).candidates[0].place.id == place


@pytest.mark.parametrize("said", ["互肋路，往南走", "互肋路，林山寨那边", "中原区，互肋路口这儿"])
def test_a_look_alike_character_in_a_roads_name_is_read_as_the_road(gz, said):
    assert gz.resolve([said], jurisdiction=ZHENGZHOU).candidates[0].place.id == "lm-zz-huzhulu"


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("经开区第十大街，工地门口", "lm-zz-jingkai-dajie10"),
        ("郑州经开区第十五大街，厂里", "lm-zz-jingkai-dajie15"),
        ("经开区第二十二大街上", "lm-zz-jingkai-dajie22"),
    ],
)
def test_a_road_of_jingkaiqu_said_with_the_areas_short_name_is_the_road(gz, said, road):
    assert gz.resolve([said], jurisdiction=ZHENGZHOU).candidates[0].place.id == road


@pytest.mark.parametrize(
    ("said", "place"),
    [("经开区，厂门口", "lm-zz-jingkaiqu"), ("经开第九大街", "lm-zz-jingkai-dajie9")],
)
def test_the_area_alone_or_the_road_by_its_own_name_keeps_its_answer(gz, said, place):
    assert gz.resolve([said], jurisdiction=ZHENGZHOU).candidates[0].place.id == place
