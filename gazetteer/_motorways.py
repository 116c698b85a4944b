"""A caller on a motorway (京港澳高速, 连霍高速 郑州段, 高速上): the data holds no motorway, so
what they name along it (a town, a city's stretch) is where the stretch is, not where they are.

A town read back (新郑 薛店 那一段 → 薛店镇) would send the ambulance into the town, kilometres
from the carriageway; it is offered and the call-taker asks where on the motorway. Off it (下了
高速, 出了高速, 从高速上下来), beside or under it (挨着高速的村, 高速桥底下) or come by it (走高速
过来的, 坐高速大巴) the caller is in the place they name, read back as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._normalise import normalise_text

# A motorway by its name (京港澳高速, 连霍高速公路), or the caller on one (高速上); not a
# railway's 高速 (高速铁路, 高速列车).
_ON_A_MOTORWAY = re.compile(r"(?:[\u4e00-\u9fff]{2,4}|^|[在上了])高速(?!铁路|列车|动车)")
# Off the motorway, or at its end: where the caller says they are is a place again. So is a
# place beside or under it (挨着高速那个村, 高速桥底下, 高速路边上) and a place reached by it
# (走高速过来的, 坐高速大巴): the caller is not on the carriageway.
_OFF_A_MOTORWAY = re.compile(
    "[下出]了?高速"
    "|高速(?:公路|路)?(?:上|口|出口|路口)?下来"
    "|(?:挨着|靠着|紧挨着|挨)高速"
    "|高速(?:公路|路)?(?:桥|大桥|桥洞|涵洞)?"
    "(?:底下|下面|下边|旁边|边上|跟前|附近|对面|对过|[东南西北][边面])"
    "|(?:走|坐)(?:的|了)?高速(?:公路|路)?(?:过来|回来|来的|到的)"
    "|高速(?:大巴|客车|巴士|班车)"
)


def on_a_motorway(utterances: Sequence[str]) -> bool:
    """Whether the caller says they are on a motorway, and not that they have left it, are
    beside or under it, or came by it. Read on the words as said, with the cues a name's
    reading leaves out (旁边, 附近) and without the spaces speech-to-text types.

    >>> on_a_motorway(["京港澳高速 往南 新郑 薛店 那一段"]), on_a_motorway(["高速上 服务区"])
    (True, True)
    >>> on_a_motorway(["下了高速 中牟 官渡镇"]), on_a_motorway(["坐高速列车到郑州"])
    (False, False)
    >>> on_a_motorway(["高速 旁边 官渡镇 十里铺村"]), on_a_motorway(["俺们 走高速 过来的"])
    (False, False)
    """
    said = ["".join(normalise_text(u).split()) for u in utterances]
    if any(_OFF_A_MOTORWAY.search(words) for words in said):
        return False
    return any(_ON_A_MOTORWAY.search(words) for words in said)
