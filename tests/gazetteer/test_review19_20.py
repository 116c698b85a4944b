"""The second review of what sets 19 and 20 taught: where those rules misfired or stopped short,
by cause.

- Words of speech said apart before a road and a compound's word (快点过来 经三路那个小区, 老人
  摔倒了 …, 赶紧来人 …) or the words of a kind of village (城中村, 我们村) are no compound's or
  village's name nothing reads: the road is read back as when said alone. A name said apart
  (美景鸿城 经三路那个小区, 勺园村 …) still keeps the road offered.
- A compound's name said twice (21世纪 21世纪小区), the second time read, is no name nothing
  reads: the caller put it right.
- An office of markets (市场监管局) after a landmark is no market named after it: the landmark
  is read back as said.
- A name typed in pinyin without its retroflex h (gaohuangzai for 高皇寨 gaohuangzhai) ends in
  its own syllable, not in 在 (zai): it is read as before.
- A kind of place said as what the caller is by (那个医院对面, 商场对面, 步行街旁边) makes the
  place of that kind the reference and the other name said the caller's place; said as where
  the caller is (那个医院, 医院门口, 那个商场) the place of that kind ranks first, as learned.
- A section held as a road of its own said by its own name (中原西路 西三环) is that road's
  crossing, not also that of the road bearing the section's name among its others (中原路),
  where the section's crossing is placed on the road and as well; where it is placed worse or
  only by the city (中原西路 秦岭路, on 中原中路; 中原西路 荥泽大道) both stay offered.
"""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    "said",
    [
        "快点过来 经三路那个小区",
        "老人摔倒了 经三路那个小区",
        "他摔倒了 经三路那个小区",
        "赶紧来人 经三路那个小区",
        "我也不知道叫啥 经三路那个小区",
        "我们村 经三路",
    ],
)
def test_words_of_speech_beside_a_road_are_no_unread_place(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.candidates[0].place.id == "lm-zz-jingsanlu"


@pytest.mark.parametrize(
    "said",
    ["美景鸿城 经三路那个小区", "建业桂园 经三路那个大院", "勺园村 经三路", "王家河村 经三路"],
)
def test_a_name_said_apart_still_keeps_the_road_offered(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("我在碧沙岗 就是那个医院对面 郑大一附院", "lm-zz-bishagang"),
        ("二七路 金博大 商场对面", "lm-zz-erqilu"),
        ("德化街 二七广场 步行街旁边", "lm-zz-erqiguangchang"),
    ],
)
def test_a_kind_said_as_what_the_caller_is_by_ranks_the_other_name_first(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("金博大 二七路那个商场", "lm-zz-jinboda"),
        ("二七路 金博大 商场门口", "lm-zz-jinboda"),
        ("人民公园 二七路 那个公园", "lm-zz-zhengzhourenmingongyuan"),
        ("德化街 二七广场 步行街里", "lm-zz-dehuajie"),
    ],
)
def test_a_kind_said_as_where_the_caller_is_still_ranks_its_place_first(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "crossing"),
    [
        ("中原西路 西三环 这边", "xing-lm-zz-zhongyuanxilu-lm-zz-xisanhuan"),
        ("中原西路西三环 十字路口", "xing-lm-zz-zhongyuanxilu-lm-zz-xisanhuan"),
        ("西三环 中原西路口", "xing-lm-zz-zhongyuanxilu-lm-zz-xisanhuan"),
    ],
)
def test_a_section_said_by_its_own_name_is_its_own_crossing(gz, said, crossing):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == crossing
    assert "xing-lm-zz-zhongyuanlu-lm-zz-xisanhuan" not in {c.place.id for c in r.candidates}


@pytest.mark.parametrize(
    ("said", "crossings"),
    [
        (
            "中原西路 秦岭路",
            {"xing-lm-zz-zhongyuanlu-lm-zz-qinlinglu", "xing-lm-zz-zhongyuanxilu-lm-zz-qinlinglu"},
        ),
        (
            "中原西路 桐柏路口",
            {"xing-lm-zz-zhongyuanlu-lm-zz-tongbailu", "xing-lm-zz-zhongyuanxilu-lm-zz-tongbailu"},
        ),
        (
            "中原西路跟荥泽大道 那个路口",
            {
                "xing-lm-zz-zhongyuanlu-lm-zz-xingzedadao",
                "xing-lm-zz-zhongyuanxilu-lm-zz-xingzedadao",
            },
        ),
    ],
)
def test_a_section_placed_worse_than_the_road_keeps_both_offered(gz, said, crossings):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert crossings <= {c.place.id for c in r.candidates[:3]}


@pytest.mark.parametrize(
    ("said", "crossing"),
    [
        ("中原路 西三环", "xing-lm-zz-zhongyuanlu-lm-zz-xisanhuan"),
        ("航海西路 桐柏路", "xing-lm-zz-tongbailu-lm-zz-hanghaixilu"),
    ],
)
def test_a_road_said_by_its_own_name_keeps_its_crossing(gz, said, crossing):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == crossing


@pytest.mark.parametrize("said", ["21世纪 21世纪小区", "21世纪 21世纪小区 三号楼"])
def test_a_compound_said_again_and_read_is_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.candidates[0].place.id == "lm-zz-21shijishequ"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("开封府 市场监管局 那边", "lm-kf-kaifengfu"),
        ("相国寺 市场管理所 门口", "lm-kf-daxiangguosi"),
    ],
)
def test_an_office_of_markets_after_a_landmark_is_no_market(gz, said, place):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize("said", ["相国寺 市场", "相国寺大市场 二楼", "相国寺 批发市场"])
def test_a_market_after_a_landmark_is_still_asked_about(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "place"),
    [("gaohuangzai", "lm-zz-gaohuangzhai"), ("gaohuangzai cun", "lm-zz-gaohuangzhai")],
)
def test_a_syllable_typed_without_its_h_is_the_names_own(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("zai lvcheng guangchang zhe", "lm-zz-lvchengguangchang"),
        ("zai erqi guangchang zhe", "lm-zz-erqiguangchang"),
        ("zai bishagang zhe", "lm-zz-bishagang"),
    ],
)
def test_speech_typed_in_pinyin_is_still_no_syllable_of_a_station(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place
