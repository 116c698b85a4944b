"""One call-taker at a terminal: each typed line becomes one request, each answer is shown.

What the caller says is typed as is; a number confirms that place; a few words are commands
(see `HELP`). A record exists from the first moment of the call, before anything is typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from dispatch_intake.client import CallRecord, IntakeClient, IntakeError, IntakeUnreachable
from dispatch_intake.take_call.render import (
    numbered_places,
    offers_one_place,
    question_options,
    render_record,
)

HELP = """\
Type what the caller says about where they are (any words: 河南大学, 龙子湖那边, a road …).
Once the call is dispatched or closed, typed words start the next call.
  <number>            confirm that place (the numbers shown under Candidates)
  yes | y | 是 | 对    confirm the place the caller was asked about (when there is one)
  c <words>           what the caller says about the patient (病情); triaged again at once
  a <answer>          answer the script's question shown under Ask (a number picks an option)
  priority <level> [reason]
                      set the priority by hand: critical, urgent, routine or unknown
  dispatch [unit]     send an ambulance now (the service recommends a unit if none is given)
  transfer [psap] [reason]
                      warm hand-off to another centre (default: the one recommended)
  alert [psap] [reason]
                      record that another centre was told of this call (default: the one
                      named under Alert), also once dispatched
  escalate [reason]   hand the call to a supervisor (abusive or nuisance caller, doubt)
  close [reason]      end the call (the record stays)
  note <text>         add a note to the record
  show                show the record again
  new [number]        end this call on screen and take the next one
  help                this text
  quit                leave (the record stays in the service)
  loc <text>          add text to this call's location, even once dispatched, or when it
                      starts with a command word
