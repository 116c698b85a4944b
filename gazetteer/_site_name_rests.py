"""A site said by the rest of a name the data holds for it under one of its institution's names,
once the institution has been said another way: 郑州航院 … 大学路那个校区 is the campus held as
郑航大学路校区, 华北水利 … 老校区 the one held as 华水老校区. The rest names that campus of the
institution said, not another school's campus called 老校区, nor another campus of the same
institution whose gate road gives the same words (郑航's 北校区 on 大学路).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from gazetteer._index import NAMES, NameIndex
from gazetteer._match import HETERONYM, Mention
from gazetteer._normalise import normalise_text

_INSTITUTIONS = frozenset({"university", "hospital"})
_SITES = frozenset({"campus", "hospital_branch"})
# What a site's name ends with when the rest after the institution's name names the site (老校区,
# 大学路校区, 东院区, 南区); a rest that is only the word (校区) names no site of its own.
_SITE_WORDS = ("校区", "院区", "分院", "分校", "本部", "区")
# The end of an institution's name that is no name of it on its own (大学 of 郑州大学): a site
# name that starts with it (大学中路校区) does not start with the institution.
_KIND_ENDS = frozenset({"大学", "学院", "医院", "学校"})


def site_name_rest(site_name: str, institution_names: Iterable[str]) -> str | None:
    """The rest of a site's held name after a name of its institution, or a last part of one
    (农大 of 河南农大), when that rest is a site's kind of name (normalised).

    >>> site_name_rest("郑航大学路校区", ["郑州航空工业管理学院", "郑航"])
    '大学路校区'
    >>> site_name_rest("农大老校区", ["河南农业大学", "河南农大"])
    '老校区'
    >>> site_name_rest("大学中路校区", ["郑州大学"]), site_name_rest("河南大学开封", ["河南大学"])
    (None, None)
    >>> site_name_rest("华水校区", ["华水"])
    """
    best: str | None = None
    for name in institution_names:
        for start in range(len(name) - 1):
            head = name[start:]
            if head in _KIND_ENDS or not site_name.startswith(head):
                continue
            rest = site_name[len(head) :]
            if rest.endswith(_SITE_WORDS) and rest not in _SITE_WORDS:
                if best is None or len(rest) < len(best):
                    best = rest
    return best


def sites_said_by_a_rest(index: NameIndex, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions of an institution's site for words said apart from the institution that are
    the rest of a name held for the site (老校区 of 华水老校区), as that held name."""
    said: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.quality < HETERONYM or mention.how == "fuzzy":
            continue
        words = index.terms[mention.term]
        for link in index.links(mention.term):
            kind = index.places.kind(link.place)
            if kind in _INSTITUTIONS and link.weight >= NAMES:
                said.setdefault(link.place, []).append(mention)
            elif kind in _SITES and (institution := index.parent[link.place]) >= 0:
                # A site's name said short of its words (华水北环 of 华水北环路校区) still says
                # the institution when it starts with the institution's name.
                if link.weight >= NAMES or any(
                    words.startswith(name) for name in _names(index, institution)
                ):
                    said.setdefault(institution, []).append(mention)
    hints: list[Mention] = []
    for institution, naming in said.items():
        rests = _rests(index, institution)
        for mention in mentions:
            term = rests.get(index.terms[mention.term])
            if (
                term is None
                or mention.quality < HETERONYM
                or mention.how == "fuzzy"
                or all(_overlap(mention, other) for other in naming)
            ):
                continue
            hints.append(
                Mention(
                    mention.utterance, mention.start, mention.end, term, mention.quality, "hint"
                )
            )
    return hints


def _rests(index: NameIndex, institution: int) -> dict[str, int]:
    """The rests of the names held for an institution's sites, each with the term of the
    whole name it was taken from (大学路校区 → 郑航大学路校区)."""
    names = _names(index, institution)
    out: dict[str, int] = {}
    for site in index.children.get(institution, ()):
        if index.places.kind(site) not in _SITES:
            continue
        place = index.places[site]
        held = [normalise_text(n) for n in (place.name, *place.aliases)]
        for whole, term in zip(held, index.term_ids(held), strict=True):
            rest = site_name_rest(whole, names)
            if rest is None or term is None:
                continue
            if any(link.place != site for link in index.links(term)):
                continue
            out.setdefault(rest, term)
    return out


def _names(index: NameIndex, institution: int) -> list[str]:
    own = index.places[institution]
    return [normalise_text(n) for n in (own.name, *own.aliases)]


def _overlap(one: Mention, other: Mention) -> bool:
    return one.utterance == other.utterance and one.start < other.end and other.start < one.end
