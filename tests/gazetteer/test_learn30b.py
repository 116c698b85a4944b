"""区 heard as 去 after a district's short name (中原去建设路) is the district and its road, while
去 as the verb stays a destination; a railway station said as its city and a side, with words
of the railway (郑州西，高铁那个站), is the station of that side; so is the city's first character
and the side with a station word (郑西高铁站, 开北火车站), while 郑东 without one is 郑东新区."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("金水去经三路，路口", ZHENGZHOU, "lm-zz-jingsanlu"),
        ("龙亭去宋城路", KAIFENG, "lm-kf-songchenglu"),
        ("我在二七去嵩山路上", ZHENGZHOU, "lm-zz-songshanlu"),
        ("管城去商城路", ZHENGZHOU, "lm-zz-shangchenglu"),
        ("顺河去东大街", KAIFENG, "lm-kf-dongdajie"),
    ],
)
def test_a_district_word_heard_as_go_is_the_district(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("我想去金水路", "lm-zz-jinshuilu"),
        ("往北去，花园路上", "lm-zz-huayuanlu"),
    ],
)
def test_go_as_the_verb_keeps_its_answer(gz, said, first):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == first, said


@pytest.mark.parametrize("said", ["从二七去大学路", "金水去", "中原去哪了不知道"])
def test_a_district_gone_from_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "station"),
    [
        ("郑州西，刚下高铁", ZHENGZHOU, "lm-zz-zhengzhouxizhan"),
        ("郑州东，动车出站口", ZHENGZHOU, "lm-zz-zhengzhoudongzhan"),
        ("开封北，高铁站这", KAIFENG, "lm-kf-kaifengbeizhan"),
        ("在郑州南这个火车站，候车的地方", ZHENGZHOU, "lm-zz-hangkonggangzhan"),
        ("兰考南，刚出站", KAIFENG, "lm-kf-lankaonanzhan"),
    ],
)
def test_a_station_said_as_its_city_and_a_side_is_that_station(gz, said, jurisdiction, station):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == station, said


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("郑州西边，中原西路上", "lm-zz-zhongyuanxilu"),
        ("郑州火车站，出站口", "lm-zz-zhengzhouzhan"),
    ],
)
def test_a_side_said_as_a_direction_is_no_station(gz, said, first):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == first, said


def test_a_city_and_a_side_with_no_railway_word_keeps_asking(gz):
    r = gz.resolve(["郑州北边，高速口"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm" or r.question.options[0].place.kind != "station"


@pytest.mark.parametrize(
    ("said", "jurisdiction", "station"),
    [
        # The city's first character and the side, with a station word (郑州西站 → 郑西站):
        # before, another station or only offered.
        ("郑西火车站 进站口 有人倒了", ZHENGZHOU, "lm-zz-zhengzhouxizhan"),
        ("开北火车站 售票厅", KAIFENG, "lm-kf-kaifengbeizhan"),
        ("郑南高铁站 进站口 有人倒了", ZHENGZHOU, "lm-zz-hangkonggangzhan"),
        ("郑南站 到达层", ZHENGZHOU, "lm-zz-hangkonggangzhan"),
    ],
)
def test_a_station_said_as_its_citys_first_character_and_a_side_is_that_station(
    gz, said, jurisdiction, station
):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == station, said


@pytest.mark.parametrize(
    ("said", "first"),
    [
        # Without words of the railway, 郑东 is the new district, not its station.
        ("郑东 如意湖边上", "lm-zz-zhengdongxinqu"),
        ("郑东新区 商务内环", "lm-zz-zhengdongxinqu"),
    ],
)
def test_a_citys_first_character_and_a_side_without_a_station_word_is_no_station(gz, said, first):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.kind != "station", said
