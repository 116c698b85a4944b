"""A road the caller has passed or not yet come to (过了经三路, 快到金水路了, 金水路往北) is a
reference along the road they are on: never a crossing to read back."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("金水路 过了经三路 往东走一点", "lm-zz-jinshuilu"),
        ("经三路 快到金水路了 路东", "lm-zz-jingsanlu"),
        ("经三路 过了金水路往北 五十米 有人倒了", "lm-zz-jingsanlu"),
    ],
)
def test_the_road_passed_is_no_crossing_read_back(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind != "confirm" or r.question.options[0].place.kind != "crossing"
