"""区 heard as 去 after a district's short name (中原去建设路) is the district and its road, while
去 as the verb stays a destination; a railway station said as its city and a side, with words
of the railway (郑州西，高铁那个站), is the station of that side."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "road"),
    [
        ("金水去经三路，路口", ZHENGZHOU, "lm-zz-jingsanlu"),
        ("龙亭去宋城路", KAIFENG, "lm-kf-songchenglu"),
        ("我在二七去嵩山路上", ZHENGZHOU, "lm-zz-songshanlu"),
        ("管城去商城路", ZHENGZHOU, "lm-zz-shangchenglu"),
        ("顺河去东大街", KAIFENG, "lm-kf-dongdajie"),
    ],
)
def test_a_district_word_heard_as_go_is_the_district(gz, said, jurisdiction, road):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == road, said


@pytest.mark.parametrize(
    ("said", "first"),
    [
        ("我想去金水路", "lm-zz-jinshuilu"),
        ("往北去，花园路上", "lm-zz-huayuanlu"),
    ],
)
def test_go_as_the_verb_keeps_its_answer(gz, said, first):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == first, said


@pytest.mark.parametrize("said", ["从二七去大学路", "金水去", "中原去哪了不知道"])
def test_a_district_gone_from_is_not_read_back(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said
