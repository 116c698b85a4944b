"""What set 41's callers (visitors and people passing through) said that the resolver missed, in
other words: typed pinyin with its tones as digits (bao1 gong1 ci2) is the pinyin without them,
not numbers cutting the syllables apart; a number said apart or an exit's letter stays as said."""

import pytest

from .answers import KAIFENG, ZHENGZHOU
from .answers import resolved as _resolve


@pytest.mark.parametrize(
    ("said", "place", "jurisdiction"),
    [
        ("zheng4 zhou1 zhan4 xi1 guang3 chang3", "lm-zz-zhengzhouzhan", ZHENGZHOU),
        ("zhong1yuan2fu2ta3", "lm-zz-zhongyuanfuta", ZHENGZHOU),
        ("da4 xiang4 guo2 si4 men2 kou3", "lm-kf-daxiangguosi", KAIFENG),
    ],
)
def test_pinyin_typed_with_tone_digits_is_read_as_the_pinyin(gz, said, place, jurisdiction):
    _, top = _resolve(gz, said, jurisdiction)
    assert top == place, said


@pytest.mark.parametrize(
    ("said", "place"),
    [
        ("zhengzhou huizhan zhongxin 5 hao guan", "lm-zz-huizhanzhongxin"),
        ("lv cheng guang chang B2 kou", "lm-zz-lvchengguangchang"),
    ],
)
def test_a_number_said_apart_in_pinyin_stays_a_number(gz, said, place):
    _, top = _resolve(gz, said, ZHENGZHOU)
    assert top == place, said
