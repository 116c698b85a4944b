"""Toneless pinyin for names and queries: homophones written by speech-to-text, Latin input."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import Any

import pypinyin
from pypinyin import Style
from pypinyin.converter import DefaultConverter
from pypinyin.core import Pinyin
from pypinyin.pinyin_dict import pinyin_dict as PINYIN_DICT
from pypinyin.style import convert as convert_style

from gazetteer._normalise import is_han

# A name whose characters allow more readings than this is indexed under its default reading
# (and those of its leading division's name, one character at a time); the combinations of a
# long name with several heteronyms are never said.
MAX_READINGS_PER_NAME = 4
# A division's level word ending a name (开封市, 尉氏县, 金水区) is said as that word: its other
# readings in the dictionary (市 as fu, for the look-alike 巿; 区 as ou, a surname) are never
# how the name is said, and would read another place's words (kaifeng fu, 开封府) as the city.
_LEVEL_ENDINGS = frozenset("省市县区镇乡")
# A road numbered in order (经三路, 纬四路, 经开第三大街): its number, heard with a curled initial
# for a flat one or the other way (经山路: shan for san; 纬是路: shi for si), may be the number.
# Only between the words that number a road: elsewhere the initials tell names apart (江山路,
# 紫荆山路 are no 三). Not after 已经/曾经/正经/神经, words said all through a call (人已经是路边
# 躺着了, 俺正经是路过 are no 经四路): there 经 numbers nothing.
_ROAD_NUMBER = re.compile(r"(?<![已曾正神])[经纬第]([\u4e00-\u9fff])(?=路|大街)")
_NUMBERS = "一二三四五六七八九十"
_CURLED = (("zh", "z"), ("ch", "c"), ("sh", "s"))


class PinyinReader:
    """Reads Han text and Latin pinyin into sequences of toneless syllables."""

    def __init__(self, overrides: Mapping[str, Sequence[str]]) -> None:
        self._overrides = {phrase: list(syllables) for phrase, syllables in overrides.items()}
        self._install_overrides()
        self._syllables = _all_syllables()
        self._longest = max(len(s) for s in self._syllables)

    def __setstate__(self, state: dict[str, object]) -> None:
        # A reader restored from the index cache must teach pypinyin its overrides again.
        self.__dict__.update(state)
        self._install_overrides()

    def _install_overrides(self) -> None:
        phrases = {
            phrase: [[syllable] for syllable in syllables]
            for phrase, syllables in self._overrides.items()
        }
        pypinyin.load_phrases_dict(phrases, style="normal")
        # Readings remembered before these phrases were known may now be wrong.
        _CONVERTER.forget()
        _default_readings.cache_clear()

    @staticmethod
    @lru_cache(maxsize=32768)
    def char_readings(char: str) -> tuple[str, ...]:
        """Every toneless reading of one Han character, most common first.

        >>> PinyinReader.char_readings("单")
        ('dan', 'chan', 'shan')
        """
        readings = pypinyin.pinyin(char, style=Style.NORMAL, heteronym=True)[0]
        return tuple(dict.fromkeys(r for r in readings if r.isascii() and r.isalpha()))

    def name_readings(self, name: str, local: int = 0) -> list[tuple[str, ...]]:
        """The readings a Han name is indexed under: the phrase-aware default first, then the
        other heteronym combinations while they stay few. Past that, each other reading of one
        of its first `local` characters at a time: a division's name leading it, which its own
        people may read otherwise (尉氏 as yu shi).

        >>> PinyinReader({"单县": ["shan", "xian"]}).name_readings("单县")[0]
        ('shan', 'xian')
        >>> ("yu", "shi", "xian") in PinyinReader({}).name_readings("尉氏县", local=2)
        True
        >>> [r[-1] for r in PinyinReader({}).name_readings("开封市")]
        ['shi', 'shi']
        """
        default = _default_readings(name)
        per_char = [self.char_readings(char) or (char,) for char in name]
        if len(name) >= 2 and name[-1] in _LEVEL_ENDINGS:
            per_char[-1] = (default[-1],)
        combos = 1
        for options in per_char:
            combos *= len(options)
        readings = [default]
        if combos <= MAX_READINGS_PER_NAME:
            readings.extend(r for r in itertools.product(*per_char) if r != default)
        elif len(name) >= 3:
            # Not for two characters: a rare reading of either is any two syllables said.
            for k, options in enumerate(per_char[:local]):
                readings.extend(
                    (*default[:k], other, *default[k + 1 :])
                    for other in options
                    if other != default[k]
                )
        return list(dict.fromkeys(readings))

    def query_readings(self, text: str) -> list[tuple[str, ...]]:
        """For each position of a Han run, the set of syllables it may stand for.

        A speech-to-text homophone (合 for 河) matches because any reading of the written
        character may be the one the caller spoke.
        """
        default = _default_readings(text)
        out: list[tuple[str, ...]] = []
        for char, first in zip(text, default, strict=True):
            others = self.char_readings(char) if is_han(char) else ()
            out.append(tuple(dict.fromkeys((first, *others))))
        for found in _ROAD_NUMBER.finditer(text):
            k = found.start(1)
            numbers = _numbers_heard_as(out[k])
            # A number heard as said stays the first reading (是 is 十 before 四); a character
            # that is no number's sound is first the number it is heard for (山 as 三).
            heard = (*out[k], *numbers) if set(numbers) & set(out[k]) else (*numbers, *out[k])
            out[k] = tuple(dict.fromkeys(heard))
        return out

    def split_latin(self, text: str) -> list[str] | None:
        """Split typed pinyin into syllables, fewest syllables first; None when it is not pinyin.

        >>> PinyinReader({}).split_latin("henan daxue")
        ['he', 'nan', 'da', 'xue']
        >>> PinyinReader({}).split_latin("xian") == ['xian']
        True
        >>> PinyinReader({}).split_latin("qwrt") is None
        True
        """
        syllables: list[str] = []
        for word in text.split():
            parts = self._segment(word)
            if parts is None:
                return None
            syllables.extend(parts)
        return syllables or None

    def _segment(self, word: str) -> list[str] | None:
        # Dynamic programming over the word: best[i] is the fewest syllables covering word[:i].
        best: list[list[str] | None] = [None] * (len(word) + 1)
        best[0] = []
        for end in range(1, len(word) + 1):
            for start in range(max(0, end - self._longest), end):
                prefix = best[start]
                piece = word[start:end]
                if prefix is not None and piece in self._syllables:
                    candidate = [*prefix, piece]
                    current = best[end]
                    if current is None or len(candidate) < len(current):
                        best[end] = candidate
        return best[len(word)]


class _RememberingConverter(DefaultConverter):
    """pypinyin's converter, remembering the reading of each word its segmenter cuts.

    An index reads some 200,000 names, and pypinyin spends most of that time converting the
    same words again (路, 社区, 村委会, 大学 …): pypinyin has no cache of its own, and its
    converter is the documented place to add one (`Pinyin(converter=...)`). A word's reading
    depends only on the word, the style arguments and the phrase dictionary, so the memory is
    forgotten whenever phrases are loaded.
    """

    def __init__(self) -> None:
        super().__init__()
        self._known: dict[tuple[object, ...], list[list[str]]] = {}

    def forget(self) -> None:
        self._known.clear()

    def convert(
        self,
        words: str,
        style: Style,
        heteronym: bool,
        errors: Callable[[str], str] | str,
        strict: bool = True,
        **kwargs: Any,
    ) -> list[list[str]]:
        key = (words, style, heteronym, errors, strict, tuple(sorted(kwargs.items())))
        known = self._known.get(key)
        if known is None:
            known = super().convert(words, style, heteronym, errors, strict, **kwargs)
            if len(self._known) < _REMEMBERED_WORDS:
                self._known[key] = known
        # Copies: pypinyin's callers may change the lists they are given.
        return [list(readings) for readings in known]


# Far more than the distinct words of the shipped data and a large import together.
_REMEMBERED_WORDS = 1_000_000
_CONVERTER = _RememberingConverter()
_PINYIN = Pinyin(converter=_CONVERTER)


def toneless(text: str) -> list[str]:
    """pypinyin's phrase-aware toneless reading of `text` (`lazy_pinyin`, style NORMAL),
    with each word's reading remembered.

    >>> toneless("银行长")
    ['yin', 'hang', 'zhang']
    """
    readings: list[str] = _PINYIN.lazy_pinyin(text, style=Style.NORMAL)
    return readings


@lru_cache(maxsize=8192)
def _default_readings(text: str) -> tuple[str, ...]:
    """One reading per character: phrase-aware pinyin for Han runs, other characters as they are.

    Cached: every turn of a call reads all its earlier utterances again.

    >>> _default_readings("153医院")
    ('1', '5', '3', 'yi', 'yuan')
    """
    out: list[str] = []
    run: list[str] = []
    for char in text + "\0":
        if is_han(char):
            run.append(char)
            continue
        if run:
            out.extend(toneless("".join(run)))
            run = []
        if char != "\0":
            out.append(char)
    return tuple(out)


def _flat(syllable: str) -> str:
    """A syllable with a curled initial said flat (shan → san)."""
    for curled, flat in _CURLED:
        if syllable.startswith(curled):
            return flat + syllable[len(curled) :]
    return syllable


def _numbers_heard_as(readings: Sequence[str]) -> list[str]:
    """The readings of the numbers one, two … ten that a character's readings may be heard for,
    an initial curled or flat.

    >>> _numbers_heard_as(("shan",))
    ['san']
    >>> _numbers_heard_as(("shi",))
    ['si', 'shi']
    >>> _numbers_heard_as(("jiang",))
    []
    """
    heard = {_flat(r) for r in readings}
    return [
        r for number in _NUMBERS for r in PinyinReader.char_readings(number) if _flat(r) in heard
    ]


@lru_cache(maxsize=1)
def _all_syllables() -> frozenset[str]:
    """Every toneless syllable pypinyin knows, read off its character table.

    The table's distinct toned readings (about 1,500) are made toneless one by one, the way
    `PinyinReader.char_readings` makes each character's: the same set as asking pypinyin for
    each of the 20,902 characters in turn, forty times faster (0.1 s, not 4 s, per index build).

    >>> {"zhuang", "lv", "er", "a"} <= _all_syllables()
    True
    """
    toned: set[str] = set()
    for code in range(0x4E00, 0x9FA6):
        readings = PINYIN_DICT.get(code)
        if readings:
            toned.update(readings.split(","))
    syllables = (convert_style(reading, Style.NORMAL, strict=True) for reading in toned)
    return frozenset(s for s in syllables if s.isascii() and s.isalpha())
