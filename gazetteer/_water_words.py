"""The words a caller says at a water's edge, one list for every reading of a water: a river or
canal said first as where the caller is (`_waters_said`) and a town named after its water said
by its short name (`_misreadings`). Kept here so that an edge word learned for one reading holds
for the others."""

from __future__ import annotations

# An edge, bank or dyke said as where on the water the caller is (贾鲁河边上, 米河岸边).
EDGES = ("边上", "边儿", "岸边", "岸上", "沿上", "沿儿", "堤上", "坝上")
# A side of the water (熊耳河北岸, 雁鸣湖南侧, 东风渠西沿).
SIDES = tuple(side + word for side in "东西南北" for word in ("边", "岸", "侧", "沿"))
# Near the water, with no side said (金水河跟前).
NEARBY = ("跟前", "旁边")
# Under, on or at the end of a bridge over it (金水河桥上).
BRIDGE = ("桥上", "桥下", "桥头", "桥底下")
# A part of a site at a lake or river (雁鸣湖那个码头, 停车场).
SITE_PARTS = ("码头", "停车场", "观景台", "栈道", "游船")


def alternatives(words: tuple[str, ...]) -> str:
    """`words` as one regular-expression alternation, the longest first.

    >>> alternatives(("边", "边上"))
    '边上|边'
    """
    return "|".join(sorted(set(words), key=lambda word: (-len(word), word)))
