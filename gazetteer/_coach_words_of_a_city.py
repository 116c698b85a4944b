"""A city's or county's coach station of a side said with coach words the data holds it under in
another form (开封客运西站, 中牟客运东站, 中牟汽车客运东站).

Travellers name a coach station by its city, its side and whichever coach words they know: 汽车,
客运, 汽车客运, 长途汽车. The data holds each station under the forms its pages give (开封汽车西站,
中牟汽车东站); said in another form, the words were read as another station of them — 郑州's
客运西站 or 客运东站, read back to a caller at 中牟's. When the name said is not held and the same
place's station of that side is held under other coach words, the words are read in the held
form. A name held as said (郑州客运北站, 登封汽车西站) stays as said. A centre station
(郑州汽车客运中心站) is left as said: the sets map it both as 郑州长途汽车中心站 and as a station
not held.

>>> _COACH_STATION.search("开封客运西站").groups()
('客运', '西')
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex
from gazetteer._normalise import normalise_text

_COACH_STATION = re.compile("(汽车客运|长途汽车|长途客运|客运|汽车)([东西南北])站")
# The coach words a station may be held under after its city's or county's name.
_HELD_WORDS = ("汽车", "客运", "汽车客运", "长途汽车")
_STATION = "station"
_LONGEST_OWNER = 4
_SHORTEST_OWNER = 2


def coach_words_of_a_city_said(index: NameIndex, text: str) -> str:
    """The utterance with a city's coach station read in the form the data holds it under;
    otherwise as said.

    开封客运西站 → 开封汽车西站; 郑州客运北站 stays as said.
    """
    if "站" not in text:
        return text
    said = normalise_text(text)
    if not _COACH_STATION.search(said):
        return text
    changed = False

    def held(found: re.Match[str]) -> str:
        nonlocal changed
        words, side = found.groups()
        before = said[: found.start()]
        for length in range(_LONGEST_OWNER, _SHORTEST_OWNER - 1, -1):
            if len(before) < length:
                continue
            owner = before[-length:]
            if index.holds_name(f"{owner}{words}{side}站", (_STATION,)):
                return found.group(0)
            for other in _HELD_WORDS:
                if other != words and index.holds_name(f"{owner}{other}{side}站", (_STATION,)):
                    changed = True
                    return f"{other}{side}站"
        return found.group(0)

    out = _COACH_STATION.sub(held, said)
    return out if changed else text
