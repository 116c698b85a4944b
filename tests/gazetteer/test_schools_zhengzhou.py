"""郑州's secondary schools as callers name them (郑州四中, 省实验 东校区, 郑外): a school of one
site, or a campus said by its name, its road or its county, is read back; a school of several
campuses said alone asks which. Near-misses keep their places: the metro station and the
community named after a school, the roads the schools stand on, bare numbered forms (一中, 四中)
that name a school in every county, numbered schools the data does not hold whose names hold a
held one's (第四十一中学 is not 第十一中学), and a kind of school said without a name."""

import pytest

from gazetteer import Jurisdiction

from .answers import confirmed

ZHENGZHOU = Jurisdiction(adcodes=("4101",))

SIZHONG = (
    "lm-zz-school-zhengzhousizhong-kaiyuan",
    "lm-zz-school-zhengzhousizhong-jingguang",
    "lm-zz-school-zhengzhousizhong-yingbin",
)
YIZHONG = (
    "lm-zz-school-zhengzhouyizhong-zhongyuan",
    "lm-zz-school-zhengzhouyizhong-tongbailu",
    "lm-zz-school-zhengzhouyizhong-hangkonggang",
)
ZHENGWAI = ("lm-zz-school-zhengwai-fengyangjie", "lm-zz-school-zhengwai-hangkonggang")
SHENGSHIYAN = ("lm-zz-school-shengshiyan-benbu", "lm-zz-school-shengshiyan-dongxiaoqu")
SISHISI = ("lm-zz-school-zhengzhou44zhong", "lm-zz-school-zhengzhou44gao")
WU = ("lm-zz-school-zhengzhou5gao", "lm-zz-school-zhengzhou5zhong")


@pytest.mark.parametrize(
    ("said", "school"),
    [
        ("郑州二十中门口", "lm-zz-school-zhengzhou20zhong"),
        ("郑州市第十八中学", "lm-zz-school-zhengzhou18zhong"),
        ("郑州18中，宿舍楼", "lm-zz-school-zhengzhou18zhong"),
        ("郑州五高 教学楼", "lm-zz-school-zhengzhou5gao"),
        ("郑州市第四十一高级中学", "lm-zz-school-zhengzhou41gao"),
        ("郑州外国语中学 门口", "lm-zz-school-zhengwaizhongxue"),
        ("就是那个郑州十一中，操场上", "lm-zz-school-zhengzhou11zhong"),
    ],
)
def test_a_school_of_one_site_said_short_or_in_full_is_read_back(gz, said, school):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == school, said


@pytest.mark.parametrize(
    ("said", "campus"),
    [
        ("郑州四中，京广北路那个，门卫室旁边", "lm-zz-school-zhengzhousizhong-jingguang"),
        ("郑州四中迎宾校区", "lm-zz-school-zhengzhousizhong-yingbin"),
        ("郑州市四中 迎宾路那个", "lm-zz-school-zhengzhousizhong-yingbin"),
        ("省实验中学 文化路校区", "lm-zz-school-shengshiyan-benbu"),
        ("河南省实验中学东校区 宿舍楼", "lm-zz-school-shengshiyan-dongxiaoqu"),
        ("郑州一中 中原西路", "lm-zz-school-zhengzhouyizhong-zhongyuan"),
        ("那个桐柏路一中，操场上", "lm-zz-school-zhengzhouyizhong-tongbailu"),
        ("郑州外国语学校航空港校区", "lm-zz-school-zhengwai-hangkonggang"),
        ("郑州二十中，大河路那个", "lm-zz-school-zhengzhou20zhong"),
    ],
)
def test_a_campus_said_by_its_name_road_or_building_is_read_back(gz, said, campus):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == campus, said


@pytest.mark.parametrize(
    ("said", "campus"),
    [
        ("惠济 郑州四中", "lm-zz-school-zhengzhousizhong-yingbin"),
        ("航空港 郑州一中", "lm-zz-school-zhengzhouyizhong-hangkonggang"),
        ("中牟 郑州41高", "lm-zz-school-zhengzhou41gao"),
        ("荥阳那个郑州十六高", "lm-zz-school-zhengzhou16gao"),
    ],
)
def test_a_school_said_with_its_county_is_the_campus_there(gz, said, campus):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == campus, said


@pytest.mark.parametrize(
    ("said", "sites"),
    [
        ("郑州四中", SIZHONG),
        ("郑州4中 门口", SIZHONG),
        ("郑州一中 门口", YIZHONG),
        ("郑州外国语 宿舍楼", ZHENGWAI),
        ("省实验中学", SHENGSHIYAN),
        ("郑州44中", SISHISI),
        ("郑州五中", WU),
    ],
)
def test_a_school_of_several_sites_said_alone_asks_which(gz, said, sites):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm", said
    assert r.candidates[0].place.id in sites, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("郑州一中站", "lm-zz-metro-zhengzhouyizhong"),
        ("一中社区", "adm-410102001008"),
        ("京广北路", "lm-zz-jingguangbeilu"),
        ("迎宾路", "lm-zz-yingbinlu"),
        ("大河路", "lm-zz-dahelu"),
    ],
)
def test_a_place_named_like_a_school_or_at_its_gate_keeps_its_place(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == place, said


@pytest.mark.parametrize(
    "said",
    [
        "一中",
        "一中门口，学生晕倒了",
        "四中 操场",
        "五高",
        # Numbered schools the data does not hold, whose names hold a held one's.
        "郑州市第四十一中学",
        "郑州市第二十一中学门口",
        "郑州市第四十九中学",
        "郑州21中",
        # A kind of school said without a name.
        "外国语学校门口",
        "一个中学门口",
        # County schools the data does not hold.
        "新郑一中",
        "中牟一高 宿舍楼",
    ],
)
def test_words_that_name_no_one_held_school_are_not_read_back_as_one(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    kept = confirmed(r)
    assert kept is None or not kept.startswith("lm-zz-school-"), said


@pytest.mark.parametrize(
    ("said", "not_this"),
    [
        ("郑州市第四十一中学", "lm-zz-school-zhengzhou11zhong"),
        ("郑州市第二十一中学门口", "lm-zz-school-zhengzhou11zhong"),
        ("郑州21中", "lm-zz-school-zhengzhou11zhong"),
        ("郑州市第四十九中学", "lm-zz-school-zhengzhoujiuzhong-benbu"),
        ("郑州十九中 操场", "lm-zz-school-zhengzhoujiuzhong-benbu"),
    ],
)
def test_a_numbered_school_is_not_read_over_another_number(gz, said, not_this):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert not_this not in [c.place.id for c in r.candidates[:1]], said
