"""Second review of the lead's resolver changes, on new text: a road said by another of its
names finds the sites recorded at that name and number, and a house number said is never a
slip inside a loose reading of a site's name."""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))


@pytest.mark.parametrize(
    ("said", "place"),
    [
        # 郑州食品工程职业学院 is recorded at 新郑 中华北路199号; the data holds the road as
        # 中华路 with 中华北路 as another of its names.
        ("中华北路199号", "edu-4141014812-xiaobenbu"),
        ("新郑中华北路199号", "edu-4141014812-xiaobenbu"),
        # 郑州航空工业管理学院's 大学中路校区 at 大学中路2号; 大学中路 is a name of 大学路.
        ("大学中路2号", "edu-4141010485-daxuezhonglu"),
        ("大学中路二号院", "edu-4141010485-daxuezhonglu"),
    ],
)
def test_a_road_said_by_another_of_its_names_finds_the_site_at_the_number(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


@pytest.mark.parametrize(
    ("said", "road"),
    [
        ("中华北路200号", "lm-zz-zhonghualu-xinzheng"),  # no site recorded at 200号
        ("中华路199号", "lm-zz-zhonghualu-xinzheng"),  # the site is recorded on 中华北路
        ("大学中路3号", "lm-zz-daxuelu"),
    ],
)
def test_another_number_or_the_roads_other_name_is_the_road(gz, said, road):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road
    ids = [c.place.id for c in r.candidates]
    assert "edu-4141014812-xiaobenbu" not in ids[:1]


@pytest.mark.parametrize(
    ("said", "road", "number"),
    [
        ("纬五路9号院", "lm-zz-weiwulu", "9号"),
        ("纬五路九号院", "lm-zz-weiwulu", "9号"),
        ("康复前街5号院", "lm-zz-kangfuqianjie", "5号"),
        ("康复前街5号楼", "lm-zz-kangfuqianjie", "5号"),
    ],
)
def test_a_house_number_is_not_a_slip_inside_a_sites_name(gz, said, road, number):
    # 纬五路9号院 is not 纬五路院区 with 9号 misheard: the road at 9号 ranks first.
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == road
    assert r.candidates[0].house_number == number
    assert r.question.kind != "confirm"


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("纬五路7号院", "hosp-hnsrmyy-weiwulu"),  # the number is the site's own
        ("康复前街七号院", "hosp-zzu-3-kangfuqianjie"),
    ],
)
def test_the_sites_own_number_with_yuan_is_still_the_site(gz, said, place):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == place


@pytest.mark.parametrize("said", ["纬五路院", "纬五路院区"])
def test_a_sites_name_misheard_without_a_number_is_still_read_loosely(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id in ("hosp-hnsrmyy-weiwulu", "hosp-hnsxkyy-weiwulu")


KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    "said", ["gu lou, ye shi", "gu lou ye shi", "gu lou, ye shi, you ren dao le"]
)
def test_the_kind_word_typed_after_a_pause_is_not_another_place_of_that_kind(gz, said):
    # ye shi after the pause is 鼓楼's 夜市, not 西司夜市 read from its last two syllables.
    r = gz.resolve([said], jurisdiction=KAIFENG)
    assert r.candidates[0].place.id in ("lm-kf-gulou", "lm-kf-gulouyeshi")
    assert "lm-kf-xisiyeshi" not in [c.place.id for c in r.candidates]


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("xi si ye shi", "lm-kf-xisiyeshi"),  # the name typed in full
        ("xisi yeshi men kou", "lm-kf-xisiyeshi"),
        ("ren min gong yuan", "lm-zz-zhengzhourenmingongyuan"),
    ],
)
def test_a_name_typed_in_full_is_still_read(gz, said, place):
    jurisdiction = KAIFENG if place.startswith("lm-kf") else ZHENGZHOU
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert r.candidates[0].place.id == place


def test_the_kind_word_typed_alone_names_no_place_of_that_kind(gz):
    r = gz.resolve(["ye shi"], jurisdiction=KAIFENG)
    assert "lm-kf-xisiyeshi" not in [c.place.id for c in r.candidates]
