"""A kind of place said straight after a road, with no name of its own (丁角街夜市, 文化路小学),
is the place the road names, said whole: not the road as where the caller is with a place
beside it, as a place with a name of its own is (中原路绿城广场对面)."""

import pytest

from gazetteer._context import reference_phrases


@pytest.mark.parametrize(
    ("said", "whole"),
    [
        ("马市街 丁角街夜市跟前", "丁角街夜市"),
        ("文化路小学门口旁边", "文化路小学门口"),
        ("就在经三路菜市场对面", "就在经三路菜市场"),
        ("建设路一中北门附近", "建设路一中北门"),
        ("纬五路医院对面", "纬五路医院"),
    ],
)
def test_a_kind_of_place_after_a_road_is_said_whole(said, whole):
    phrases, _ = reference_phrases(said)
    assert whole in phrases


@pytest.mark.parametrize(
    ("said", "place", "road"),
    [
        ("中原路绿城广场对面", "绿城广场", "中原路"),
        ("金水路紫荆山公园旁边", "紫荆山公园", "金水路"),
    ],
)
def test_a_place_with_a_name_of_its_own_after_a_road_is_beside_it(said, place, road):
    phrases, rest = reference_phrases(said)
    assert place in phrases
    assert rest.strip() == road
