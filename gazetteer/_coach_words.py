"""A coach station said by the coach word callers use, 长途 or 长途汽车, before its side and 站
(长途北站, 长途汽车南站, 郑汴路那个长途东站): the coach station held as 客运 and that side and 站
(客运北站), not the railway station of the side (郑州北站, 郑州东站).

The data names 郑州's four coach stations 客运东站, 客运南站 and so on, and holds 郑州长途汽车X站
for some of them only. Read as said, 长途东站 was heard as the railway's 郑州东站 (东站), and a
name of four characters held for it would be heard in other words that sound alike (港区南站).
The words are read as the 客运 name when the data holds a station of it; 汽车 alone is not
rewritten (中牟汽车东站 is a county's station by that name).

>>> _COACH_SIDE.sub("客运\\\\2站", "长途汽车北站")
'客运北站'
"""

from __future__ import annotations

import re

from gazetteer._index import NAMES, NameIndex
from gazetteer._normalise import normalise_text

_COACH_SIDE = re.compile("(长途汽车|长途)([东西南北])站")
_STATION = "station"


def coach_stations_said(index: NameIndex, text: str) -> str:
    """The utterance with 长途X站 and 长途汽车X站 read as the held 客运X站; otherwise as said."""
    said = normalise_text(text)
    if not _COACH_SIDE.search(said):
        return text
    changed = False

    def held(found: re.Match[str]) -> str:
        nonlocal changed
        name = f"客运{found.group(2)}站"
        (term,) = index.term_ids([name])
        if term is not None and any(
            link.weight >= NAMES and index.places.kind(link.place) == _STATION
            for link in index.links(term)
        ):
            changed = True
            return name
        return found.group(0)

    out = _COACH_SIDE.sub(held, said)
    return out if changed else text
