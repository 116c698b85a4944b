"""A far division heard by its sound in everyday words (人不 as 仁布, 不认识 as 怀仁市).

Callers say what happened in words that sound like the names of divisions far away: 老人不行了
holds 人不 (rén bù, 西藏's 仁布县) and 人不行 (仁布县), 孩子叫撞了 holds 叫撞 (焦庄, 西平's
焦庄乡), 我不认识这 holds 不认识 (山西's 怀仁市). Heard only by their sound, such words name no
place: a word of speech (a pronoun, 人, a particle), a negation (不, 没) or a word of the passive
(叫, 被, 让, 给) stands where the name has another character. A division outside the centre's
area read that way is dropped, so it neither comes first nor takes a place of the centre's area
said beside it into a question. Said by its own characters (西藏仁布县, 西平县焦庄乡) it is read
as before, and so is a sound-alike of a division of the centre's area (新正市 for 新郑市).
"""

from __future__ import annotations

from collections.abc import Sequence

from gazetteer._index import NameIndex
from gazetteer._match import Mention, Utterance, units_said
from gazetteer._names_inside_a_name import SPEECH

# Readings by sound, and by a loose likeness of sound and writing (人不行 as 仁布县): the words
# heard as the name, unit for unit.
_BY_SOUND = frozenset({"pinyin", "sound", "fuzzy"})
# Words of speech no name is heard in: those of SPEECH, negations and the passive's words.
_EVERYDAY = SPEECH | frozenset("不没叫被让给")
_DIVISIONS = frozenset({"city", "district", "town"})


def far_divisions_heard_in_speech(
    index: NameIndex, read: Sequence[Utterance], mentions: Sequence[Mention], codes: Sequence[str]
) -> list[Mention]:
    """The mentions without a division outside the centre's area heard by sound in words of
    speech: a word of _EVERYDAY said where the name has another character (人不 as 仁布)."""
    prefixes = tuple(codes)
    if not prefixes:
        return list(mentions)

    def far_division(term: int) -> bool:
        links = index.links(term)
        return bool(links) and all(
            index.places.kind(link.place) in _DIVISIONS
            and not index.in_divisions(link.place, prefixes)
            for link in links
        )

    def heard_in_speech(mention: Mention) -> bool:
        if mention.how not in _BY_SOUND:
            return False
        heard = units_said(read[mention.utterance], mention.start, mention.end, written_only=True)
        if len(heard) != mention.end - mention.start:
            return False  # typed pinyin or a unit of several characters: not words heard
        name = str(index.terms[mention.term])
        if len(name) != len(heard):
            return False
        said_otherwise = any(h in _EVERYDAY and h != n for h, n in zip(heard, name, strict=True))
        return said_otherwise and far_division(mention.term)

    return [m for m in mentions if not heard_in_speech(m)]
