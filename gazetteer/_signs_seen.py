"""A place whose sign the caller sees (看见碧沙岗的牌子了, 能看到鼓楼的招牌): in sight, not where
they are.

Callers who do not know where they are, on a road or passing through, say what they can see:
少林大道，看见塔沟武校的牌子了. The place named on the sign is near, a mark of where on the road
the caller is; read as said it came first, or was read back, over the road they said they are
on. Said with a road, the sign's place is read as one the caller is near (靠近碧沙岗), the way a
mark is said. A sign said of the place the caller is at (大相国寺，看见牌子了, 碧沙岗公园，牌子底下)
names nothing else, and a sign seen with no road said stays as said.

>>> _SEEN.sub(r"靠近\\g<place>", "建设路 看见碧沙岗的牌子了")
'建设路 靠近碧沙岗了'
"""

from __future__ import annotations

import re

from gazetteer._index import ROAD_WORDS
from gazetteer._normalise import normalise_text

# 看见 (能看见, 看到, 瞅见 …) a place's sign (牌子, 招牌, 广告牌, 指示牌, 大牌子).
_SEEN = re.compile(
    "(?:能|可以)?(?:看见|看到|看得见|看得到|瞅见|瞧见)"
    "(?P<place>[\u4e00-\u9fffa-z0-9]{2,12}?)的(?:大)?(?:牌子|招牌|广告牌|指示牌|标牌|牌匾)"
)
# A road said where the caller is (建设路, 中山路上, 在航海路上).
_ROAD = re.compile("[\u4e00-\u9fff]{2,}?(?:" + "|".join(ROAD_WORDS) + ")")


def signs_seen_said(text: str) -> str:
    """The utterance with a place whose sign is seen read as one the caller is near, when a
    road is said too; otherwise as said.

    建设路 看见碧沙岗的牌子了 → 建设路 靠近碧沙岗了; 看见塔沟武校的牌子了 stays as said.
    """
    if "见" not in text and "看到" not in text and "看得到" not in text:
        return text
    said = normalise_text(text)
    if not _SEEN.search(said):
        return text
    rest = _SEEN.sub(" ", said)
    if not _ROAD.search(rest):
        return text
    return _SEEN.sub(r"靠近\g<place>", said)
