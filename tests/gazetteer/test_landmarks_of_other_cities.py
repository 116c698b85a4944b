"""A city said with a place of it the data does not hold (平顶山 鹰城广场, 信阳 鸡公山) is that
city: a college whose name starts with the city's looks like the words only through the city's
own name, and does not come first."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "city"),
    [
        ("许昌 曹魏古城 有人晕倒", "adm-411000"),
        ("平顶山 鹰城广场 有人晕倒", "adm-410400"),
        ("信阳 鸡公山 有人摔下去了", "adm-411500"),
    ],
)
def test_the_city_said_comes_first(gz, said, city):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == city, said
    assert r.question.kind != "confirm"
