"""A place the caller says they are not at (不是明伦, 不是纬五路那个) is not where they are."""

import pytest

from gazetteer import Jurisdiction
from gazetteer._context import negated_phrases

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "where", "wanted", "not_wanted"),
    [
        ("郑州大学，不是南校区，是主校区", ZHENGZHOU, "edu-4141010459-zhuxiaoqu", "nanxiaoqu"),
        ("省人民医院，不是纬五路那个", ZHENGZHOU, "hosp-hnsrmyy-nan", "weiwulu"),
    ],
)
def test_the_place_said_not_to_be_it_goes_below_the_others(gz, said, where, wanted, not_wanted):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == wanted
    assert not (r.question.kind == "confirm" and not_wanted in r.question.options[0].place.id)


def test_negated_words_run_to_the_end_of_their_clause():
    assert negated_phrases("不在二七广场 在火车站") == ["二七广场"]
    assert negated_phrases("就是这里") == []


@pytest.mark.parametrize(
    ("said", "jurisdiction", "city"),
    [
        ("杞县？不是不是，在周口", KAIFENG, "adm-411600"),
        ("中牟？不对，我在商丘，神火大道", ZHENGZHOU, "adm-411400"),
    ],
)
def test_a_place_taken_back_after_a_question_is_not_where_the_caller_is(
    gz, said, jurisdiction, city
):
    # The call-taker's guess repeated, then taken back (不不, 不对): the city said after it.
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == city, said
