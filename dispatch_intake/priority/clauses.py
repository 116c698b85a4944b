"""Complaint text cut into clauses of positions (one Han character, or one Latin run, each),
every position with the toneless syllables it may stand for, for matching by sound."""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from dispatch_intake.priority.rules import Language
from gazetteer import normalise_text, toneless

# Latin words said together (can't breathe, chest pain): the space or the apostrophe between two
# of them is kept as one position of its own, not a clause break — a complaint said in English
# inside a Chinese call is one phrase, as its Chinese words are.
LATIN_JOIN = "\u02bc"
_LATIN_GAP = re.compile(r"(?<=[A-Za-z])[\s'\u2019\u02bc]+(?=[A-Za-z])")


@dataclass(frozen=True, slots=True)
class Clause:
    """One clause: its positions and, for each, the syllables it may be heard as."""

    tokens: tuple[str, ...]
    readings: tuple[frozenset[str], ...]
    # Cut from the clause before by a pause (…), not a mark: one phrase broken by breath.
    after_pause: bool = False
    # Where each position starts in `text` (and the text's length last): positions and
    # characters differ in Latin runs. Worked out once; every match asks again.
    offsets: tuple[int, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        at = [0]
        for token in self.tokens:
            at.append(at[-1] + len(token))
        object.__setattr__(self, "offsets", tuple(at))

    @property
    def text(self) -> str:
        return "".join(self.tokens)

    def span(self, start: int, end: int) -> str:
        return "".join(self.tokens[start:end])


class ClauseReader:
    """Cuts utterances into clauses the way the rules' `[language]` says."""

    def __init__(self, language: Language) -> None:
        self.language = language
        marks = re.escape(language.clause_marks)
        self._breaks = re.compile(rf"[{marks}\s]+")
        pauses = sorted(language.pause_marks, key=len, reverse=True)
        self._pauses = (
            re.compile("(?:" + "|".join(map(re.escape, pauses)) + ")+") if pauses else None
        )
        self._barely = [
            (
                re.compile(f"(?:{_either(barely.words)})(?=(?:{_either(barely.before)}))"),
                barely.read_as,
            )
            for barely in language.barely
        ]
        # Syllables are a few hundred: each is folded once (see `fold`).
        self._folded: dict[str, str] = {}

    def pauses(self, utterance: str) -> int:
        """How many times the caller stopped for breath (a run of … is one stop; one that ends
        the utterance counts too: the caller trailed off).

        >>> from dispatch_intake.priority.rules import Language
        >>> ClauseReader(Language(clause_marks="，", pause_marks=("…", "..."))).pauses("我…好…")
        2
        """
        return len(self._pauses.findall(utterance)) if self._pauses else 0

    def split_at_pauses(self, utterance: str) -> list[str]:
        """The pieces the caller said between pauses.

        >>> from dispatch_intake.priority.rules import Language
        >>> ClauseReader(Language(clause_marks="，", pause_marks=("…",))).split_at_pauses("我…好…")
        ['我', '好', '']
        """
        return self._pauses.split(utterance) if self._pauses else [utterance]

    def without_pauses(self, utterance: str) -> str:
        """The utterance as said without its pauses (还能……说 is 还能说).

        >>> from dispatch_intake.priority.rules import Language
        >>> ClauseReader(Language(clause_marks="，", pause_marks=("…",))).without_pauses("还能…说…")
        '还能说'
        """
        return self._pauses.sub("", utterance) if self._pauses else utterance

    def clauses(self, utterance: str) -> list[Clause]:
        """Clauses of one utterance: cut at punctuation, pauses and spaces — not at a space or an
        apostrophe between two Latin words (can't breathe), kept as one position.

        >>> from dispatch_intake.priority.rules import Language
        >>> reader = ClauseReader(Language(clause_marks="，'"))
        >>> [c.text for c in reader.clauses("他说 chest pain，疼")]
        ['他说', 'chestʼpain', '疼']
        """
        out: list[Clause] = []
        for part in self._breaks.split(_LATIN_GAP.sub(LATIN_JOIN, utterance)):
            pieces = self._pauses.split(part) if self._pauses else [part]
            for at, piece in enumerate(pieces):
                normal = normalise_text(piece).replace(" ", "")
                if not normal:
                    continue
                said = self.clause(normal)
                out.append(Clause(said.tokens, said.readings, after_pause=at > 0))
        return out

    def clause(self, text: str) -> Clause:
        """Positions of a clause and the syllable each is usually read as in its context (a
        rarer reading of a character is not offered: 吃 is never heard as 气)."""
        text = self.barely_read(self.without_fillers(_LATIN_GAP.sub(LATIN_JOIN, text)))
        tokens = tuple(re.findall(r"[a-z]+|.", text))
        # Read run by run of Han characters: the context a heteronym needs is inside its run.
        spoken: dict[int, str] = {}
        for run in re.finditer(r"[\u3400-\u9fff]+", text):
            syllables = _reading(run.group(0))
            if len(syllables) == len(run.group(0)):
                spoken.update(enumerate(syllables, start=run.start()))
        readings: list[frozenset[str]] = []
        at = 0
        for token in tokens:
            syllable = token if token.isascii() else spoken.get(at, "")
            heard = syllable.isascii() and syllable.isalpha()
            readings.append(frozenset({self.fold(syllable)}) if heard else frozenset())
            at += len(token)
        return Clause(tokens, tuple(readings))

    def without_fillers(self, text: str) -> str:
        """The text with the fillers dropped, as phrases are looked for in it.

        >>> from dispatch_intake.priority.rules import Language
        >>> reader = ClauseReader(Language(clause_marks="", fillers=("好像",)))
        >>> reader.without_fillers("心跳好像停了")
        '心跳停了'
        """
        for filler in self.language.fillers:
            text = text.replace(filler, "")
        return text

    def barely_read(self, text: str) -> str:
        """The text with each `barely` word before an ability or a vital function read as the
        denial it means (不太能说话 is 不能说话, 不怎么喘气了 is 不喘气了).

        >>> from dispatch_intake.priority.rules import Barely, Language
        >>> barely = Barely(words=("不太", "只"), before=("能",), read_as="不")
        >>> reader = ClauseReader(Language(clause_marks="", barely=(barely,)))
        >>> reader.barely_read("他不太能说话了，只能说两个字，不太疼")
        '他不能说话了，不能说两个字，不太疼'
        """
        for pattern, read_as in self._barely:
            text = pattern.sub(read_as, text)
        return text

    def phrase_readings(self, phrase: str) -> tuple[str, ...]:
        """The phrase's usual reading (phrase-aware: 血 in 出血 is xue), folded."""
        return tuple(self.fold(s) for s in _reading(phrase))

    def phrase_sounds(self, phrase: str) -> list[tuple[str, ...]]:
        """Every way the phrase may be heard: its reading in the phrase and, for a character
        read otherwise there than alone, its own reading too — callers say 流血 as liu xie or
        liu xue, and speech-to-text writes either (流学).

        >>> from dispatch_intake.priority.rules import Language
        >>> sorted(ClauseReader(Language(clause_marks="")).phrase_sounds("流血"))
        [('liu', 'xie'), ('liu', 'xue')]
        """
        usual = self.phrase_readings(phrase)
        if len(usual) != len(phrase):
            return [usual]
        each = [
            sorted({said, self.fold(_reading(char)[0])})
            for char, said in zip(phrase, usual, strict=True)
        ]
        return list(itertools.product(*each))

    def fold(self, syllable: str) -> str:
        """A syllable as an accent or a speech-to-text engine may hear it.

        >>> from dispatch_intake.priority.rules import Language
        >>> ClauseReader(Language(clause_marks="", fuzzy_initials=(("sh", "s"),))).fold("shou")
        'sou'
        """
        known = self._folded.get(syllable)
        if known is not None:
            return known
        said = syllable
        for spoken, heard in self.language.fuzzy_initials:
            if syllable.startswith(spoken):
                syllable = heard + syllable[len(spoken) :]
                break
        for spoken, heard in self.language.fuzzy_finals:
            if syllable.endswith(spoken):
                syllable = syllable[: -len(spoken)] + heard
                break
        if len(self._folded) < _FOLDED_KEPT:  # a caller's Latin words are syllables too
            self._folded[said] = syllable
        return syllable


_FOLDED_KEPT = 4096


# Building the rules reads each of their tens of thousands of phrases and, again, each of its
# characters on its own; a caller's clauses are read again at every turn of the call. pypinyin's
# reading walks its phrase dictionary on every call (most of the rules' build time), so readings
# are kept: a few thousand characters, and the phrases and runs of the calls lately heard.
@functools.lru_cache(maxsize=1 << 14)
def _reading(text: str) -> tuple[str, ...]:
    """`toneless(text)`, kept."""
    return tuple(toneless(text))


def _either(words: tuple[str, ...]) -> str:
    """A pattern for any of the words, the longest first."""
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
