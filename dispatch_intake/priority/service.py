"""Triage: the priority of a call from what is said about the patient, by the rules in
`config/priority.toml`.

Each utterance is cut into clauses (`clauses.py`). In a clause, the rules' phrases are
found by their characters or, for speech-to-text slips, by their sound (胸口通 is 胸口痛; a
character read otherwise in the phrase than alone by both its readings: 流学 is 流血; a
`name` no everyday word sounds like with a single character as written: 白草哭 is 百草枯),
and the rules' concepts by a part and a state a few characters apart (胸口像压了块石头,
叫他也不理) (`matching.py`). A phrase inside a longer one is dropped; of two that only
overlap the more severe (else the longer, then the later) is kept (一直吐血 is 吐血; 没有呼吸
困难 is 呼吸困难 denied, not 没有呼吸). A phrase is denied by a negation word shortly before
it in the same clause (没有 …, 否认 …, 不是 … until 是), a concept also by one between its
part and its state (胸口不疼), and a degree word in the clause (有点, 厉害) moves it to its
`mild` or `severe` level, as does a little said right after it (`mild_after`: 血压高了一点)
(`context.py`). Clauses are then read together: a clause that
names no part goes on speaking of the part the clause before named, as Chinese leaves a topic
unsaid once it is set (指着胸口，一边疼一边出汗; 头疼是老毛病，今天疼得要炸开) — unless the
part was said to be fine, or is a place (`topic = false`), and never raising what the clause
found alone (指甲盖挤了，发紫 is a bruise, not a blue face); a concept marked `across_clauses`
pairs a part and a state said in any two clauses (在楼顶边上坐着，…，说要跳); combinations of
signs hold across the whole call (胸闷 … 满头是汗). A caller who is
the patient and can barely speak is critical: said about the call (上气不接下气), or heard in
it (我……好难受……). Answers to the case-entry questions replace what the text said about
the same sign (清醒 replaces 叫不醒); words that say a sign is over (现在醒了) lower what was
said of it before them (`resolves`) — or after them too (`resolves_later`: 没哪儿疼，就是起不
来) — unless a sign said anywhere in the call contradicts them (`contradicted_by`: 别的都好
beside a tight throat) — but not below the sign's floor (`over_at_least`: a collapse, a stopped
breath, a chest pain that has passed are still sent) — unless they say what the sign was the
ordinary effect of (`explains`: a climb's breath eased by a rest); an unknown state
(`answered_anywhere`: an electrocution) is answered by such words said before it too. A
combination is not counted beside a sign that explains it otherwise (`unless`: a swollen face
and a dizzy head after a beating) — or is read without only the findings that sign explains
(`unless_of`: a fit explains the waking after it, not a dizziness beside a bleed). A
correction that says the patient is well (后来发现是口罩太紧了，现在没事了) replaces what
it corrects (`corrections.py`); a match by sound never cuts a quantity (发烧三天).
A sign said as history (以前有癫痫, 心梗病史, 他心梗过) is read like a denied one; a
complaint said to be the usual one (头疼是老毛病了; or 老毛病了 alone in the next clause) is
read at its mild level; a sound match over an everyday word written in the clause (打听, 电话)
is that word; a fallback (疼 alone) counts only when nothing more specific is said in the
utterance; pauses from a caller whose only complaints are minor, who says nothing of anyone, who
names no body part nor feeling (我……地址……是……), or who gets through a full account of only a
pain or an injury (我……腰……闪了……起不来……躺地上……一动……就疼……) are not breathlessness.
Broken speech from a caller who says they cope or asks advice (坐着……还行, 问问……), or who
gets whole phrases out between the pauses (我……肚子疼……疼得直不起腰……一个人在家), is not
breathlessness either. A sign said to be over is no part of a combination (流血，现在止住了，
头晕 is not shock) — unless the combination counts it over too (`over_too`: a blow shrugged
off, then a belly pain and a cold sweat); a severe word denied (肿得不算厉害) reads mild;
findings that `only_resolves` (说话还清楚) lower what they resolve and count for nothing else.
Findings that do not stand `alone` (没事了) say nothing when nothing else is found, except
together in a combination marked `alone` (at a roof's edge, a knife in hand). A clause of a word
or two that says nothing of the patient (突然) does not end the topic before it; two words heard
by sound that share the slipped character at their seam are both read (鼻学止住了). A `not_very`
word before a sign (不怎么疼) is a degree, not a denial, and with 了 after it the sign has eased
and still combines (胸口不怎么疼了，一身冷汗) — but before an ability or a vital function it is
barely (不太能说话, 不怎么喘气了: [language] `barely`, `clauses.py`); a clause that only takes
back the one before it (其实不是) denies what that one said when the clause after it says a sign
instead, not a person or a place (叫不醒，不对，是我公公), and not a sign said again — or says
what was meant of the part it named without naming it (没流多少血？不对，地上一大滩); a denied
sign lets words of the patient's state count (他没喝农药，人好好的). A bare no does not deny a
concept whose state is itself a no (还没停叫她没反应), nor reach past a word it closed with 了
(不哭了脸发青), nor a phrase that begins with the same no a word later (没大便没放屁); a no said
alone between pauses is read with the piece after it (…没有…胸疼…). Broken speech from a caller
who rules out a grave sign or reports (没胸痛, 没出汗, 血压…一百九: [patient] `ruled_out`,
`reports`) is read as coping. Pauses from a caller who names only someone else as the patient
(那个……我儿子……手……被门夹了……) are a bystander's hesitation, not breathlessness; a patient who
says they are failing (要倒了, 眼前发黑) keeps them read however full the account ([patient]
`others`, `kin`, `failing`). The priority is the most severe level left; nothing found is
`unknown`.
"""

from __future__ import annotations

