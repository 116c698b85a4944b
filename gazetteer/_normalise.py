"""Text normalisation shared by the index and the queries, so both sides read alike."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")

# Characters that are never part of a place name: controls, format characters (bidi marks,
# zero-width joiners), punctuation, symbols (emoji) and marks left by NFKC.
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf"})
_DROP_CATEGORIES |= frozenset({"Po", "Sm", "Sc", "Sk", "So", "Me", "Zl", "Zp"})
_SPACES = re.compile(r"\s+")
# Variant characters place names are written with either way, said alike and so written either
# way by speech-to-text: 孙八砦 and 孙八寨, 姚砦 and 姚寨 are one name.
_VARIANTS = str.maketrans({"砦": "寨"})


def is_written(char: str) -> bool:
    """True for what is read character by character: Han characters and digits (153医院)."""
    return char.isdigit() or is_han(char)


def is_han(char: str) -> bool:
    """True for a CJK unified ideograph (the characters place names are written in)."""
    code = ord(char)
    return 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF or 0x20000 <= code <= 0x2A6DF


@lru_cache(maxsize=65536)
def normalise_text(text: str) -> str:
    """Fold text to the one form the gazetteer compares.

    NFKC (full-width to half-width), traditional to simplified, lower-case Latin; controls,
    bidi marks, emoji and punctuation become spaces; runs of spaces collapse. Spaces are
    kept because they separate Latin pinyin syllables.

    >>> normalise_text("河南大學（明倫校區）！")
    '河南大学 明伦校区'
    >>> normalise_text("ＨＥＮＡＮ  Daxue\\u200f")
    'henan daxue'
    >>> normalise_text("Hé Nán Dà Xué")
    'he nan da xue'
    >>> normalise_text("孙八砦社区")
    '孙八寨社区'
    """
    folded = unicodedata.normalize("NFKC", text)
    # Tone marks on typed pinyin (hé nán) are dropped; ü is written v, as pypinyin does.
    folded = unicodedata.normalize("NFKD", _T2S.convert(folded).lower()).replace("u\u0308", "v")
    folded = folded.translate(_VARIANTS)
    kept = [
        " " if unicodedata.category(char) in _DROP_CATEGORIES or char.isspace() else char
        for char in folded
        if unicodedata.category(char) != "Mn"
    ]
    return _SPACES.sub(" ", "".join(kept)).strip()


class FillerStripper:
    """Removes spoken filler (我在, 那边, 附近 …), longest phrase first.

    >>> FillerStripper(["我在", "那边", "在"]).remove("我在龙子湖那边")
    '龙子湖'
    """

    def __init__(self, fillers: Iterable[str], typed: Iterable[Sequence[str]] = ()) -> None:
        phrases = sorted({normalise_text(f) for f in fillers if f.strip()}, key=len, reverse=True)
        # Filler typed in pinyin (fu jin, pang bian), as whole words: read by sound it would
        # be a place's name (富锦).
        words = sorted({tuple(t) for t in typed if len(t) >= 2}, key=len, reverse=True)
        patterns = [re.escape(p) for p in phrases] + [
            "(?<![a-z])" + r"\s?".join(map(re.escape, w)) + "(?![a-z])" for w in words
        ]
        self._pattern = re.compile("|".join(patterns)) if patterns else None

    def remove(self, text: str, pause: str = "") -> str:
        """Text without its filler; filler typed in pinyin leaves `pause` in its place, where
        a caller's words break (kaifengfu limian you ren: no name read across it).

        >>> FillerStripper(["附近"], [("fu", "jin")]).remove("er qi ta fu jin de hua jie")
        'er qi ta de hua jie'
        >>> FillerStripper([], [("li", "mian")]).remove("kaifengfu limian you ren", "|")
        'kaifengfu | you ren'
        """
        if self._pattern is None:
            return text

        def replace(found: re.Match[str]) -> str:
            return f" {pause} " if pause and found[0].isascii() else " "

        return _SPACES.sub(" ", self._pattern.sub(replace, text)).strip()


def han_runs(text: str) -> list[str]:
    """Split normalised text into runs of Han characters (with digits) and runs of Latin.

    Spaces inside Han text (left by punctuation or by speech-to-text) do not split a run.

    >>> han_runs("河南大学 明伦 long zi hu 3号楼")
    ['河南大学明伦', 'long zi hu', '3号楼']
    """
    runs: list[str] = []
    current: list[str] = []
    current_is_han: bool | None = None
    for char in text:
        if char == " ":
            if current and not current_is_han:
                current.append(char)
            continue
        han = is_written(char)
        if current and han != current_is_han:
            runs.append("".join(current).strip())
            current = []
        current.append(char)
        current_is_han = han
    if current:
        runs.append("".join(current).strip())
    return [run for run in runs if run]
