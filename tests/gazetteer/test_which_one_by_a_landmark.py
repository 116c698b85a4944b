"""A place named, then "the one by" a landmark (禹王台公园，繁塔那个): the landmark says which
place is meant and where it is, not where the caller is. A road or a site's own short name said
so (河南大学，龙子湖那个) still names the site."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "jurisdiction", "place"),
    [
        ("禹王台公园，繁塔那个", KAIFENG, "lm-kf-yuwangtaigongyuan"),
        ("郑州东站，千玺广场那个", ZHENGZHOU, "lm-zz-zhengzhoudongzhan"),
    ],
)
def test_the_place_named_before_the_landmark_ranks_first(gz, said, jurisdiction, place):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place, said


def test_a_sites_own_short_name_said_as_which_one_names_the_site(gz):
    r = gz.resolve(["河南大学，龙子湖那个"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "edu-4141010475-longzihu"
