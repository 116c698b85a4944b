"""The second review of what sets 19 and 20 taught: where those rules misfired or stopped short,
by cause.

- Words of speech said apart before a road and a compound's word (快点过来 经三路那个小区, 老人
  摔倒了 …, 赶紧来人 …) or the words of a kind of village (城中村, 我们村) are no compound's or
  village's name nothing reads: the road is read back as when said alone. A name said apart
  (美景鸿城 经三路那个小区, 勺园村 …) still keeps the road offered.
"""

import pytest

from gazetteer import Jurisdiction

ZHENGZHOU = Jurisdiction(adcodes=("4101",))
KAIFENG = Jurisdiction(adcodes=("4102",))


@pytest.mark.parametrize(
    "said",
    [
        "快点过来 经三路那个小区",
        "老人摔倒了 经三路那个小区",
        "他摔倒了 经三路那个小区",
        "赶紧来人 经三路那个小区",
        "我也不知道叫啥 经三路那个小区",
        "我们村 经三路",
    ],
)
def test_words_of_speech_beside_a_road_are_no_unread_place(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind == "confirm"
    assert r.candidates[0].place.id == "lm-zz-jingsanlu"


@pytest.mark.parametrize(
    "said",
    ["美景鸿城 经三路那个小区", "建业桂园 经三路那个大院", "勺园村 经三路", "王家河村 经三路"],
)
def test_a_name_said_apart_still_keeps_the_road_offered(gz, said):
    r = gz.resolve([said], jurisdiction=ZHENGZHOU)
    assert r.question.kind != "confirm"
