"""What set 41's callers (visitors and people passing through) said that the resolver missed, in
other words: typed pinyin with its tones as digits (bao1 gong1 ci2) is the pinyin without them,
not numbers cutting the syllables apart; a number said apart or an exit's letter stays as said.
The centre's phone named by its city (郑州的电话, 开封的号码) is the number the caller knows, not
where they are: another city said with its road is that city, not this centre's road of the name;
the centre's city said as where the caller is keeps its road. A city said as where a trip
started (从郑州跟团过来的, 从开封出发的) beside a far city named is where the caller set out
from: the far city is the answer; with a place of its own area, or alone, it stays as said."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "place", "jurisdiction"),
    [
        ("zheng4 zhou1 zhan4 xi1 guang3 chang3", "lm-zz-zhengzhouzhan", ZHENGZHOU),
        ("zhong1yuan2fu2ta3", "lm-zz-zhongyuanfuta", ZHENGZHOU),
        ("da4 xiang4 guo2 si4 men2 kou3", "lm-kf-daxiangguosi", KAIFENG),
    ],
)
def test_pinyin_typed_with_tone_digits_is_read_as_the_pinyin(gz, said, place, jurisdiction):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("zhengzhou huizhan zhongxin 5 hao guan", "lm-zz-huizhanzhongxin"),
        ("lv cheng guang chang B2 kou", "lm-zz-lvchengguangchang"),
    ],
)
def test_a_number_said_apart_in_pinyin_stays_a_number(gz, said, place):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "city", "jurisdiction"),
    [
        ("俺在平顶山，解放路上，就记得郑州的电话", "adm-410400", ZHENGZHOU),
        ("人在漯河，人民路这块，我手里只有开封的号码", "adm-411100", KAIFENG),
    ],
)
def test_the_centres_phone_named_by_its_city_is_not_where_the_caller_is(
    gz, said, city, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == city, said


def test_the_centres_city_said_as_where_the_caller_is_keeps_its_road(gz):
    r, top = _resolve(gz, "我就在郑州，建设路上，郑州的电话是这个吧", ZHENGZHOU)
    assert top == "lm-zz-jianshelu"


@pytest.mark.parametrize(
    ("said", "city", "jurisdiction"),
    [
        ("在南阳，卧龙岗这，我们从郑州跟团过来的", "adm-411300", ZHENGZHOU),
        ("新乡八里沟，俺们昨天从开封出发的", "adm-410700", KAIFENG),
    ],
)
def test_a_city_said_as_where_a_trip_started_is_not_where_the_caller_is(
    gz, said, city, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert (top or "").startswith(city), said


def test_a_trip_started_in_the_centres_city_keeps_a_place_of_its_area(gz):
    _, top = _resolve(gz, "嵩阳书院门口，我们从郑州坐大巴来的", ZHENGZHOU)
    assert top == "lm-zz-songyangshuyuan"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("银基……旅游……大门", "lm-zz-yinjiguojilvyoudujiaqu"),
        ("俺们在银基……冰雪……里头", "lm-zz-yinjiguojilvyoudujiaqu"),
    ],
)
def test_a_name_said_in_pieces_is_the_place_the_pieces_go_on_with(gz, said, place):
    r, top = _resolve(gz, said, ZHENGZHOU)
    assert top == place, said
    assert confirmed(r) in (None, place), said


def test_another_phrase_after_a_pause_is_no_piece_of_the_name(gz):
    _, top = _resolve(gz, "银基……那个批发市场门口", ZHENGZHOU)
    assert top == "lm-zz-yinjishangmaocheng"


@pytest.mark.parametrize(
    ("said", "place", "jurisdiction"),
    [
        ("老城区，德化街上", "lm-zz-dehuajie", ZHENGZHOU),
        ("我们住老城区，开封府旁边", "lm-kf-kaifengfu", KAIFENG),
    ],
)
def test_the_old_town_said_with_a_place_of_the_area_is_the_callers_own(
    gz, said, place, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == place, said


def test_the_old_town_said_after_luoyang_is_luoyangs(gz):
    _, top = _resolve(gz, "洛阳老城区，老城十字街", KAIFENG)
    assert top == "adm-410302"


@pytest.mark.parametrize(
    ("said", "village", "jurisdiction"),
    [
        ("十里堡，汜水镇那边", "adm-410182105202", ZHENGZHOU),
        ("龙潭，超化镇的", "adm-410183104207", ZHENGZHOU),
        ("大寺，陈留镇的", "adm-410212101201", KAIFENG),
    ],
)
def test_a_village_said_without_its_word_before_its_town_is_that_village(
    gz, said, village, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == village, said


def test_a_landmark_said_before_its_town_is_not_the_village_named_like_it(gz):
    r, _ = _resolve(gz, "虎牢关，汜水镇的", ZHENGZHOU)
    assert "adm-410182105205" not in [c.place.id for c in r.candidates[:3]]


def test_a_town_said_short_then_whole_is_the_town(gz):
    _, top = _resolve(gz, "超化，超化镇的", ZHENGZHOU)
    assert top == "adm-410183104"


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("文化路，瞅见农大的招牌了", "lm-zz-wenhualu", ZHENGZHOU),
        ("在西门大街上，能看得见包公湖的指示牌", "lm-kf-ximendajie", KAIFENG),
    ],
)
def test_a_road_said_with_a_place_whose_sign_is_seen_is_the_road(gz, said, road, jurisdiction):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == road, said


@pytest.mark.parametrize(
    ("said", "station", "jurisdiction"),
    [
        ("开封市客运西站，刚下车", "lm-kf-qichexizhan", KAIFENG),
        ("中牟汽车客运东站，有人晕了", "lm-zz-zhongmou-qichedongzhan", ZHENGZHOU),
    ],
)
def test_a_coach_station_said_in_other_coach_words_is_its_citys(gz, said, station, jurisdiction):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == station, said
