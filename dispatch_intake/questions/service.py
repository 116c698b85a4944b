"""The case-entry script: which question comes next, and what an answer changes."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from dispatch_intake.auth.masking import clip_text
from dispatch_intake.calls.phone import canonical_number
from dispatch_intake.errors import SettingsError
from dispatch_intake.priority.service import PRIORITY_ORDER, AnswerEffect
from dispatch_intake.shapes import NextQuestion, Prompt, ScriptAnswer
from gazetteer import normalise_text

QUESTION_KINDS = ("location", "callback", "complaint", "age", "choice")


@dataclass(frozen=True, slots=True)
class AnswerOption:
    id: str
    label: str
    keywords: tuple[str, ...]
    priority: str | None
    dispatch_now: bool
    # Triage signs this answer speaks for: what the complaint text said about them is replaced.
    overrides: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ScriptQuestion:
    id: str
    kind: str
    text: str
    answers: tuple[AnswerOption, ...]

    def match(self, answer: str) -> AnswerOption | None:
        """The first option one of whose keywords occurs in the answer."""
        said = normalise_text(answer)
        for option in self.answers:
            if any(keyword in said for keyword in option.keywords):
                return option
        return None


@dataclass(frozen=True, slots=True)
class RecordedAnswer:
    """An answer as it is kept on the record (as said; numbers are masked when it is shown)."""

    question: str
    text: str
    option: AnswerOption | None
    callback_number: str | None = None
    age: int | None = None
    # Why the answer does not answer the question (a callback answer without a number): the
    # question stays, and the problem is a warning.
    problem: str | None = None


class CaseEntryScript:
    """The ordered questions of one language's script."""

    def __init__(self, questions: tuple[ScriptQuestion, ...]) -> None:
        self.questions = questions
        self._by_id = {q.id: q for q in questions}

    def get(self, question_id: str) -> ScriptQuestion | None:
        return self._by_id.get(question_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def check_signs(self, signs: frozenset[str]) -> None:
        """Every sign an answer overrides must be one triage knows (config/priority.toml)."""
        for question in self.questions:
            for option in question.answers:
                unknown = [sign for sign in option.overrides if sign not in signs]
                if unknown:
                    raise SettingsError(
                        f"case-entry answer {question.id}.{option.id} overrides unknown triage "
                        f"sign(s) {', '.join(unknown)}; known: {', '.join(sorted(signs))}"
                    )

    def effects(self, answers: Mapping[str, ScriptAnswer]) -> list[AnswerEffect]:
        """What the recorded answers do to triage, as the script now says."""
        effects = []
        for question_id, entry in answers.items():
            question = self._by_id.get(question_id)
            option_id = entry.get("option") if isinstance(entry, dict) else None
            option = (
                next((o for o in question.answers if o.id == option_id), None) if question else None
            )
            if option is not None:
                effects.append(AnswerEffect(question_id, option.priority, option.overrides))
            elif isinstance(entry, dict) and entry.get("priority"):
                effects.append(AnswerEffect(question_id, str(entry["priority"])))
        return effects

    def next_question(
        self,
        *,
        answers: Mapping[str, ScriptAnswer],
        location_said: bool,
        location_confirmed: bool,
        caller_number_known: bool,
        complaint_known: bool,
        location_prompt: Prompt,
    ) -> NextQuestion | None:
        """Location first and again until confirmed, without holding up the rest."""
        pending = [
            q
            for q in self.questions
            if q.kind != "location"
            and q.id not in answers
            and not (q.kind == "callback" and caller_number_known)
            and not (q.kind == "complaint" and complaint_known)
        ]
        location = next((q for q in self.questions if q.kind == "location"), None)
        if location is not None and not location_confirmed and (not location_said or not pending):
            question: NextQuestion = {"id": location.id, "text": location_prompt["text"]}
            if location_prompt.get("options"):
                question["answers"] = [o["label"] for o in location_prompt["options"]]
            return question
        if not pending:
            return None
        first = pending[0]
        question = {"id": first.id, "text": first.text}
        if first.answers:
            question["answers"] = [option.label for option in first.answers]
        return question

    def record(self, question: ScriptQuestion, answer: str) -> RecordedAnswer:
        option = question.match(answer)
        callback = None
        age = None
        problem = None
        if question.kind == "callback":
            callback = callback_number(answer)
            if callback is None:
                problem = (
                    f"回拨号码的回答里没有电话号码（“{clip_text(answer, 40)}”）："
                    "请再问一次能打通的号码"
                )
        if question.kind == "age":
            found = re.search(r"\d{1,3}", answer)
            age = int(found.group(0)) if found else None
        return RecordedAnswer(question.id, answer, option, callback, age, problem)


# A number one can call back: 7–8 digits of a local line, up to a mobile (11) or a number with
# its country or area code; spaces, dashes, dots and brackets between digit groups are how
# people write them.
_PHONE = re.compile(r"[+＋]?[(（]?\d[\d\s\-－.．()（）]{5,18}\d")
PHONE_DIGITS = (7, 15)


def callback_number(answer: str) -> str | None:
    """The phone number in a callback answer, or None when there is none.

    >>> callback_number("打 138 0013 8000 就行")
    '13800138000'
    >>> callback_number("＋86 138-0000-1234")
    '13800001234'
    >>> callback_number("20岁左右，学生本人") is None
    True
    """
    for match in _PHONE.finditer(answer):
        digits = re.sub(r"\D", "", match.group(0))
        if PHONE_DIGITS[0] <= len(digits) <= PHONE_DIGITS[1]:
            return canonical_number(match.group(0))
    return None


def load_case_entry_script(config_dir: Path, language: str) -> CaseEntryScript:
    path = config_dir / "scripts" / language / "case-entry.toml"
    try:
        document = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SettingsError(f"case-entry script {path} is missing") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"case-entry script {path} is not valid TOML: {exc}") from None
    questions = []
    for raw in document.get("questions", ()):
        kind = str(raw.get("kind", "choice"))
        if kind not in QUESTION_KINDS or not raw.get("id") or not raw.get("text"):
            raise SettingsError(
                f"{path}: each question needs id, text and a kind among {', '.join(QUESTION_KINDS)}"
            )
        options = []
        for answer in raw.get("answers", ()):
            effects = answer.get("effects", {})
            priority = effects.get("priority")
            if priority is not None and priority not in PRIORITY_ORDER:
                raise SettingsError(f"{path}: unknown priority {priority!r} in {raw['id']}")
            options.append(
                AnswerOption(
                    id=str(answer["id"]),
                    label=str(answer.get("label", answer["id"])),
                    keywords=tuple(normalise_text(str(k)) for k in answer.get("keywords", ())),
                    priority=priority,
                    dispatch_now=effects.get("action") == "dispatch_now",
                    overrides=tuple(str(sign) for sign in effects.get("overrides", ())),
                )
            )
        questions.append(ScriptQuestion(str(raw["id"]), kind, str(raw["text"]), tuple(options)))
    if not questions:
        raise SettingsError(f"{path}: the script has no [[questions]]")
    return CaseEntryScript(tuple(questions))
