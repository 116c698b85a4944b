"""A place said first by its kind, then the road it stands on as where it is.

文庙西边那个台阶，东大街上 or 荥阳市中院，索河路那个 (中医院 heard short, or the court said), or a
care site said by its kind (透析中心，经三路上的; 大药房，解放大道那边; 康复中心，航海东路附近): the
caller is at the place, and the road only says where that is. When the place is not what is read
back, the road is not the answer either — the caller is not anywhere on it — so it is offered, not
read back. So is a store named, then the road said as which of its branches (居然之家，北三环那家).
A road said first (东大街，文庙旁边), or after a division or words that name no place
(金水区，丰产路上; 快来人啊，嵩山路上), is still where the caller is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance
from gazetteer._normalise import normalise_text
from gazetteer._offsets_said import words_of

# Words of a kind of site, or of a part of one, a caller names where they are by.
_SITE_KINDS = (
    "院",
    "台阶",
    "巷口",
    "门口",
    "后门",
    "小门",
    "诊所",
    "卫生",
    "服务站",
    "公寓",
    # care sites said by their kind (透析中心, 康复中心, 月子中心; 大药房; 口腔门诊; 医务室; 血站)
    "中心",
    "药房",
    "药店",
    "门诊",
    "医务室",
    "血站",
)
# What may follow the road in its own clause when it says where the place is.
_WHERE_AFTER = (
    "上那个",
    "上的",
    "那个",
    "上",
    "那边",
    "那块",
    "那儿",
    "那",
    "那里",
    "边上",
    "旁边",
    "附近",
    "上头",
)
# What follows a road said as which of a store's branches (北三环那家, 农业路这家店): the caller
# is at the store named before it, whatever its kind, not anywhere on the road.
_WHICH_BRANCH = ("那家", "这家", "那家店", "这家店")
# Where a clause ends, as said or once the words are normalised (a pause becomes a space).
_BREAK = re.compile("[\\s，,。；;…]|\\.\\.\\.")


def road_said_after_a_place(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    row: int,
    sure: float,
) -> bool:
    """Whether the road read back was said, in a clause of its own and as where something is
    (索河路那个, 东大街上), after a clause naming a site by its kind (荥阳市中院, 文庙西边那个
    台阶): the caller is at that site, not anywhere on the road."""
    if row < 0 or index.places.kind(row) != "road":
        return False
    for m in mentions:
        if m.quality < sure or m.how != "exact":
            continue
        if not any(link.place == row and link.weight >= NAMES for link in index.links(m.term)):
            continue
        text = normalise_text(utterances[m.utterance])
        said = words_of(read, m)
        at = text.find(said) if said else -1
        if at <= 0:
            continue
        before = text[:at]
        breaks = list(_BREAK.finditer(before))
        if not breaks or before[breaks[-1].end() :]:
            continue  # the road is not the start of its clause
        after = _BREAK.split(text[at + len(said) :], maxsplit=1)[0]
        if after in _WHICH_BRANCH and re.search("[\u4e00-\u9fff]", before):
            return True  # 居然之家，北三环那家: the store named first, the road says which one
        if after not in _WHERE_AFTER:
            continue
        if any(kind in before for kind in _SITE_KINDS):
            return True
    return False
