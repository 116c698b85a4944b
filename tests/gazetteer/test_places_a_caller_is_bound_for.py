"""A caller on a train or a bus says where it is going as well as where they are: the place at
the end of the journey is neither where they are nor against it."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("开封站，到洛阳的车上", KAIFENG, "lm-kf-kaifengzhan"),
        ("郑州东站，往洛阳去的高铁上", ZHENGZHOU, "lm-zz-zhengzhoudongzhan"),
        ("二七广场，去洛阳的大巴", ZHENGZHOU, "lm-zz-erqiguangchang"),
        ("郑州西站，开往西安的动车上", ZHENGZHOU, "lm-zz-zhengzhouxizhan"),
        ("在回开封的班车上，郑州东站", ZHENGZHOU, "lm-zz-zhengzhoudongzhan"),
    ],
)
def test_where_the_journey_ends_is_not_where_the_caller_is(gz, said, where, place):
    r = gz.resolve([said], jurisdiction=where)
    assert r.question.kind == "confirm", r.question
    assert r.question.options[0].place.id == place
    assert not r.contradictions


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        # A way said from a place is not a journey's end: the place is still where they are.
        ("郑州东站，往东走一点", ZHENGZHOU, "lm-zz-zhengzhoudongzhan"),
        # Arrived: where they got to is where they are.
        ("到开封站了", KAIFENG, "lm-kf-kaifengzhan"),
    ],
)
def test_a_way_or_an_arrival_still_names_the_place(gz, said, where, place):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == place


def test_the_journeys_end_alone_is_still_offered(gz):
    r = gz.resolve(["去洛阳的车上"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.admin.city == "洛阳市"
    assert r.question.kind != "confirm"
