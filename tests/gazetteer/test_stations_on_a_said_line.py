"""A metro line said with the name a station of it bears (1号线 … 人民路): the caller is on the
train at that station, not on the road or at the park it is named after."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "station"),
    [
        ("坐的1号线，车厢里，人民路", "lm-zz-metro-renminlu"),
        ("地铁2号线，车厢里有人倒了，紫荆山", "lm-zz-metro-zijingshan"),
    ],
)
def test_a_name_said_on_a_metro_line_is_its_station(gz, said, station):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == station, said


def test_the_name_said_without_a_line_is_still_the_road(gz):
    r = gz.resolve(["人民路"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-renminlu"
