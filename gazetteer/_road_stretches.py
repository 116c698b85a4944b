"""A road's stretch said by its side (龙湖外环路东边那段, 众意路西段, 紫荆山路南头) that the data
holds under the side's own name (龙湖外环东路, 众意西路, 紫荆山南路).

Roads of 郑州 and 开封 run on past a crossing under a name with a side in it (农业路 and 农业东路,
建设路 and 建设西路), and callers who do not know the name say the road they know and which end of
it. Read as said, 东边 and 那段 made the road a reference to a stretch of itself, and a short name
inside it (龙湖, a district of 汕头) was left to say where the caller is. Said with its stretch
word (段, 截, 头), the side names the stretch: the words are read as that stretch's name when the
data holds a road of it. A side said without one (农业路路东, 金水路东边) is which side of the
road, or what lies east of it, and stays as said; so does a side the data holds no road of
(花园路北段). Nor is a section said in an address, with its house number after it
(金水路东段56号, 建设路西段100号): addresses number a road by its sections, so it is the road
said.
"""

from __future__ import annotations

import re

from gazetteer._index import NAMES, NameIndex
from gazetteer._normalise import normalise_text

# The road's word, the side, and the stretch word (东段, 东边那段, 西头, 南半截, 北边那一截).
_SIDE_STRETCH = re.compile("(路|街|大道)的?([东西南北])(?:边|面|半)?(?:那|这)?一?(?:段|截|头)儿?")
_HAN = re.compile("[\u4e00-\u9fff]")
# A house number right after the stretch (东段56号): addresses number a road by its sections
# (北环路东段10号, 自由路西段58号), so the section is of the road said.
_HOUSE_NUMBER_AFTER = re.compile("[0-9零〇一二两三四五六七八九十百千]+号")
# How many characters a road's name may have before its road word (龙湖外环).
_LONGEST_STEM = 6
_SHORTEST_STEM = 2


def road_stretches_said(index: NameIndex, text: str) -> str:
    """The utterance with a road's side stretch read as the held road of that side; otherwise
    as said.

    龙湖外环路东边那段 → 龙湖外环东路 where 龙湖外环东路 is held; 农业路路东 stays as said.
    """
    said = normalise_text(text)
    if not _SIDE_STRETCH.search(said):
        return text
    out: list[str] = []
    done = 0
    for found in _SIDE_STRETCH.finditer(said):
        start = found.start()
        if start < done:
            continue
        road_word, side = found.group(1), found.group(2)
        if _HOUSE_NUMBER_AFTER.match(said, found.end()):
            continue  # 金水路东段56号: an address's section of the road said, not 金水东路
        for length in range(_LONGEST_STEM, _SHORTEST_STEM - 1, -1):
            stem = said[start - length : start] if start >= length else ""
            if len(stem) != length or not all(_HAN.match(c) for c in stem):
                continue
            if _a_road(index, stem + side + road_word):
                out.append(said[done : start - length])
                out.append(stem + side + road_word)
                done = found.end()
                break
    if not out:
        return text
    out.append(said[done:])
    return "".join(out)


def _a_road(index: NameIndex, words: str) -> bool:
    return index.holds_name(words, ("road",))


# Which stretch of a road a division said after it names (新郑这段, 登封那一截).
_STRETCH_AFTER = ("那一段", "这一段", "那段", "这段", "那一截", "这一截")
_DIVISION_KINDS = frozenset({"city", "district"})
# How long a county's adcode prefix is (410184 for 新郑市).
_COUNTY_PREFIX = 6


def a_county_saying_which_road(
    index: NameIndex, text: str, words: str, division_term: int, road_terms: list[int]
) -> bool:
    """Whether words said with a stretch word after a road (解放路，新郑这段) are a county that
    holds a road of the name said, when another county holds one too: they say which of the
    roads, not a place on it. Not a county a road runs through that holds none of its name
    (郑上路，荥阳那一段: where along it)."""
    said = normalise_text(text)
    if not any(words + cue in said for cue in _STRETCH_AFTER):
        return False
    counties = {
        prefix
        for link in index.links(division_term)
        if link.weight >= NAMES
        and index.places.kind(link.place) in _DIVISION_KINDS
        and len(prefix := index.division_prefix.get(link.place, "")) >= _COUNTY_PREFIX
    }
    if not counties:
        return False
    for term in road_terms:
        roads = [
            link.place
            for link in index.links(term)
            if link.weight >= NAMES and index.places.kind(link.place) == "road"
        ]
        inside = [r for r in roads if index.in_divisions(r, tuple(counties))]
        if inside and len(inside) < len(roads):
            return True
    return False
