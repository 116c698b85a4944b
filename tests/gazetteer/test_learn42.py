"""What set 42's callers (night, weather and the roads in between) said that the resolver missed,
in other words: a place the caller is about to enter or go up onto (快要进, 马上上) while on a
road is a mark ahead, not where they are: the road is the answer, as with 快到; a place entered
(进了) is where they are. An elevated road said by its road's name short of 路 or 大道 (中州高架,
南阳高架) is that road, and so is a ring road said short while driving it (北环 for 北环路); said
whole they stay. A road said as its expressway is a place of the province, so 道里 in 车道里 or
隧道里 is no far district. A city said as where a trip started beside a road the data holds only
in another city (鼓楼街上，刚从郑州过来) is the trip's start; beside a road both hold, said to the
start city's centre, it stays. A community of the centre's area said as the village it was
(魁庄村 for 魁庄社区) is that 社区 when the area holds no such 村, not a village of the name far
away; a village the area holds stays. A side of a place said right before the village word
(大桥北头那个村) is that place's end, not the far villages named 北头村; said on its own it is
read as before."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("金水东路往东，快要进龙湖了，车冒烟", "lm-zz-jinshuidonglu", ZHENGZHOU),
        ("嵩山路往南，快进二七区了，摔了个人", "lm-zz-songshanlu", ZHENGZHOU),
        ("中州大道往北，还没进惠济", "lm-zz-zhongzhoudadao", ZHENGZHOU),
        ("京广路往南，快上南三环了", "lm-zz-jingguangnanlu", ZHENGZHOU),
        ("东京大道往西，马上就进新区", "lm-kf-dongjingdadao", KAIFENG),
    ],
)
def test_a_place_about_to_be_entered_from_a_road_is_a_mark_ahead(gz, said, road, jurisdiction):
    r, top = _resolve(gz, said, jurisdiction)
    assert top == road, said
    assert confirmed(r) in (None, road)


def test_a_road_with_nothing_entered_ahead_stays_the_road(gz):
    _, top = _resolve(gz, "嵩山路往南，车撞了", ZHENGZHOU)
    assert top == "lm-zz-songshanlu"


def test_a_place_entered_is_where_the_caller_is(gz):
    _, top = _resolve(gz, "进了惠济区了，天河路上", ZHENGZHOU)
    assert top == "lm-zz-tianhelu"


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("我在中州高架往南，前面堵死了，有人被撞", "lm-zz-zhongzhoudadao"),
        ("上了南阳高架，车就坏了", "lm-zz-nanyanglu"),
        ("金水高架上面，追尾", "lm-zz-jinshuilu"),
        ("京广高架下来，快到航海路了", "lm-zz-jingguangnanlu"),
    ],
)
def test_an_elevated_road_said_short_of_its_road_word_is_the_road(gz, said, road):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == road, said


@pytest.mark.parametrize(
    ("said", "road"),
    [("南三环高架上", "lm-zz-nansanhuan"), ("陇海路高架下面", "lm-zz-longhailu")],
)
def test_an_elevated_road_said_whole_stays_as_said(gz, said, road):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == road, said


def test_elevated_said_alone_names_no_place(gz):
    r, top = _resolve(gz, "高架上，车坏了", ZHENGZHOU)
    assert top is None and confirmed(r) is None


@pytest.mark.parametrize("said", ["北环上，过了文化路，摔了个人", "在北环往西开，快到南阳路了"])
def test_a_ring_road_said_short_while_driving_it_is_the_ring_road(gz, said):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == "lm-zz-beihuanlu", said


@pytest.mark.parametrize("said", ["陇海快速路那个车道里，车坏了", "陇海快速路隧道里"])
def test_a_lane_or_tunnel_of_an_expressway_is_no_far_district(gz, said):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == "lm-zz-longhailu", said


@pytest.mark.parametrize(
    ("said", "road", "jurisdiction"),
    [
        ("鼓楼街上，俺们刚从郑州开车过来", "lm-kf-guloujie", KAIFENG),
        ("大学路上，一早从开封出发的", "lm-zz-daxuelu", KAIFENG),
        ("农业路上，刚从开封坐高铁过来", "lm-zz-nongyelu", ZHENGZHOU),
    ],
)
def test_a_trip_start_beside_a_road_held_only_elsewhere_is_not_where_the_caller_is(
    gz, said, road, jurisdiction
):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == road, said


def test_a_trip_start_beside_a_road_it_holds_too_stays_as_said(gz):
    r, top = _resolve(gz, "建设路上，刚从郑州过来", ZHENGZHOU)
    assert top == "lm-zz-jianshelu"


@pytest.mark.parametrize(
    ("said", "community", "jurisdiction"),
    [
        ("魁庄村，孩子抽了", "adm-410205200006", KAIFENG),
        ("汪屯村，老人摔了", "adm-410205201004", KAIFENG),
        ("太平岗村，有人掉井里", "adm-410212206002", KAIFENG),
    ],
)
def test_a_community_said_as_the_village_it_was_is_the_community(gz, said, community, jurisdiction):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == community, said


def test_a_village_the_area_holds_stays_the_village(gz):
    _, top = _resolve(gz, "陈砦村，老人晕倒", ZHENGZHOU)
    assert top == "adm-410105019203"


def test_a_side_of_a_place_said_before_the_village_word_is_no_far_village(gz):
    _, top = _resolve(gz, "魁庄村，大桥北头那个村", KAIFENG)
    assert top == "adm-410205200006"


def test_a_side_said_on_its_own_is_read_as_before(gz):
    r, _ = _resolve(gz, "北头那个村，有人晕倒", ZHENGZHOU)
    assert r.candidates and r.candidates[0].place.name == "北头村"
    assert confirmed(r) is None
