"""Hospitals of 郑州 and 开封 that callers name and the data lacked until a list was read: 省直三院
and its three 院区, 郑州八院 and its 西区医院 in 荥阳, 新郑二院, 开封二院. Each is found by its full
name, its short name and a misheard or typed form; the names of neighbouring hospitals keep
their answers."""

import pytest

from .answers import KAIFENG, ZHENGZHOU


@pytest.mark.parametrize(
    ("said", "where", "hospital"),
    [
        ("省直三院住院部", ZHENGZHOU, "hosp-hnszdsrmyy"),
        ("河南省直三院急诊科", ZHENGZHOU, "hosp-hnszdsrmyy"),
        ("河南省直第3人民医院", ZHENGZHOU, "hosp-hnszdsrmyy"),  # a digit typed for the number
        ("省值三院", ZHENGZHOU, "hosp-hnszdsrmyy"),  # 值 heard for 直
        ("郑州市八院门诊", ZHENGZHOU, "hosp-zzsdbrmyy"),
        ("郑州精神卫生中心", ZHENGZHOU, "hosp-zzsdbrmyy"),
        ("新郑第二人民医院", ZHENGZHOU, "hosp-xzsderrmyy"),
        ("开封市二院 急诊", KAIFENG, "hosp-kfsderrmyy"),
    ],
)
def test_a_hospital_the_data_lacked_is_found_by_its_names(gz, said, where, hospital):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.parent == hospital
    if r.question.kind == "confirm":
        assert r.question.options[0].place.parent == hospital  # never read back as another one


@pytest.mark.parametrize(
    ("said", "branch"),
    [
        ("俺在郑东新区人民医院急诊", "hosp-hnszdsrmyy-zhengdong"),
        ("省直三院的西院区", "hosp-hnszdsrmyy-xi"),  # not 市骨科医院's or 儿童医院's 西院区
        ("省直三院 857院区 门口", "hosp-hnszdsrmyy-857"),
        ("八院西区医院 荥阳", "hosp-zzsdbrmyy-xiqu"),
    ],
)
def test_a_branch_the_data_lacked_is_found_by_its_name(gz, said, branch):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == branch


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("郑州市第3人民医院", ZHENGZHOU, "hosp-zzsdsrmyy-benbu"),
        ("河南省职工医院", ZHENGZHOU, "hosp-hnszgyy-benbu"),
        ("儿童医院西区医院", ZHENGZHOU, "hosp-hnsetyy-xi"),
        ("新郑人民医院", ZHENGZHOU, "hosp-xzsrmyy-benbu"),
        ("郑州二院", ZHENGZHOU, "hosp-zzsderrmyy-benbu"),
        ("开封人民医院", KAIFENG, "hosp-kfsrmyy-benbu"),
        ("开封市二中医院", KAIFENG, "hosp-kfsdezyy-benbu"),
        ("陇海路", ZHENGZHOU, "lm-zz-longhailu"),
    ],
)
def test_the_neighbouring_names_keep_their_answers(gz, said, where, place):
    r = gz.resolve([said], jurisdiction=where)
    assert r.candidates[0].place.id == place


@pytest.mark.parametrize("said", ["俺在郑州市五院门诊楼", "在郑州市第五人民医院看病"])
def test_zhengzhou_peoples_hospital_is_found_by_its_name_before_2008(gz, said):
    # 郑州市第五人民医院 until 2008; 郑州五附院 and 五附院 stay 郑大五附院's.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.parent == "hosp-zzrmyy"
    for other in ("郑州五附院", "五附院"):
        top = gz.resolve([other], jurisdiction=ZHENGZHOU).candidates[0].place
        assert top.parent == "hosp-zzu-5"
