"""Phrases found in a clause: by their characters or, for speech-to-text slips, by their
sound; concept parts and states that are words of their own, paired within their gap; and of
overlapping matches, the one that is read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from dispatch_intake.priority.clauses import Clause, ClauseReader
from dispatch_intake.priority.rules import (
    PRIORITY_ORDER,
    Concept,
    Finding,
    Observation,
    TriageConfig,
)


@dataclass(frozen=True, slots=True)
class Phrase:
    """One phrase of the rules, or one part or state of a concept."""

    finding: Observation
    text: str
    tokens: tuple[str, ...]
    sound: tuple[str, ...] | None  # None: matched by its characters only
    slot: str = "phrase"  # or a concept's "part" or "state"


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in a clause, at token positions `start` to `end`."""

    phrase: Phrase
    start: int
    end: int
    by_sound: bool
    # A concept's words between its part and its state: a denial said there (胸口不疼) counts.
    inner: tuple[int, int] | None = None
    # A concept's words between its part and its state, in either order: a phrase said wholly
    # there (胰岛素的现在叫不醒满头是汗) is a finding of its own, not swallowed by the concept.
    between: tuple[int, int] | None = None


class PhraseIndex:
    """Every phrase, part and state of the rules, looked up by its first two characters or
    syllables, so that a clause position looks at the few that may start there."""

    def __init__(
        self, config: TriageConfig, reader: ClauseReader, extra: Sequence[Finding] = ()
    ) -> None:
        self.config = config
        self.reader = reader
        self._by_char: dict[tuple[str, ...], list[Phrase]] = defaultdict(list)
        self._by_sound: dict[tuple[str, ...], list[Phrase]] = defaultdict(list)
        for finding in (*config.findings, *extra):
            for text in finding.phrases:
                self._add_phrase(finding, text)
        for concept in config.concepts:
            for text in concept.parts:
                self._add_phrase(concept, text, "part")
            for text in concept.states:
                self._add_phrase(concept, text, "state")

    def _add_phrase(self, finding: Observation, text: str, slot: str = "phrase") -> None:
        clause = self.reader.clause(text.lower())
        if not clause.tokens:
            return
        self._by_char[clause.tokens[:2]].append(
            Phrase(finding, clause.text, clause.tokens, None, slot)
        )
        if len(clause.tokens) < self.config.language.pinyin_min_chars:
            return
        sounds = self.reader.phrase_sounds(clause.text)
        if finding.name and len(clause.tokens) >= 3:
            sounds = [*sounds, *self._name_heard_otherwise(sounds)]
        for sound in sounds:
            if len(sound) == len(clause.tokens):
                phrase = Phrase(finding, clause.text, clause.tokens, sound, slot)
                self._by_sound[sound[:2]].append(phrase)

    def _name_heard_otherwise(self, sounds: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
        """A name's sounds with one syllable's initial heard as its pair in [language]
        `name_initials` (bai cao ku also as bai cao gu)."""
        out: list[tuple[str, ...]] = []
        for sound in sounds:
            for at, syllable in enumerate(sound):
                for a, b in self.config.language.name_initials:
                    for spoken, heard in ((a, b), (b, a)):
                        if syllable.startswith(spoken) and not syllable.startswith(heard):
                            other = heard + syllable[len(spoken) :]
                            out.append((*sound[:at], self.reader.fold(other), *sound[at + 1 :]))
        return out

    def matches(self, clause: Clause) -> list[Match]:
        """Every phrase, part and state the clause holds, by characters or by sound."""
        out: list[Match] = []
        tokens, readings = clause.tokens, clause.readings
        for start in range(len(tokens)):
            heads = (tokens[start : start + 1], tokens[start : start + 2])
            for phrase in (*self._by_char.get(heads[0], ()), *self._by_char.get(heads[1], ())):
                end = start + len(phrase.tokens)
                if tokens[start:end] == phrase.tokens:
                    out.append(Match(phrase, start, end, False))
            for key in self._sound_heads(readings, start):
                for phrase in self._by_sound.get(key, ()):
                    sound = phrase.sound
                    assert sound is not None
                    end = start + len(sound)
                    said = tokens[start:end]
                    if (
                        end <= len(tokens)
                        # Written as the phrase: already found by its characters.
                        and said != phrase.tokens
                        and all(s in readings[start + k] for k, s in enumerate(sound))
                        and self._one_slip(said, phrase.tokens, name=phrase.finding.name)
                    ):
                        out.append(Match(phrase, start, end, True))
        return out

    def everyday_words(self, clause: Clause) -> list[tuple[int, int]]:
        """Token spans of the clause's everyday words that only sound like signs."""
        return self._spans(clause, self.config.language.not_slips)

    def not_parts(self, clause: Clause) -> list[tuple[int, int]]:
        """Token spans of the clause's words that hold a part and name none (老头)."""
        return self._spans(clause, self.config.language.not_parts)

    def not_states(self, clause: Clause) -> list[tuple[int, int]]:
        """Token spans of the clause's words that hold a state and say none (快来人)."""
        return self._spans(clause, self.config.language.not_states)

    @staticmethod
    def _spans(clause: Clause, words: tuple[str, ...]) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        tokens, text = clause.tokens, clause.text
        for word in words:
            if word not in text:
                continue
            size = len(word)
            for start in range(len(tokens) - size + 1):
                if "".join(tokens[start : start + size]) == word:
                    spans.append((start, start + size))
        return spans

    def quantities(self, clause: Clause) -> list[tuple[int, int]]:
        """Token spans of the clause's quantities: a run of numerals followed by a unit (三天,
        39度, 三十九度八 holds 三十九度)."""
        language = self.config.language
        tokens = clause.tokens
        spans: list[tuple[int, int]] = []
        start = 0
        while start < len(tokens):
            end = start
            while end < len(tokens) and (tokens[end] in language.numerals or tokens[end].isdigit()):
                end += 1
            if end == start:
                start += 1
                continue
            rest = "".join(tokens[end : end + 3])
            unit = max((len(u) for u in language.units if rest.startswith(u)), default=0)
            if unit:
                spans.append((start, end + unit))
            start = end
        return spans

    @staticmethod
    def _sound_heads(readings: tuple[frozenset[str], ...], start: int) -> list[tuple[str, ...]]:
        """The first one and two syllables a phrase starting at `start` may be heard as."""
        heads: list[tuple[str, ...]] = [(first,) for first in readings[start]]
        if start + 1 < len(readings):
            heads += [(a, b) for a in readings[start] for b in readings[start + 1]]
        return heads

    @staticmethod
    def _one_slip(said: tuple[str, ...], phrase: tuple[str, ...], *, name: bool = False) -> bool:
        """A sound match is a slip of speech-to-text only if at least half the characters are
        written as in the phrase: 胸口通 is 胸口痛, but 子一 is not 自缢 nor 个大 疙瘩. A name of
        three characters or more (`name`) needs one: 白草哭 is 百草枯.

        >>> PhraseIndex._one_slip(("股", "折"), ("骨", "折"))
        True
        >>> PhraseIndex._one_slip(("子", "一"), ("自", "缢"))
        False
        >>> PhraseIndex._one_slip(("白", "草", "哭"), ("百", "草", "枯"))
        False
        >>> PhraseIndex._one_slip(("白", "草", "哭"), ("百", "草", "枯"), name=True)
        True
        >>> PhraseIndex._one_slip(("白", "超", "哭"), ("百", "草", "枯"), name=True)
        False
        """
        exact = sum(1 for a, b in zip(said, phrase, strict=True) if a == b)
        if name and len(phrase) >= 3:
            return exact >= 1
        return exact * 2 >= len(phrase)


def within_words(found: list[Match], quantities: list[tuple[int, int]]) -> list[Match]:
    """The matches, less those heard by sound that begin or end inside a quantity (三天, 39度):
    a slip of speech-to-text is one word heard wrong, not a word's end run on into a count of
    days or degrees (发烧三天 holds no 烧伤; 被烧三了 may).

    >>> from dispatch_intake.priority.rules import Finding
    >>> burn = Finding(id="burn", sign="burn", level="urgent", phrases=("烧伤",))
    >>> heard = Match(Phrase(burn, "烧伤", ("烧", "伤"), ("sao", "san")), 1, 3, True)
    >>> within_words([heard], [(2, 4)])
    []
    >>> within_words([heard], []) == [heard]
    True
    """
    return [
        m
        for m in found
        if not m.by_sound or not any(a < m.start < b or a < m.end < b for a, b in quantities)
    ]


def free_slots(found: list[Match], excluded: frozenset[str]) -> list[Match]:
    """The concept parts and states of a clause that are words of their own."""
    out: list[Match] = []
    # A word inside a longer phrase of something else is that phrase's, not a part or a
    # state (头疼 does not lend its 疼 to 胸口) — unless the phrase is the state with its
    # ending (肿了 is still 肿 for 腿); a part inside a phrase of its own sign is still that
    # part (胸口闷 names 胸口 for 胸口闷得像压着东西).
    words = [
        (m.start, m.end, m.phrase.finding.sign)
        for m in found
        if m.phrase.slot == "phrase" and not m.by_sound
    ]
    for match in found:
        owner = match.phrase.finding
        if match.phrase.slot == "phrase" or owner.id in excluded:
            continue
        # A word heard only by its sound where the characters are already another word
        # is not a part or a state either (眼睛进沙子了 holds no 直了).
        if match.by_sound and any(match.start < b and a < match.end for a, b, _ in words):
            continue
        if any(
            a <= match.start
            and match.end <= b
            and b - a > match.end - match.start
            and not (match.phrase.slot == "state" and a == match.start)
            and not (sign == owner.sign and match.phrase.slot == "part")
            for a, b, sign in words
        ):
            continue
        out.append(match)
    return out


def paired_concepts(found: list[Match]) -> list[Match]:
    """Each concept's parts paired with its states within `gap` characters."""
    slots: dict[str, tuple[list[Match], list[Match]]] = {}
    for match in found:
        parts, states = slots.setdefault(match.phrase.finding.id, ([], []))
        (parts if match.phrase.slot == "part" else states).append(match)
    out: list[Match] = []
    for parts, states in slots.values():
        for part in parts:
            concept = part.phrase.finding
            assert isinstance(concept, Concept)
            for state in states:
                if part.end <= state.start and state.start - part.end <= concept.gap:
                    first, second = part, state
                elif (
                    concept.either_order
                    and state.end <= part.start
                    and part.start - state.end <= concept.gap
                ):
                    first, second = state, part
                else:
                    continue
                text = f"{first.phrase.text}…{second.phrase.text}"
                phrase = Phrase(concept, text, (), None, "concept")
                by_sound = part.by_sound or state.by_sound
                # Words between a part and its state may deny it (胸口不疼); between a state
                # said first and its part they go on describing (停了，没有呼吸). States of
                # its own said between them are the run's, and deny nothing after them
                # (生下来不哭不喘气浑身发紫: the 不 is the crying's and the breath's).
                own = [s.end for s in states if part.end <= s.start and s.end <= state.start]
                inner = (max(own, default=part.end), second.start) if first is part else None
                between = (first.end, second.start)
                out.append(Match(phrase, first.start, second.end, by_sound, inner, between))
    return out


def accepted(matches: list[Match]) -> list[Match]:
    """No overlaps. A match inside a longer one is dropped (没反应 holds no 反应 of its own);
    of two that only overlap, the more severe is kept (under-triage costs more: 一直吐血 is
    吐血) unless it is only heard by sound (床上掉 is not 上吊), else the longer, then the
    later; characters before sound; then the one with fewer words between its part and its
    state (手腕割了 is the wrist's 手腕 with 割了, not a hand's 手 with 割了). Two heard by sound
    that share only the character where one ends and the other begins, heard as the same
    character by both, are both kept: the slip is one word's end and the other's start (鼻学止
    住了 is 鼻血 and 血止住了). A phrase inside a longer word overlaps nothing away (腿疼得走不
    动了 holds no 不动了 of its own). A more severe
    phrase said wholly between a concept's part and its state is kept beside the concept
    (糖尿病人突然倒地不起出冷汗 is a diabetic sweating and a patient down)."""

    def severity(m: Match) -> int:
        return PRIORITY_ORDER.index(m.phrase.finding.level)

    ranked = sorted(
        matches,
        key=lambda m: (-(m.end - m.start), -severity(m), -m.end, m.by_sound, _gap(m)),
    )
    # Words said by their characters: one inside a longer of them is that word's (不动了 in
    # 走不动了), and does not overlap its way past anything.
    words = [(m.start, m.end) for m in matches if m.phrase.slot == "phrase" and not m.by_sound]
    kept: list[Match] = []
    for match in ranked:
        clash = [k for k in kept if match.start < k.end and k.start < match.end]
        inside_word = any(
            a <= match.start and match.end <= b and b - a > match.end - match.start
            for a, b in words
        )
        if not clash:
            kept.append(match)
        elif (
            not match.by_sound
            and not inside_word
            and all(
                severity(match) > severity(k) and not k.start <= match.start < match.end <= k.end
                for k in clash
            )
        ):
            kept = [k for k in kept if k not in clash] + [match]
        elif all(_seam(match, k) or _seam(k, match) for k in clash):
            kept.append(match)
        elif all(
            (_between(match, k) and severity(k) > severity(match))
            or (_between(k, match) and severity(match) > severity(k))
            for k in clash
        ):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def _gap(match: Match) -> int:
    """How many characters lie between a concept's part and its state (none in a phrase)."""
    return 0 if match.between is None else match.between[1] - match.between[0]


def _between(concept: Match, other: Match) -> bool:
    """`other` is said wholly between `concept`'s part and its state."""
    gap = concept.between
    return gap is not None and gap[0] <= other.start and other.end <= gap[1]


def _seam(first: Match, second: Match) -> bool:
    """`first` ends on the character `second` begins with, both heard by sound and both
    phrases writing that character alike."""
    a, b = first.phrase.tokens, second.phrase.tokens
    return (
        first.by_sound
        and second.by_sound
        and bool(a)
        and bool(b)
        and first.end - 1 == second.start
        and first.start < second.start
        and a[-1] == b[0]
    )
