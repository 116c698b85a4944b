"""Where the caller is, said with a second place that only says where along or in it.

A road said first in a clause of its own, then another road said as the ground of that stretch
(南阳路，在农业路那块) or as what lies ahead a way along it (农业路上，往西走一点就是花园路): the
caller is on the first road, never read back as the crossing; two roads said together (跟, 和,
路口, 交叉口) are still their crossing.

A mall's name said as a housing estate's, with its phase (锦艺城 二期) or as the 小区 (锦艺城，
那个小区): the caller is in the estate, and the mall is never read back; the mall with a floor
or its own kind is still the mall.

街 typed as its look-alike 衔 (东大衔): the street, and a place said after it with 那 says
which stretch of it.
"""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("农业路上，往西走一点就是花园路", "lm-zz-nongyelu"),
        ("建设路，往东一点就到嵩山路了", "lm-zz-jianshelu"),
        ("中原路上，再往西就是秦岭路", "lm-zz-zhongyuanlu"),
        ("南阳路，在农业路那块，一个饭店门口", "lm-zz-nanyanglu"),
        ("金水路，经三路那边，银行门口", "lm-zz-jinshuilu"),
        ("花园路，丰产路那一片", "lm-zz-huayuanlu"),
    ],
)
def test_a_road_then_another_as_where_along_it_is_the_first_road(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road
    assert confirmed(r) in (None, road)


@pytest.mark.parametrize(
    ("said", "crossing"),
    [
        ("丰产路跟花园路那个口", "xing-lm-zz-fengchanlu-lm-zz-huayuanlu"),
        ("丰产路和花园路交叉口，往东一点", "xing-lm-zz-fengchanlu-lm-zz-huayuanlu"),
        ("嵩山路建设路路口，往北一点", "xing-lm-zz-songshanlu-lm-zz-jianshelu"),
    ],
)
def test_two_roads_said_together_are_still_their_crossing(gz, said, crossing):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == crossing
    assert confirmed(r) in (None, crossing)


@pytest.mark.parametrize(
    "said",
    ["锦艺城二期，5号楼", "锦艺城三期，北门", "锦艺城，那个小区，西门", "锦艺城一期，3号楼2单元"],
)
def test_a_malls_name_said_as_an_estates_is_never_the_mall_read_back(gz, said):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) != "lm-zz-jinyicheng"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("锦艺城，三楼，卖衣服的", "lm-zz-jinyicheng"),
        ("锦艺城购物中心，一楼", "lm-zz-jinyicheng"),
        # A trade city is built in phases of its own: its phase is the trade city.
        ("华南城一期，北门", "lm-zz-huanancheng"),
    ],
)
def test_the_mall_with_a_floor_or_its_own_kind_is_the_mall(gz, said, place):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == place


@pytest.mark.parametrize(
    ("said", "where", "road"),
    [
        ("东大衔，城隍庙那边", ZHENGZHOU, "lm-zz-dongdajie"),
        ("管城区西大衔，一个超市", ZHENGZHOU, "lm-zz-xidajie"),
        ("马道衔，小吃那块", KAIFENG, "lm-kf-madaojie"),
        ("开封书店衔，卖书那", KAIFENG, "lm-kf-shudianjie"),
        ("管城区东大街，文庙那", ZHENGZHOU, "lm-zz-dongdajie"),
    ],
)
def test_a_street_typed_with_a_look_alike_of_its_road_word(gz, said, where, road):
    assert confirmed(gz.resolve([said], jurisdiction=where)) == road


@pytest.mark.parametrize(
    "said",
    ["郑州的电缆厂家属院，3号楼", "郑州电缆厂家属区，大门口", "郑州电缆厂宿舍，中原区那个"],
)
def test_a_works_compound_said_with_its_city_is_the_works_unit(gz, said):
    """郑州电 is not 郑州电专 heard short: the caller said the works (电缆厂) whole."""
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410102007002"


@pytest.mark.parametrize("said", ["郑州电专，校门口", "郑州电力高专，宿舍楼"])
def test_the_college_said_by_its_names_is_the_college(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id.startswith("edu-4141011828")


@pytest.mark.parametrize(
    ("said", "town"),
    [
        ("荥阳市四水镇，虎牢关那边", "adm-410182105"),
        ("四水镇，虎牢关那儿", "adm-410182105"),
        ("巩义康电镇，康百万庄园那边", "adm-410181108"),
        ("巩义康店镇，康百万庄园那边", "adm-410181108"),
    ],
)
def test_a_town_then_a_place_in_it_said_as_where_is_the_town(gz, said, town):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == town
    assert confirmed(r) in (None, town)


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("荥阳汜水镇虎牢关村，村口", ZHENGZHOU, "adm-410182105205"),
        ("朱仙镇岳飞庙，门口", KAIFENG, "lm-kf-zhuxianzhenyuefeimiao"),
        ("康百万庄园，门口", ZHENGZHOU, "lm-zz-kangbaiwanzhuangyuan"),
    ],
)
def test_a_place_or_village_said_with_its_town_in_one_breath_keeps_its_reading(
    gz, said, where, place
):
    assert gz.resolve([said], jurisdiction=where).candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "site"),
    [
        ("河南省妇幼保健院，康复前街，三附院那边", "hosp-zzu-3-kangfuqianjie"),
        ("铁路中心医院，康复前街，五附院那", "hosp-zzu-5-kangfuqianjie"),
        ("省人医，纬五路，省医那", "hosp-hnsrmyy-weiwulu"),
        ("郑大二附院，经八路，二附院那", "hosp-zzu-2-jingbalu"),
        ("省人民医院，纬五路", "hosp-hnsrmyy-weiwulu"),
    ],
)
def test_a_hospital_named_twice_about_its_street_is_the_site_there(gz, said, site):
    assert confirmed(gz.resolve([said], jurisdiction=ZHENGZHOU)) == site


@pytest.mark.parametrize(
    ("said", "where", "town"),
    [
        ("中牟官渡镇，官渡那个桥头", ZHENGZHOU, "adm-410122102"),
        ("官渡镇，官渡，那个桥边上", ZHENGZHOU, "adm-410122102"),
        ("zhongmou官渡镇，官渡那个桥边", ZHENGZHOU, "adm-410122102"),
        ("兰考红庙镇，红庙那个西头", KAIFENG, "adm-410225104"),
        # Latin letters said before (a KTV, wifi): the pause is still found where it was said.
        ("KTV门口，官渡镇，官渡那个桥头", ZHENGZHOU, "adm-410122102"),
        ("wifi没信号 兰考红庙镇，红庙那个西头", KAIFENG, "adm-410225104"),
    ],
)
def test_a_towns_name_said_again_then_that_one_is_the_town(gz, said, where, town):
    """官渡 那个 桥: the town repeated and a bridge in it, not 官渡桥村 read across 那个."""
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == town


@pytest.mark.parametrize(
    ("said", "where", "village"),
    [
        ("中牟官渡镇官渡桥村", ZHENGZHOU, "adm-410122102212"),
        ("官渡镇，官渡桥村，村口", ZHENGZHOU, "adm-410122102212"),
        ("兰考红庙镇红庙西村", KAIFENG, "adm-410225104200"),
        ("KFC 中牟官渡镇官渡桥村", ZHENGZHOU, "adm-410122102212"),
    ],
)
def test_the_village_said_whole_after_its_town_stands(gz, said, where, village):
    assert confirmed(gz.resolve([said], jurisdiction=where)) == village
