"""An institution said by its name without the word for its kind, right before one of its
sites (阜外|郑东院区 for 华中阜外医院's 郑东院区): the words pick that institution's site over
another's of the same name, offered rather than read back on a shortening."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


def test_a_hospital_without_its_kind_word_picks_its_own_site(gz):
    r = gz.resolve(["阜外郑东院区"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "hosp-fwhz-zhengdong"
    assert r.question.kind != "confirm" or r.question.options[0].place.id == "hosp-fwhz-zhengdong"


def test_the_shortened_name_before_a_site_named_in_full_settles_which_it_is(gz):
    # 纬五路院区 alone is 胸科医院's or 省人民医院's.
    r = gz.resolve(["胸科纬五路院区"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == "hosp-hnsxkyy-weiwulu"


def test_words_that_are_a_name_of_their_own_are_not_shortenings(gz):
    r = gz.resolve(["郑州南校区"], jurisdiction=ZHENGZHOU)
    assert all(m != "郑州大学" for c in r.candidates for m in c.matched)
