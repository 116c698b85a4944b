"""Secondary schools of 开封 and its counties that callers name (SOURCES.md, "Schools of 开封"):
each is found by the forms callers say — its short name with its city or county, the full name,
with a building, a gate, filler, or said bare with the road of its address — and read back only
where nothing else is meant. A bare numbered form (二高, 一高, 五中) is no school's; a school the
data does not hold (开封二高, 兰考一高) is not read as one it holds; a campus word after a school
is not read back as another's campus, nor as the one site held; a road said alone stays the
road."""

import pytest

from gazetteer import Jurisdiction

KAIFENG = Jurisdiction(adcodes=("4102",))

SCHOOLS = {
    "lm-kf-school-kaifenggaozhong",
    "lm-kf-school-kaifengershiwuzhong",
    "lm-kf-school-hedafuzhong",
    "lm-kf-school-kaifengwuzhong",
    "lm-kf-school-kaifengshisizhong",
    "lm-kf-school-jinmingzhongxue",
    "lm-kf-school-qixiangaozhong",
    "lm-kf-school-qixianyigao",
    "lm-kf-school-qixianergao",
}


def _confirmed(r):
    return r.question.options[0].place.id if r.question.kind == "confirm" else None


@pytest.mark.parametrize(
    ("said", "place", "county"),
    [
        # The city's schools, by the short name with the city, the full name, a former name.
        ("开封高中 实验楼后头，一个学生喘不上气", "lm-kf-school-kaifenggaozhong", "410205"),
        ("那个 开封一高 篮球场这儿", "lm-kf-school-kaifenggaozhong", "410205"),
        ("河南省开封高级中学 西门口", "lm-kf-school-kaifenggaozhong", "410205"),
        ("开封高级中学，食堂门口", "lm-kf-school-kaifenggaozhong", "410205"),
        ("嗯 开封二十五中 宿舍楼三楼", "lm-kf-school-kaifengershiwuzhong", "410202"),
        ("开封市第二十五中学 操场", "lm-kf-school-kaifengershiwuzhong", "410202"),
        ("河大附中 门卫室旁边", "lm-kf-school-hedafuzhong", "410203"),
        ("河南大学附属中学，教学楼", "lm-kf-school-hedafuzhong", "410203"),
        ("开封五中 门口 有个学生被撞了", "lm-kf-school-kaifengwuzhong", "410204"),
        ("开封市五中，操场上", "lm-kf-school-kaifengwuzhong", "410204"),
        ("开封市第十四中学 教学楼", "lm-kf-school-kaifengshisizhong", "410202"),
        ("开封金明中学 大门口", "lm-kf-school-jinmingzhongxue", "410202"),
        # A county's school with its county (or its town).
        ("杞县一高门口", "lm-kf-school-qixianyigao", "410221"),
        ("呃 杞县第一高级中学 宿舍楼下", "lm-kf-school-qixianyigao", "410221"),
        ("圉镇高中，教学楼", "lm-kf-school-qixianyigao", "410221"),
        ("杞县高中 操场上跑操倒了一个", "lm-kf-school-qixiangaozhong", "410221"),
        ("杞县二高，宿舍", "lm-kf-school-qixianergao", "410221"),
        # A bare short name with the road of its address.
        ("五中，大纸坊街那个，门口", "lm-kf-school-kaifengwuzhong", "410204"),
        ("十四中 万胜路那个", "lm-kf-school-kaifengshisizhong", "410202"),
        ("金明中学 汉兴路上", "lm-kf-school-jinmingzhongxue", "410202"),
    ],
)
def test_a_school_is_found_by_what_callers_say(gz, said, place, county):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind == "confirm", said
    first = r.question.options[0].place
    assert first.id == place, said
    assert (first.admin.adcode or "").startswith(county), said


@pytest.mark.parametrize(
    "said",
    [
        # Bare numbered forms name a school in every town.
        "二高门口，有学生晕倒了",
        "一高 操场上",
        "五中 门口",
        "十四中，教学楼",
        # Schools the data does not hold are not the ones it holds.
        "开封二高，宿舍楼",
        "开封市二高 门口",
        "兰考一高，教学楼二楼",
        "尉氏一高门口",
        "通许一高 操场",
        "祥符高中，宿舍楼下",
        "开封七中，门口",
        # A campus word after a school: another institution's campus is not read back, and
        # neither is the one site held, which may not be that campus.
        "开封高中，老校区那边",
        "杞县一高，新校区，宿舍楼",
        "开封五中老校区 门口",
        "开封二高，新校区，操场",
        "兰考一高，老校区",
    ],
)
def test_what_names_no_held_school_alone_is_not_read_back_as_one(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm", said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # 河大's campuses keep their words.
        ("河大 老校区", "edu-4141010475-minglun"),
        ("河大，老校区，图书馆门口", "edu-4141010475-minglun"),
        ("河南大学 新校区 宿舍", "edu-4141010475-jinming"),
        # A road said alone is the road, not the school whose address is on it.
        ("万胜路上，车撞人了", "lm-kf-wanshenglu"),
        ("汉兴路 路边 有人晕倒", "lm-kf-hanxinglu"),
        ("大纸坊街口，有人晕倒", "lm-kf-dazhifangjie"),
    ],
)
def test_other_places_keep_their_names(gz, said, place):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert _confirmed(r) == place, said


@pytest.mark.parametrize(
    "said",
    [
        # A school asked for on the road: the school is offered, not the road read back.
        "万胜路那个中学",
        "大纸坊街那个学校门口",
    ],
)
def test_a_school_asked_for_on_its_road_is_offered(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.question.kind != "confirm", said
    assert any(c.place.id in SCHOOLS for c in r.candidates[:3]), said


def test_no_bare_numbered_form_is_a_schools_alias(gz):
    bare = ("一高", "二高", "三高", "一中", "五中", "十四中", "二十五中", "高中", "附中")
    for place_id in SCHOOLS:
        place = gz.get(place_id)
        assert place is not None, place_id
        assert not set(place.aliases) & set(bare), place_id
        assert place.precision == "district" and place.source == "division-seat", place_id


@pytest.mark.parametrize(
    "said",
    [
        # Words like a school's short name without its number and kind: its town and other
        # words, not the school.
        "开封五一路 火车站那边",
        "杞县医疗集团门口",
        "开封高速下站口",
        # Another number with a school's road is not that school.
        "三中，大纸坊街那个",
    ],
)
def test_words_without_a_schools_number_are_not_the_school(gz, said):
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert _confirmed(r) not in SCHOOLS, said
    assert r.candidates and r.candidates[0].place.id not in SCHOOLS, said


def test_a_road_said_with_an_hour_is_still_the_road(gz):
    r = gz.resolve(["万胜路上，等了一小时了"], jurisdiction=KAIFENG)
    assert _confirmed(r) == "lm-kf-wanshenglu"
