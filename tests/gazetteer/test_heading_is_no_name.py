"""Where the caller heads (往郑州方向, 开封方向) is a direction, not a name cut short or misheard:
郑州方 of 往郑州方向 had been read as 郑州方特 short of its last character."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("往郑州方向", ZHENGZHOU),
        ("朝郑州方向走了二里地", ZHENGZHOU),
        ("高速上 往郑州方向", KAIFENG),
    ],
)
def test_a_heading_names_no_park(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert "lm-zz-zhengzhoufangtehuanleshijie" not in {c.place.id for c in r.candidates}, said
    assert confirmed(r) is None, said


@pytest.mark.parametrize("said", ["郑州方特", "方特 北门", "郑州方特那边，往开封方向"])
def test_the_park_said_is_still_the_park(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhoufangtehuanleshijie", said