import functools
import itertools
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from dispatch_intake.priority.clauses import Clause, ClauseReader
from dispatch_intake.priority.context import ClauseContext
from dispatch_intake.priority.corrections import (
    SaidClause,
    apply_corrections,
    correction_start,
)
from dispatch_intake.priority.matching import (
    Match,
    PhraseIndex,
    accepted,
    free_slots,
    paired_concepts,
    within_words,
)
from dispatch_intake.priority.rules import (
    PRIORITY_ORDER,
    Concept,
    Finding,
    Level,
    Observation,
    TriageConfig,
    read_triage_file,
    triage_config_from,
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

# How far before a `failing` word (眼前发黑) an ordinary cause of it (站起来) is looked for.
_ORDINARY_CAUSE_REACH = 6

# A clause this short that says nothing of the patient (突然, 然后) does not end a topic.
_A_WORD_OR_TWO = 3

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
    # Said to be over or less than first said (血止住了 after 流血): it counts at the lower
    # level, and no longer with other signs as more than each alone.
    resolved: bool = False
    # Replaced by a correction (后来发现是 …, 现在没事了): it counts at what the correction says,
    # and nothing said after lowers or raises it again.
    corrected: bool = False

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
class _Read:
    """One clause as read: the findings it holds, the spans they took, and the concept parts
    and states in it that were free to pair (a later clause may pair with them)."""

    clause: Clause
    findings: list[FoundFinding]
    taken: list[tuple[int, int]]
    slots: list[Match]
    # Fallbacks (a bare 疼) left out beside something more specific in the clause.
    bare: list[FoundFinding] = field(default_factory=list)
    # Where in the clause each finding was said.
    spans: dict[FoundFinding, tuple[int, int]] = field(default_factory=dict)
    # Every concept part the clause named, a phrase's own words included (头 in 头疼): the
    # topic a next clause that names none may go on speaking of, unless denied there or said
    # to be fine.
    topics: list[Match] = field(default_factory=list)
    # Where a correction (后来发现是, 原来是) begins in the clause, if one does.
    correction: int | None = None


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
        self.index = PhraseIndex(config, self.reader, (patient,))
        self.context = ClauseContext(config, self.reader)
        self._patient = patient
        # A call is assessed again at every turn (a place said, an answer, a dispatch) with the
        # same words, inside the turn's write; results are frozen, so those of the latest words
        # and answers are kept, and a start assesses its complaint before its write begins.
        self._assessed = functools.lru_cache(maxsize=1024)(self._assess)
        # The body parts concepts name (胸口, 肚子): a caller who names one is speaking of a body.
        self._body_parts = frozenset(
            part
            for concept in config.concepts
            if concept.topic
            for part in concept.parts
            if part not in config.patient.not_body_parts
        )
        # Words listed there that are no part themselves but hold one (手机 holds 手): they are
        # taken out of the text before a part is looked for.
        parts_named = {
            part for concept in config.concepts if concept.topic for part in concept.parts
        }
        self._holds_a_part = tuple(
            word for word in config.patient.not_body_parts if word not in parts_named
        )
        self._resolves = {
            f.id: f.resolves for f in (*config.findings, *config.concepts) if f.resolves
        }
        # Each `unless` word once, with the concepts it turns off (looked up per utterance).
        self._unless: dict[str, list[str]] = defaultdict(list)
        for concept in config.concepts:
            for word in concept.unless:
                self._unless[word].append(concept.id)
        # The same words by their first character: an utterance is tried against the few that
        # begin with a character it holds, not against every one of the thousands (trying each
        # was half of what reading an utterance cost).
        # A word holding a filler (都出来: everyone got out; 人也掉: the person fell in too) is
        # looked for in the text with its fillers kept: phrases are read with them dropped, and
        # there the word could never be found.
        fillers = config.language.fillers
        self._unless_by_first: dict[str, list[str]] = defaultdict(list)
        self._filler_unless_by_first: dict[str, list[str]] = defaultdict(list)
        for word in self._unless:
            held = any(filler in word for filler in fillers)
            (self._filler_unless_by_first if held else self._unless_by_first)[word[:1]].append(word)
        self._observations: dict[str, Observation] = {
            f.id: f for f in (*config.findings, *config.concepts, patient)
        }

    @property
    def signs(self) -> frozenset[str]:
        """Every sign a finding may be about (what a case-entry answer may override)."""
        observations = (*self.config.findings, *self.config.concepts)
        return frozenset({CALLER_SPEECH, *(f.sign for f in observations)})

    # ---------------------------------------------------------------------------------------

    def assess(self, texts: Iterable[str], answers: Sequence[AnswerEffect] = ()) -> TriageResult:
        """The priority of everything said so far, with the findings behind it."""
        return self._assessed(tuple(texts), tuple(answers))

    def _assess(self, texts: tuple[str, ...], answers: tuple[AnswerEffect, ...]) -> TriageResult:
        findings: list[FoundFinding] = []
        for text in texts:
            if text and text.strip():
                findings.extend(self._utterance(text))
        findings = self._resolved(findings)
        overrides = {sign: answer.question for answer in answers for sign in answer.overrides}
        findings = [
            f
            if f.sign not in overrides or f.sign == CALLER_SPEECH
            else replace(f, overridden_by=overrides[f.sign])
            for f in findings
        ]
        priority = "unknown"
        reasons: list[str] = []
        counted = [f for f in findings if f.counts and not self._observations[f.id].only_resolves]
        # A caller who denies a sign (他没喝农药, 没被狗咬着) speaks of the patient's condition:
        # words of it that say nothing alone (皮都没破, 人好好的) then say it is well.
        denied = any(f.negated and f.overridden_by is None for f in findings)
        well = denied and any(
            f.counts and self._observations[f.id].only_resolves and not f.resolved for f in findings
        )
        # Words that only speak of other findings (没事了) say nothing of a patient alone —
        # except together, in a combination that says so (at an edge, a knife in hand), or
        # beside a denied sign.
        said_alone = any(self._observations[f.id].alone for f in counted) or (
            bool(counted) and denied
        )
        # A sign said to be over (一直流血 … 现在止住了) is no part of a combination (流血 with
        # 头晕 is shock; a cut that has stopped bleeding and a dizzy head are not).
        standing = [f for f in counted if not f.resolved]
        present = {f.sign for f in standing}
        # ... unless the combination says the sign still counts when over (a blow shrugged off).
        said_at_all = {f.sign for f in counted}
        if not said_alone:
            counted = []
        for finding in counted:
            priority = more_severe(priority, finding.level)
        for combination in self.config.combinations:
            if not (said_alone or combination.alone):
                continue
            here = present
            # A sign that explains its signs otherwise (a fit): not at all, or without only the
            # findings it explains (`unless_of`: the waking after the fit, not a dizziness).
            if said_at_all.intersection(combination.unless):
                if not combination.unless_of:
                    continue
                here = {f.sign for f in standing if f.id not in combination.unless_of}
            if all(
                sign in here or (sign in combination.over_too and sign in said_at_all)
                for sign in combination.signs
            ):
                priority = more_severe(priority, combination.level)
                reasons.append("+".join(combination.signs))
        if priority == "unknown" and well:
            priority = "routine"
        for answer in answers:
            if answer.priority:
                priority = more_severe(priority, answer.priority)
                reasons.append(f"answer:{answer.question}")
        return TriageResult(priority, tuple(_unique(findings)), tuple(reasons))

    def _resolved(self, findings: list[FoundFinding]) -> list[FoundFinding]:
        """What was said of a sign before it was said to be over (晕过去了 … 现在醒了) counts at
        the level of the words that ended it, if that is no higher — but not below its
        `over_at_least` (a collapse that is over is still sent) — and no longer combines; said
        after them, it stands, unless its state is `answered_anywhere` (人是醒着的，被电了一下).
        Words contradicted by a sign said anywhere in the call (`contradicted_by`) end nothing.
        """
        out = list(findings)
        said = _said(findings)
        for at, later in enumerate(findings):
            signs = self._resolves.get(later.id)
            if not signs or not later.counts or self._observations[later.id].correction_only:
                continue
            # Words the rest of the call contradicts (别的都好 beside a tight throat) end nothing.
            if said.intersection(self._observations[later.id].contradicted_by):
                continue
            # Said first (没摔着，就是起不来), they may end what is said after them too; an
            # unknown state (an electrocution) is answered by them wherever they are said.
            reaches_later = self._observations[later.id].resolves_later
            for before, earlier in enumerate(out):
                if before == at or (
                    before > at
                    and not reaches_later
                    and not self._observations[earlier.id].answered_anywhere
                ):
                    continue
                # Said to be over at its own level (头晕 … 好点了) it is still over: no part of
                # a combination.
                if (
                    earlier.sign in signs
                    and not earlier.corrected
                    and more_severe(earlier.level, later.level) == earlier.level
                ):
                    explains = self._observations[later.id].explains
                    out[before] = replace(
                        earlier,
                        level=self._lowered(earlier, later.level, floored=not explains),
                        resolved=True,
                    )
        return out

    def _lowered(self, finding: FoundFinding, level: str, *, floored: bool = True) -> str:
        """The level a finding said to be over counts at: the words that ended it, if no higher
        than it, and no lower than its `over_at_least` — unless those words explain it
        (`explains`: the ordinary effect of an effort, not a sign that passed)."""
        floor = self._observations[finding.id].over_at_least if floored else None
        lowered = level if floor is None else more_severe(level, floor)
        return lowered if more_severe(finding.level, lowered) == finding.level else finding.level

    def _said_undenied(self, word: str, normal: str) -> bool:
        """Whether `word` is said once without a denial just before it (没摔跤 explains nothing)."""
        cues = self.config.language.unless_denied_by
        start = normal.find(word)
        while start >= 0:
            # Within two characters (没摔跤, 没有喝酒), or a longer cue said whole right before
            # (不是普通抽筋).
            if not any(cue in normal[max(0, start - max(2, len(cue))) : start] for cue in cues):
                return True
            start = normal.find(word, start + 1)
        return False

    @staticmethod
    def _words_in(by_first: dict[str, list[str]], *texts: str) -> set[str]:
        """The words of `by_first` (words by their first character) any of `texts` holds."""
        return {
            word
            for first in {"", *"".join(texts)}
            for word in by_first.get(first, ())
            if any(word in text for text in texts)
        }

    def _excluded(self, by_first: dict[str, list[str]], normal: str) -> frozenset[str]:
        """Concepts whose parts `normal` uses in another sense (腿抽筋 is not 抽) — said in
        pieces too (我……牙……肿得……说话……含糊 holds 牙肿)."""
        said = self.reader.without_pauses(normal)
        return frozenset(
            concept
            for word in self._words_in(by_first, normal, said)
            if self._said_undenied(word, normal) or self._said_undenied(word, said)
            for concept in self._unless[word]
        )

    def _utterance(self, text: str) -> list[FoundFinding]:
        kept = text.lower()
        normal = self.reader.without_fillers(kept)
        excluded = self._excluded(self._unless_by_first, normal)
        if self._filler_unless_by_first:
            excluded |= self._excluded(self._filler_unless_by_first, kept)
        # A usual complaint said to have changed (比以前厉害, 突然) is not the usual one.
        usual = not any(word in normal for word in self.config.language.not_as_usual)
        reads = [
            self._clause(clause, excluded, usual=usual)
            for clause in self._restated(self._denials_kept(self.reader.clauses(text)))
        ]
        self._taken_back(reads)
        if usual:
            self._usual_said_after(reads)
        self._topic_carried_on(reads)
        apply_corrections(
            [SaidClause(read.findings, read.spans, read.correction) for read in reads],
            self._observations.__getitem__,
        )
        found = [f for read in reads for f in read.findings]
        # A finding paired across clauses is said where its later half is said: what the call
        # says after that (在太阳底下干活，身上发烫，头晕，人清醒) may say it is over, as of one
        # found within a clause.
        paired = self._across_clauses(reads, found)
        found = [
            f
            for at, read in enumerate(reads)
            for f in (*read.findings, *(f for where, f in paired if where == at))
        ]
        # A bare 疼 in one clause is the pain of what another clause named (牙疼了两天，疼得
        # 睡不着): a fallback counts only when nothing more specific is said in the utterance.
        fallbacks = {f.id for f in self.config.findings if f.fallback}
        # Words that only lower others (还在玩, 人清醒) or say nothing alone (别的没事) are not
        # more specific.
        if any(
            f.counts
            and f.id not in fallbacks
            and not self._observations[f.id].only_resolves
            and self._observations[f.id].alone
            for f in found
        ):
            found = [f for f in found if f.id not in fallbacks]
        heard = self._heard_in_the_call(text, found)
        # Pieces that find nothing alone (被……狗……咬了……小腿……) say what they say put back
        # together: read so too — beside the pauses as heard, which they do not explain away.
        # Only words that say something alone: a sound match across the seams (血……想 heard as
        # 血象) adds nothing.
        # Told in whole phrases between the pauses (我……三十六周……肚子……每隔……五分钟……硬一下……),
        # what they say put back together is the account the caller got through: it explains
        # the pauses as the same words said unbroken would; a word a breath (我……腿……疼……下不了
        # ……楼……) does not.
        # Words that say nothing alone (止住了, 不流了) do not stand for an account either:
        # 我……让狗……咬了……手……出了……点血……止住了…… is a bite put back together.
        if not any(
            f.counts and self._observations[f.id].alone for f in found
        ) and self.reader.pauses(text):
            joined = self._joined(text)
            if any(self._observations[f.id].alone for f in joined):
                found.extend(joined)
                if self._whole_phrases(text.replace(" ", "")):
                    heard = self._heard_in_the_call(text, found)
        found.extend(heard)
        return found

    def _heard_in_the_call(self, text: str, found: list[FoundFinding]) -> list[FoundFinding]:
        """Speech broken by breath: pauses, more so from a caller speaking of themselves."""
        signals = self.config.patient
        pauses = self.reader.pauses(text)
        if pauses == 0:
            return []
        normal = text.replace(" ", "")
        speaks_of_self = self._speaks_of_self(normal)
        # A bystander who hesitates over someone else's complaint (那个……我儿子……手……被门夹了
        # ……): the pauses are the caller's, not the patient's breath.
        if not speaks_of_self and self._of_another(normal):
            return self._grave_when_joined(text, signals.grave_when_joined)
        # Words that only lower others (能说话, 人清醒) say nothing of why the caller breaks off.
        counted = [f for f in found if f.counts and not self._observations[f.id].only_resolves]
        # Broken speech from a caller whose only complaints are minor (嗓子哑了, 落枕了, 打嗝)
        # is the complaint, not breathlessness; from a caller who says nothing of anyone's body
        # or self (嗯……那个……你等一下) it is hesitation. Words broken into pieces (我……胸口……)
        # still count: the sign may be in the pieces not said. Minor as the utterance leaves
        # them: a turned foot said to walk (脚……歪了……能走) is minor.
        left = self._standing(found)
        if all(f.level == "routine" for f in left):
            # The pieces put back together (心口……有点……不舒服 is 心口有点不舒服) may say
            # more than each piece did.
            joined = self._joined(text)
            # Pieces that, put back together, say only a minor complaint (我……眼睛……有点……
            # 干……) are that complaint told slowly, not breath run short: read as it.
            if self._only_minor(joined):
                return joined
            # Unless, put back together, they name a grave sign (心口……有点……不舒服……出汗……);
            # 肿了 of a knee or a lip in its own piece stays the piece's.
            grave = signals.grave_when_joined
            if left and not any(f.level != "routine" and f.sign in grave for f in joined):
                return []
        # A caller who says they are coping, or who only asks for advice (我……坐着……还行……,
        # 问问……破伤风……), speaks in pieces, not for want of breath — not when the words are
        # denied (不能说话 holds 能说话). Their words speak for how bad the rest is too: the
        # pieces put back together are read then only for the signs coping says nothing of.
        said = self.reader.without_pauses(normal)
        says_coping = any(self._said_undenied_by(word, said) for word in signals.coping)
        # So does one who rules out what the call-taker would ask (我…心慌…没…胸痛…, 没出汗),
        # in a piece of its own or in the pieces put back together — but that speaks for the
        # pauses only, not for the breath: a breath said beside it (我…没…胸疼…但是…喘…不上…
        # 气…) is read as said, where 还行 would speak for it.
        rules_out = self._rules_out(found) or self._rules_out(self._utterance(said))
        coping = says_coping or rules_out
        grave = signals.grave_when_joined
        if says_coping:
            grave = signals.grave_past_coping
        elif rules_out:
            grave = (*signals.grave_past_coping, *signals.grave_past_ruling_out)
        # A patient who says they are failing now (要倒了, 眼前发黑) breaks off for that, however
        # full the account of the rest.
        failing = any(self._said_failing(word, said) for word in signals.failing)
        # A caller who gets through a full account of a pain or an injury (我……腰……闪了……
        # 起不来……躺地上……一动……就疼……) breaks off for the pain.
        explained_here = set(signals.explained_by)
        if any(f.sign in signals.injuries for f in counted):
            explained_here.update(signals.explained_beside_an_injury)
        if (
            counted
            and not failing
            and pauses >= signals.full_account
            and all(f.sign in explained_here for f in counted)
        ):
            return self._grave_when_joined(text, grave)
        # Or who gets whole phrases out between the pauses (我……肚子疼……疼得直不起腰……一个人
        # 在家): fewer pieces, but each more than a breath's worth.
        explained = {*signals.explained_by, *signals.explained_in_whole_phrases}
        if (
            counted
            and not failing
            and all(f.sign in explained for f in counted)
            and self._whole_phrases(normal)
        ):
            return self._grave_when_joined(text, grave)
        if coping:
            return self._grave_when_joined(text, grave)
        feels = (
            any(f.counts for f in found)
            or any(w in normal for w in signals.feelings)
            or (speaks_of_self and self._in_crisis(text))
        )
        # Speaking of themselves but of no body part or feeling (我……地址……是……东三街……)
        # is a caller searching for words, not for breath.
        spoken = normal
        for word in self._holds_a_part:
            spoken = spoken.replace(word, "")
        if not feels and not (speaks_of_self and any(p in spoken for p in self._body_parts)):
            return []
        if pauses >= signals.pauses or (
            pauses >= signals.pauses_with_self and speaks_of_self and feels
        ):
            return [FoundFinding(self._patient.id, CALLER_SPEECH, signals.level, f"{pauses}×…")]
        return []

    def _said_failing(self, word: str, said: str) -> bool:
        """Whether `word` ([patient] `failing`) is said undenied and not right after one of
        `failing_not_after` (一站起来眼前发黑 is a head rush, not a failing)."""
        if not self._said_undenied_by(word, said):
            return False
        ordinary = self.config.patient.failing_not_after
        start = said.find(word)
        while start >= 0:
            before = said[max(0, start - _ORDINARY_CAUSE_REACH) : start]
            if not any(cause in before for cause in ordinary):
                return True
            start = said.find(word, start + 1)
        return False

    def _speaks_of_self(self, normal: str) -> bool:
        """Whether the caller speaks of themselves: a first-person word (我) not said of one of
        their own (我儿子, 俺娘: [patient] `kin` right after it)."""
        kin = self.config.patient.kin
        for word in self.config.language.first_person:
            start = normal.find(word)
            while start >= 0:
                after = normal[start + len(word) :]
                if not any(after.startswith(k) for k in kin):
                    return True
                start = normal.find(word, start + 1)
        return False

    def _of_another(self, normal: str) -> bool:
        """Whether the caller names someone else as the patient: a third person ([patient]
        `others`: 他, 她), or one of their own (我儿子: a first-person word before `kin`)."""
        signals = self.config.patient
        said = normal
        for word in signals.not_others:
            said = said.replace(word, "")
        if any(word in said for word in signals.others):
            return True
        return any(
            f"{own}{k}" in said for own in self.config.language.first_person for k in signals.kin
        )

    def _in_crisis(self, text: str) -> bool:
        """Whether the pieces put back together say where or how a caller is in crisis
        ([patient] `in_crisis`: 我……站在……楼顶……边上…… is at a roof's edge), said and not
        denied, though such a finding says nothing alone."""
        crisis = self.config.patient.in_crisis
        if not crisis:
            return False
        found = self._utterance(self.reader.without_pauses(text))
        return any(f.sign in crisis and not f.negated for f in found)

    def _grave_when_joined(self, text: str, grave: tuple[str, ...]) -> list[FoundFinding]:
        """What the pieces put back together say at the critical level of one of the `grave`
        signs (我……能说话……但是……左边……手脚……动不了…… is a one-sided weakness; 我……吐了……
        一盆……血…… a haemorrhage): why a caller breaks off explains the pauses, not what was
        said. A grave sign they say at a lesser level (我……拔完牙……血……一直……往外渗……, a bleeding
        that goes on) is read at it: the pauses are explained, not what they say."""
        return [
            f for f in self._joined(text) if f.counts and f.level != "routine" and f.sign in grave
        ]

    def _rules_out(self, findings: list[FoundFinding]) -> bool:
        """Whether the findings answer or report ([patient] `ruled_out`, `reports`): a grave
        sign denied (没有胸疼), or a finding only an answer or a report says (没出汗,
        血压一百九)."""
        signals = self.config.patient
        return any(
            f.overridden_by is None
            and (
                (f.negated and f.sign in signals.ruled_out)
                or (not f.negated and f.id in signals.reports)
            )
            for f in findings
        )

    def _said_undenied_by(self, word: str, text: str) -> bool:
        """Whether `word` is said once in `text` without a negation cue right before it
        (还能说话, not 不能说话)."""
        cues = [cue for negation in self.config.negation for cue in negation.cues]
        start = text.find(word)
        while start >= 0:
            before = text[max(0, start - 2) : start]
            if not any(before.endswith(cue) for cue in cues):
                return True
            start = text.find(word, start + 1)
        return False

    def _joined(self, text: str) -> list[FoundFinding]:
        """What the utterance read without its pauses finds, as they stand once resolved."""
        return self._standing(self._utterance(self.reader.without_pauses(text)))

    def _standing(self, found: list[FoundFinding]) -> list[FoundFinding]:
        """The findings that count, as they stand once resolved, without those that only
        lower others (说话还清楚)."""
        return [
            f
            for f in self._resolved([f for f in found if f.counts])
            if not self._observations[f.id].only_resolves
        ]

    def _only_minor(self, found: list[FoundFinding]) -> bool:
        """Only minor complaints of signs that explain broken speech (`explained_by`), each
        one that says something alone (有点紫 needs the lips or a bruise beside it)."""
        explained = self.config.patient.explained_by
        return bool(found) and all(
            f.level == "routine" and f.sign in explained and self._observations[f.id].alone
            for f in found
        )

    def _only_the_state(self, clause: Clause, state: Match, with_particles: bool) -> bool:
        """The clause is the state and nothing else, or but particles (歪了, 紫了) when allowed:
        a piece of one phrase, not a clause of its own."""
        particles = self.config.language.pause_particles if with_particles else ()
        rest = clause.tokens[: state.start] + clause.tokens[state.end :]
        return all(token in particles for token in rest)

    def _whole_phrases(self, normal: str) -> bool:
        """The caller got a long account out in pieces of whole phrases, not a word a breath:
        `full_account_chars` characters or more and `whole_piece_chars` a piece, their own 我
        and the clause marks aside."""
        signals = self.config.patient
        marks = set(self.config.language.clause_marks)
        said = normal
        for word in self.config.language.first_person:
            said = said.replace(word, "")
        pieces = [
            size
            for piece in self.reader.split_at_pauses(said)
            if (size := sum(1 for char in piece if char not in marks))
        ]
        size = sum(pieces)
        return (
            bool(pieces)
            and size >= signals.full_account_chars
            and size / len(pieces) >= signals.whole_piece_chars
        )

    def _clause(
        self, clause: Clause, excluded: frozenset[str] = frozenset(), *, usual: bool = True
    ) -> _Read:
        found = self.index.matches(clause)
        if any(m.by_sound for m in found):
            words = self.index.everyday_words(clause)
            found = [
                m
                for m in found
                if not m.by_sound or not any(m.start < b and a < m.end for a, b in words)
            ]
            found = within_words(found, self.index.quantities(clause))
        # A part inside a word that names none (老头腿上 holds no head) is no part; a state
        # inside a word that says none (快来人 holds no racing heart) is no state. A part that
        # is the whole word is what its concept lists it for (膝头 holds no head, but is a knee).
        for slot, words in (
            ("part", self.index.not_parts(clause)),
            ("state", self.index.not_states(clause)),
        ):
            if words:
                found = [
                    m
                    for m in found
                    if m.phrase.slot != slot
                    or not any(
                        a <= m.start and m.end <= b and (m.start, m.end) != (a, b) for a, b in words
                    )
                ]
        whole = [m for m in found if m.phrase.slot == "phrase"]
        slots = free_slots(found, excluded)
        matches = accepted(whole + paired_concepts(slots))
        taken = [(m.start, m.end) for m in matches]
        out: list[FoundFinding] = []
        for match in matches:
            finding = match.phrase.finding
            negated = self.context.denied(clause, match, taken) or self.context.in_the_past(
                clause, match
            )
            level = finding.level
            usual_here = bool(finding.mild) and usual and self.context.as_usual(clause, match)
            # 不算厉害 holds 厉害 but says the opposite.
            not_severe = bool(finding.mild or finding.severe) and self.context.has_degree(
                clause, self.config.degree.not_severe, match, taken
            )
            severe = (
                (finding.severe or usual_here)
                and not not_severe
                and self.context.has_degree(clause, self.config.degree.severe, match, taken)
            )
            if finding.severe and severe:
                level = finding.severe
            # The usual complaint, unless said to be severe this time (老毛病，疼得厉害).
            elif finding.mild and usual_here and not severe:
                level = finding.mild
            elif finding.mild and (
                not_severe
                or self.context.has_degree(
                    clause, self.context.mild_words, match, taken, before_only=True
                )
                or self.context.mild_right_after(clause, match)
            ):
                level = finding.mild
            # Eased and still there (胸口不怎么疼了): no higher than its floor once over.
            if not severe and self.context.eased(clause, match, taken):
                level = _eased_level(finding, level)
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
        # A bare 疼 beside something more specific is that thing's (牙疼，一直疼); kept aside,
        # it may still be the pain of a part the clause before named.
        spans = dict(zip(out, taken, strict=True))
        bare = [f for f in out if self._observations[f.id].fallback]
        # Words that say nothing alone (止疼药吃了) or only lower others are not more specific:
        # 疼得受不了，止疼药吃了不管用 is still a pain.
        specific = [
            f
            for f in out
            if f not in bare
            and self._observations[f.id].alone
            and not self._observations[f.id].only_resolves
        ]
        if specific:
            out = [f for f in out if f not in bare]
        else:
            bare = []
        topics = [
            m
            for m in found
            if m.phrase.slot == "part"
            and isinstance(m.phrase.finding, Concept)
            and m.phrase.finding.topic
            and m.phrase.finding.id not in excluded
        ]
        # Words that say a pain is over, said right after a part (腿现在不疼了), speak of that
        # part: they end nothing said of another (a chest pain said before).
        for gone in list(out):
            rule = self._observations[gone.id]
            if not rule.own_part_only:
                continue
            named = {p.phrase.finding.sign for p in topics if p.end <= spans[gone][0]}
            if named and not named.intersection(rule.resolves):
                out.remove(gone)
        correction = correction_start(clause, self.config.language.corrections)
        return _Read(clause, out, taken, slots, bare, spans, topics, correction)

    def _named_back(self, text: str) -> str:
        """The words a clause takes back by naming them (不是楼上 → 楼上; 哦不是三楼 → 三楼), or
        "" when it names none."""
        language = self.config.language
        text = self._without_interjections(text)
        for cue in sorted(language.takes_back_naming, key=len, reverse=True):
            if text.startswith(cue) and len(text) > len(cue):
                return text[len(cue) :]
        return ""

    def _denials_kept(self, clauses: list[Clause]) -> list[Clause]:
        """A piece that is only a denial (没有, 不), said between pauses and cut by one from what
        it denies (…一百六…没有…胸疼…), is read with the piece after it: one phrase broken by
        breath, as a part cut from its state is. Not an answer opening a clause (没有……我看不到
        胸口起伏), nor a stammer (不……不想活了)."""
        cues = {cue for negation in self.config.negation for cue in negation.cues}
        out: list[Clause] = []
        for clause in clauses:
            if (
                out
                and clause.after_pause
                and out[-1].after_pause
                and out[-1].text in cues
                and not clause.text.startswith(tuple(cues))
            ):
                joined = self.reader.clause(out[-1].text + clause.text)
                out[-1] = replace(joined, after_pause=out[-1].after_pause)
                continue
            out.append(clause)
        return out

    def _restated(self, clauses: list[Clause]) -> list[Clause]:
        """A clause before one that takes back its words and one that says what they should
        have been (从三楼摔下来了，不是三楼，是二楼; 胸口疼，不是胸口，是心口) is read as said again
        with those words: 从二楼摔下来了, 心口疼; the clause that took them back is dropped. Taken
        back with nothing said instead, the words are denied (`_taken_back`)."""
        out: list[Clause] = []
        at = 0
        while at < len(clauses):
            clause = clauses[at]
            named = self._named_back(clause.text) if out and at + 1 < len(clauses) else ""
            meant = self._meant(clauses[at + 1].text) if named else ""
            if named and named in out[-1].text and meant:
                said = _put_in_place(out[-1].text, named, meant)
                out[-1] = self.reader.clause(said)
                # What was meant is still read as said, too (其实不是睡，是怎么叫都叫不醒: not
                # inside the 以为 of the clause before).
                at += 1
                continue
            taken = self._taken_instead(out[-1].text, clause.text, clauses[at + 1 :]) if out else ""
            if taken:
                # Read beside what was said first, not in its place: a caller who corrects a
                # poison to a harmless thing (喝了点农药，哦不是，是红药水) is asked again, not
                # believed down to nothing.
                out.append(self.reader.clause(taken))
                at += 1
                continue
            out.append(clause)
            at += 1
        return out

    def _taken_instead(self, before: str, clause: str, after: list[Clause]) -> str:
        """The clause before a bare taking back (哦不是, 不对) said again with the thing the
        clause after names (，是农药) as what the patient took (`restated_after`: 他喝了点红药水
        → 他喝了农药), or "" when that is not what was said: the clause after must name a thing
        alone — no verb of its own, no one (是他打翻了红药水, 是我公公 say who or what happened)."""
        if not after or not self._is_taking_back(clause):
            return ""
        thing = self._meant(after[0].text)
        if not thing or len(thing) > _THING_SAID or any(w in thing for w in _NOT_A_THING):
            return ""
        verbs = [(before.rfind(v), v) for v in self.config.language.restated_after if v in before]
        if not verbs:
            return ""
        at, verb = max(verbs, key=lambda found: (found[0], len(found[1])))
        return before[: at + len(verb)] + thing

    def _meant(self, text: str) -> str:
        """What a clause says was meant instead, after its `restated_by` cue (是二楼 → 二楼), or
        "" when it opens with none or says nothing after it."""
        cue = next(
            (
                c
                for c in sorted(self.config.language.restated_by, key=len, reverse=True)
                if text.startswith(c)
            ),
            None,
        )
        return text[len(cue) :] if cue else ""

    def _taken_back(self, reads: list[_Read]) -> None:
        """A clause that only takes back what was said (其实不是, 不是的, 说错了) denies the
        findings of the clause before it (刚才说胸口疼，其实不是，是打完球肌肉酸) — when the clause
        after it names a sign of its own, the one said instead. A caller who then corrects
        only who the patient is or where (我老公叫不醒，不对，是我公公; 搞错了，地址是东三街)
        takes back no sign, and a sign the next clause says again (喘不上气，不是的，是根本喘不
        了) is not taken back. Taken back, a sign was never there: no `over_at_least` floor
        holds it (胸口疼，其实不是，是肌肉酸). An interjection before it (哦不是) changes nothing.
        One that names words of the clause before after a `takes_back_naming` cue, with nothing
        said instead (被蛇咬了？不是蛇), denies only what those words were part of.
        A taking back said twice over (不是，我说错了，一直往外涌) looks past the second to what
        was said instead."""
        language = self.config.language
        for at in range(1, len(reads)):
            before, read = reads[at - 1], reads[at]
            instead = at + 1
            while instead < len(reads) and self._only_taking_back(reads[instead]):
                instead += 1
            after = reads[instead] if instead < len(reads) else None
            if any(not f.negated for f in read.findings):
                continue
            text = self._without_interjections(read.clause.text)
            where: tuple[int, int] | None = None
            if text in language.takes_back:
                meant = self._meant_of_the_part(before, after) if after is not None else None
                if after is None or not (after.findings or meant):
                    continue  # a correction of who or where, not of what was wrong
                # Said instead, it counts beside what that clause found, when it says more.
                if meant is not None and all(
                    more_severe(meant.level, f.level) != f.level for f in after.findings
                ):
                    after.findings.append(meant)
            else:
                named = self._named_back(text)
                found = before.clause.text.find(named) if named else -1
                if found < 0:
                    continue
                where = (found, found + len(named))
            again = {f.sign for f in after.findings} if after is not None else set()
            for said in (before.findings, before.bare):
                for i, finding in enumerate(said):
                    if finding.sign in again:
                        continue
                    span = before.spans.get(finding)
                    if where is not None and (
                        span is None or not (span[0] < where[1] and where[0] < span[1])
                    ):
                        continue
                    said[i] = taken = replace(finding, negated=True)
                    if finding in before.spans:
                        before.spans[taken] = before.spans.pop(finding)

    def _without_interjections(self, text: str) -> str:
        """The clause without the interjections and the words relaying it it opens with (哦不是
        is 不是; 后来又说不是 is 不是: the patient took it back, the caller passes it on)."""
        language = self.config.language
        openers = sorted((*language.interjections, *language.relayed_by), key=len, reverse=True)
        while word := next((w for w in openers if text.startswith(w) and len(text) > len(w)), ""):
            text = text[len(word) :]
        return text

    def _taking_back(self, read: _Read) -> bool:
        """Whether a clause's words are a taking back (不对, 说错了), interjections aside."""
        return self._is_taking_back(read.clause.text)

    def _is_taking_back(self, text: str) -> bool:
        return self._without_interjections(text) in self.config.language.takes_back

    def _only_taking_back(self, read: _Read) -> bool:
        """Whether a clause says nothing but a taking back (说错了 after 不是)."""
        return not read.findings and self._taking_back(read)

    def _meant_of_the_part(self, before: _Read, after: _Read) -> FoundFinding | None:
        """What a clause after a taking back says of the part the clause taken back named,
        without naming it again (没流多少血？不对，地上一大滩: the blood is a pool) — the most
        severe such reading, or None. The part is read even where the clause taken back denied
        it: the denial is what was taken back."""
        named = {
            m.phrase.finding.id: m for m in before.topics if isinstance(m.phrase.finding, Concept)
        }
        best: FoundFinding | None = None
        for state in after.slots:
            concept = state.phrase.finding
            if (
                state.phrase.slot != "state"
                or not isinstance(concept, Concept)
                or concept.id not in named
                or any(m.phrase.slot == "part" and m.phrase.finding is concept for m in after.slots)
                or self._unsaid(after, state)
                # Inside what the clause found of its own (蹲久了站起来晕了一下), it is that.
                or any(
                    span[0] < state.end and state.start < span[1] for span in after.spans.values()
                )
            ):
                continue
            if best is None or more_severe(concept.level, best.level) != best.level:
                said = f"{named[concept.id].phrase.text}…{state.phrase.text}"
                best = FoundFinding(concept.id, concept.sign, concept.level, said)
        return best

    def _usual_said_after(self, reads: list[_Read]) -> None:
        """A clause that only says the complaint is the usual one (头昏，老毛病了) says it of
        the clause before: its findings are read at their mild level."""
        cues = self.context.usual
        for before, read in zip(reads, reads[1:], strict=False):
            if read.findings or not any(cue in read.clause.text for cue in cues):
                continue
            for at, finding in enumerate(before.findings):
                mild = self._observations[finding.id].mild
                if mild and more_severe(mild, finding.level) == finding.level:
                    before.findings[at] = replace(finding, level=mild)

    def _topic_carried_on(self, reads: list[_Read]) -> None:
        """A clause that names no part speaks of the part the clause before named and said
        nothing of, as Chinese leaves a topic unsaid once it is set (他指着胸口，一边疼一边出
        汗; 头疼是老毛病，今天疼得要炸开): its states are read as that part's concept. What the
        clause found alone there gives way when it was a bare 疼, or when the part's reading is
        no higher (指甲盖挤了，发紫 is a bruise, not a blue face); a place is not a topic
        that raises what was said after it (住在河边，说不想活了). A clause that says nothing of
        the patient (突然, 然后) does not end the topic (我头……突然……炸开一样疼). A piece that
        is only the state, cut from the part by a pause (右手……动不了), is one phrase broken by
        breath: what it found alone gives way, higher or lower (腿……发紫 is a bruise). A clause
        that took the topic up without naming a part hands it on to the next (我的脚，很痛，可能
        断了: the break is the foot's too)."""
        # The clause a topic was taken up from, for each clause that took one up naming no part.
        taken_up_from: dict[int, _Read] = {}
        for before, read in _after_what_was_said(reads, self._taking_back):
            said_before = before
            if not before.topics and id(before) in taken_up_from:
                before = taken_up_from[id(before)]
            # A correction says anew what it was (后来发现是口罩太紧了): it does not go on
            # speaking of the part the clause it corrects named; nor is a taking back (不对)
            # a state of it (喘不上气，不对 is no breath 不对).
            if read.correction is not None or self._taking_back(read):
                continue
            # A clause about the whole patient (人昏过去了) has a subject of its own.
            if read.clause.text.startswith(self.config.language.whole_patient):
                continue
            named = {f.id for f in (*before.findings, *said_before.findings)}
            parts: dict[str, Match] = {}
            for part in before.topics:
                concept = part.phrase.finding
                # 头 inside 手指头 is the finger's.
                if concept.id in named or any(
                    m.start <= part.start
                    and part.end <= m.end
                    and m.end - m.start > part.end - part.start
                    for m in before.topics
                ):
                    continue
                kept = parts.get(concept.id)
                if kept is None or len(part.phrase.text) > len(kept.phrase.text):
                    parts[concept.id] = part
            # Only parts whose states the clause holds are read further (the rest costs time).
            said_states = {m.phrase.finding.id for m in read.slots if m.phrase.slot == "state"}
            fine = self.config.language.all_right
            parts = {
                concept_id: part
                for concept_id, part in parts.items()
                if concept_id in said_states
                and not self._unsaid(before, part)
                and not any(
                    w in before.clause.span(part.end, len(before.clause.tokens)) for w in fine
                )
            }
            if not parts:
                continue
            own_parts = [m for m in read.slots if m.phrase.slot == "part"]
            said = [*read.findings, *read.bare]
            best: tuple[Concept, Match, list[FoundFinding]] | None = None
            for state in read.slots:
                concept = state.phrase.finding
                if (
                    state.phrase.slot != "state"
                    or concept.id not in parts
                    or not isinstance(concept, Concept)
                    # A part of its own for this state: the clause speaks of that (腿也疼).
                    or any(
                        m.phrase.finding.id == concept.id
                        and (m.start < state.start or concept.either_order)
                        for m in own_parts
                    )
                    or self._unsaid(read, state)
                    or self.context.inside_a_degree_word(read.clause, state)
                ):
                    continue
                under = [
                    f
                    for f in said
                    if (span := read.spans.get(f)) and span[0] < state.end and state.start < span[1]
                ]
                # A piece that is only the state, cut from the part by a pause (右手……动不了,
                # 腿……发紫), is one phrase broken by breath: what the piece found alone gives
                # way to it, higher or lower (a leg's purple is a bruise, not a blue face).
                # A critical state may carry a particle (嘴……歪了, 嘴唇……紫了); a lesser one is
                # only the state (脚……肿了 stays the piece's own 肿了).
                broken = read.clause.after_pause and self._only_the_state(
                    read.clause, state, concept.level == "critical"
                )
                # Nor does a concept the clause pairs with a part of its own (脚扭了，疼得沾不
                # 了地: 疼得 … 沾不了地 is whole without the foot).
                if not broken and any(
                    not self._observations[f.id].fallback
                    and (
                        more_severe(concept.level, f.level) != f.level
                        or (
                            isinstance(self._observations[f.id], Concept)
                            and more_severe(concept.level, f.level) != concept.level
                        )
                    )
                    for f in under
                ):
                    continue
                if best is None or more_severe(concept.level, best[0].level) != best[0].level:
                    best = (concept, state, under)
            if best is None:
                continue
            concept, state, under = best
            level = concept.level
            degree = self.config.degree
            not_severe = bool(concept.mild or concept.severe) and self.context.has_degree(
                read.clause, degree.not_severe, state, read.taken
            )
            if (
                concept.severe
                and not not_severe
                and self.context.has_degree(read.clause, degree.severe, state, read.taken)
            ):
                level = concept.severe
            elif concept.mild and (
                not_severe
                or self.context.has_degree(
                    read.clause, self.context.mild_words, state, read.taken, before_only=True
                )
            ):
                level = concept.mild
            if self.context.eased(read.clause, state, read.taken):
                level = _eased_level(concept, level)
            for finding in under:
                if finding in read.findings:
                    read.findings.remove(finding)
                if finding in read.bare:
                    read.bare.remove(finding)
            part_said = parts[concept.id].phrase.text
            read.findings.append(
                FoundFinding(concept.id, concept.sign, level, f"{part_said}…{state.phrase.text}")
            )
            if not read.topics:
                taken_up_from[id(read)] = before

    def _across_clauses(
        self, reads: list[_Read], found: list[FoundFinding]
    ) -> list[tuple[int, FoundFinding]]:
        """Concepts whose part and state may be said in different clauses, paired across
        them, each with the clause its later half is said in; a part or a state denied in its
        own clause pairs with nothing."""
        done = {f.id for f in found}
        parts: dict[str, list[tuple[int, Match]]] = defaultdict(list)
        states: dict[str, list[tuple[int, Match]]] = defaultdict(list)
        for at, read in enumerate(reads):
            for match in read.slots:
                concept = match.phrase.finding
                if not isinstance(concept, Concept) or not concept.across_clauses:
                    continue
                is_part = match.phrase.slot == "part"
                if concept.id in done:
                    continue
                if is_part and concept.standing_parts:
                    if self.context.denied(read.clause, match, read.taken):
                        continue
                elif self._unsaid(read, match):
                    continue
                (parts if is_part else states)[concept.id].append((at, match))
        out: list[tuple[int, FoundFinding]] = []
        for concept_id, said_parts in parts.items():
            concept = self._observations[concept_id]
            assert isinstance(concept, Concept)
            for (part_at, part), (state_at, state) in itertools.product(
                said_parts, states.get(concept_id, ())
            ):
                if part_at < state_at or (concept.either_order and state_at < part_at):
                    said = f"{part.phrase.text}…{state.phrase.text}"
                    finding = FoundFinding(concept.id, concept.sign, concept.level, said)
                    out.append((max(part_at, state_at), finding))
                    break
        return out

    def _unsaid(self, read: _Read, match: Match) -> bool:
        """Denied or said of the past in its clause."""
        return self._unsaid_in(read.clause, match, read.taken)

    def _unsaid_in(self, clause: Clause, match: Match, taken: list[tuple[int, int]]) -> bool:
        return self.context.denied(clause, match, taken) or self.context.in_the_past(clause, match)


def _eased_level(rule: Observation, level: Level) -> Level:
    """The level of a sign said to have eased and still there (不怎么疼了): its mild level,
    else its `over_at_least`, when lower than `level`.

    >>> from dispatch_intake.priority.rules import Finding
    >>> chest = Finding(id="c", sign="chest", level="critical", over_at_least="urgent",
    ...                 phrases=("胸口疼",))
    >>> _eased_level(chest, "critical")
    'urgent'
    >>> _eased_level(chest.model_copy(update={"over_at_least": None}), "critical")
    'critical'
    """
    lower = rule.mild or rule.over_at_least
    if lower is None or PRIORITY_ORDER.index(lower) >= PRIORITY_ORDER.index(level):
        return level
    return lower


# A thing said instead is a short name of a substance (农药, 老鼠药, 安眠药): longer words, a
# verb or a person say something else happened (是他打翻了红药水, 是我公公喝的).
_THING_SAID = 6
_NOT_A_THING = ("了", "他", "她", "我", "你", "俺", "在", "的时候")


def _put_in_place(text: str, named: str, meant: str) -> str:
    """`text` with `named` replaced by `meant`, whose ending is not said twice when the text
    goes on with it (从房顶上掉下来, 房顶 → 凳子上: 从凳子上掉下来).

    >>> _put_in_place("从房顶上掉下来", "房顶", "凳子上")
    '从凳子上掉下来'
    >>> _put_in_place("三楼摔下来", "三楼", "二楼")
    '二楼摔下来'
    """
    at = text.index(named)
    rest = text[at + len(named) :]
    overlap = next((k for k in range(len(meant), 0, -1) if rest.startswith(meant[-k:])), 0)
    return text[:at] + meant[: len(meant) - overlap] + rest


def _after_what_was_said(
    reads: list[_Read], taking_back: Callable[[_Read], bool]
) -> list[tuple[_Read, _Read]]:
    """Each clause after the first, with the clause before it — or the one before that when it
    is a word or two that says nothing of the patient (突然, 然后): no finding, part or state;
    nor does a clause that only takes back (不对, though 不对 is a breath's state elsewhere: 头疼，
    不对，疼得要命 is the head's). A longer clause (每个月都这样) says something of what came
    before, and ends the topic."""
    pairs: list[tuple[_Read, _Read]] = []
    said: _Read | None = None
    for read in reads:
        if said is not None:
            pairs.append((said, read))
        if not taking_back(read) and (
            len(read.clause.tokens) > _A_WORD_OR_TWO
            or read.findings
            or read.bare
            or read.topics
            or any(m.phrase.slot == "state" for m in read.slots)
        ):
            said = read
    return pairs


def _said(findings: Iterable[FoundFinding]) -> set[str]:
    """The signs and the finding ids of what counts (what `contradicted_by` may name)."""
    return {name for f in findings if f.counts for name in (f.sign, f.id)}


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
    text = read_triage_file(path)
    built = _BUILT.get(text)
    if built is None:
        built = TriageRules(triage_config_from(text, path))
        while len(_BUILT) >= _BUILT_KEPT:
            _BUILT.pop(next(iter(_BUILT)), None)
        _BUILT[text] = built
    return built


# Building the rules reads the syllables of every phrase (a second of work). A service builds
# them once, but each app made in one process — `config check` before `serve`, every test of a
# session, a copy of the configuration checked elsewhere — would build the same rules again.
# Built rules are only read, never changed, so the rules of the same text are shared, whichever
# file it was read from (the file's name is only ever in a message about a problem, and rules
# with a problem are never kept). A changed file is other text, and is built anew.
_BUILT: dict[str, TriageRules] = {}
_BUILT_KEPT = 4
