"""The county hospital as callers say it: "X县医院" (or short, "X县医") is the county's 人民医院.

A county's people call its 人民医院 the 县医院 (中牟县医院, 杞县医院); the words are read as that
hospital, and no longer as another whose name they come near (X县中医院 short of 中).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, written_matches

# "X县医院" is what a county's people call its 人民医院 (中牟县医院, 杞县医院), never its
# 中医院, which they name as such: the 县医院 is not a 中医院 that lost a character.
# Said short, 县医 (尉氏县医 住院部) is the same hospital, when the words stop there or go on
# to a part of it or where the caller is by it (住院部, 急诊, 东门, 骨科, 这, 对面). Words of
# medicine go on from 县医 to much that is no hospital (县医保局, 县医疗集团, 县医共体, 县医联体,
# 县医管局, 县医改办, 县医护人员): only what a hospital has or where one stands is read, or a
# pause (巩义市医，老人晕了; 门口 is taken out as filler, 巩义市医门口 is 县医 and a pause).
_COUNTY_HOSPITAL = re.compile("(县|市)医(院)?")
_SHORT_THEN = re.compile(
    "$|[东西南北正后侧大小]?门|急诊|门诊|住院|病房|手术|产房|[内外妇儿骨眼]科"
    "|院区|新区|老区|楼|[这那里的]|对面|旁边|附近|跟前|有人|快"
)
_PEOPLES = ("人民医院", "第一人民医院")
# As sure as a name said with a word of its own, a little below one said in full: the
# county's 人民医院 before a reading that takes the words for another hospital.
COUNTY_HOSPITAL = 0.95
_HOSPITAL_KINDS = frozenset({"hospital", "hospital_branch"})


def county_hospitals_said(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions with "X县医院" read as that county's 人民医院, and no longer as another
    hospital whose name the words come near (X县中医院 short of 中)."""
    found: list[Mention] = []
    for number, offset, words, said in written_matches(read, _COUNTY_HOSPITAL):
        if said.group(2) or _said_short(read[number].text, words, said):
            found += _peoples_hospital(index, number, offset, words, said)
    if not found:
        return list(mentions)
    hospitals = {link.place for m in found for link in index.links(m.term)}
    hospitals |= {k for h in list(hospitals) for k in index.children.get(h, ())}

    def another_hospital(mention: Mention) -> bool:
        links = index.links(mention.term)
        return (
            mention.how != "exact"
            and any(mention.overlaps(m) for m in found)
            and not any(link.place in hospitals for link in links)
            and all(index.places.kind(link.place) in _HOSPITAL_KINDS for link in links)
        )

    return [m for m in mentions if not another_hospital(m)] + found


def _said_short(text: str, words: str, said: re.Match[str]) -> bool:
    """Whether 县医 without 院 ends where the caller paused or goes on to a part of the
    hospital or where the caller is by it (住院部, 东门, 这), not to another word (县医共体).

    >>> import re
    >>> said = lambda t: _said_short(t, t.replace(" ", ""), re.search("(县|市)医(院)?", t))
    >>> said("巩义市医 老人晕了"), said("杞县医急诊"), said("兰考县医共体中心"), said("县医保局")
    (True, True, False, False)
    """
    if _SHORT_THEN.match(words, said.end()):
        return True
    # A pause after 县医 in the words as said, lost where the written words are joined.
    return (
        re.search(re.escape(words[max(0, said.start() - 4) : said.end()]) + "(?: |$)", text)
        is not None
    )


def _peoples_hospital(
    index: NameIndex, number: int, offset: int, words: str, said: re.Match[str]
) -> list[Mention]:
    level = said.group(1)
    for size in range(4, 0, -1):
        start = said.start() - size
        if start < 0:
            continue
        county = words[start : said.start()]
        names = [county + level + p for p in _PEOPLES]
        if level == "县":
            names += [county + p for p in _PEOPLES]
        for term in index.term_ids(names):
            if term is None:
                continue
            links = index.links(term)
            if not all(index.places.kind(link.place) == "hospital" for link in links):
                continue
            if level == "市" and not all(
                index.places.admin(link.place).district == county + level for link in links
            ):
                continue  # 郑州市医院 is no one hospital; a county-level city's is
            return [
                Mention(number, offset + start, offset + said.end(), term, COUNTY_HOSPITAL, "exact")
            ]
    return []
