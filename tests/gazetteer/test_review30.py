"""Second review of set 30's learning. A road said first, then another not yet reached or just
passed in more of the ways callers say it (马上就到, 眼看就到, 还差一点到, 没走到, 还没有走到,
刚路过): the caller is on the road said first, not at the crossing. A works named by its kind
alone said with 小区 (烟厂小区), which the data holds as the 社区's own name, is offered as the
one 社区 of that name, as 烟厂家属院 is: never read back; said with the 社区's county
(新郑烟厂家属院, 荥阳建材厂小区) it is that county's works, read back as before set 30 was
learned from. 去 said with 的路上 after a district's short name (在中原去二七的路上) is the verb —
the caller is on the way — not 区 heard as 去."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("在嵩山路上，马上就到陇海路了", "lm-zz-songshanlu"),
        ("在花园路上，眼看就到农业路了", "lm-zz-huayuanlu"),
        ("我骑电动车在南阳路上，还差一点到农业路", "lm-zz-nanyanglu"),
        ("往西走在农业路上，没走到南阳路呢", "lm-zz-nongyelu"),
        ("在文化路上，还没有走到农业路", "lm-zz-wenhualu"),
        ("在金水路上，刚路过经三路", "lm-zz-jinshuilu"),
        ("在经三路上，刚经过纬五路", "lm-zz-jingsanlu"),
        ("在经八路上，没开到东风路", "lm-zz-jingbalu"),
    ],
)
def test_a_road_not_yet_reached_or_just_passed_is_no_crossing(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == road, said


@pytest.mark.parametrize(
    ("said", "roads"),
    [
        ("在经三路上，已经走到纬五路口了", {"经三路", "纬五路"}),
        ("在建设路上，开到桐柏路了，就在路口", {"建设路", "桐柏路"}),
        ("在丰产路上，走到花园路口了", {"丰产路", "花园路"}),
    ],
)
def test_a_road_reached_is_still_the_crossing(gz, said, roads):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    top = r.candidates[0].place
    assert top.kind == "crossing" and all(road in top.name for road in roads), said


@pytest.mark.parametrize(
    ("said", "unit", "where"),
    [
        ("烟厂小区", "adm-410184003002", ZHENGZHOU),
        ("建材厂小区", "adm-410182001005", ZHENGZHOU),
        ("火电厂小区", "adm-410203201013", KAIFENG),
    ],
)
def test_a_works_kind_said_with_xiaoqu_is_offered_not_read_back(gz, said, unit, where):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == unit, said
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("新郑烟厂小区", "adm-410184003002"),
        ("荥阳建材厂小区", "adm-410182001005"),
        ("新郑烟厂家属院", "adm-410184003002"),
        ("新郑市烟厂宿舍", "adm-410184003002"),
        ("荥阳建材厂家属院", "adm-410182001005"),
        ("新烟街道烟厂社区", "adm-410184003002"),
        ("烟厂后街社区", "adm-410104003008"),
        ("中原制药厂家属院", "adm-410102005012"),
    ],
)
def test_a_works_said_with_its_county_or_own_name_keeps_its_unit(gz, said, unit):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == unit, said


@pytest.mark.parametrize("said", ["中牟烟厂家属院", "中牟烟厂小区"])
def test_a_works_kind_said_with_another_county_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    "said", ["在中原去二七的路上", "新密去郑州的路上出车祸了", "金水去花园路的路上，车坏了"]
)
def test_go_said_on_the_way_stays_the_verb(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "places"),
    [
        ("金水去花园路", {"lm-zz-huayuanlu", "adm-410105"}),
        ("中原去建设路上", {"lm-zz-jianshelu", "adm-410102"}),
        ("管城去东大街", {"lm-zz-dongdajie", "adm-410104"}),
    ],
)
def test_district_heard_as_go_still_read(gz, said, places):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id in places, said
