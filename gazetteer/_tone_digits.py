"""Typed pinyin with its tones written as digits (long2 ting2 gong1 yuan2, shao4lin2si4).

Pinyin keyboards, learners and visitors write each syllable's tone as a digit after it. Read as
written, the digits are numbers: they cut the syllables one from another (long / 2 / ting …),
and no name is read across them, so nothing at all was found where the same pinyin without the
digits finds the place. A digit right after a syllable, in a word made only of syllables each
followed by its digit, is its tone and is dropped when at least two syllables are so written: a
number said apart (zhongxin 2 hao guan), a lone letter with a number (A2 kou, a metro exit) or a
word that is no pinyin (B2) stays as said.

>>> _TONED.findall("long2 ting2 gong1 yuan2")
['long2', 'ting2', 'gong1', 'yuan2']
"""

from __future__ import annotations

import re

from gazetteer._index import NameIndex

# A word of syllables each followed by a tone digit (0 or 5 for the neutral tone).
_TONED = re.compile(r"(?<![A-Za-z0-9])(?:[A-Za-z]+[0-5])+(?![A-Za-z0-9])")
_SYLLABLE = re.compile(r"([A-Za-z]+)([0-5])")
# Fewer toned syllables than this are no pinyin written with tones (A2 kou).
_LEAST_TONED = 2


def tone_digits_dropped(index: NameIndex, text: str) -> str:
    """The utterance with the tone digits of typed pinyin left out; otherwise as said.

    long2 ting2 gong1 yuan2 → long ting gong yuan; er qi guang chang A2 kou stays as said.
    """
    words = [found for found in _TONED.finditer(text) if _all_syllables(index, found.group())]
    if sum(len(_SYLLABLE.findall(found.group())) for found in words) < _LEAST_TONED:
        return text
    out: list[str] = []
    done = 0
    for found in words:
        out.append(text[done : found.start()])
        out.append(_SYLLABLE.sub(r"\1", found.group()))
        done = found.end()
    out.append(text[done:])
    return "".join(out)


def _all_syllables(index: NameIndex, word: str) -> bool:
    """Whether each piece before a digit is one pinyin syllable, a lone capital (an exit's
    letter, A2) not counted as one."""
    for letters, _ in _SYLLABLE.findall(word):
        if len(letters) == 1 and letters.isupper():
            return False
        if index.reader.split_latin(letters.lower()) != [letters.lower()]:
            return False
    return True
