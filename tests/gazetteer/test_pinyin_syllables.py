"""The syllables Latin input is split into are every reading pypinyin gives a character, read off
its table at once rather than character by character."""

from __future__ import annotations

from gazetteer._pinyin import PinyinReader, _all_syllables


def test_every_reading_of_a_character_is_a_known_syllable() -> None:
    syllables = _all_syllables()
    seen: set[str] = set()
    for code in range(0x4E00, 0x9FA6, 7):
        readings = PinyinReader.char_readings(chr(code))
        assert set(readings) <= syllables, chr(code)
        seen.update(readings)
    # Every seventh character alone already gives nearly all of them, and nothing else is kept.
    assert len(seen) > 0.9 * len(syllables)
    assert all(s.isascii() and s.isalpha() and s.islower() for s in syllables)
