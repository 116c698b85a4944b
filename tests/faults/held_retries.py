"""Held retries of stored starts, made in-process as the routes would make them: the setting
of the merge tests."""

from __future__ import annotations

from functools import partial
from typing import Any

from sqlalchemy import func, select

from ..service.factories import auth, call_body


def _principal(app: Any) -> Any:
    from dispatch_intake.auth.service import bearer_token

    return app.state.role_tokens.match(bearer_token(auth()["Authorization"]))


class Calls:
    """Starts and notes made in-process, on the store or in the journal, as the routes would."""

    def __init__(self, app: Any) -> None:
        from dispatch_intake.calls import schemas, service

        # The test replays when it means to: no probe starts a replay behind its back.
        app.state.store_monitor.stop()
        self.app, self.held = app, app.state.held
        self.intake, self.principal = app.state.intake, _principal(app)
        request = schemas.read_call_start(call_body(), max_text_chars=500)
        self.prepared = service.prepare_call(intake=self.intake, request=request)

    def start(self, session: Any, *, key: str, call_id: str) -> Any:
        from dispatch_intake.calls import service

        return service.start_call(
            session=session,
            intake=self.intake,
            principal=self.principal,
            prepared=self.prepared,
            idempotency_key=key,
            call_id=call_id,
        )

    def note(self, session: Any, *, call_id: str, text: str, key: str | None = None) -> Any:
        from dispatch_intake.calls import contract, service

        add = partial(
            service.add_note,
            intake=self.intake,
            principal=self.principal,
            call_id=call_id,
            given=contract.NoteBody(text=text),
        )
        return service.act_once(
            session=session,
            intake=self.intake,
            principal=self.principal,
            call_id=call_id,
            action="add_note",
            key=key,
            act=lambda own: add(session=own),
        )

    def stored_then_held(self, key: str) -> tuple[str, str]:
        """(stored id, held id): the store took the start, its answer was lost, and the
        client's retry with the same key went to the journal."""
        from dispatch_intake.calls import service

        stored_id, held_id = service.new_call_id(), service.new_call_id()
        with self.app.state.write_session() as session:
            self.start(session, key=key, call_id=stored_id)
        self.held.hold(lambda session: self.start(session, key=key, call_id=held_id))
        assert self.held.pending == 1
        return stored_id, held_id

    def held_only(self, key: str) -> str:
        """The id of a call started while the store was away: the journal alone has it."""
        from dispatch_intake.calls import service

        held_id = service.new_call_id()
        self.held.hold(lambda session: self.start(session, key=key, call_id=held_id))
        return held_id

    def count(self) -> int:
        from dispatch_intake.calls.models import CallRecord

        with self.app.state.read_session() as session:
            return int(session.scalar(select(func.count()).select_from(CallRecord)) or 0)

    def verified(self) -> bool:
        from dispatch_intake.audit.verify import verify_store

        with self.app.state.read_session() as session:
            return list(verify_store(session, self.app.state.audit_keys)) == []
