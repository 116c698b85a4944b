"""The triage rules as data: `config/priority.toml`, read into validated pydantic models."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from dispatch_intake.errors import SettingsError

Level = Literal["critical", "urgent", "routine"]
PRIORITY_ORDER = ("unknown", "routine", "urgent", "critical")


class _Rules(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Observation(_Rules):
    """What a finding or a concept is about and the level it gives."""

    id: str = Field(min_length=1)
    # What the finding is about; a case-entry answer that `overrides` a sign replaces every
    # finding of that sign read from the text (清醒 overrides 叫不醒).
    sign: str = Field(min_length=1)
    level: Level
    # The level when a degree word of that kind is in the same clause (有点发烧, 喘得厉害).
    mild: Level | None = None
    severe: Level | None = None
    # Counted only when nothing more specific is said in the clause (疼 alone, not 牙疼).
    fallback: bool = False
    # Signs this one says are over when it is said after them (晕过去了，现在醒了): what was
    # said of them before counts at this level at most — the call-taker still sends, not
    # lights and sirens.
    resolves: tuple[str, ...] = ()
    # True: also what is said of those signs after it in the call (没摔着，就是起不来; 能哭能喘，
    # 就是吞了颗电池): callers say what is fine first as often as last.
    resolves_later: bool = False
    # False: counted only beside another finding of the call (没事了 said alone is a caller
    # calling the ambulance off, not a complaint).
    alone: bool = True
    # True: says only that the signs it `resolves` are less than said (说话还清楚 after 喘得厉害),
    # with no level of its own — beside a cut it says nothing.
    only_resolves: bool = False
    # Signs which, said anywhere in the call, mean it does not resolve: 别的都好 after a sting
    # says nothing is wrong but the sting — not when the throat is said to be tight. A finding
    # or concept id names the words of that one only (叫不醒, not every no-response: asleep
    # explains a patient seen lying still, not one called who does not wake).
    contradicted_by: tuple[str, ...] = ()
    # True: resolves only inside a correction (后来发现是睡着了): said alone (好像是睡着了) it is
    # a guess, and lowers nothing.
    correction_only: bool = False
    # True (findings that resolve): inside a correction it takes back only the signs it
    # `resolves` (后来发现是睡着了 takes back a patient seen lying still, not the sleeping pills
    # swallowed before it); else a correction that says the patient is well takes back all
    # it corrects.
    corrects_resolved_only: bool = False
    # Said to be over (现在不抽了, 没事了), it still counts at this level at least: a sign that is
    # sent however it ended (a collapse, a chest pain with a sweat, a fit in pregnancy). Not
    # when a correction says it was never there (以为没气了，后来发现是睡着了，现在醒了).
    over_at_least: Level | None = None
    # True (findings that resolve): they say what the sign was the ordinary effect of, not that
    # a sign passed (爬了六楼喘了几口，歇了一会儿就缓过来了: the climb's breath) — what they
    # resolve counts at their level, no `over_at_least` floor holding it.
    explains: bool = False
    # Critical while the patient's state is unknown: words that resolve it lower it wherever in
    # the call they are said, before it too (人是醒着的，就是被电了一下: MPDS card 15 takes an
    # electrocution for an arrest until the patient is known to be alert and breathing).
    answered_anywhere: bool = False
    # Said after a body part in its clause (腿现在不疼了), it speaks of that part: it resolves
    # nothing said of another.
    own_part_only: bool = False
    # A name of three characters or more that no everyday word sounds like (百草枯, 毒鼠强):
    # heard by its sound when a single character is written as in it (白草哭), where any other
    # phrase needs half of them.
    name: bool = False


class Finding(Observation):
    """One thing a caller may say about the patient, in all the ways it is said."""

    phrases: tuple[str, ...] = Field(min_length=1)


class Concept(Observation):
    """A finding said in two parts with words between them: a body part (or what is meant)
    and what is wrong with it — 胸口像压了块石头, 嘴唇是紫的, 叫他也不理. Every part with every
    state is one phrase, so a new way of saying either part is read with all the others."""

    parts: tuple[str, ...] = Field(min_length=1)
    states: tuple[str, ...] = Field(min_length=1)
    # Another concept (id) whose states are this one's too, before its own: two readings of the
    # same words (a haemorrhage, and a wound's blood that pours beside a wound) keep one list, so
    # a way of saying it added to one is heard by both.
    states_of: str | None = None
    # Characters allowed between the part and the state, in the same clause.
    gap: int = Field(default=4, ge=0, le=20)
    # The state may also come first (疼到胸口, 捅了肚子).
    either_order: bool = False
    # Words which, anywhere in the utterance, mean the parts are used in another sense
    # (抽筋 for 抽, 楼梯 for 楼).
    unless: tuple[str, ...] = ()
    # The part and the state may be said in different clauses of one utterance (在楼顶边上
    # 坐着，说要跳下去): for signs whose parts only mean one thing beside their states.
    across_clauses: bool = False
    # True: the parts name a standing condition (慢阻肺, 吸着氧) told with its years (慢阻肺
    # 好多年了，今天叫不醒): across clauses a part is never history, only denied.
    standing_parts: bool = False
    # False: the parts are places or acts (楼顶, 河边, 喝, 砍), not a part of the body a next
    # clause that names no part goes on speaking of (住在河边，说活够了 is not at the water).
    topic: bool = True


class Negation(_Rules):
    """Words that deny what follows them within `reach` characters of the same clause."""

    cues: tuple[str, ...] = Field(min_length=1)
    reach: int = Field(ge=0, le=40)
    # Words that end the denial early: 不是心口疼是胃不舒服 denies only 心口疼.
    ends_at: tuple[str, ...] = ()
    # True: an `ends_at` word that begins the phrase ends the denial too (以为他睡着了叫不醒: what
    # was tried next, 叫, is what was found, not what was thought).
    ends_at_phrase: bool = False
    # Words that close the denial when said after a word of its own (不哭了脸发青: the 不 was
    # the crying's, and 了 ended it) — not right after the cue (没有了呼吸 is no breath).
    closed_by: tuple[str, ...] = ()


class Barely(_Rules):
    """Words that, right before what the patient can do (能说话, 喘气, 清醒), say the patient
    barely can: read as `read_as` (不太能说话 is 不能说话, 不怎么喘气了 is 不喘气了, 只能说话说两个
    字 is no clear speech) — a degree before an ability or a vital function is not mild."""

    words: tuple[str, ...] = Field(min_length=1)
    before: tuple[str, ...] = Field(min_length=1)
    read_as: str = Field(min_length=1)


class Language(_Rules):
    """How clauses are cut and how speech-to-text slips are forgiven."""

    clause_marks: str
    # Words that end a denial's reach (没有发烧，但是 … ; 不疼可是 …).
    contrast: tuple[str, ...] = ()
    # Words that hold a negation cue and deny nothing (不小心, 不停地, 没多久): a cue inside
    # one is not a cue.
    not_denials: tuple[str, ...] = ()
    # Words that, right before a concept's `unless` word (没摔跤, 没喝酒), say it did not happen:
    # that word then explains nothing away.
    unless_denied_by: tuple[str, ...] = ()
    # Words dropped before phrases are looked for, in the text and in the phrases alike
    # (心跳好像停了 is 心跳停了).
    fillers: tuple[str, ...] = ()
    pause_marks: tuple[str, ...] = ()
    # Particles a piece after a pause may carry beside its state and still be only the state
    # (嘴……歪了, 嘴唇……紫了): one character each.
    pause_particles: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    # Words that put what follows them in the same clause in the patient's past, not now
    # (他以前有癫痫, 老毛病了): a sign said after one is not a current sign.
    past_history: tuple[str, ...] = ()
    # The same said right after the sign in its clause (心梗病史, 心梗是去年的事), or ending the
    # clause right after it (心梗过).
    past_history_after: tuple[str, ...] = ()
    past_history_last: tuple[str, ...] = ()
    # Words that say a complaint is the patient's usual one, unchanged (老毛病了, 跟以前一样疼):
    # read at its `mild` level. Before the sign or after it in its clause, or alone in the
    # clause after it (头昏，老毛病了). A critical sign stays critical however familiar.
    as_usual: tuple[str, ...] = ()
    # Words that, anywhere in the utterance, say the usual complaint has changed (比以前厉害,
    # 突然, 从来没这么): then it is read as said.
    not_as_usual: tuple[str, ...] = ()
    # Words that, said after a part in its clause, say the part is fine (胸口没事): a next
    # clause that names no part does not go on speaking of it.
    all_right: tuple[str, ...] = ()
    # Everyday words whose sound is close to a sign's (打听 and 打挺, 电话 and 划): a sound
    # match that overlaps one written in the clause is that word, not a slip.
    not_slips: tuple[str, ...] = ()
    # Words that hold a concept's part and name no part of the patient (老头 is a person, 码头
    # a place): a part written inside one is no part.
    not_parts: tuple[str, ...] = ()
    # Words that hold a concept's state and say nothing of the patient (快来人 is a hurry, not
    # a heart that races): a state written inside one is no state.
    not_states: tuple[str, ...] = ()
    # Toneless pinyin spellings heard as one (zh as z, ing as in …): the slips speech-to-text
    # makes and the accents callers speak with; phrases of `pinyin_min_chars` or more only.
    fuzzy_initials: tuple[tuple[str, str], ...] = ()
    fuzzy_finals: tuple[tuple[str, str], ...] = ()
    # Initials a `name` is also heard with, one syllable of it at a time (ku as gu: 百草古 is
    # 百草枯): a plain and an aspirated stop, which speech-to-text confuses in a word it does not
    # know — never in an everyday word, which it writes as it knows it.
    name_initials: tuple[tuple[str, str], ...] = ()
    pinyin_min_chars: int = Field(default=2, ge=1)
    # A quantity (三天, 两次, 39度, 三十九度) is a word of its own: characters that count
    # (`numerals`, and digits) followed by a `units` word. A match by sound may not begin or
    # end inside one (发烧三天 holds no 烧伤: 三 begins 三天).
    numerals: str = ""
    units: tuple[str, ...] = ()
    # Words that begin a correction (后来发现是, 原来是): what follows replaces what the caller
    # said before it, when it says the patient is well (现在没事了, 能说话了).
    corrections: tuple[str, ...] = ()
    # A clause that is only one of these (其实不是, 不是的, 说错了) takes back the clause before
    # it: what that clause said is read as denied (刚才说胸口疼，其实不是，是肌肉酸).
    takes_back: tuple[str, ...] = ()
    # A clause that is one of these followed by words of the clause before (从楼上摔下来了——
    # 不是楼上; 被蛇咬了？不是蛇) takes back only what those words were part of.
    takes_back_naming: tuple[str, ...] = ()
    # Words that begin the clause after such a one with what was meant instead (不是三楼，是二楼):
    # the clause before is read again with it in place of the words taken back.
    restated_by: tuple[str, ...] = ()
    # What a patient took (喝了, 吃了点, 吞了): after a bare taking back (哦不是, 不对) and a
    # `restated_by` clause naming only a thing (，是农药), the thing is what was taken — the
    # clause before is said again, beside itself, with it after the verb (他喝了点红药水，哦不是，
    # 是农药 reads 他喝了农药 too).
    restated_after: tuple[str, ...] = ()
    # Sounds a caller starts a clause with that say nothing (哦不是, 啊不对): a clause that takes
    # back is read without them.
    interjections: tuple[str, ...] = ()
    # Words that relay a taking back from the patient or a bystander (后来又说不是, 他又说不对):
    # a clause that takes back is read without them, as without an interjection.
    relayed_by: tuple[str, ...] = ()
    # Words that open a clause about the whole patient (人昏过去了, 整个人软了): the clause
    # sets its own subject and does not go on speaking of the part the clause before named
    # (头里血流不停，人昏过去了 is a collapse, not a dizzy head).
    whole_patient: tuple[str, ...] = ()
    # Not very (不太, 不怎么) or only (只) right before an ability or a vital function: barely.
    barely: tuple[Barely, ...] = ()


class Degree(_Rules):
    severe: tuple[str, ...] = ()
    mild: tuple[str, ...] = ()
    # A severe word denied (肿得不算厉害, 没那么严重): mild, said before the sign or after it,
    # and the severe word inside it says nothing.
    not_severe: tuple[str, ...] = ()
    # A little, said right after the sign as its complement (血压高了一点, 肿了点): mild too,
    # where a `mild` word counts only before the sign.
    mild_after: tuple[str, ...] = ()
    # Not very, said before the sign (不怎么疼, 不咋喘): mild as a `mild` word is, never a denial;
    # with an `eased_after` word right after the sign (胸口不怎么疼了) the sign has eased and is
    # still there — it counts at its mild level, or its `over_at_least` when it has no mild one,
    # and still combines with other signs.
    not_very: tuple[str, ...] = ()
    eased_after: tuple[str, ...] = ()

    @property
    def mild_words(self) -> tuple[str, ...]:
        """Every word that makes a sign mild said before it."""
        return (*self.mild, *self.not_very)


class PatientSignals(_Rules):
    """The caller is the patient and can barely speak: said about the call, or heard in it."""

    level: Level = "critical"
    phrases: tuple[str, ...] = ()
    # Pauses (…) in one utterance: this many alone, or `pauses_with_self` when the caller
    # also speaks of themselves (我) and of how they feel.
    pauses: int = Field(default=2, ge=1)
    pauses_with_self: int = Field(default=1, ge=1)
    feelings: tuple[str, ...] = ()
    # Pauses from a caller who gets through `full_account` pieces of an account whose signs
    # are all in `explained_by` (a pain, an injury) are the complaint's, not breathlessness.
    full_account: int = Field(default=5, ge=1)
    # Or an account of this many characters, pauses and the caller's 我 left out, in fewer
    # pieces (我……腿摔了……动不了……躺在楼梯口): whole words between the pauses, not a breath each.
    full_account_chars: int = Field(default=1000, ge=1)
    # ... and as many characters a piece on average: a breath each is a word or two.
    whole_piece_chars: float = Field(default=2.5, gt=0)
    # Signs such an account in whole phrases also explains (浑身疼, 被人打了).
    explained_in_whole_phrases: tuple[str, ...] = ()
    explained_by: tuple[str, ...] = ()
    # Signs a full account also explains when it names one of `injuries` (a back strained, a
    # fall): unable to move in a piece of its own (我腰……扭了……搬货……动不了……) is the
    # injury's — a word that names no part, which the rule language cannot tie to the back
    # across the pieces between. Beside no injury it may be a stroke's and keeps the pauses.
    explained_beside_an_injury: tuple[str, ...] = ()
    injuries: tuple[str, ...] = ()
    # Signs that, found only once the pieces are put back together (心口……有点……不舒服), keep
    # the pauses read even beside minor pieces: the chest, the breath, the mind.
    grave_when_joined: tuple[str, ...] = ()
    # Of those, the signs a caller's coping words (还行, 能说话) say nothing of: a one-sided
    # weakness or a chest pain the pieces name put back together is still sent as critical.
    grave_past_coping: tuple[str, ...] = ()
    # Signs a caller who only rules out or reports (没…胸疼, 血压…一百九) says nothing of beside
    # those: the breath they say in pieces (没…胸疼…但是…喘…不上…气…) is read as said.
    grave_past_ruling_out: tuple[str, ...] = ()
    # Signs that, found once the pieces are put back together — even those that say nothing
    # alone — make a caller who speaks of themselves in pieces one in crisis, not one searching
    # for words: at the edge of a roof or a railing (我……站在……楼顶……边上……).
    in_crisis: tuple[str, ...] = ()
    # Words from a caller who says they are coping (坐着还行, 还能说) or only asks for advice
    # (问问, 想咨询), said anywhere in the utterance, pauses and all (还能……说): the pauses are
    # the caller's way of speaking, not breathlessness. What they say is still read.
    coping: tuple[str, ...] = ()
    # Signs a caller rules out (没胸痛, 胸口不疼: denied) in the pieces or in the pieces put back
    # together: the caller is answering what a call-taker asks, not short of breath — read as
    # coping.
    ruled_out: tuple[str, ...] = ()
    # A caller who names someone else as the patient (他, 她; 我儿子, 俺娘: one of `kin` right
    # after the caller's own 我) and never speaks of themselves (我 alone, 我吃了): a bystander
    # who hesitates (我爸……他……摔了一跤……), not a patient short of breath — the pauses are
    # not read; the pieces put back together still are, for every `grave_when_joined` sign.
    others: tuple[str, ...] = ()
    kin: tuple[str, ...] = ()
    # Words that are no third person though they hold one (其他 holds 他).
    not_others: tuple[str, ...] = ()
    # Words a patient in pieces says of failing now (要倒了, 眼前发黑) or of a sudden onset
    # (突然): the pauses stay read however full the account of the rest (`full_account`,
    # `full_account_chars`).
    failing: tuple[str, ...] = ()
    # Words right before one of those (within a few characters) that give it an ordinary
    # cause (一站起来……眼前发黑: a head rush on standing): then it says nothing of failing.
    failing_not_after: tuple[str, ...] = ()
    # Finding ids that only an answer or a report says (没出汗; 血压…一百九, a reading taken):
    # said, they are read as coping too.
    reports: tuple[str, ...] = ()
    # Concept parts that name the whole patient, not a part of the body (人): too common in
    # place names (人民路) to say the caller is speaking of a body.
    not_body_parts: tuple[str, ...] = ()


class Combination(_Rules):
    """Signs that together mean more than each alone (胸闷 with 大汗)."""

    signs: tuple[str, ...] = Field(min_length=2)
    level: Level
    # True: counts even when every finding in it says nothing alone (`alone = false`): at a
    # roof's edge and a knife in hand are each nothing, together an attempt under way.
    alone: bool = False
    # Signs of it that still count when said to be over: a blow the patient shrugged off
    # (车撞了一下，说没事) is still the blow behind a belly pain and a cold sweat later.
    over_too: tuple[str, ...] = ()
    # Signs which, said anywhere in the call, explain its signs otherwise: a face swollen and a
    # dizzy head after a beating are the blow's, not an allergy's.
    unless: tuple[str, ...] = ()
    # The findings (ids) those signs explain, when it is only these: with one of them said, the
    # combination is read without these findings instead of not at all (a fit explains the
    # waking after it, 抽完醒了, not a dizziness beside a cut that goes on bleeding).
    unless_of: tuple[str, ...] = ()

    @model_validator(mode="after")
    def _over_too_is_its_own(self) -> Combination:
        strangers = [s for s in self.over_too if s not in self.signs]
        if strangers:
            named = ", ".join(strangers)
            raise ValueError(f"over_too names sign(s) not in the combination: {named}")
        return self


class TriageConfig(_Rules):
    language: Language
    negation: tuple[Negation, ...] = ()
    degree: Degree = Degree()
    patient: PatientSignals = PatientSignals()
    findings: tuple[Finding, ...] = Field(min_length=1)
    concepts: tuple[Concept, ...] = ()
    combinations: tuple[Combination, ...] = ()

    @model_validator(mode="before")
    @classmethod
    def _states_shared(cls, document: Any) -> Any:
        """A concept's `states_of` names another concept; that one's states are read first.
        TOML has no references between tables, so the rules file names the concept instead."""
        if not isinstance(document, dict) or not isinstance(document.get("concepts"), list):
            return document
        concepts = document["concepts"]
        by_id = {c.get("id"): c for c in concepts if isinstance(c, dict)}
        shared = []
        for concept in concepts:
            if not isinstance(concept, dict) or concept.get("states_of") is None:
                shared.append(concept)
                continue
            source = by_id.get(concept["states_of"])
            if source is None:
                raise ValueError(
                    f"concept {concept.get('id')!r}: states_of names no concept "
                    f"({concept['states_of']!r})"
                )
            if source.get("states_of") is not None:
                raise ValueError(
                    f"concept {concept.get('id')!r}: states_of names {source.get('id')!r}, "
                    "which takes its states from another concept itself"
                )
            own = [s for s in concept.get("states", []) if s not in source.get("states", [])]
            shared.append({**concept, "states": [*source.get("states", []), *own]})
        return {**document, "concepts": shared}

    @model_validator(mode="after")
    def _ids_are_unique(self) -> TriageConfig:
        seen: set[str] = set()
        for finding in (*self.findings, *self.concepts):
            if finding.id in seen:
                raise ValueError(f"finding id {finding.id!r} is used twice")
            seen.add(finding.id)
        signs = {f.sign for f in (*self.findings, *self.concepts)}
        for combination in self.combinations:
            unknown = [s for s in combination.signs if s not in signs]
            if unknown:
                raise ValueError(f"combination names unknown sign(s) {', '.join(unknown)}")
            unknown = [s for s in combination.unless if s not in signs]
            if unknown:
                raise ValueError(f"combination's unless names unknown sign(s) {', '.join(unknown)}")
            unknown = [i for i in combination.unless_of if i not in seen]
            if unknown:
                named = ", ".join(unknown)
                raise ValueError(f"combination's unless_of names unknown id(s) {named}")
        for finding in (*self.findings, *self.concepts):
            unknown = [s for s in finding.resolves if s not in signs]
            if unknown:
                raise ValueError(f"{finding.id!r} resolves unknown sign(s) {', '.join(unknown)}")
            unknown = [s for s in finding.contradicted_by if s not in signs and s not in seen]
            if unknown:
                raise ValueError(
                    f"{finding.id!r} is contradicted by unknown sign(s) or id(s) "
                    + ", ".join(unknown)
                )
        return self


def load_triage_config(path: Path) -> TriageConfig:
    """Read and check the rules, with a message that names the file and what is wrong."""
    return triage_config_from(read_triage_file(path), path)


def read_triage_file(path: Path) -> str:
    """The rules file's text (a SettingsError when it is missing)."""
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SettingsError(f"triage rules file {path} is missing") from None


def triage_config_from(text: str, path: Path) -> TriageConfig:
    """Check the rules read from `path`, with a message that names the file and what is wrong."""
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"triage rules file {path} is not valid TOML: {exc}") from None
    try:
        return TriageConfig.model_validate(document)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in error['loc'])}: {error['msg']}{_given(error.get('input'))}"
            for error in exc.errors()
        )
        raise SettingsError(f"triage rules file {path}: {problems}") from None


def _given(value: object) -> str:
    """The value a rule was given, when it is short enough to quote in an error."""
    if isinstance(value, str | int | float | bool) and len(str(value)) <= 40:
        return f" (got {value!r})"
    return ""
