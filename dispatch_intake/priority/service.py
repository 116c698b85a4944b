"""Triage: the priority of a call from what is said about the patient, by the rules in
`config/priority.toml`.

Each utterance is cut into clauses (`clauses.py`). In a clause, the rules' phrases are
found by their characters or, for speech-to-text slips, by their sound (胸口通 is 胸口痛),
and the rules' concepts by a part and a state a few characters apart (胸口像压了块石头,
叫他也不理). A phrase inside a longer one is dropped; of two that only overlap the more
severe (else the longer, then the later) is kept (一直吐血 is 吐血; 没有呼吸困难 is
呼吸困难 denied, not 没有呼吸). A phrase is denied by a negation word shortly before it in
the same clause (没有 …, 否认 …, 不是 … until 是), a concept also by one between its part
and its state (胸口不疼), and a degree word in the clause (有点, 厉害) moves it to its
`mild` or `severe` level. A caller who is the patient and can barely speak is critical:
said about the call (上气不接下气), or heard in it (我……好难受……). Answers to the
case-entry questions replace what the text said about the same sign (清醒 replaces 叫不醒);
words that say a sign is over (现在醒了) lower what was said of it before them (`resolves`).
A sign after a past-history cue in its clause (以前有癫痫) is read like a denied one; a sound
match over an everyday word written in the clause (打听, 电话) is that word; a fallback (疼
alone) counts only when nothing more specific is said in the utterance; pauses from a caller
whose only complaints are minor, or who says nothing of anyone, are not breathlessness.
The priority is the most severe level left; nothing found is `unknown`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from dispatch_intake.priority.clauses import Clause, ClauseReader
from dispatch_intake.priority.rules import (
    PRIORITY_ORDER,
    Concept,
    Finding,
    Observation,
    TriageConfig,
    load_triage_config,
)
from dispatch_intake.shapes import Finding as FindingShown
from dispatch_intake.shapes import Triage

__all__ = [
    "PRIORITY_ORDER",
    "AnswerEffect",
    "FoundFinding",
    "TriageResult",
    "TriageRules",
    "load_priority_rules",
    "more_severe",
]

# The sign of the caller-is-the-patient signals; no case-entry answer replaces it.
CALLER_SPEECH = "caller_speech"


def more_severe(a: str, b: str) -> str:
    """The more severe of two priorities.

    >>> more_severe("urgent", "critical")
    'critical'
    """
    return a if PRIORITY_ORDER.index(a) >= PRIORITY_ORDER.index(b) else b


@dataclass(frozen=True, slots=True)
class AnswerEffect:
    """What one case-entry answer does to triage: a level, and signs it answers for."""

    question: str
    priority: str | None = None
    overrides: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class FoundFinding:
    """A finding as said in a clause; `heard_as` is the phrase a sound match stood for."""

    id: str
    sign: str
    level: str
    said: str
    negated: bool = False
    heard_as: str | None = None
    overridden_by: str | None = None

    @property
    def counts(self) -> bool:
        return not self.negated and self.overridden_by is None

    def as_dict(self) -> FindingShown:
        shown: FindingShown = {
            "id": self.id,
            "sign": self.sign,
            "level": self.level,
            "said": self.said,
        }
        if self.negated:
            shown["negated"] = True
        if self.heard_as:
            shown["heard_as"] = self.heard_as
        if self.overridden_by:
            shown["overridden_by"] = self.overridden_by
        return shown


@dataclass(frozen=True, slots=True)
class TriageResult:
    priority: str
    findings: tuple[FoundFinding, ...] = ()
    reasons: tuple[str, ...] = field(default=())

    @property
    def matched(self) -> tuple[str, ...]:
        return tuple(f.said for f in self.findings if f.counts)

    def as_dict(self) -> Triage:
        return {
            "priority": self.priority,
            "findings": [f.as_dict() for f in self.findings],
            "reasons": list(self.reasons),
        }


@dataclass(frozen=True, slots=True)
class _Phrase:
    finding: Observation
    text: str
    tokens: tuple[str, ...]
    sound: tuple[str, ...] | None  # None: matched by its characters only
    slot: str = "phrase"  # or a concept's "part" or "state"


@dataclass(frozen=True, slots=True)
class _Match:
    phrase: _Phrase
    start: int
    end: int
    by_sound: bool
    # A concept's words between its part and its state: a denial said there (胸口不疼) counts.
    inner: tuple[int, int] | None = None


class TriageRules:
    """The triage component: built once from the rules, then `assess` per call."""

    def __init__(self, config: TriageConfig) -> None:
        self.config = config
        self.reader = ClauseReader(config.language)
        patient = Finding(
            id="caller_barely_speaks",
            sign=CALLER_SPEECH,
            level=config.patient.level,
            phrases=config.patient.phrases or ("\0",),
        )
        # Phrases by their first two characters (or syllables), so that a clause position
        # looks at the few phrases that may start there, not all that share one syllable.
        self._by_char: dict[tuple[str, ...], list[_Phrase]] = defaultdict(list)
        self._by_sound: dict[tuple[str, ...], list[_Phrase]] = defaultdict(list)
        for finding in (*config.findings, patient):
            for text in finding.phrases:
                self._add_phrase(finding, text)
        for concept in config.concepts:
            for text in concept.parts:
                self._add_phrase(concept, text, "part")
            for text in concept.states:
                self._add_phrase(concept, text, "state")
        self._patient = patient
        self._resolves = {
            f.id: f.resolves for f in (*config.findings, *config.concepts) if f.resolves
        }

    def _add_phrase(self, finding: Observation, text: str, slot: str = "phrase") -> None:
        clause = self.reader.clause(text.lower())
        if not clause.tokens:
            return
        long_enough = len(clause.tokens) >= self.config.language.pinyin_min_chars
        sound = self.reader.phrase_readings(clause.text) if long_enough else None
        if sound is not None and len(sound) != len(clause.tokens):
            sound = None
        phrase = _Phrase(finding, clause.text, clause.tokens, sound, slot)
        self._by_char[clause.tokens[:2]].append(phrase)
        if sound is not None:
            self._by_sound[sound[:2]].append(phrase)

    @property
    def signs(self) -> frozenset[str]:
        """Every sign a finding may be about (what a case-entry answer may override)."""
        observations = (*self.config.findings, *self.config.concepts)
        return frozenset({CALLER_SPEECH, *(f.sign for f in observations)})

    # ---------------------------------------------------------------------------------------

    def assess(self, texts: Iterable[str], answers: Sequence[AnswerEffect] = ()) -> TriageResult:
        """The priority of everything said so far, with the findings behind it."""
        findings: list[FoundFinding] = []
        for text in texts:
            if text and text.strip():
                findings.extend(self._utterance(text))
        findings = self._resolved(findings)
        overrides = {sign: answer.question for answer in answers for sign in answer.overrides}
        findings = [
            f
            if f.sign not in overrides or f.sign == CALLER_SPEECH
            else FoundFinding(
                f.id, f.sign, f.level, f.said, f.negated, f.heard_as, overrides[f.sign]
            )
            for f in findings
        ]
        priority = "unknown"
        reasons: list[str] = []
        for finding in findings:
            if finding.counts:
                priority = more_severe(priority, finding.level)
        present = {f.sign for f in findings if f.counts}
        for combination in self.config.combinations:
            if all(sign in present for sign in combination.signs):
                priority = more_severe(priority, combination.level)
                reasons.append("+".join(combination.signs))
        for answer in answers:
            if answer.priority:
                priority = more_severe(priority, answer.priority)
                reasons.append(f"answer:{answer.question}")
        return TriageResult(priority, tuple(_unique(findings)), tuple(reasons))

    def _resolved(self, findings: list[FoundFinding]) -> list[FoundFinding]:
        """What was said of a sign before it was said to be over (晕过去了 … 现在醒了) counts at
        the level of the words that ended it, if that is lower; said after them, it stands."""
        out = list(findings)
        for at, later in enumerate(findings):
            signs = self._resolves.get(later.id)
            if not signs or not later.counts:
                continue
            for before, earlier in enumerate(out[:at]):
                if earlier.sign in signs and more_severe(earlier.level, later.level) != later.level:
                    out[before] = replace(earlier, level=later.level)
        return out

    def _utterance(self, text: str) -> list[FoundFinding]:
        found: list[FoundFinding] = []
        normal = self.reader.without_fillers(text.lower())
        # Concepts whose parts the utterance uses in another sense (腿抽筋 is not 抽).
        excluded = frozenset(
            c.id for c in self.config.concepts if any(word in normal for word in c.unless)
        )
        for clause in self.reader.clauses(text):
            found.extend(self._clause(clause, excluded))
        # A bare 疼 in one clause is the pain of what another clause named (牙疼了两天，疼得
        # 睡不着): a fallback counts only when nothing more specific is said in the utterance.
        fallbacks = {f.id for f in self.config.findings if f.fallback}
        if any(f.counts and f.id not in fallbacks for f in found):
            found = [f for f in found if f.id not in fallbacks]
        found.extend(self._heard_in_the_call(text, found))
        return found

    def _heard_in_the_call(self, text: str, found: list[FoundFinding]) -> list[FoundFinding]:
        """Speech broken by breath: pauses, more so from a caller speaking of themselves."""
        signals = self.config.patient
        pauses = self.reader.pauses(text)
        if pauses == 0:
            return []
        normal = text.replace(" ", "")
        speaks_of_self = any(word in normal for word in self.config.language.first_person)
        counted = [f for f in found if f.counts]
        # Broken speech from a caller whose only complaints are minor (嗓子哑了, 落枕了, 打嗝)
        # is the complaint, not breathlessness; from a caller who says nothing of anyone's body
        # or self (嗯……那个……你等一下) it is hesitation. Words broken into pieces (我……胸口……)
        # still count: the sign may be in the pieces not said.
        if counted and all(f.level == "routine" for f in counted):
            return []
        feels = bool(counted) or any(w in normal for w in signals.feelings)
        if not feels and not speaks_of_self:
            return []
        if pauses >= signals.pauses or (
            pauses >= signals.pauses_with_self and speaks_of_self and feels
        ):
            return [FoundFinding(self._patient.id, CALLER_SPEECH, signals.level, f"{pauses}×…")]
        return []

    def _clause(self, clause: Clause, excluded: frozenset[str] = frozenset()) -> list[FoundFinding]:
        found = self._matches(clause)
        if any(m.by_sound for m in found):
            words = self._everyday_words(clause)
            found = [
                m
                for m in found
                if not m.by_sound or not any(m.start < b and a < m.end for a, b in words)
            ]
        whole = [m for m in found if m.phrase.slot == "phrase"]
        matches = self._accepted(whole + self._concepts(found, excluded))
        if any(not m.phrase.finding.fallback for m in matches):
            matches = [m for m in matches if not m.phrase.finding.fallback]
        taken = [(m.start, m.end) for m in matches]
        out: list[FoundFinding] = []
        for match in matches:
            finding = match.phrase.finding
            negated = self._denied(clause, match, taken) or self._in_the_past(clause, match)
            level = finding.level
            if finding.severe and self._has_degree(clause, self.config.degree.severe, match, taken):
                level = finding.severe
            elif finding.mild and self._has_degree(
                clause, self.config.degree.mild, match, taken, before_only=True
            ):
                level = finding.mild
            said = clause.span(match.start, match.end)
            out.append(
                FoundFinding(
                    finding.id,
                    finding.sign,
                    level,
                    said,
                    negated,
                    match.phrase.text if match.by_sound and said != match.phrase.text else None,
                )
            )
        return out

    def _everyday_words(self, clause: Clause) -> list[tuple[int, int]]:
        """Token spans of the clause's everyday words that only sound like signs."""
        spans: list[tuple[int, int]] = []
        tokens = clause.tokens
        for word in self.config.language.not_slips:
            size = len(word)
            for start in range(len(tokens) - size + 1):
                if "".join(tokens[start : start + size]) == word:
                    spans.append((start, start + size))
        return spans

    def _concepts(self, found: list[_Match], excluded: frozenset[str]) -> list[_Match]:
        """Each concept's parts paired with its states within `gap` characters."""
        slots: dict[str, tuple[list[_Match], list[_Match]]] = {}
        # A word inside a longer phrase of something else is that phrase's, not a part or a
        # state (头疼 does not lend its 疼 to 胸口) — unless the phrase is the state with its
        # ending (肿了 is still 肿 for 腿).
        words = [(m.start, m.end) for m in found if m.phrase.slot == "phrase" and not m.by_sound]
        for match in found:
            owner = match.phrase.finding
            if match.phrase.slot == "phrase" or owner.id in excluded:
                continue
            # A word heard only by its sound where the characters are already another word
            # is not a part or a state either (眼睛进沙子了 holds no 直了).
            if match.by_sound and any(match.start < b and a < match.end for a, b in words):
                continue
            if any(
                a <= match.start
                and match.end <= b
                and b - a > match.end - match.start
                and not (match.phrase.slot == "state" and a == match.start)
                for a, b in words
            ):
                continue
            parts, states = slots.setdefault(owner.id, ([], []))
            (parts if match.phrase.slot == "part" else states).append(match)
        out: list[_Match] = []
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
                    phrase = _Phrase(concept, text, (), None, "concept")
                    by_sound = part.by_sound or state.by_sound
                    # Words between a part and its state may deny it (胸口不疼); between a state
                    # said first and its part they go on describing (停了，没有呼吸).
                    inner = (first.end, second.start) if first is part else None
                    out.append(_Match(phrase, first.start, second.end, by_sound, inner))
        return out

    def _matches(self, clause: Clause) -> list[_Match]:
        out: list[_Match] = []
        tokens, readings = clause.tokens, clause.readings
        for start in range(len(tokens)):
            heads = (tokens[start : start + 1], tokens[start : start + 2])
            for phrase in (*self._by_char.get(heads[0], ()), *self._by_char.get(heads[1], ())):
                end = start + len(phrase.tokens)
                if tokens[start:end] == phrase.tokens:
                    out.append(_Match(phrase, start, end, False))
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
                        and self._one_slip(said, phrase.tokens)
                    ):
                        out.append(_Match(phrase, start, end, True))
        return out

    @staticmethod
    def _sound_heads(readings: tuple[frozenset[str], ...], start: int) -> list[tuple[str, ...]]:
        """The first one and two syllables a phrase starting at `start` may be heard as."""
        heads: list[tuple[str, ...]] = [(first,) for first in readings[start]]
        if start + 1 < len(readings):
            heads += [(a, b) for a in readings[start] for b in readings[start + 1]]
        return heads

    @staticmethod
    def _one_slip(said: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
        """A sound match is a slip of speech-to-text only if at least half the characters are
        written as in the phrase: 胸口通 is 胸口痛, but 子一 is not 自缢 nor 个大 疙瘩.

        >>> TriageRules._one_slip(("股", "折"), ("骨", "折"))
        True
        >>> TriageRules._one_slip(("子", "一"), ("自", "缢"))
        False
        """
        exact = sum(1 for a, b in zip(said, phrase, strict=True) if a == b)
        return exact * 2 >= len(phrase)

    @staticmethod
    def _accepted(matches: list[_Match]) -> list[_Match]:
        """No overlaps. A match inside a longer one is dropped (没反应 holds no 反应 of its own);
        of two that only overlap, the more severe is kept (under-triage costs more: 一直吐血 is
        吐血) unless it is only heard by sound (床上掉 is not 上吊), else the longer, then the
        later; characters before sound."""

        def severity(m: _Match) -> int:
            return PRIORITY_ORDER.index(m.phrase.finding.level)

        ranked = sorted(
            matches,
            key=lambda m: (-(m.end - m.start), -severity(m), -m.end, m.by_sound),
        )
        kept: list[_Match] = []
        for match in ranked:
            clash = [k for k in kept if match.start < k.end and k.start < match.end]
            if not clash:
                kept.append(match)
            elif not match.by_sound and all(
                severity(match) > severity(k) and not k.start <= match.start < match.end <= k.end
                for k in clash
            ):
                kept = [k for k in kept if k not in clash] + [match]
        return sorted(kept, key=lambda m: m.start)

    def _in_the_past(self, clause: Clause, match: _Match) -> bool:
        """A past-history cue before the match in its clause (她以前有癫痫, 跟以前一样疼): what
        the patient has had is not what is wrong now; read like a denial."""
        before = clause.span(0, match.start)
        return any(cue in before for cue in self.config.language.past_history)

    def _denied(self, clause: Clause, match: _Match, taken: list[tuple[int, int]]) -> bool:
        """A negation cue shortly before the match, or (a concept) between its part and its
        state, in the same clause; cues inside other phrases are not cues (没反应 denies
        nothing after it)."""
        text = clause.text
        # Positions and characters agree except in Latin runs, which no cue contains.
        at = [len(clause.span(0, i)) for i in range(len(clause.tokens) + 1)]
        inner = (at[match.inner[0]], at[match.inner[1]]) if match.inner else None
        others = [(at[a], at[b]) for a, b in taken if (a, b) != (match.start, match.end)]
        if inner:
            # The concept's own part and state are not cues either (叫不醒, 不省人事).
            others += [(at[match.start], inner[0]), (inner[1], at[match.end])]
        targets = [at[match.start]] + ([inner[1]] if inner else [])
        # Nor is a degree word (特别 holds 别), nor a word that only looks like a denial.
        language = self.config.language
        for word in (*self.config.degree.severe, *self.config.degree.mild, *language.not_denials):
            found = text.find(word)
            while found != -1:
                others.append((found, found + len(word)))
                found = text.find(word, found + 1)
        ends = self.config.language.contrast
        for negation in self.config.negation:
            stops = (*negation.ends_at, *ends)
            for cue in negation.cues:
                for offset in targets:
                    position = text.rfind(cue, 0, offset)
                    while position != -1:
                        cue_end = position + len(cue)
                        inside = any(a <= position < b for a, b in others)
                        gap = text[cue_end:offset]
                        if (
                            not inside
                            and len(gap) <= negation.reach
                            and not any(w in gap for w in stops)
                        ):
                            return True
                        position = text.rfind(cue, 0, position)
        return False

    @staticmethod
    def _has_degree(
        clause: Clause,
        words: tuple[str, ...],
        match: _Match,
        taken: list[tuple[int, int]],
        *,
        before_only: bool = False,
    ) -> bool:
        text = clause.text
        # Of a concept, a degree word before its state counts (胃有点不舒服).
        start = len(clause.span(0, match.inner[1] if match.inner else match.start))
        for word in words:
            position = text.find(word)
            while position != -1:
                # A degree word that belongs to another phrase (一点反应都没有) is not one.
                inside_other = any(
                    (a, b) != (match.start, match.end)
                    and len(clause.span(0, a)) <= position < len(clause.span(0, b))
                    for a, b in taken
                )
                if not inside_other and (not before_only or position < start):
                    return True
                position = text.find(word, position + 1)
        return False


def _unique(findings: list[FoundFinding]) -> list[FoundFinding]:
    seen: set[tuple[str, str, bool, str | None]] = set()
    out: list[FoundFinding] = []
    for finding in findings:
        key = (finding.id, finding.said, finding.negated, finding.overridden_by)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out


def load_priority_rules(path: Path) -> TriageRules:
    """The triage component from its rules file (a SettingsError names any problem)."""
    return TriageRules(load_triage_config(path))
