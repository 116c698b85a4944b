"""Second review of the pain families learned from the fifty-fifth blind set: where they reached
too far (an ache heard as a fit, a strain said so heard as the aorta, a heartburn heard as a
fever) and where they fell short (a period said 月事, the means said beside her, a torn spine said
otherwise, a toothache that spreads to the arm said 膀子) — in other words than any line of bench/.
"""

from __future__ import annotations

import pytest

from .triage_levels import assert_level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # An ache said like a cramp: no fit.
        ("他浑身都在抽筋似的酸痛，搬了一天砖", "not critical"),
    ],
)
def test_an_ache_said_like_a_cramp_is_no_fit(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A strain said so: a muscle, not the aorta.
        ("抬水泥闪着腰了，后腰像撕开似的疼，医生说是拉伤", "not critical"),
        # The spine said torn in two: the aorta.
        ("俺姥爷说后脊梁骨像叫人劈开了一样疼，撕成两半那种", "critical"),
    ],
)
def test_a_tearing_spine_is_the_aorta_unless_a_strain_said_so(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A period said 月事, a belly pain, a faint.
        ("她月事晚了半个月，肚子疼，刚才在屋里晕倒了", "critical"),
        # The means said beside her, a threat said.
        ("她哭着说死了算了，剪刀就在她旁边", "critical"),
    ],
)
def test_a_late_period_and_means_said_otherwise(text: str, level: str) -> None:
    assert_level(text, level)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # A toothache said whole, then the arm said 膀子, with a cold sweat.
        ("俺老伴儿牙疼，这会儿左边膀子也疼，出了一头冷汗", "critical"),
        # A heartburn said 火烧火燎 alone: routine.
        ("吃了顿麻辣烫，胃里火烧火燎的，别的都好", "routine"),
    ],
)
def test_a_toothache_spreading_to_the_arm_and_a_heartburn(text: str, level: str) -> None:
    assert_level(text, level)
