"""A water, road or bridge counted by its measure word (那条河, 这条渠沿上, 那座桥): 条 and 座
after 那, 这, 哪 or 一 are the measure word, never the first character of a place's name (永城's
条河镇 in 那条河边上), and the water's kind counted so (那条河堤上) does not begin one (睢县's
河堤乡). Its own module: the words before a mention, not its own, decide it."""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._match import Mention, Utterance, written_units

_MEASURE_WORDS = frozenset("条座")
_POINTING = frozenset("那这哪一")
# The kind of a water counted (那条河, 这条渠): a road's name may follow 那条 (那条文化路), a
# water's kind begins no name there.
_WATER_KINDS = frozenset("河渠沟")


def without_names_from_a_measure_word(
    read: Sequence[Utterance], mentions: Sequence[Mention]
) -> list[Mention]:
    """The mentions but those whose words begin with a measure word said after a word that
    points or counts (那条河 read as 条河镇), or with the kind of a water counted so (那条河堤上
    read as 河堤乡). Said without it (永城条河镇), the name stands.

    >>> from gazetteer._match import Segment
    >>> said = Utterance("公园北边那条河边", (Segment(0, tuple("公园北边那条河边"), (), True),), 8)
    >>> river = Mention(0, 5, 7, 0, 1.0, "exact")
    >>> without_names_from_a_measure_word([said], [river])
    []
    >>> town = Utterance("永城条河镇", (Segment(0, tuple("永城条河镇"), (), True),), 5)
    >>> len(without_names_from_a_measure_word([town], [Mention(0, 2, 5, 0, 1.0, "exact")]))
    1
    """
    units = [written_units(utterance) for utterance in read]

    def counted(m: Mention) -> bool:
        said = units[m.utterance]
        if said.get(m.start) in _MEASURE_WORDS and said.get(m.start - 1) in _POINTING:
            return True
        return (
            said.get(m.start) in _WATER_KINDS
            and said.get(m.start - 1) in _MEASURE_WORDS
            and said.get(m.start - 2) in _POINTING
        )

    return [m for m in mentions if not counted(m)]
