"""What set 42's callers (night, weather and the roads in between) said that the resolver missed,
in other words: a place the caller is about to enter or go up onto (快要进, 马上上) while on a
road is a mark ahead, not where they are: the road is the answer, as with 快到; a place entered
(进了) is where they are."""

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
