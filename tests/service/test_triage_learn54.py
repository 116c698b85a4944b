"""Triage word families learned from the fifty-fourth blind set's misses (sport, exercise and
play) — each said here in other words than any line of bench/, with near-misses that must keep
their level.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Gone over an edge said 下去, the height said in metres: a long fall.
        ("他从河堤边上摔下去了，有五六米高", "critical"),
        ("工人从料仓边上跌下去了，得有七米高", "critical"),
        # Off a bike down a slope with a graze only.
        ("骑车下坡摔下去了，擦破点皮", "routine"),
    ],
)
def test_a_fall_over_an_edge_from_a_height_said_is_critical(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Found floating face down or back up, no drowning said.
        ("水塘里有个人背朝上漂着", "critical"),
        # A cough after a mouthful of water is over.
        ("游泳呛了两口水，咳完就好了", "not critical"),
    ],
)
def test_a_body_floating_face_down_is_a_drowning(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A flow denied for a spurt said after it, in one breath.
        ("血不是流的是往外滋的", "critical"),
        # A spurt denied for an ooze.
        ("血不是喷的是渗的，按一会儿就好了", "not critical"),
    ],
)
def test_blood_said_spurting_after_a_not_is_a_haemorrhage(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A sting, hives all over, then the breath heard.
        ("马蜂蛰了脸，浑身起红疙瘩，出气呼哧呼哧的", "critical"),
        # A sleeper's snore is no noisy breath.
        ("出气儿呼噜呼噜的，睡着了打呼噜", "not urgent"),
    ],
)
def test_a_sting_with_hives_and_a_noisy_breath_is_anaphylaxis(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A dumbbell is no 被压; the instep's 面 is no face; a trodden foot's bruise.
        ("被哑铃磕了一下脚面，有点青，能走", "routine"),
        ("他打羽毛球被人杵了一下脚面，有点青，走路没事", "routine"),
        ("拔河时候叫人踩了脚背，有点青", "routine"),
        # A ball in play, not a load.
        ("打排球叫球打了一下胳膊，有点红，能动", "routine"),
        ("被足球砸了一下后背，不疼了", "routine"),
        # A face gone blue with no answer stays.
        ("孩子脸有点青，喊不应", "critical"),
    ],
)
def test_a_light_knock_in_play_is_minor(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A defibrillator to be fitted, a lesson in the chest press asked for.
        ("俺单位想配台除颤器，问问咋申请", "unknown"),
        ("想请恁派个人来学校教教怎么做按胸口", "unknown"),
        # Someone down now.
        ("快来人教教咋按胸口，人没气了", "critical"),
    ],
)
def test_a_question_about_training_says_nothing_of_a_patient(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A fracture already operated on, a ride booked.
        ("骨折做完手术一周了，明天想转回县医院", "routine"),
        # Not yet operated on, in pain.
        ("骨折了，还没做手术，疼得厉害", "urgent"),
    ],
)
def test_a_fracture_operated_on_is_a_booked_transfer(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The head hit by a thing said 打到, 打住; a limb's stretch crooked.
        ("让风筝线轴打到脑袋了，吐了一回", "urgent"),
        ("踢球被绊了，大腿那一截看着都歪了", "urgent"),
    ],
)
def test_a_head_hit_or_a_crooked_limb_in_play_is_sent(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # The legs or a calf cramping after sport.
        ("跑完一千米两条腿一直抽，走不了道，还吐了两回", "urgent"),
        ("游完泳小腿肚子抽了一下，揉揉好了", "routine"),
        # With a high fever and no answer the legs' 抽 is a fit.
        ("孩子发高烧，两条腿一直抽，叫不应", "critical"),
    ],
)
def test_legs_cramping_after_sport_is_no_fit(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Sore all over said with 全身, a back or a joint a little stiff or not right after sport.
        ("打完篮球全身酸疼，歇歇能好不", "routine"),
        ("跳完广场舞腰有点发僵", "routine"),
        ("打羽毛球回来胳膊肘不得劲，能动", "routine"),
        ("跑完步膝盖有点不舒坦", "routine"),
        # A leg gone weak all at once with the speech: a stroke.
        ("突然左腿不得劲，说话不利索", "critical"),
    ],
)
def test_everyday_soreness_after_sport_is_routine(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A sting swollen only where it stung; a pool's smell in the eyes.
        ("被马蜂蜇了一下胳膊，就那块肿，啥事没有", "routine"),
        ("游泳池消毒水味道太冲，眼睛有点涩", "routine"),
        # A cleaner splashed into the eye stays sent.
        ("消毒液溅到眼睛里了", "urgent"),
    ],
)
def test_a_local_sting_or_a_pools_smell_is_routine(text: str, level: str) -> None:
    assert_level(text, level)
