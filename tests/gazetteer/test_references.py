"""A place said as a reference (挨着, 对面, 往北, 后面) is not where the caller is when they also
said the road they are on: the road is read back, never the reference."""

import pytest

from gazetteer import Jurisdiction
from gazetteer._context import reference_phrases

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def confirmed(resolution):
    q = resolution.question
    return q.options[0].place.id if q.kind == "confirm" and q.options else None


@pytest.mark.parametrize(
    ("said", "where", "road", "reference"),
    [
        ("纬五路，省医往北一点", ZHENGZHOU, "lm-zz-weiwulu", "hosp-hnsrmyy"),
        ("纬五路上，挨着省人民医院那段", ZHENGZHOU, "lm-zz-weiwulu", "hosp-hnsrmyy"),
        ("经八路上，二附院对面", ZHENGZHOU, "lm-zz-jingbalu", "hosp-zzu-2"),
        ("西门大街，淮河医院斜对面", KAIFENG, "lm-kf-ximendajie", "hosp-henu-huaihe"),
        ("东风路，靠近郑大一附院", ZHENGZHOU, "lm-zz-dongfenglu", "hosp-zzu-1"),
        # 后头 and 对门, as much of Henan says 后面 and 对面.
        ("纬五路，省人民医院后头", ZHENGZHOU, "lm-zz-weiwulu", "hosp-hnsrmyy"),
        ("西门大街，淮河医院对门", KAIFENG, "lm-kf-ximendajie", "hosp-henu-huaihe"),
        ("铭功路，二七塔西边", ZHENGZHOU, "lm-zz-minggonglu", "lm-zz-erqiguangchang"),
    ],
)
def test_a_road_said_with_a_reference_ranks_the_road_and_never_confirms_the_reference(
    gz, said, where, road, reference
):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == road
    chosen = confirmed(r)
    assert chosen is None or not chosen.startswith(reference)


@pytest.mark.parametrize(
    ("said", "where"),
    # 大同路 is not held (铭功路, the example before, now is).
    [("大同路，二七塔西边", ZHENGZHOU), ("鼓楼街，包公祠后面", KAIFENG)],
)
def test_a_road_the_data_does_not_hold_said_with_a_reference_confirms_nothing(gz, said, where):
    r = gz.resolve([said], jurisdiction=where)
    assert r.question.kind != "confirm"


def test_a_reference_said_alone_still_names_the_place(gz):
    r = gz.resolve(["二七纪念塔旁边"], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == "lm-zz-erqiguangchang"


def test_a_reference_still_tells_which_campus_is_meant(gz):
    r = gz.resolve(["铁塔后面那个河南大学"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "edu-4141010475-minglun"


def test_words_before_and_after_a_cue_are_told_apart():
    assert reference_phrases("东风路上挨着郑大一附院") == (["郑大一附院"], "东风路上")
    assert reference_phrases("包公祠后面 鼓楼街") == (["包公祠"], "鼓楼街")
    assert reference_phrases("眉湖边上") == ([], "眉湖边上")
