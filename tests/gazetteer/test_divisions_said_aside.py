"""A division said of the caller (俺是开封来的, 俺在开封, 手机显示郑州), of the centre they call,
or as what the place is only near (挨着开封) is not where the place is: the place said with it
wins, and the division's own places do not crowd it out."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        # The caller's own city said after the place's: the place's city, its road unknown.
        ("俺爹在洛阳 解放路上 不行了 俺在开封", KAIFENG, "adm-410300"),
        ("俺在开封打的 俺姐在商丘 凯旋路", ZHENGZHOU, "adm-411400"),
        # A town of the centre's area said with the city the caller comes from or is near.
        ("八岗镇 俺们开封来的 在镇上", ZHENGZHOU, "adm-410173113"),
        ("狼城岗镇 挨着开封", ZHENGZHOU, "adm-410122103"),
        ("陈留镇 俺手机显示郑州", KAIFENG, "adm-410212101"),
    ],
)
def test_the_place_said_wins_over_a_division_said_aside(gz, said, where, place):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == place


def test_the_callers_city_with_a_road_and_nothing_else_stays_the_place(gz):
    r = gz.resolve(["我在平顶山打的电话，建设路"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.admin.city == "平顶山市"
    r = gz.resolve(["俺在郑州 中原路上"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-zz-zhongyuanlu"
