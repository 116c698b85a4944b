"""A road said with 往X那边 is the road the caller is on and X the way along it, as 往X方向 is:
X is never read back; said without 往 (X那边), X still says where the caller is."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "road", "way"),
    [
        ("嵩山路，往碧沙岗那边", "lm-zz-songshanlu", "lm-zz-bishagang"),
        ("文化路上，往郑大北校区那边走", "lm-zz-wenhualu", "edu-4141010459-beixiaoqu"),
    ],
)
def test_the_road_ranks_first_and_the_way_is_not_read_back(gz, said, road, way):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind != "confirm" or r.candidates[0].place.id != way


def test_a_bare_way_names_no_place(gz):
    r = gz.resolve(["嵩山路，往北那边"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-songshanlu"


def test_a_place_said_with_that_side_alone_is_still_where_the_caller_is(gz):
    r = gz.resolve(["碧沙岗那边，北门"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-bishagang"
