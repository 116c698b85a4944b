"""A caller in a moving car says where it goes (往东站去) and then the road it is on now: the road
ranks first, and no loose reading from the tail of the destination on into the road (站… 金水东路
as 金水东路站) stands for where the caller is."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("打车往东站去，在金水东路上", "lm-zz-jinshuidonglu"),
        ("坐车往南站去，现在在紫荆山路上", "lm-zz-zijingshanlu"),
        ("往东站去，现在在商都路上", "lm-zz-shangdulu"),
    ],
)
def test_the_road_the_car_is_on_ranks_first(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said
