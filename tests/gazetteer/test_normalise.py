"""Normalisation: the one form both names and utterances are compared in."""

from hypothesis import given
from hypothesis import strategies as st

from gazetteer import normalise_text
from gazetteer._normalise import FillerStripper, han_runs
from gazetteer._pinyin import PinyinReader


def test_traditional_full_width_and_punctuation_fold_to_simplified_plain_text():
    assert normalise_text("河南大學（明倫校區）！！") == "河南大学 明伦校区"
    assert normalise_text("ＺＨＥＮＧＺＨＯＵ　ＵＮＩＶ") == "zhengzhou univ"


def test_control_characters_bidi_marks_and_emoji_are_dropped():
    assert normalise_text("\u202e河南\u200d大学\u0007🚑") == "河南 大学"
    assert han_runs(normalise_text("\u202e河南\u200d大学\u0007🚑")) == ["河南大学"]


def test_tone_marks_on_typed_pinyin_are_ignored():
    assert normalise_text("Hé Nán Dà Xué") == "he nan da xue"
    assert normalise_text("lǜ") == "lv"


def test_filler_is_removed_longest_phrase_first():
    stripper = FillerStripper(["我在", "我现在在", "那边", "附近"])
    assert stripper.remove("我现在在龙子湖那边") == "龙子湖"
    assert stripper.remove("郑大一附院附近") == "郑大一附院"


def test_latin_pinyin_is_split_into_syllables():
    reader = PinyinReader({})
    assert reader.split_latin("zhengzhou daxue") == ["zheng", "zhou", "da", "xue"]
    assert reader.split_latin("longzihu") == ["long", "zi", "hu"]
    assert reader.split_latin("xyz") is None


def test_place_name_readings_use_the_overrides():
    reader = PinyinReader({"浚县": ["xun", "xian"]})
    assert reader.name_readings("浚县")[0] == ("xun", "xian")


@given(st.text(max_size=60))
def test_normalisation_is_idempotent(text):
    once = normalise_text(text)
    assert normalise_text(once) == once


@given(st.text(max_size=60))
def test_normalised_text_has_no_controls_or_runs_of_spaces(text):
    out = normalise_text(text)
    assert "  " not in out
    assert out == out.strip()
    assert not any(ord(c) < 32 for c in out)
