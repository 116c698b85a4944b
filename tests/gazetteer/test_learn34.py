"""What set 34's callers said that the resolver read wrong, in other words: 东区 said to 郑州's
centre beside a road of its own (商都路，东区这边: 郑东新区, not 攀枝花's 东区); an estate said with
its zone or building (锦艺城，D区) or after its county (通许县金元花园); a place said after
旁边就是 or 对面就是 (beside the caller, not where they are); a village read by its town's name and
a landmark's short name (广武霸王城). Each with near-misses that keep their answer."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))
JINYI = {"adm-410102004009", "adm-410102004010"}


def _top(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    return r, (r.candidates[0].place.id if r.candidates else None)


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("商都路，东区这边，有人晕了", "lm-zz-shangdulu"),
        ("龙湖中环路 东区这块 路边上", "lm-zz-longhuzhonghuanlu"),
        ("农业东路，东区那个，骑车的摔了", "lm-zz-nongyedonglu"),
    ],
)
def test_east_district_said_with_a_road_of_the_centre_is_its_own(gz, said, place):
    r, top = _top(gz, said, ZHENGZHOU)
    assert top == place, said
    assert all(c.place.id != "adm-510402" for c in r.candidates[:1]), said


@pytest.mark.parametrize(
    "said",
    [
        "东区",
        "东区这边 一个小区里",
        # 杉杉奥特莱斯 is held since (SOURCES.md, third round of absent places): a mall the data
        # still lacks stands for it.
        "凯德广场，郑州那个，东区那边，俺是保洁",
    ],
)
def test_east_district_without_a_place_of_the_centre_is_asked(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("郑航东区，宿舍楼", "edu-4141010485-dongxiaoqu"),
        ("一附院东区，龙湖中环路，急诊", "hosp-zzu-1-zhengdong"),
    ],
)
def test_an_institutions_east_district_keeps_it(gz, said, place):
    _, top = _top(gz, said, ZHENGZHOU)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "places"),
    [
        ("锦艺城，D区，五号楼，俺爸晕了", ZHENGZHOU, JINYI),
        ("锦艺城 二区 门口", ZHENGZHOU, JINYI),
        ("锦艺城，7号楼，电梯里", ZHENGZHOU, JINYI),
        ("通许县金元花园，三号楼", KAIFENG, {"adm-410222001008"}),
        ("尉氏梅庄花园 四排", KAIFENG, {"adm-410223001007"}),
    ],
)
def test_an_estate_said_with_its_zone_or_after_its_county(gz, said, jurisdiction, places):
    r, top = _top(gz, said, jurisdiction)
    assert top in places, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id in places, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("锦艺城，三楼，卖鞋那", ZHENGZHOU, "lm-zz-jinyicheng"),
        ("锦艺城购物中心 A区 二楼", ZHENGZHOU, "lm-zz-jinyicheng"),
        ("杞县金城，大街上", KAIFENG, "adm-410221001"),
    ],
)
def test_a_mall_or_a_town_said_so_keeps_it(gz, said, jurisdiction, place):
    _, top = _top(gz, said, jurisdiction)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "place", "beside"),
    [
        ("会展中心这儿，边上就是大玉米", "lm-zz-huizhanzhongxin", "lm-zz-qianxiguangchang"),
        ("如意湖这块，对过就是大玉米", "lm-zz-cbd", "lm-zz-qianxiguangchang"),
    ],
)
def test_a_place_said_after_beside_it_is_not_where_the_caller_is(gz, said, place, beside):
    r, top = _top(gz, said, ZHENGZHOU)
    assert top == place, said
    assert not (r.question.kind == "confirm" and r.question.options[0].place.id == beside), said


def test_the_place_itself_keeps_it(gz):
    _, top = _top(gz, "大玉米底下，广场上，有人晕倒了", ZHENGZHOU)
    assert top == "lm-zz-qianxiguangchang"


def test_a_village_read_as_a_landmarks_short_name_is_not_read_back(gz):
    r = gz.resolve(["广武霸王城，景区里，有人晕倒了"], jurisdiction=ZHENGZHOU)
    assert not (
        r.question.kind == "confirm" and r.question.options[0].place.id == "adm-410182103230"
    )


@pytest.mark.parametrize("said", ["广武镇霸王城村，村委会", "霸王城村，村口"])
def test_the_village_said_whole_keeps_it(gz, said):
    _, top = _top(gz, said, ZHENGZHOU)
    assert top == "adm-410182103230", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("中牟站，火车站那个小站，站前头", "lm-zz-zhongmouzhan"),
        ("上街站，就是火车站，候车室里", "lm-zz-shangjiezhan"),
    ],
)
def test_a_stations_kind_after_its_name_is_what_it_is(gz, said, place):
    _, top = _top(gz, said, ZHENGZHOU)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("火车站，郑州站那，出站口", ZHENGZHOU, "lm-zz-zhengzhouzhan"),
        ("开封站，火车站那个，出站口", KAIFENG, "lm-kf-kaifengzhan"),
    ],
)
def test_the_citys_main_station_keeps_it(gz, said, jurisdiction, place):
    _, top = _top(gz, said, jurisdiction)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("荥阳那个桃花峪，观景台那", "adm-410182103231"),
        ("桃花峪，荥阳这个，河边上", "adm-410182103231"),
    ],
)
def test_a_village_said_short_with_its_county(gz, said, place):
    _, top = _top(gz, said, ZHENGZHOU)
    assert top == place, said


def test_a_village_said_short_with_no_county_is_asked(gz):
    r = gz.resolve(["桃花峪，河边上"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("包公湖，湖边上，俺是遛狗的", KAIFENG, "lm-kf-baogonghu"),
        ("龙子湖，湖边，我是骑车路过的", ZHENGZHOU, "lm-zz-longzihu"),
    ],
)
def test_a_name_is_not_heard_into_the_callers_words(gz, said, jurisdiction, place):
    _, top = _top(gz, said, jurisdiction)
    assert top == place, said


def test_a_site_said_by_its_name_keeps_it(gz):
    _, top = _top(gz, "包公湖院区门口，俺是家属", KAIFENG)
    assert top == "hosp-henu-1-baogonghu"


def test_the_village_said_again_whole_keeps_it(gz):
    _, top = _top(gz, "古荥，那个古荥镇，惠济区的", ZHENGZHOU)
    assert top == "adm-410108101"


def test_a_part_of_the_city_said_after_it_is_not_another_citys_district(gz):
    r = gz.resolve(["开封老城里，马道街，有人晕倒了"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-kf-madaojie"
    assert all(c.place.id != "adm-410302" for c in r.candidates)
    assert r.question.kind != "contradiction"


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("开封鼓楼区，鼓楼街那", KAIFENG, "lm-kf-guloujie"),
        ("洛阳老城区，丽景门那", ZHENGZHOU, "adm-410302"),
    ],
)
def test_a_district_of_the_city_said_keeps_it(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert place in {c.place.id for c in r.candidates[:3]}, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("马道街，开封老城那个，不是别的地方的马道街", "lm-kf-madaojie"),
        ("寺后街，开封老城这块，不是其他地方的寺后街", "lm-kf-sihoujie"),
    ],
)
def test_a_name_denied_of_another_place_is_the_one_said(gz, said, place):
    _, top = _top(gz, said, KAIFENG)
    assert top == place, said


def test_a_name_denied_with_nothing_to_tell_is_asked(gz):
    r = gz.resolve(["人民路，不是人民路"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
