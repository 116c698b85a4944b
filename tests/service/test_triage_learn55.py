"""Triage word families learned from the fifty-fifth blind set's misses (pain: where it hurts and
how) — each said here in other words than any line of bench/, with near-misses that must keep
their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A period late, a belly pain, then a faint, a fall or a pale face.
        ("她例假拖了二十来天，肚子一阵一阵疼，在厨房晕倒了", "critical"),
        ("我女朋友大姨妈晚了好些天，小肚子疼，脸色煞白", "critical"),
        ("俺嫂子身上该来没来，肚子疼，在地里栽倒了", "critical"),
        # A period late alone, asked about: a minor complaint.
        ("月经晚了一个礼拜，别的没啥，问问正常不", "routine"),
    ],
)
def test_a_late_period_a_belly_pain_and_a_faint_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Black stools, then a faint on rising.
        ("他拉了两天黑屎，早上起来就晕倒了", "critical"),
        # A belly pain, a pale face and a faint on rising: shock.
        ("孩子他爸肚子疼，嘴唇发白，一起身就晕倒在床边", "critical"),
        # A belly pain and a faint with no pallor stays as it was.
        ("肚子疼了一上午，吃了点东西好多了", "not critical"),
    ],
)
def test_a_bleed_inside_with_a_faint_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A blow said lightly, then a belly pain and a pale face.
        ("俺爹肚子让木头撞了一下，现在疼得厉害，脸煞白", "critical"),
        # A knock rubbed and gone.
        ("肚子叫门把手撞了一下，揉了揉不疼了", "not urgent"),
    ],
)
def test_a_belly_struck_then_pale_is_bleeding_inside(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A wish to die with the means said lying beside the patient.
        ("他说活够了，刀就在他身边", "critical"),
        ("她说不想活了，药瓶在她枕头边", "critical"),
        # A wish spoken with no means said stays urgent.
        ("她说想死，哭了一晚上", "urgent"),
    ],
)
def test_a_wish_to_die_with_the_means_beside_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A cramp denied for the whole body jerking.
        ("不是腿抽筋，是他全身在抽", "critical"),
        ("俺娃不是抽筋，整个人一抽一抽的", "critical"),
        # A calf's cramp.
        ("游完泳腿抽筋了，现在好了", "routine"),
    ],
)
def test_a_cramp_denied_for_a_fit_of_the_whole_body_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A tear said of the spine in Henan words.
        ("他脊背那儿疼得跟撕开了一样，出了一头汗", "critical"),
        ("俺爹后脊梁跟撕扯一样疼", "critical"),
    ],
)
def test_a_tearing_pain_of_the_spine_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A cold sweat and a muddled speech.
        ("俺爷浑身冒虚汗，说话稀里糊涂的", "critical"),
        ("他出了一身冷汗，说胡话，叫他名字也答非所问", "critical"),
        # A heartburn with a sweat is no fever.
        ("我妈胃里火辣辣的，冒冷汗，说话糊涂了", "critical"),
        # A fever's raving stays as it was.
        ("孩子发烧出汗，有点说胡话", "not critical"),
        # A heartburn after a meal.
        ("吃完辣椒胃里烧得慌，别的没事", "not urgent"),
    ],
)
def test_a_cold_sweat_with_a_changed_mind_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A jaw's pain that spreads to the chest or an arm, with a cold sweat or a pale face.
        ("我爸下巴疼，串到胸口了，一身冷汗", "critical"),
        ("他说下巴颏那儿疼，窜到左胳膊，脸白", "critical"),
        # A toothache that stays in the mouth, however bad.
        ("牙疼得厉害，冒冷汗", "routine"),
    ],
)
def test_a_jaw_pain_that_spreads_with_a_sweat_is_critical(text: str, level: str) -> None:
    assert_level(text, level)
