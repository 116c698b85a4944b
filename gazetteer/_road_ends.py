"""Names read across the end of a road said in full (铭功|路南 头 as 唐山's 路南区, 文化|路北 段 as
路北区): the road's last character is the road's, and the words after it say which part of
the road, not another place."""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._context import roads_said_exactly
from gazetteer._index import NameIndex
from gazetteer._match import Mention


def drop_names_across_a_roads_end(index: NameIndex, mentions: Sequence[Mention]) -> list[Mention]:
    """Drop a name said exactly that starts inside a held road's name said exactly and runs
    on past its end: the caller said the road, then words of their own."""
    roads = roads_said_exactly(index, mentions)
    if not roads:
        return list(mentions)

    def across(mention: Mention) -> bool:
        return mention.how == "exact" and any(
            road.utterance == mention.utterance
            and road.start < mention.start < road.end < mention.end
            for road in roads
        )

    return [m for m in mentions if not across(m)]
