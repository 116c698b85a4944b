"""A scenic area said by the name its own pages use (长寿山 for 竹林长寿山) is that area, not the
社区 named after it: read back, the 社区 would put words in the caller's mouth."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
SCENIC = "lm-zz-zhulinchangshoushan"
COMMUNITY = "adm-410181103006"  # 长寿山社区, 竹林镇


def test_the_short_name_is_the_scenic_area(gz):
    r = gz.resolve(["巩义 长寿山 红叶节 有人摔了"], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == SCENIC


def test_said_with_its_town_the_community_is_not_read_back(gz):
    r = gz.resolve(["竹林镇 长寿山景区 这边 老人摔了"], jurisdiction=ZHENGZHOU)
    assert not (r.question.kind == "confirm" and r.question.options[0].place.id == COMMUNITY)
    assert SCENIC in [c.place.id for c in r.candidates[:3]]
