"""A station's name heard whole by sound (正州西站, 郑州冬站) stays that station beside a look-alike
read over it and the words after it (郑州站西广场, 郑州站东广场), which leaves out or reorders
what was heard."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "station"),
    [
        ("正州西站 南广场 出站口", "lm-zz-zhengzhouxizhan"),
        ("郑州冬站 东广场 出租车那", "lm-zz-zhengzhoudongzhan"),
    ],
)
def test_the_station_heard_ranks_first(gz, said, station):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == station
