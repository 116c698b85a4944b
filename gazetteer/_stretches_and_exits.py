"""A town or village said as the stretch or the exit of a road the data does not hold (310国道
回郭镇那段, 省道广武那一截, 郑登快速路超化出口, 葛岗出口那): the caller is on the road where it
passes the town, or at the exit named after it.

The data holds no 国道, 省道 or expressway out in the counties, and holds a town at its seat,
kilometres from where a national road or an exit passes it; no id stands for the spot. Read back,
the town would send the ambulance into it; it is offered, and the call-taker asks where on the
road. Said as where the caller is, with the road as a mark beside it (郭店镇，107国道边上), as an
area (大冶镇那一片) or with a street of it (告成镇街上), the town is read back as before; a road
the data holds said with its exit (京广快速路南三环出口) is that road's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import Mention, Utterance, units_said
from gazetteer._normalise import normalise_text

# Kinds a road's stretch or exit is named by: a town, a village, a county.
_NAMERS = frozenset({"town", "village", "district"})
# What follows the name when it names a stretch of road (那段, 那一截) or an exit of one (出口,
# 收费站), with the level word the caller may add (回郭镇那段) before it.
_STRETCH_OR_EXIT = re.compile(
    "^(?:镇|乡|县|村)?(?:"
    "(?:那|这)?一?(?:段|截)"
    "|的?(?:出口|入口|收费站|下站口|下道口|高速口|互通|匝道)"
    ")"
)


def division_said_as_a_roads_stretch(
    index: NameIndex,
    utterances: Sequence[str],
    read: Sequence[Utterance],
    mentions: Sequence[Mention],
    place: int,
    sure: float,
) -> bool:
    """Whether `place`, a town, village or county, was said for sure only as naming a stretch
    of road or an exit (回郭镇那段, 超化出口): the caller is on the road by it, not in it.

    >>> bool(_STRETCH_OR_EXIT.match("那段 加油站往东")), bool(_STRETCH_OR_EXIT.match("出口下来"))
    (True, True)
    >>> bool(_STRETCH_OR_EXIT.match("镇那一截")), bool(_STRETCH_OR_EXIT.match("收费站"))
    (True, True)
    >>> bool(_STRETCH_OR_EXIT.match("那一片")), bool(_STRETCH_OR_EXIT.match("街上"))
    (False, False)
    """
    if index.places.kind(place) not in _NAMERS:
        return False
    found = False
    for m in mentions:
        if m.quality < sure or m.utterance >= len(utterances):
            continue
        if not any(link.place == place and link.weight >= NAMES for link in index.links(m.term)):
            continue
        said = units_said(read[m.utterance], m.start, m.end, written_only=True)
        text = normalise_text(utterances[m.utterance])
        at = text.find(said) if said else -1
        while at >= 0:
            # Said once as where the caller is (竖岗镇，竖岗出口往北的村): that reading stands.
            if _STRETCH_OR_EXIT.match(text[at + len(said) :]) is None:
                return False
            found = True
            at = text.find(said, at + 1)
    return found