Commands may also be written with a leading slash (/note …)."""

YES_WORDS = frozenset({"y", "yes", "是", "对", "是的", "对的", "嗯"})
# A call in one of these states is over on screen: words typed next belong to the next caller.
OVER = frozenset({"dispatched", "closed"})
PRIORITIES = ("critical", "urgent", "routine", "unknown")


@dataclass
class CallSession:
    """The call on screen and the commands that act on it."""

    client: IntakeClient
    psap: str | None = None
    caller_number: str | None = None
    caller_position: dict[str, Any] | None = None
    record: CallRecord | None = None
    finished: bool = False
    _commands: dict[str, Callable[[str], list[str]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._commands = {
            "help": self._help,
            "?": self._help,
            "dispatch": self._dispatch,
            "d": self._dispatch,
            "transfer": self._transfer,
            "escalate": self._escalate,
            "alert": self._alert,
            "note": self._note,
            "n": self._note,
            "a": self._answer,
            "answer": self._answer,
            "show": self._show,
            "s": self._show,
            "new": self._new,
            "quit": self._quit,
            "q": self._quit,
            "exit": self._quit,
            "loc": self._location,
            "location": self._location,
            "c": self._complaint,
            "complaint": self._complaint,
            "病情": self._complaint,
            "priority": self._priority,
            "p": self._priority,
            "close": self._close,
        }

    @property
    def call_id(self) -> str:
        if self.record is None:
            raise RuntimeError("no call on screen")
        return self.record.id

    def begin(self, location_text: str | None = None) -> list[str]:
        """Open the record at once: the call exists before the caller has said anything."""
        self.record = self.client.start_call(
            psap=self.psap,
            location_text=location_text,
            caller_number=self.caller_number,
            caller_position=self.caller_position,
        )
        return render_record(self.record)

    @property
    def call_is_over(self) -> bool:
        return self.record is not None and self.record.status in OVER

    def handle(self, line: str) -> list[str]:
        """Act on one typed line; service errors are shown, never fatal."""
        text = line.strip()
        if not text:
            return []
        word, _, rest = text.partition(" ")
        command = word.lstrip("/").lower() if word.startswith("/") else word.lower()
        try:
            if command in self._commands:
                return self._commands[command](rest.strip())
            if text.isdigit():
                return self._confirm_number(text)
            if text.lower() in YES_WORDS:
                return self._confirm_yes()
            if self.call_is_over:
                return self._next_call(text)
            return self._location(text)
        except IntakeUnreachable as exc:
            return [f"! the service cannot be reached ({exc.message}); try again"]
        except IntakeError as exc:
            return [f"! {exc.status} {exc.code}: {exc.message}"]

    # Commands ------------------------------------------------------------------------------

    def _show_after(self, record: CallRecord) -> list[str]:
        self.record = record
        return render_record(record)

    def _location(self, text: str) -> list[str]:
        if not text:
            return ["! say what the caller said after `loc`"]
        return self._show_after(self.client.add_location(self.call_id, text))

    def _next_call(self, text: str) -> list[str]:
        """The call on screen is over: these words are the next caller's."""
        self.caller_number = None
        self.caller_position = None
        return ["── next call", *self.begin(location_text=text)]

    def _complaint(self, text: str) -> list[str]:
        if not text:
            return ["! say what the caller said about the patient after `c`: `c 喘不上气`"]
        return self._show_after(self.client.add_complaint(self.call_id, text))

    def _priority(self, rest: str) -> list[str]:
        level, _, reason = rest.partition(" ")
        if level not in PRIORITIES:
            return [f"! priority is one of {', '.join(PRIORITIES)}: `priority critical 听到倒地声`"]
        return self._show_after(
            self.client.set_priority(self.call_id, priority=level, reason=reason.strip())
        )

    def _close(self, reason: str) -> list[str]:
        return self._show_after(self.client.close_call(self.call_id, reason=reason))

    def _confirm_number(self, key: str) -> list[str]:
        assert self.record is not None
        for place in numbered_places(self.record):
            if place.key == key:
                if place.option is not None:
                    return self._show_after(self.client.confirm(self.call_id, option=place.option))
                return self._show_after(self.client.confirm(self.call_id, place_id=place.place_id))
        return [f"! there is no place numbered {key}; type `show` to see the list"]

    def _confirm_yes(self) -> list[str]:
        assert self.record is not None
        option = offers_one_place(self.record)
        if option is not None:
            return self._show_after(self.client.confirm(self.call_id, option=option))
        return ["! the caller was not asked to confirm one place; type its number instead"]

    def _dispatch(self, unit: str) -> list[str]:
        return self._show_after(self.client.dispatch(self.call_id, unit=unit or None))

    def _transfer(self, rest: str) -> list[str]:
        assert self.record is not None
        target, _, reason = rest.partition(" ")
        if not target:
            target = self.record.recommended_action.to_psap or ""
        if not target:
            return ["! transfer to which centre? e.g. `transfer kaifeng-120 明伦校区在开封`"]
        return self._show_after(self.client.transfer(self.call_id, to_psap=target, reason=reason))

    def _alert(self, rest: str) -> list[str]:
        assert self.record is not None
        first, _, after = rest.partition(" ")
        # A centre id is ASCII (kaifeng-120); anything else typed is the reason.
        if first and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", first):
            target, reason = first, after.strip()
        else:
            alert = self.record.recommended_action.parallel_alert
            target, reason = (alert.to_psap if alert is not None else ""), rest
        if not target:
            return ["! no other centre is recommended; name one: `alert kaifeng-120 已电话告知`"]
        return self._show_after(self.client.alert(self.call_id, to_psap=target, reason=reason))

    def _escalate(self, reason: str) -> list[str]:
        return self._show_after(self.client.escalate(self.call_id, reason=reason))

    def _note(self, text: str) -> list[str]:
        if not text:
            return ["! a note needs text: `note 患者呼吸急促`"]
        return self._show_after(self.client.add_note(self.call_id, text))

    def _answer(self, text: str) -> list[str]:
        assert self.record is not None
        question = self.record.next_question
        if question is None:
            return ["! no question is waiting for an answer"]
        if not text:
            return ["! an answer needs text: `a 有意识`"]
        answer = dict(question_options(question)).get(text, text)
        return self._show_after(
            self.client.answer(self.call_id, question=question.id, answer=answer)
        )

    def _show(self, _: str) -> list[str]:
        assert self.record is not None
        return self._show_after(self.client.get_call(self.call_id))

    def _new(self, number: str) -> list[str]:
        self.caller_number = number or None
        self.caller_position = None
        return ["── next call", *self.begin()]

    def _help(self, _: str) -> list[str]:
        return HELP.splitlines()

    def _quit(self, _: str) -> list[str]:
        self.finished = True
        return [f"bye; call {self.call_id} stays in the service"]
