"""A look-alike that agrees with the words only in a shorter name said whole at its start — the
rest it reads over sharing no character with the rest of its name — is not what the caller said:
they said the shorter name and went on to say where in it they are (相国寺后院烧香 is the temple,
not 相国寺大市场 misheard; 一附院急诊楼 names no one of its 院区). A look-alike whose rest shares
the words said (相国寺市场, a slip in the rest) keeps its answer."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    "said",
    [
        "相国寺后院烧香那块，有个老太太摔了",
        "大相国寺，相国寺钟楼底下",
        "相国寺后头放生池边上",
    ],
)
def test_the_temple_said_then_where_in_it(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates and r.candidates[0].place.id == "lm-kf-daxiangguosi", said


@pytest.mark.parametrize(
    "said", ["相国寺大市场 二楼", "相国寺市场里头卖衣服的", "相国寺大市常门口"]
)
def test_the_market_said_keeps_its_answer(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates and r.candidates[0].place.id == "lm-kf-xiangguosidashichang", said


def test_a_hospitals_part_names_none_of_its_sites(gz):
    r = gz.resolve(["一附院急诊楼"], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
    assert {c.place.id for c in r.candidates[:3]} >= {"hosp-zzu-1-heyi", "hosp-zzu-1-zhengdong"}
