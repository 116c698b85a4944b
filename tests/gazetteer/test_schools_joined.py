"""The rules the schools of 郑州 and 开封 brought, as one: a road a school lists in `roads:` said
alone is the road, as before the schools were held — unless the caller points at a place beside
it that the data does not hold, and with a campus on it the choice stays; a school's bare number
said with its road is the school, or its campus there, but not a number holding it inside a
longer one (十四中, 二十五中); a written reading of a school's short name that does not say its
number and kind by value is not the school; a kind of school typed in pinyin after a county is
the county's words, not a school whose name sounds alike."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed

SIZHONG = (
    "lm-zz-school-zhengzhousizhong-kaiyuan",
    "lm-zz-school-zhengzhousizhong-jingguang",
    "lm-zz-school-zhengzhousizhong-yingbin",
)


@pytest.mark.parametrize(
    ("said", "road", "area"),
    [
        ("京广北路", "lm-zz-jingguangbeilu", ZHENGZHOU),
        ("迎宾路上，车撞人了", "lm-zz-yingbinlu", ZHENGZHOU),
        ("在大河路上 骑电动车摔了", "lm-zz-dahelu", ZHENGZHOU),
        ("南四环上，往东走", "lm-zz-nansihuan", ZHENGZHOU),
        ("就在京广北路这儿", "lm-zz-jingguangbeilu", ZHENGZHOU),
        ("万胜路上 有人晕倒", "lm-kf-wanshenglu", KAIFENG),
        ("汉兴路，往西一点", "lm-kf-hanxinglu", KAIFENG),
    ],
)
def test_a_schools_road_said_alone_is_the_road(gz, said, road, area):
    r = gz.resolve([said], jurisdiction=area)
    assert confirmed(r) == road, said


@pytest.mark.parametrize(
    ("said", "area"),
    [
        # Where a campus or a 院区 stands on the road, the choice stays as it was.
        ("文化路上，有人晕倒", ZHENGZHOU),
        ("明理路", ZHENGZHOU),
        ("桐柏路 往南", ZHENGZHOU),
        ("陇海西路上", ZHENGZHOU),
        # A place the data does not hold pointed at beside the road: the caller is there.
        ("迎宾馆那 迎宾路上", ZHENGZHOU),
        ("老粮库那边，大河路上", ZHENGZHOU),
        ("京广北路上，搁那个修车铺这儿", ZHENGZHOU),
        ("万胜路 王记烩面馆那", KAIFENG),
        ("老电厂那，汉兴路上", KAIFENG),
        # A school asked for on the road.
        ("京广北路那个中学", ZHENGZHOU),
    ],
)
def test_a_schools_road_with_more_said_is_not_read_back_alone(gz, said, area):
    r = gz.resolve([said], jurisdiction=area)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "campus"),
    [
        ("四中，京广北路那个", "lm-zz-school-zhengzhousizhong-jingguang"),
        ("迎宾路那个四中 门口", "lm-zz-school-zhengzhousizhong-yingbin"),
        ("4中 迎宾路", "lm-zz-school-zhengzhousizhong-yingbin"),
        ("一中，桐柏路那个", "lm-zz-school-zhengzhouyizhong-tongbailu"),
        ("二十中 大河路上那个", "lm-zz-school-zhengzhou20zhong"),
    ],
)
def test_a_zhengzhou_schools_number_with_its_road_is_that_campus(gz, said, campus):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert confirmed(r) == campus, said


@pytest.mark.parametrize(
    ("said", "area", "not_this"),
    [
        ("十四中 迎宾路", ZHENGZHOU, SIZHONG),
        ("二十四中，京广北路那个", ZHENGZHOU, SIZHONG),
        ("三十四中 京广北路", ZHENGZHOU, SIZHONG),
        ("十五中，大纸坊街那个", KAIFENG, ("lm-kf-school-kaifengwuzhong",)),
        ("二十五中 大纸坊街", KAIFENG, ("lm-kf-school-kaifengwuzhong",)),
    ],
)
def test_a_longer_number_with_a_schools_road_is_not_that_school(gz, said, area, not_this):
    r = gz.resolve([said], jurisdiction=area)
    assert confirmed(r) not in not_this, said
    assert r.candidates[0].place.id not in not_this, said


@pytest.mark.parametrize(
    ("said", "area", "not_this"),
    [
        # Another school's number, a numeral short (二中 is not 二十中).
        ("郑州二中", ZHENGZHOU, "lm-zz-school-zhengzhou20zhong"),
        ("郑州市二中 门口", ZHENGZHOU, "lm-zz-school-zhengzhou20zhong"),
        ("开封二中，操场", KAIFENG, "lm-kf-school-kaifengershiwuzhong"),
        # No number and kind said: the town and other words.
        ("杞县医疗集团门口", KAIFENG, "lm-kf-school-qixianyigao"),
    ],
)
def test_a_written_reading_that_does_not_say_a_schools_number_is_not_it(gz, said, area, not_this):
    r = gz.resolve([said], jurisdiction=area)
    assert not_this not in [c.place.id for c in r.candidates[:1]], said


@pytest.mark.parametrize(
    ("said", "area", "place"),
    [
        # A school's number said in figures, or heard by its sound, is its number.
        ("郑州市5中", ZHENGZHOU, ("lm-zz-school-zhengzhou5gao", "lm-zz-school-zhengzhou5zhong")),
        ("杞县一搞 门口", KAIFENG, ("lm-kf-school-qixianyigao",)),
    ],
)
def test_a_schools_number_in_figures_or_by_sound_still_finds_it(gz, said, area, place):
    r = gz.resolve([said], jurisdiction=area)
    assert r.candidates[0].place.id in place, said


@pytest.mark.parametrize(
    ("said", "area", "county"),
    [
        ("xinzheng zhongxue", ZHENGZHOU, "adm-410184"),
        ("dengfeng gaozhong menkou", ZHENGZHOU, "adm-410185"),
        ("xinmi zhongxue", ZHENGZHOU, "adm-410183"),
        ("lankao gaozhong", KAIFENG, "adm-410225"),
        ("weishi chuzhong", KAIFENG, "adm-410223"),
    ],
)
def test_a_county_and_a_kind_of_school_typed_is_the_county(gz, said, area, county):
    r = gz.resolve([said], jurisdiction=area)
    assert r.candidates[0].place.id == county, said
    assert confirmed(r) is None, said


@pytest.mark.parametrize(
    ("said", "area", "place"),
    [
        # Names typed in pinyin that are held are still found.
        ("kaifeng gaozhong", KAIFENG, "lm-kf-school-kaifenggaozhong"),
        ("qixian yigao", KAIFENG, "lm-kf-school-qixianyigao"),
        ("gongyi shi zhongyiyuan", ZHENGZHOU, "hosp-gyszyy-benbu"),
    ],
)
def test_a_held_name_typed_in_pinyin_is_still_found(gz, said, area, place):
    r = gz.resolve([said], jurisdiction=area)
    assert r.candidates[0].place.id == place, said
