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


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        # The caller says where they themself are, away from someone placed at a named place
        # their own city does not hold: that place is where the ambulance goes.
        ("我人在广州，俺妈去碧沙岗那边买菜摔了", ZHENGZHOU, "lm-zz-bishagang"),
        ("俺在苏州打工，邻居说俺爹在铁塔公园门口倒了", KAIFENG, "lm-kf-tieta"),
        ("我现在在成都，我姐去紫荆山公园跑步，路人说她晕了", ZHENGZHOU, "lm-zz-zijingshangongyuan"),
    ],
)
def test_the_callers_own_city_away_from_the_patient_is_not_offered(gz, said, where, place):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == place
    assert all(c.place.kind != "city" for c in r.candidates)


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        # The patient at home, no place named: the caller's city is all there is.
        ("我在郑州，我爸在家里晕倒了", ZHENGZHOU, "adm-410100"),
        # The caller's city holds the place said: it stays and says where that is.
        ("我在开封，我妈在鼓楼那边摔了", KAIFENG, "lm-kf-gulou"),
    ],
)
def test_the_callers_city_holding_the_place_or_alone_stays(gz, said, where, place):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == place


def test_the_callers_city_stays_beside_a_name_every_city_has(gz):
    # 人民路 is every city's: the caller's 开封 may hold the one meant, though the data holds
    # only its county 尉氏's. The city stays a bound, and no 人民路 is read back.
    r = gz.resolve(["我在开封，俺爸在人民路上摔倒了"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id in ("adm-410200", "lm-kf-renminlu-weishi")
    assert r.question.kind != "confirm"
