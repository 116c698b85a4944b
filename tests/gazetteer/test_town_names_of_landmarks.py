"""A town said by its own name with its county-level city (新郑龙湖镇) is the town, not the
college area inside it that callers call 新郑龙湖."""

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
TOWN = "adm-410184109"  # 新郑市龙湖镇


def test_the_town_said_in_full_with_its_city_is_read_back(gz):
    r = gz.resolve(["新郑龙湖镇 工地上有人摔了"], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.question.options[0].place.id == TOWN
