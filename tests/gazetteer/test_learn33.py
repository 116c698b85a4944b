"""What set 33's callers said that the resolver read wrong, in other words: an estate said by
the word it is sold under, held as the 社区 of its name (英协花园, 锦艺城小区); a name denied in
another city or county (新郑解放路，不是郑州市区那个); a road with its area and 那个 before it and
a place's stretch after it (二七区那个大学路，郑大一附院那一片); a road said again with a word of
nearness; a road's side stretch (文苑路西边那段); a name restarted after a hesitation (紫荆…荆山
公园); a town's water said as water (雁鸣湖，那个湖); the 120 named by its city; 老 before an
institution (老河大); a zone with a road a campus is named after (高新区莲花街); a numbered street
without its 第 (经开区九大街). Each with near-misses that keep their answer."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


def _top(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    return r, (r.candidates[0].place.id if r.candidates else None)


@pytest.mark.parametrize(
    ("said", "jurisdiction", "places"),
    [
        ("英协花园，东门，有人晕倒了", ZHENGZHOU, {"adm-410105013002"}),
        ("我在英协花园小区，三号楼", ZHENGZHOU, {"adm-410105013002"}),
        ("绿都城，中原区那个，五号楼", ZHENGZHOU, {"adm-410102010003"}),
        ("锦艺城小区，西三环那边，二期", ZHENGZHOU, {"adm-410102004009", "adm-410102004010"}),
        ("锦艺城四期，地下车库", ZHENGZHOU, {"adm-410102004009", "adm-410102004010"}),
        ("丽景花园，龙亭区，二号楼", KAIFENG, {"adm-410202006010"}),
        ("嘉泰花园小区，南门进来", KAIFENG, {"adm-410202007010"}),
        ("橄榄城小区，二七区，南门", ZHENGZHOU, {"adm-410103012006"}),
        ("农科院家属院，农业路上，三号楼", ZHENGZHOU, {"adm-410105008009"}),
    ],
)
def test_an_estate_said_by_its_word_is_its_community(gz, said, jurisdiction, places):
    _, top = _top(gz, said, jurisdiction)
    assert top in places, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("锦艺城购物中心，三楼", ZHENGZHOU, "lm-zz-jinyicheng"),
        ("锦艺城商场门口", ZHENGZHOU, "lm-zz-jinyicheng"),
        ("凤凰城，东门", ZHENGZHOU, "adm-410105013007"),
        ("晶华城小区", ZHENGZHOU, "adm-410102005021"),
        ("正弘城，花园路", ZHENGZHOU, "lm-zz-zhenghongcheng"),
        ("农业路8号，博物院大门口", ZHENGZHOU, "lm-zz-henanbowuyuan"),
    ],
)
def test_a_place_held_by_the_whole_name_keeps_it(gz, said, jurisdiction, place):
    _, top = _top(gz, said, jurisdiction)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "not_this"),
    [
        ("天河花园 二七区这", "adm-410108006001"),  # 惠济区's 天河社区, not the district said
        ("鑫苑城东花园 二期，管城", "adm-410122001004"),  # 中牟's 城东社区: 城东 is no name said
    ],
)
def test_an_estate_is_not_a_community_elsewhere(gz, said, not_this):
    r, top = _top(gz, said, ZHENGZHOU)
    assert top != not_this, said
    assert r.question.kind != "confirm", said


def test_a_compound_beside_a_mall_is_not_its_estate(gz):
    _, top = _top(gz, "锦艺城 旁边 那个 小区", ZHENGZHOU)
    assert top == "lm-zz-jinyicheng"


def test_a_name_several_communities_share_is_asked(gz):
    r = gz.resolve(["盛世花园，三号楼"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("新郑解放路，不是郑州市区那个解放路", ZHENGZHOU, "lm-zz-jiefanglu-xinzheng"),
        ("人民路，不是新郑的人民路，金水区这个", ZHENGZHOU, "lm-zz-renminlu"),
        ("中牟青年路，不是郑州市里的青年路", ZHENGZHOU, "lm-zz-qingnianlu-zhongmou"),
        ("上街工业路上，不是开封的工业路", ZHENGZHOU, "lm-zz-gongyelu-shangjie"),
        ("尉氏城关，不是通许城关镇", KAIFENG, "adm-410223001"),
        ("城关镇，杞县城里，不是尉氏的城关", KAIFENG, "adm-410221001"),
        ("不是高铁南站啊，是兰考站，老火车站进站口", KAIFENG, "lm-kf-lankaozhan"),
        # near-misses
        ("新郑人民路", ZHENGZHOU, "lm-zz-renminlu-xinzheng"),
        ("不是新郑的人民路，是郑州的人民路", ZHENGZHOU, "lm-zz-renminlu"),
        ("东大街，不是郑州的东大街", KAIFENG, "lm-kf-dongdajie"),
        ("不是兰考站，是兰考南站", KAIFENG, "lm-kf-lankaonanzhan"),
    ],
)
def test_what_is_denied_is_the_other_of_the_name(gz, said, jurisdiction, place):
    r, top = _top(gz, said, jurisdiction)
    assert top == place, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == place, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("二七区那个大学路，郑大一附院那一片", ZHENGZHOU, "lm-zz-daxuelu"),
        ("开封那个自由路，相国寺那一截", KAIFENG, "lm-kf-ziyoulu"),
        ("郑州管城那个东大街，文庙那儿", ZHENGZHOU, "lm-zz-dongdajie"),
        ("金水区农业路，农业路边上", ZHENGZHOU, "lm-zz-nongyelu"),
        ("二七区大学路，大学路附近", ZHENGZHOU, "lm-zz-daxuelu"),
        ("中原區建設路，建設路跟前", ZHENGZHOU, "lm-zz-jianshelu"),
        ("龙亭区自由路，自由路旁边", KAIFENG, "lm-kf-ziyoulu"),
    ],
)
def test_the_road_said_is_where_the_caller_is(gz, said, jurisdiction, road):
    r, top = _top(gz, said, jurisdiction)
    assert top == road, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == road, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("郑州文庙，东大街那个门", ZHENGZHOU, "lm-zz-zhengzhouwenmiao"),
        ("华山路跟前", ZHENGZHOU, "lm-zz-huashanlu"),
        ("农业路路东，一个小区", ZHENGZHOU, "lm-zz-nongyelu"),
        ("花园路北段", ZHENGZHOU, "lm-zz-huayuanlu"),
        ("二七…二七广场", ZHENGZHOU, "lm-zz-erqiguangchang"),
    ],
)
def test_near_misses_of_the_roads_keep_their_answer(gz, said, jurisdiction, place):
    _, top = _top(gz, said, jurisdiction)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("文苑路西边那段", ZHENGZHOU, "lm-zz-wenyuanxilu"),
        ("众意路西段，顺着河", ZHENGZHOU, "lm-zz-zhongyixilu"),
        ("龙湖外环路东边那一截，顺着湖", ZHENGZHOU, "lm-zz-longhuwaihuandonglu"),
        ("紫荆山路南头那段", ZHENGZHOU, "lm-zz-zijingshannanlu"),
        ("碧沙…沙岗公园，北门", ZHENGZHOU, "lm-zz-bishagang"),
        ("十八里…里河街道办事处门口", ZHENGZHOU, "adm-410104010"),
        ("我在十八里…里河，南三环往南", ZHENGZHOU, "adm-410104010"),
        ("经开区，九大街上，一个厂门口", ZHENGZHOU, "lm-zz-jingkai-dajie9"),
        ("经开区三大街，仓库里", ZHENGZHOU, "lm-zz-jingkai-dajie3"),
        ("经开区第八大街", ZHENGZHOU, "lm-zz-jingkai-dajie8"),
    ],
)
def test_a_name_said_in_pieces_is_read_whole(gz, said, jurisdiction, place):
    _, top = _top(gz, said, jurisdiction)
    assert top == place, said


@pytest.mark.parametrize(
    "said",
    [
        "中牟雁鸣湖，那个湖，钓鱼的掉下去了",
        "雁鸣湖那儿，有人掉水里了",
        "雁鸣湖，湖边，一个人落水了",
    ],
)
def test_a_towns_water_said_as_water_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize("said", ["中牟雁鸣湖镇，镇政府", "雁鸣湖镇上，一个饭店"])
def test_the_town_said_as_a_town_is_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm", said
    assert r.question.options[0].place.id == "adm-410122114", said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "city"),
    [
        ("俺在洛阳，洛阳那个中州路，家里人让俺打郑州的120", ZHENGZHOU, "adm-410300"),
        ("俺在商丘，商丘那个凯旋路，叫俺打开封的120问问", KAIFENG, "adm-411400"),
        ("俺在西安，西安那个解放路，打郑州120问问", ZHENGZHOU, "adm-610100"),
    ],
)
def test_the_120_named_by_its_city_is_not_where_the_caller_is(gz, said, jurisdiction, city):
    _, top = _top(gz, said, jurisdiction)
    assert top == city, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("郑州的120吗，俺在金水路上", ZHENGZHOU, "lm-zz-jinshuilu"),
        ("开封120，俺在自由路", KAIFENG, "lm-kf-ziyoulu"),
    ],
)
def test_the_centres_own_city_with_a_road_keeps_the_road(gz, said, jurisdiction, place):
    _, top = _top(gz, said, jurisdiction)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "jurisdiction", "campus"),
    [
        ("老河大，东门", KAIFENG, "edu-4141010475-minglun"),
        ("老航院，大学路往南", ZHENGZHOU, "edu-4141010485-daxuezhonglu"),
        ("老郑大", ZHENGZHOU, "edu-4141010459-nanxiaoqu"),
        ("郑铁职院老校区", ZHENGZHOU, "edu-4141010843-laoxiaoqu"),
    ],
)
def test_old_said_before_an_institution_is_its_old_campus(gz, said, jurisdiction, campus):
    _, top = _top(gz, said, jurisdiction)
    assert top == campus, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("高新区莲花街，路边", "lm-zz-lianhuajie"),
        ("gaoxinqu lianhua jie", "lm-zz-lianhuajie"),
        ("高新区，科学大道上", "lm-zz-kexuedadao"),
        ("河工大莲花街校区", "edu-4141010463-lianhuajie"),
        ("河南工业大学，高新区莲花街那个", "edu-4141010463-lianhuajie"),
    ],
)
def test_a_zone_with_a_road_in_it_is_the_road(gz, said, place):
    _, top = _top(gz, said, ZHENGZHOU)
    assert top == place, said
