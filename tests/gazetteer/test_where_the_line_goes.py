"""Where a train or bus is headed (往河南工业大学方向) is where the line goes, not where the
caller is: the station they say they are at ranks first, whatever the words it took to name
the direction."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "where", "station"),
    [
        ("1号线 往新郑州站方向 到了燕庄站了", ZHENGZHOU, "lm-zz-metro-yanzhuang"),
        ("2号线 往郑州航空港站方向 到了紫荆山站", ZHENGZHOU, "lm-zz-metro-zijingshan"),
    ],
)
def test_the_station_said_ranks_above_the_direction(gz, said, where, station):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == station, said
