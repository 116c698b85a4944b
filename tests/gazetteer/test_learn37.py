"""What set 37's callers said about held places that the resolver read wrong, in other words: a
campus said by a short name the data held only on the institution's other campuses (航院东区);
a coach station said by 长途 or 长途汽车 before its side (长途西站); 二七区's units the statistics
name 社区居民管理 (侯寨曹洼社区); a 社区 that kept its village's name said by that name with its
district (金水区那个白庄); a road's section said in an address with its house number
(航海路东段120号); a place said after another and 那边的 (碧沙岗那边的建设路); a works' housing
said by its short name and 厂 where the 社区 bears its city's character (煤机厂宿舍); the Shang
city site said by its wall after a place it lies by; a district's or county's own service hall
(上街区政务服务中心), not the city's. Each with near-misses that keep their answer."""

import pytest

from gazetteer._towns import spoken_name

from .answers import ZHENGZHOU, confirmed
from .answers import resolved as _resolve


def _read_back(gz, said):
    return confirmed(_resolve(gz, said)[0])


@pytest.mark.parametrize("said", ["我在航院东区宿舍", "航院东校区的篮球场"])
def test_hangyuan_before_a_campus_is_zhenghangs(gz, said):
    assert _read_back(gz, said) == "edu-4141010485-dongxiaoqu", said


def test_the_transport_college_said_by_its_own_name_keeps_its_campus(gz):
    assert _read_back(gz, "交院东校区食堂") == "edu-4141013789-dongxiaoqu"


@pytest.mark.parametrize(
    ("said", "station"),
    [("长途西站门口", "lm-zz-keyunxizhan"), ("长途汽车北站出口", "lm-zz-keyunbeizhan")],
)
def test_a_coach_station_said_by_changtu_is_the_coach_station(gz, said, station):
    assert _read_back(gz, said) == station, said


def test_a_railway_station_said_like_a_coach_one_keeps_its_answer(gz):
    assert _read_back(gz, "港区南站进站口") == "lm-zz-hangkonggangzhan"


def test_a_unit_named_with_its_committees_words_is_said_as_its_shequ():
    assert spoken_name("曹洼社区居民管理委员会") == "曹洼社区"
    assert spoken_name("建设路社区居民委员会") == "建设路社区"


@pytest.mark.parametrize(
    ("said", "unit"),
    [
        ("马寨王庄社区", "adm-410103100008"),
        ("侯寨曹洼社区", "adm-410103015025"),
        ("人和路逸园社区", "adm-410103014010"),
    ],
)
def test_erqis_units_are_said_as_shequ(gz, said, unit):
    assert _read_back(gz, said) == unit, said


@pytest.mark.parametrize(
    ("said", "unit"),
    [("金水区那个白庄", "adm-410105015008"), ("二七区，佛岗那", "adm-410103012005")],
)
def test_a_shequ_said_by_its_villages_name_with_its_district(gz, said, unit):
    assert _read_back(gz, said) == unit, said


def test_a_town_of_another_county_said_with_its_own_county_keeps_its_answer(gz):
    assert _read_back(gz, "登封那个徐庄") == "adm-410185107"


def test_a_roads_section_with_a_house_number_is_that_road(gz):
    r, top = _resolve(gz, "航海路东段120号")
    assert top == "lm-zz-hanghailu"
    assert "lm-zz-hanghaidonglu" not in [c.place.id for c in r.candidates[:3]]


def test_a_roads_side_stretch_without_a_number_is_still_the_side_road(gz):
    assert _read_back(gz, "航海路东段") == "lm-zz-hanghaidonglu"


@pytest.mark.parametrize(
    ("said", "road", "mark"),
    [
        ("碧沙岗那边的建设路", "lm-zz-jianshelu", "lm-zz-bishagang"),
        ("绿城广场那边的中原路", "lm-zz-zhongyuanlu", "lm-zz-lvchengguangchang"),
        ("二七塔那边的解放路", "lm-zz-jiefanglu", "lm-zz-erqiguangchang"),
    ],
)
def test_a_place_after_another_and_nabian_de_is_where_the_caller_is(gz, said, road, mark):
    r, top = _resolve(gz, said)
    assert top == road, said
    assert not (r.question.kind == "confirm" and r.question.options[0].place.id == mark), said


def test_a_park_said_with_nabian_alone_is_still_the_park(gz):
    assert _read_back(gz, "碧沙岗那边") == "lm-zz-bishagang"


@pytest.mark.parametrize(
    ("said", "unit"),
    [("煤机厂宿舍，二号楼", "adm-410102006007"), ("纺机厂那个家属院", "adm-410105006010")],
)
def test_a_works_housing_is_its_shequ_named_with_the_citys_character(gz, said, unit):
    _, top = _resolve(gz, said)
    assert top == unit, said


def test_the_shequs_own_name_is_still_read_back(gz):
    assert _read_back(gz, "郑煤机家属院") == "adm-410102006007"


def test_the_shang_wall_after_a_road_it_lies_by_is_the_shang_site(gz):
    _, top = _resolve(gz, "东里路旁边的商代城墙")
    assert top == "lm-zz-zhengzhoushangdaiyizhi"


def test_kaifengs_wall_keeps_its_answer(gz):
    assert _read_back(gz, "开封城墙西门") == "lm-kf-kaifengchengqiang"


@pytest.mark.parametrize(
    ("said", "government"),
    [
        ("上街区政务服务中心", "lm-zz-gov-410106"),
        ("荥阳市政务服务中心，排队那", "lm-zz-gov-410182"),
        ("登封市政务服务中心", "lm-zz-gov-410185"),
    ],
)
def test_a_divisions_own_service_hall_is_not_the_citys(gz, said, government):
    r, top = _resolve(gz, said)
    assert top == government, said
    assert "lm-zz-zhengwufuwuzhongxin" not in [c.place.id for c in r.candidates], said
    assert r.question.kind != "confirm", said


def test_the_citys_service_hall_said_with_its_city_is_still_read_back(gz):
    assert _read_back(gz, "郑州市政务服务中心") == "lm-zz-zhengwufuwuzhongxin"


@pytest.mark.parametrize(
    "said",
    ["侯寨乡派出所门口", "侯寨乡敬老院，老人摔了", "侯寨乡中心卫生院打针那屋"],
)
def test_a_facility_of_a_town_said_by_its_old_level_is_not_read_back_as_the_town(gz, said):
    # 侯寨 is a 街道 now; said 侯寨乡, its level word stands between its name and what it has.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said
    assert "adm-410103015" in [c.place.id for c in r.candidates[:3]], said


def test_the_town_said_by_its_old_level_alone_is_still_read_back(gz):
    r = gz.resolve(["侯寨乡政府门口"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.candidates[0].place.id == "adm-410103015"
