"""Triage of two families the earlier learnings left open: a caller at the edge of a roof, a
bridge or a window speaking of themselves in pieces, with no wish or means said (a jumper on
the line, MPDS card 25); and a birth's head seen said across the pieces after the pains, or
with the Henan 瞅 — in other words than the probe's, with near-misses that keep their level.
"""

from __future__ import annotations

import pytest

from dispatch_intake.priority.service import load_priority_rules

from ..conftest import CONFIG_DIR

SHIPPED = load_priority_rules(CONFIG_DIR / "priority.toml")


def _level(*texts: str) -> str:
    return SHIPPED.assess(list(texts)).priority


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("我……现在……在……楼顶……边上……", "critical"),
        ("我……站在……天台……沿上……风……好大……", "critical"),
        ("我……在……立交桥……护栏……外边……", "critical"),
        ("我……坐在……屋顶……边……", "critical"),
        # Whole sentences from someone working there (a cut, at a cut's level), a home by a
        # bridge, a caller downstairs.
        ("楼顶边上有个师傅在装太阳能，手被划了个口子", "urgent"),
        ("我……家……住在……大桥……边上……那个……小区……", "unknown"),
        ("我……在……楼下……门口……等……", "unknown"),
        # At a roof's edge to hang the washing, in pieces for a turned ankle.
        ("我……在……楼顶……晾……衣服……脚……崴了……", "routine"),
    ],
)
def test_a_caller_at_an_edge_speaking_in_pieces(text: str, level: str) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("媳妇……疼了……一夜了……现在……能看见……头了……", "critical"),
        ("她肚子一阵一阵疼……刚才……看到……头了……", "critical"),
        ("俺闺女要生了，瞧见头了，来不及上医院", "critical"),
        ("羊水破了，能瞅见头了", "critical"),
        # The pains in pieces with no head seen; a bump seen on a child's head; paint seen in
        # someone's hair.
        ("她……怀孕……三十九周……肚子……一阵……一阵……疼……", "urgent"),
        ("孩子摔了一跤，我看到头上起了个包，哭得挺响，能跑能跳", "urgent"),
        ("瞅见他头发上沾了点漆，洗不掉", "unknown"),
    ],
)
def test_a_birth_head_seen_said_in_pieces_or_with_chou(text: str, level: str) -> None:
    assert _level(text) == level
