"""Sets 23 and 24's leftover families: an unheld estate named by 城 beside a road, a name typed
half in pinyin with one syllable or character on a side, and a school's campus the caller says
they do not know; with near-misses that keep their answer."""

import pytest

from tests.gazetteer.answers import KAIFENG, ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "where", "road"),
    [
        ("亚星城，宋城路那个", KAIFENG, "lm-kf-songchenglu"),
        ("金科城，北三环那个，2号楼", ZHENGZHOU, "lm-zz-beisanhuan"),
        ("天明城，农业路附近", ZHENGZHOU, "lm-zz-nongyelu"),
    ],
)
def test_an_unheld_estate_said_by_a_road_is_asked_for_not_the_road_confirmed(gz, said, where, road):
    assert confirmed(gz.resolve([said], jurisdiction=where)) != road
    assert confirmed(gz.resolve([said], jurisdiction=where)) is None


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("正弘城，花园路那个", ZHENGZHOU, "lm-zz-zhenghongcheng"),
        ("康桥华城，大学路那个", ZHENGZHOU, "adm-410103007012"),
        ("宋城路，进城那个口", KAIFENG, "lm-kf-songchenglu"),
    ],
)
def test_a_held_estate_or_a_word_of_speech_ending_in_cheng_keeps_its_answer(gz, said, where, place):
    assert gz.resolve([said], jurisdiction=where).candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("开封fu 门口", KAIFENG, "lm-kf-kaifengfu"),
        ("郑州xi站 出站口", ZHENGZHOU, "lm-zz-zhengzhouxizhan"),
        ("少林si 山门", ZHENGZHOU, "lm-zz-shaolinsi"),
        ("zhongyue庙 门口", ZHENGZHOU, "lm-zz-zhongyuemiao"),
        ("xiangguo寺 门口", KAIFENG, "lm-kf-daxiangguosi"),
    ],
)
def test_a_name_typed_with_one_syllable_or_character_on_a_side_is_read_whole(
    gz, said, where, place
):
    assert gz.resolve([said], jurisdiction=where).candidates[0].place.id == place


@pytest.mark.parametrize(
    ("said", "where", "place"),
    [
        ("erqi区 大学路", ZHENGZHOU, ("adm-410103", "lm-zz-daxuelu")),
        ("zhengzhou东站 出站口", ZHENGZHOU, ("lm-zz-zhengzhoudongzhan",)),
    ],
)
def test_pinyin_before_a_level_word_or_a_name_of_its_own_keeps_its_answer(gz, said, where, place):
    assert gz.resolve([said], jurisdiction=where).candidates[0].place.id in place


@pytest.mark.parametrize(
    ("said", "where", "school"),
    [
        ("河南农大，哪个校区说不清，宿舍楼", ZHENGZHOU, "edu-4141010466"),
        ("郑轻，不知道是哪个校区，操场上", ZHENGZHOU, "edu-4141010462"),
        ("河大，哪个校区我也说不上来", KAIFENG, "edu-4141010475"),
    ],
)
def test_a_school_said_with_which_campus_unknown_offers_its_campuses(gz, said, where, school):
    r = gz.resolve([said], jurisdiction=where)
    assert r.question.kind == "choose_campus"
    assert all(o.place.parent == school for o in r.question.options)


def test_a_campus_named_stays_the_campus(gz):
    assert confirmed(gz.resolve(["郑大北校区，宿舍楼"], jurisdiction=ZHENGZHOU)) == (
        "edu-4141010459-beixiaoqu"
    )
