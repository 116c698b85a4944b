"""What sets 19 and 20 taught a second time, by cause:

- A campus said by the road at its gates + 校区 where the institution names it otherwise or by
  the road's short form (轻工大学东风路校区 for 东风校区, 郑大科学大道校区 for 主校区), or one
  named by its road said without the road's word (河工大莲花校区 for 莲花街校区). Another
  institution's campus whose own name that is (河南中医药大学's 东风路校区) still leads alone,
  and a road said with words after it is not read as its campus.
- Short names callers use for landmarks and malls (银基, 福塔, 千玺, 河南艺术中心), and the road
  a landmark stands on said with it (植物园 … 中原西路).
- A place said with 对面/旁边/附近 before the road it stands on (城隍庙对面 商城路) ranks first,
  an institution's site on that road first; said after the road (东大街 文庙旁边), the road
  stays first. A road the data does not hold said before a place said as where it is (二马路
  银基那边) is not read back as the place.
"""

import pytest

from tests.gazetteer.answers import KAIFENG, ZHENGZHOU, confirmed


def _first(gz, said: str) -> str:
    return gz.resolve([said], jurisdiction=ZHENGZHOU).candidates[0].place.id


@pytest.mark.parametrize(
    ("said", "campus"),
    [
        ("轻工大学东风路校区 宿舍楼下", "edu-4141010462-dongfeng"),
        ("郑州轻工业大学东风路校区", "edu-4141010462-dongfeng"),
        ("郑轻工 东风路校区 北门", "edu-4141010462-dongfeng"),
        ("轻工业大学科学大道校区 图书馆", "edu-4141010462-kexue"),
        ("华水花园路校区 宿舍", "edu-4141010078-huayuan"),
        ("牧业经济学院北林路校区", "edu-4141010469-beilin"),
        ("郑州工程技术学院金河路校区", "edu-4141011068-jinhe"),
        ("河工大莲花校区 北门", "edu-4141010463-lianhuajie"),
        ("河南工程学院桐柏校区", "edu-4141011517-tongbailu"),
        ("河南工业大学嵩山校区 家属院", "edu-4141010463-songshanlu"),
        ("郑大科学大道校区", "edu-4141010459-zhuxiaoqu"),
    ],
)
def test_a_campus_said_by_its_road_is_that_campus(gz, said, campus):
    assert _first(gz, said) == campus


@pytest.mark.parametrize(
    ("said", "first"),
    [
        # Another institution's campus whose own name the road form is leads alone.
        ("东风路校区", "edu-4141010471-dongfenglu"),
        ("河南中医药大学东风路校区", "edu-4141010471-dongfenglu"),
        ("财经政法文化路校区", "edu-4141010484-wenhualu"),
        # A road said with words after it is the road, not a campus on it.
        ("科学大道上 西头", "lm-zz-kexuedadao"),
        # With 西四环 held, the two roads said are their crossing, still no campus.
        ("科学大道跟西四环", "xing-lm-zz-kexuedadao-lm-zz-xisihuan"),
    ],
)
def test_near_misses_of_a_campus_said_by_its_road_keep_their_place(gz, said, first):
    assert _first(gz, said) == first


def test_the_road_form_alone_of_two_campuses_is_not_read_back_as_the_other(gz):
    r = gz.resolve(["东风路校区"], jurisdiction=ZHENGZHOU)
    assert confirmed(r) != "edu-4141010462-dongfeng"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("银基 二楼 卖衣服那", "lm-zz-yinjishangmaocheng"),
        ("在银基这 火车站旁边", "lm-zz-yinjishangmaocheng"),
        ("福塔 停车场", "lm-zz-zhongyuanfuta"),
        ("我在福塔这 航海东路", "lm-zz-zhongyuanfuta"),
        ("千玺 楼下", "lm-zz-qianxiguangchang"),
        ("河南艺术中心 门口", "lm-zz-henanshengyishuzhongxin"),
        ("植物园 西门 中原西路这", "lm-zz-zhengzhouzhiwuyuan"),
        ("中原西路 植物园门口", "lm-zz-zhengzhouzhiwuyuan"),
    ],
)
def test_short_names_callers_use_for_landmarks(gz, said, place):
    assert _first(gz, said) == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("银基动物王国 门口", "lm-zz-yinjiguojilvyoudujiaqu"),
        ("银基商贸城 门口", "lm-zz-yinjishangmaocheng"),
        ("航海东路 京港澳高速那", "lm-zz-hanghaidonglu"),
    ],
)
def test_near_misses_of_short_landmark_names_keep_their_place(gz, said, place):
    assert _first(gz, said) == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("城隍庙旁边 商城路上", "lm-zz-zhengzhouchenghuangmiao"),
        ("郑州城隍庙对面，商城路", "lm-zz-zhengzhouchenghuangmiao"),
        ("文庙对面 东大街", "lm-zz-zhengzhouwenmiao"),
        ("动物园附近 花园路上", "lm-zz-zhengzhoudongwuyuan"),
        ("河南博物院旁边 农业路", "lm-zz-henanbowuyuan"),
        ("俺搁省人医对过儿，纬五路上", "hosp-hnsrmyy-weiwulu"),
    ],
)
def test_a_place_said_beside_before_its_road_ranks_first(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("商城路 城隍庙对面", "lm-zz-shangchenglu"),
        ("东大街 文庙旁边", "lm-zz-dongdajie"),
        ("农业路上 河南博物院对面", "lm-zz-nongyelu"),
        # A road the place does not stand on.
        ("城隍庙对面 中原路", "lm-zz-zhongyuanlu"),
    ],
)
def test_a_road_said_first_or_elsewhere_keeps_its_place(gz, said, first):
    assert _first(gz, said) == first


@pytest.mark.parametrize(
    "said",
    ["二马路 银基那边", "三马路 银基商贸城这边", "二马路，大卫城那块", "郑州的二马路 银基那边"],
)
def test_an_unheld_road_before_a_place_is_not_read_back_as_the_place(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) is None


# The city said before the road with 的 (set 21: 开封的五一路 火车站那边 confirmed the station).
@pytest.mark.parametrize("said", ["开封的五一路 火车站那边", "开封的五一路，开封站这块"])
def test_an_unheld_road_said_after_its_city_is_not_read_back_as_the_place(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert confirmed(r) is None


@pytest.mark.parametrize(
    ("said", "kind"), [("开封的中山路 鼓楼那边", "ask_more"), ("开封站 五一路那边", "confirm")]
)
def test_a_held_road_after_its_city_or_a_place_said_first_is_as_before(gz, said, kind):
    assert gz.resolve([said], jurisdiction=KAIFENG).question.kind == kind


@pytest.mark.parametrize("said", ["银基 二马路那边", "大卫城 二马路这边", "金博大 二马路那边"])
def test_a_place_said_first_beside_a_road_is_still_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) is not None
