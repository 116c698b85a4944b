"""Second review of set 33's learning, in other words and places than the learner's: a road said
in a clause of its own and then its district or county with a stretch word (未来路，金水区那一段;
东大街，管城那一截; 解放路，新郑这段) is which of the roads so named, as 郑州管城那个东大街 is,
not a place on the road the caller is beside; a word of the road's end (郑开大道，开封这头) and a
place with a stretch word (中原路，绿城广场那一截) keep their reading, and so does a county said
so after a road through several (郑上路，荥阳那一段: where along it). A street of a zone placed
only at its county's seat (枫香街, 高新技术产业开发区 in its address) stands in the zone said with
it, as one with a point of its own does (莲花街), so the campus on it is no longer offered above
it."""

import pytest

from gazetteer import Gazetteer, Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("未来路，金水区那一段", ZHENGZHOU, "lm-zz-weilailu"),
        ("未来路，管城区这一段，有人摔了", ZHENGZHOU, "lm-zz-weilailu-guancheng"),
        ("东大街，管城那一截", ZHENGZHOU, "lm-zz-dongdajie"),
        ("东大街，顺河区这一截", KAIFENG, "lm-kf-dongdajie"),
        ("西大街，鼓楼区那段", KAIFENG, "lm-kf-xidajie"),
        ("兴华街，二七区这段", ZHENGZHOU, "lm-zz-xinghuajie"),
        # A county that holds a road of the name, as another does: which of them.
        ("解放路，新郑这段", ZHENGZHOU, "lm-zz-jiefanglu-xinzheng"),
        ("人民路，新郑那一截，有人晕倒了", ZHENGZHOU, "lm-zz-renminlu-xinzheng"),
    ],
)
def test_a_division_said_with_a_stretch_word_after_a_road_is_which_road(
    gz: Gazetteer, said: str, jurisdiction: Jurisdiction, road: str
) -> None:
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind != "ask_more", said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == road, said


@pytest.mark.parametrize(
    ("said", "road"),
    [
        # Which end of the road: the city lies at that end, it does not pick the road.
        ("郑开大道，开封这头", "lm-zz-zhengkaidadao"),
        ("郑开大道，开封那块", "lm-zz-zhengkaidadao"),
        # A county along a road through several: where along it, not which road.
        ("郑上路，荥阳那一段", "lm-zz-zhengshanglu"),
        # A place with a stretch word is which stretch of the road, as before.
        ("中原路，绿城广场那一截", "lm-zz-zhongyuanlu"),
        ("未来路，郑州东站那一段", "lm-zz-weilailu"),
    ],
)
def test_an_end_or_a_place_said_after_a_road_keeps_its_reading(
    gz: Gazetteer, said: str, road: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road, said
    assert r.question.kind != "confirm" or r.question.options[0].place.id == road, said


@pytest.mark.parametrize("said", ["高新区的枫香街", "枫香街，在高新区", "高新区枫香街北头"])
def test_a_zones_street_placed_at_its_countys_seat_stands_in_the_zone(
    gz: Gazetteer, said: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-fengxiangjie", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("高新区，郑轻科学校区", "edu-4141010462-kexue"),
        ("高新区莲花街", "lm-zz-lianhuajie"),
        ("枫香街", "lm-zz-fengxiangjie"),
    ],
)
def test_a_campus_or_street_of_the_zone_said_whole_keeps_its_place(
    gz: Gazetteer, said: str, place: str
) -> None:
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place, said
