"""A caller on a motorway (京港澳高速, 连霍高速 郑州段, 高速上): the data holds no motorway, so
what they name along it (a town, a city's stretch) is where the stretch is, not where they are.

A town read back (新郑 薛店 那一段 → 薛店镇) would send the ambulance into the town, kilometres
from the carriageway; it is offered and the call-taker asks where on the motorway. Off it (下了
高速, 出了高速) the caller is in the place they name, read back as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._match import Utterance, written_matches

# A motorway by its name (京港澳高速, 连霍高速公路), or the caller on one (高速上); not a
# railway's 高速 (高速铁路, 高速列车).
_ON_A_MOTORWAY = re.compile(r"(?:[\u4e00-\u9fff]{2,4}|^|[在上了])高速(?!铁路|列车|动车)")
# Off the motorway, or at its end: where the caller says they are is a place again.
_OFF_A_MOTORWAY = re.compile("[下出]了?高速|高速(?:公路)?(?:口|出口|路口)?下来")


def on_a_motorway(read: Sequence[Utterance]) -> bool:
    """Whether the caller says they are on a motorway, and not that they have left it.

    >>> from types import SimpleNamespace as S
    >>> def said(text): return [S(segments=(S(han=True, offset=0, units=tuple(text)),))]
    >>> on_a_motorway(said("京港澳高速往南新郑薛店那一段")), on_a_motorway(said("高速上服务区"))
    (True, True)
    >>> on_a_motorway(said("下了高速中牟官渡镇")), on_a_motorway(said("坐高速列车到郑州"))
    (False, False)
    """
    if any(written_matches(read, _OFF_A_MOTORWAY)):
        return False
    return any(written_matches(read, _ON_A_MOTORWAY))
