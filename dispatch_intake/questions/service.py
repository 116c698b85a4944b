"""The case-entry script: which question comes next, and what an answer changes."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dispatch_intake.errors import SettingsError
from dispatch_intake.priority.service import PRIORITY_ORDER
from gazetteer import normalise_text

QUESTION_KINDS = ("location", "callback", "complaint", "age", "choice")


@dataclass(frozen=True, slots=True)
class AnswerOption:
    id: str
    label: str
    keywords: tuple[str, ...]
    priority: str | None
    dispatch_now: bool


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

    def next_question(
        self,
        *,
        answers: dict[str, Any],
        location_said: bool,
        location_confirmed: bool,
        caller_number_known: bool,
        complaint_known: bool,
        location_prompt: dict[str, Any],
    ) -> dict[str, Any] | None:
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
            question: dict[str, Any] = {"id": location.id, "text": location_prompt["text"]}
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
        if question.kind == "callback":
            digits = re.sub(r"\D", "", answer)
            callback = digits[:20] or None
        if question.kind == "age":
            found = re.search(r"\d{1,3}", answer)
            age = int(found.group(0)) if found else None
        return RecordedAnswer(question.id, answer, option, callback, age)


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
                )
            )
        questions.append(ScriptQuestion(str(raw["id"]), kind, str(raw["text"]), tuple(options)))
    if not questions:
        raise SettingsError(f"{path}: the script has no [[questions]]")
    return CaseEntryScript(tuple(questions))
