"""Where the caller heads (往郑州方向, 开封方向) is a direction, not a name cut short or misheard:
郑州方 of 往郑州方向 had been read as 郑州方特 short of its last character. And where the caller
says they are stands when a lone 不是 follows (在兰考 不是 杞县)."""

import pytest

from .answers import KAIFENG, ZHENGZHOU, confirmed


@pytest.mark.parametrize(
    ("said", "jurisdiction"),
    [
        ("往郑州方向", ZHENGZHOU),
        ("朝郑州方向走了二里地", ZHENGZHOU),
        ("高速上 往郑州方向", KAIFENG),
    ],
)
def test_a_heading_names_no_park(gz, said, jurisdiction):
    r = gz.resolve([said], jurisdiction=jurisdiction)
    assert "lm-zz-zhengzhoufangtehuanleshijie" not in {c.place.id for c in r.candidates}, said
    assert confirmed(r) is None, said


@pytest.mark.parametrize("said", ["郑州方特", "方特 北门", "郑州方特那边，往开封方向"])
def test_the_park_said_is_still_the_park(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.candidates[0].place.id == "lm-zz-zhengzhoufangtehuanleshijie", said


@pytest.mark.parametrize(
    ("said", "stands", "denied"),
    [
        ("在兰考 不是 杞县", "adm-410225", "adm-410221"),
        ("我在尉氏 不是 通许", "adm-410223", "adm-410222"),
        ("人在中牟 不是 新郑", "adm-410122", "adm-410184"),
    ],
)
def test_where_the_caller_says_they_are_stands_before_a_lone_denial(gz, said, stands, denied):
    # Typed apart (speech-to-text spaces its words), 不是 alone had taken back the place the
    # caller said they are at and left only the one they denied.
    jurisdiction = ZHENGZHOU if stands.startswith("adm-4101") else KAIFENG
    ranked = [c.place.id for c in gz.resolve([said], jurisdiction=jurisdiction).candidates]
    assert ranked and ranked[0] == stands, (said, ranked)
    assert denied not in ranked[:1], (said, ranked)


def test_a_correction_without_where_the_caller_is_still_takes_back(gz):
    # 兰考 不是 杞县, with no 在: the caller may be correcting themselves; 兰考 is not read as
    # where they are.
    ranked = [c.place.id for c in gz.resolve(["兰考 不是 杞县"], jurisdiction=KAIFENG).candidates]
    assert ranked[:1] != ["adm-410225"], ranked
