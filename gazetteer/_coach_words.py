"""A coach station said by the coach word callers use, 长途 or 长途汽车, before its side and 站
(长途北站, 长途汽车南站, 郑汴路那个长途东站): the coach station held as 客运 and that side and 站
(客运北站), not the railway station of the side (郑州北站, 郑州东站).

The data names 郑州's four coach stations 客运东站, 客运南站 and so on, and holds 郑州长途汽车X站
for some of them only. Read as said, 长途东站 was heard as the railway's 郑州东站 (东站), and a
name of four characters held for it would be heard in other words that sound alike (港区南站).
The words are read as the 客运 name when the data holds a station of it; 汽车 alone is not
rewritten (中牟汽车东站 is a county's station by that name).

A county or city said right before 长途 (中牟长途东站, 开封长途西站) names its own station: the
words are read as that place's station of the side where the data holds one under 汽车 or 客运
(中牟汽车东站, 开封汽车西站), and as said where it holds none — never as 郑州's, which would read
郑州's 客运东站 back to a caller at a county's station.

>>> _COACH_SIDE.sub("客运\\\\2站", "长途汽车北站")
'客运北站'
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex
from gazetteer._normalise import normalise_text

_COACH_SIDE = re.compile("(长途汽车|长途)([东西南北])站")
_STATION = "station"
_DIVISIONS = ("city", "district")
# The coach words a county's or city's station is held under after its name (开封汽车西站,
# 登封客运西站, 上街长途汽车站).
_COACH_WORDS = ("汽车", "客运", "长途汽车")


def coach_stations_said(index: NameIndex, text: str) -> str:
    """The utterance with 长途X站 and 长途汽车X站 read as the held 客运X站; otherwise as said."""
    said = normalise_text(text)
    if not _COACH_SIDE.search(said):
        return text
    changed = False

    def held(found: re.Match[str]) -> str:
        nonlocal changed
        side = found.group(2)
        before = said[: found.start()]
        for length in (4, 3, 2):
            if len(before) < length:
                continue
            owner = before[-length:]
            for word in _COACH_WORDS:
                if index.holds_name(f"{owner}{word}{side}站", (_STATION,)):
                    changed = True
                    return f"{word}{side}站"
            if index.holds_name(owner, _DIVISIONS) and not index.holds_name(
                f"{owner}客运{side}站", (_STATION,)
            ):
                return found.group(0)
        name = f"客运{side}站"
        if index.holds_name(name, (_STATION,)):
            changed = True
            return name
        return found.group(0)

    out = _COACH_SIDE.sub(held, said)
    return out if changed else text
