"""What sets 19 and 20 taught, by cause: places a single read-back would get wrong.

- A road said by its bare name with a road known only by its county: the estimated crossing is
  that of the section of the said road in that county (航海路 第八大街 is 航海东路's), never
  the bare name's crossing several km off read back alone.
- A landmark's name said twice, once with 小区 (锦艺城 锦艺城小区): the compound, not the mall.
- A landmark that is no place of trade named as the first words of a market or mall
  (相国寺大市场): another place of that name, asked about.
- A village's name nothing reads (勺园村), or a compound's name said apart with 小区 (鑫苑名家
  经三路那个小区): the road said beside it is offered, not read back alone.
"""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))

_BARE_NAME_CROSSING = "xing-lm-zz-jingkai-dajie8-lm-zz-hanghailu"


@pytest.mark.parametrize(
    "said",
    ["航海路第八大街 十字口", "航海路和第八大街交叉口", "第八大街航海路口", "航海路 第七大街"],
)
def test_a_bare_road_name_is_not_read_back_at_a_crossing_of_another_section(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    ids = [c.place.id for c in r.candidates]
    assert _BARE_NAME_CROSSING not in ids
    assert r.question.kind != "confirm" or "hanghaidonglu" in ids[0]


def test_the_section_in_the_other_roads_county_is_offered(gz):
    r = gz.resolve(["航海路第八大街 十字口"], jurisdiction=ZHENGZHOU)
    ids = [c.place.id for c in r.candidates[:3]]
    assert "xing-lm-zz-jingkai-dajie8-lm-zz-hanghaidonglu" in ids


@pytest.mark.parametrize(
    ("said", "centre", "crossing"),
    [
        (
            "航海东路第八大街 十字口",
            ZHENGZHOU,
            "xing-lm-zz-jingkai-dajie8-lm-zz-hanghaidonglu",
        ),
        ("万胜路中山西路口", KAIFENG, "xing-lm-kf-wanshenglu-lm-kf-zhongshanxilu"),
        ("中山路万胜路口", KAIFENG, "xing-lm-kf-wanshenglu-lm-kf-zhongshanlu"),
        ("建设路跟嵩山路那个十字路口", ZHENGZHOU, "xing-lm-zz-songshanlu-lm-zz-jianshelu"),
    ],
)
def test_crossings_said_by_their_own_roads_keep_their_crossing(gz, said, centre, crossing):
    r = gz.resolve([said], jurisdiction=centre)
    assert r.candidates[0].place.id == crossing


@pytest.mark.parametrize("said", ["那个 就是 呃 锦艺城 锦艺城小区 三期 嗯", "锦艺城 锦艺城小区"])
def test_a_landmark_said_again_as_a_compound_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


@pytest.mark.parametrize("said", ["锦艺城 锦艺城", "锦艺城 锦艺城 商场", "锦艺城 三楼"])
def test_the_mall_said_twice_is_the_mall(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.candidates[0].place.id == "lm-zz-jinyicheng"


@pytest.mark.parametrize("said", ["相国寺大市场 二楼", "相国寺 市场", "相国寺商场", "相国寺广场"])
def test_a_market_named_after_a_landmark_is_asked_about(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "centre", "place"),
    [
        ("大相国寺 门口", KAIFENG, "lm-kf-daxiangguosi"),
        ("相国寺 里头 大殿", KAIFENG, "lm-kf-daxiangguosi"),
        ("相国寺 广场", KAIFENG, "lm-kf-daxiangguosi"),
        ("清明上河园 广场", KAIFENG, "lm-kf-qingmingshangheyuan"),
        ("锦艺城 商场", ZHENGZHOU, "lm-zz-jinyicheng"),
        ("二七广场", ZHENGZHOU, "lm-zz-erqiguangchang"),
    ],
)
def test_a_landmark_or_mall_said_with_its_grounds_is_read_back(gz, said, centre, place):
    r = gz.resolve([said], jurisdiction=centre)
    assert r.question.kind == "confirm"
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    "said",
    ["勺园村 南三环那块", "锦绣山河 经三路那个小区", "美景华城 经三路那个小区"],
)
def test_a_road_beside_an_unread_village_or_compound_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("经三路那个小区", "lm-zz-jingsanlu"),
        ("我在经三路 就是那个小区", "lm-zz-jingsanlu"),
        ("杓袁村", "adm-410105017206"),
    ],
)
def test_a_road_or_village_said_alone_is_still_read_back(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("zai lvcheng guangchang zhe", "lm-zz-lvchengguangchang"),
        ("lvcheng guangchang zhe", "lm-zz-lvchengguangchang"),
        ("zai erqi guangchang zhe", "lm-zz-erqiguangchang"),
    ],
)
def test_words_of_speech_typed_in_pinyin_are_not_a_stations_syllable(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("zai lvcheng guangchang zhan", "lm-zz-metro-lvchengguangchang"),
        ("zai zijingshan zhan", "lm-zz-metro-zijingshan"),
    ],
)
def test_a_station_typed_in_pinyin_is_the_station(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("金博大 二七路那个商场", "lm-zz-jinboda"),
        ("二七路 金博大 商场", "lm-zz-jinboda"),
        ("erqi guangchang dehuajie 步行街里", "lm-zz-dehuajie"),
    ],
)
def test_the_place_of_the_kind_said_ranks_before_the_other_name(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("二七广场 德化街", "lm-zz-erqiguangchang"),
        ("二七路那个商场", "lm-zz-erqilu"),
        ("二七广场 那个商场", "lm-zz-erqiguangchang"),
    ],
)
def test_without_a_kind_that_one_name_bears_nothing_changes(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place


def test_a_name_said_again_with_its_level_word_is_that_place(gz):
    # 石佛 alone is 石佛镇's short name; said again as 石佛村, the caller put it right.
    r = gz.resolve(["高新区 石佛 石佛村"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "adm-410172560211"


def test_a_bare_name_said_once_is_still_the_town(gz):
    r = gz.resolve(["高新区 石佛"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.candidates[0].place.id == "adm-410172160"


def test_a_town_said_with_its_word_before_its_village_is_still_offered(gz):
    r = gz.resolve(["高新区 石佛镇 石佛村"], jurisdiction=ZHENGZHOU)
    assert "adm-410172160" in {c.place.id for c in r.candidates[:2]}
