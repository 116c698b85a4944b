"""A road of another city said with that city: the city, with the road unknown, ranks before a
college at the gates of a road of that name (it is one point along it), and a look-alike read
over the road's whole name does not stand for it."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "city"),
    [
        ("新乡的，金穗大道上", ZHENGZHOU, "adm-410700"),
        ("我在洛阳，开元大道这", KAIFENG, "adm-410300"),
        ("洛阳西苑路", ZHENGZHOU, "adm-410300"),
        ("华兰大道，新乡那边", ZHENGZHOU, "adm-410700"),
    ],
)
def test_the_city_ranks_before_a_college_on_a_road_of_that_name(gz, said, where, city):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == city
    assert r.question.kind != "confirm"


def test_a_held_road_of_the_city_said_is_still_the_road(gz):
    r = gz.resolve(["郑州纬五路"], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id == "lm-zz-weiwulu"


def test_a_look_alike_running_on_past_a_roads_end_is_dropped(gz):
    from gazetteer._context import drop_look_alikes_over_roads
    from gazetteer._match import Mention, read_utterance

    index = gz._index
    said = read_utterance(index, "人民路开封")
    term = index.term_ids(["河大开封"])[0]
    assert term is not None
    # 民路开封 read loosely as 河大开封: its words run on past the end of 人民路.
    loose = Mention(0, 1, 5, term, 0.68, "fuzzy")
    kept = drop_look_alikes_over_roads(index, [said], [loose])
    assert kept == []
