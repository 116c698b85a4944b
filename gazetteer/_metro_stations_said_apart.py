"""A metro station said by its bare name apart from 地铁 (地铁站，牌子上写的燕庄; 站名叫常庄).

People who do not know the place read the station's name off its sign (牌子上写的, 站名叫) and
say 地铁 or 地铁站 in another clause. The data holds the station as 燕庄站 and 燕庄地铁站, and the
bare name (燕庄) was read only as a far town that sounds like it (嵩县's 闫庄镇) or as nothing.
When 地铁 is said, a name read off a sign that with 地铁站 is a station of the centre's area, and
alone names none of its places, is read as that station. Said without 地铁 (燕庄，原来的城中村)
or with no word of a sign before it (关虎屯那片，地铁口往东: the village by the station may be
meant), with its station word (燕庄站) or as part of a longer name (祭城路), or naming a place
of the area by itself (人民公园), it stays as said; a village, 社区 or 街道 of the station's bare
name does not keep it when a word says the name is the station's (站名是站马屯, 报站报的是大石桥).

>>> _NAME_SIZES
(5, 4, 3, 2)
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._normalise import normalise_text

_METRO = "地铁"
_STATION_WORD = "地铁站"
# How long a station's bare name may be (黄河迎宾馆, 南五里堡, 燕庄).
_NAME_SIZES = (5, 4, 3, 2)
_STATION = ("station",)
# What may follow a bare name said as the station: the end, a pause, a particle or a pointing word
# (燕庄，A口; 到南五里堡了; 兰寨那), or 口 (兰寨口).
_AFTER_A_NAME = frozenset({"", " ", "了", "那", "这", "的", "口"})
# Words before the name that say it was read off the station's sign or is the station's name
# (牌子上写的燕庄, 站牌上是花寨, 站名叫常庄, 这站叫沙窝李, 指示牌上是凤凰台, 标着西周, 报站报的是).
_SIGN_CUES = (
    "牌子",
    "站牌",
    "站名",
    "站叫",
    "写的",
    "写着",
    "指示牌",
    "标着",
    "标的",
    "屏幕",
    "报站",
)
# Of those, the words that say the name is the station's own (站名是站马屯, 报站报的是大石桥): the
# station is meant even where a village, 社区 or 街道 of the area has the bare name.
_STATION_CUES = ("站牌", "站名", "站叫", "指示牌", "屏幕", "报站")
# Places whose bare name a station's own name said after such a word does not mean.
_SETTLEMENTS = frozenset({"town", "village"})


def metro_stations_said_apart(index: NameIndex, text: str, codes: Sequence[str]) -> str:
    """The utterance with 地铁站 put after a metro station's bare name read off its sign when
    地铁 is said apart from it; otherwise as said.

    地铁站 牌子上写的燕庄 → 地铁站 牌子上写的燕庄地铁站 (郑州).
    """
    prefixes = tuple(codes)
    if _METRO not in text or not prefixes:
        return text
    said = normalise_text(text)
    out: list[str] = []
    k = 0
    while k < len(said):
        name = next(
            (
                said[k : k + size]
                for size in _NAME_SIZES
                if k + size <= len(said) and _bare_name(index, said, k, size, prefixes)
            ),
            "",
        )
        if name:
            out.append(name + _STATION_WORD)
            k += len(name)
        else:
            out.append(said[k])
            k += 1
    changed = "".join(out)
    return changed if changed != said else text


def _bare_name(
    index: NameIndex, said: str, start: int, size: int, prefixes: tuple[str, ...]
) -> bool:
    """Whether the words from `start` are a metro station's name of the area said bare."""
    name = said[start : start + size]
    if _METRO in name or not all("\u4e00" <= c <= "\u9fff" for c in name):
        return False
    if said[start + size : start + size + 1] not in _AFTER_A_NAME:
        return False  # said with its station word (燕庄站) or as part of a longer name (祭城路)
    if not index.holds_name(name + _STATION_WORD, _STATION, prefixes):
        return False
    before = said[:start]
    if not any(cue in before for cue in _SIGN_CUES):
        return False  # not read off a sign (关虎屯那片，地铁口往东: the village by the station)
    (term,) = index.term_ids([name])
    if term is None:
        return True
    own = any(cue in before for cue in _STATION_CUES)
    return not any(
        index.in_divisions(link.place, prefixes)
        and not (own and index.places.kind(link.place) in _SETTLEMENTS)
        for link in index.links(term)
    )
