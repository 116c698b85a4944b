"""Places callers in 郑州 and 开封 named in several blind sets that the data did not hold, held
since branch absentdata (SOURCES.md, "Places callers named that the data lacked"): found by what
callers say, in other words than the bench lines, and no thief of the names of other places (the
other city's 东大街 and 西大街, the village of 虎牢关, the hospital's working 院区)."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("郑大一附院西院区 门诊楼门口", "hosp-zzu-1-xi"),
        ("一附院西院 急诊科", "hosp-zzu-1-xi"),
        ("郑大一附院朱屯路医疗延伸点", "hosp-zzu-1-xi"),
        ("汜水关 停车场", "lm-zz-hulaoguan"),
        ("虎牢关景区 售票处", "lm-zz-hulaoguan"),
        ("郑州国家森林公园 南门", "lm-zz-senlingongyuan"),
        ("郑州市森林公园 湖边", "lm-zz-senlingongyuan"),
        ("郑州富士康 宿舍区", "lm-zz-fushikang"),
        ("航空港区富士康 西门", "lm-zz-fushikang"),
    ],
)
def test_a_place_of_zhengzhou_is_found_by_what_callers_say(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("七盛角旅游休闲街区 门口", "lm-kf-qishengjiao"),
        ("建业七盛角 东门", "lm-kf-qishengjiao"),
        ("开封东大街 路边", "lm-kf-dongdajie"),
        ("开封西大街 这边", "lm-kf-xidajie"),
    ],
)
def test_a_place_of_kaifeng_is_found_by_what_callers_say(gz, said, place):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # The hospital's working 院区 keep their names.
        ("一附院河医院区 急诊", "hosp-zzu-1-heyi"),
        ("一附院郑东院区", "hosp-zzu-1-zhengdong"),
        # The village of 虎牢关 is its own place.
        ("汜水镇虎牢关村 村委会", "adm-410182105205"),
        # 郑州's 东大街 and 西大街 are its 街道 of 管城 and 新密, not 开封's streets.
        ("管城 东大街街道", "adm-410104005"),
        ("新密 西大街街道", "adm-410183003"),
    ],
)
def test_the_new_places_take_no_other_places_name(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize("said", ["东大街", "西大街 路口"])
def test_kaifengs_streets_are_not_read_back_to_a_zhengzhou_caller(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert not (
        r.question.kind == "confirm"
        and r.question.options[0].place.id in {"lm-kf-dongdajie", "lm-kf-xidajie"}
    )


@pytest.mark.parametrize("said", ["富士康", "兰考富士康 门口"])
def test_a_bare_or_other_foxconn_is_not_zhengzhous_park(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    confirmed = r.question.options[0].place.id if r.question.kind == "confirm" else None
    assert confirmed != "lm-zz-fushikang"
