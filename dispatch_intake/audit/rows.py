"""Sealing a call row's copies of what the caller said (the number, the phone's position, the
complaint and place as said, notes, answers, reasons, triage findings) under the call's data
key, as its timeline events are sealed; so destroying the key erases them too.

It is done where rows meet the store, not in the code that changes calls: at each flush the
words of every changed call are sealed into `sealed_said` and the row is written with them
cleared (what `clear_row` leaves); in memory, and whenever a row is loaded, the call carries
its words opened again. A new call is inserted without the unit of work (calls/writes.py): its
row is sealed the same way by `new_call_rows`. Lookups by number use a keyed digest of the
number (`caller_number_digest`), not the number.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import ColumnElement, Result, event, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction, attributes, sessionmaker
from sqlalchemy.orm.attributes import set_committed_value

from dispatch_intake.audit.keys import SESSION_KEYS, AuditKeys
from dispatch_intake.audit.models import CallKey
from dispatch_intake.audit.retention import SYSTEM_EVENTS, fields_to_seal
from dispatch_intake.audit.sealing import SEALED, is_sealed, open_value, seal_value, unwrap, wrap
from dispatch_intake.calls.models import CallRecord
from dispatch_intake.calls.phone import canonical_number, number_forms
from dispatch_intake.timeline.models import NewEvent, TimelineEvent

# How a sealed field begins in an event's stored JSON.
SEALED_MARK = f'{{"{SEALED}":'

# The sealed field's name in the AEAD's associated data: a row's seal cannot be passed off
# as an event field's, nor moved to another call.
ROW_SEALED_NAME = "row"
# The row's attributes that carry the caller's words, whole or in part.
SAID_FIELDS = (
    "caller_number",
    "caller_position",
    "complaint_texts",
    "location_texts",
    "notes",
    "answers",
    "transfer",
    "escalation",
    "triage",
)
_WATCHED = (*SAID_FIELDS, "sealed_said", "caller_number_digest")
_DATA_KEYS = "call_data_keys"  # shared with retention's cache of the session's data keys
_UNSEALED = "rows_to_reopen"
_FORCED = "rows_to_seal"


def said_on_row(call: CallRecord) -> dict[str, Any]:
    """The caller's words on the row, apart from everything the service composed."""
    triage = call.triage or {}
    manual = triage.get("manual")
    return {
        "caller_number": call.caller_number,
        "caller_position": call.caller_position,
        "complaint_texts": list(call.complaint_texts or []),
        "location_texts": list(call.location_texts or []),
        "notes": [note.get("text") for note in call.notes or []],
        "answers": {q: a.get("text") for q, a in (call.answers or {}).items()},
        "transfer": call.transfer["reason"] if call.transfer else None,
        "escalation": (call.escalation or {}).get("reason"),
        "triage_findings": list(triage.get("findings") or []),
        "triage_reason": manual["reason"] if manual else None,
    }


def _anything_said(said: dict[str, Any]) -> bool:
    def present(value: Any) -> bool:
        if isinstance(value, list):
            return any(present(v) for v in value)
        if isinstance(value, dict):
            return any(present(v) for v in value.values())
        return value is not None

    return any(present(value) for value in said.values())


def cleared_values(call: Any) -> dict[str, Any]:
    """The row's said attributes with the caller's words gone and the rest kept."""
    cleared: dict[str, Any] = {
        "caller_number": None,
        "caller_position": None,
        "complaint_texts": [],
        "location_texts": [],
        "notes": [{**note, "text": None} for note in call.notes or []],
        "answers": {q: {**a, "text": None} for q, a in (call.answers or {}).items()},
        "transfer": {**call.transfer, "reason": None} if call.transfer else call.transfer,
        "escalation": {**call.escalation, "reason": None} if call.escalation else call.escalation,
        "triage": call.triage,
    }
    if call.triage:
        # Findings quote the caller; a manual reason may too. The priorities stay.
        manual = call.triage.get("manual")
        cleared["triage"] = {
            **call.triage,
            "findings": [],
            "manual": {**manual, "reason": None} if manual else None,
        }
    return cleared


def clear_row(call: CallRecord) -> None:
    """The call row's copies of what the caller said, gone."""
    for name, value in cleared_values(call).items():
        setattr(call, name, value)
    call.sealed_said = None
    call.caller_number_digest = None


def with_said(call: CallRecord, said: dict[str, Any]) -> dict[str, Any]:
    """The said attributes of a cleared row with the words put back."""
    values = cleared_values(call)
    values["caller_number"] = said.get("caller_number")
    values["caller_position"] = said.get("caller_position")
    values["complaint_texts"] = list(said.get("complaint_texts") or [])
    values["location_texts"] = list(said.get("location_texts") or [])
    texts = list(said.get("notes") or [])
    values["notes"] = [
        {**note, "text": texts[i] if i < len(texts) else note.get("text")}
        for i, note in enumerate(values["notes"])
    ]
    answered = said.get("answers") or {}
    values["answers"] = {
        q: {**a, "text": answered.get(q, a.get("text"))} for q, a in values["answers"].items()
    }
    for name in ("transfer", "escalation"):
        if values[name]:
            values[name] = {**values[name], "reason": said.get(name)}
    if values["triage"]:
        manual = values["triage"].get("manual")
        values["triage"] = {
            **values["triage"],
            "findings": list(said.get("triage_findings") or []),
            "manual": {**manual, "reason": said.get("triage_reason")} if manual else None,
        }
    return values


def digest_key(keys: AuditKeys) -> bytes:
    """The key of caller-number digests, derived from the chain key every instance shares."""
    return hmac.new(keys.chain_key, b"caller number digest", hashlib.sha256).digest()


def number_digest(keys: AuditKeys, number: str) -> str:
    """A keyed digest of a number's stored form: equal numbers meet, and without the key the
    digest cannot be tried against the few hundred million possible numbers."""
    return _keyed_digest(keys, canonical_number(number))


def _keyed_digest(keys: AuditKeys, form: str) -> str:
    return hmac.new(digest_key(keys), form.encode(), hashlib.sha256).hexdigest()


def caller_number_is(session: Session, number: str) -> ColumnElement[bool]:
    """The condition 'this call came from `number`', for rows sealed or not yet sealed, stored
    in the number's one form or in a form stored before there was one (whose digests were
    made of the digits as typed)."""
    forms = number_forms(number)
    keys = _keys_of(session)
    if keys is None or keys.master_key is None:
        return CallRecord.caller_number.in_(forms)
    return or_(
        CallRecord.caller_number_digest.in_([_keyed_digest(keys, form) for form in forms]),
        CallRecord.caller_number.in_(forms),
    )


def _keys_of(session: Session) -> AuditKeys | None:
    keys = session.info.get(SESSION_KEYS)
    return keys if isinstance(keys, AuditKeys) else None


def _data_key(session: Session, call: CallRecord, keys: AuditKeys) -> bytes | None:
    """The call's data key as its events use it: the session's (made when the call's first
    event was appended), else the stored one; made here for a row without events yet."""
    assert keys.master_key is not None
    cache: dict[str, bytes | None] = session.info.setdefault(_DATA_KEYS, {})
    if call.id in cache:
        return cache[call.id]
    pending = next(
        (k for k in session.new if isinstance(k, CallKey) and k.call_id == call.id), None
    )
    with session.no_autoflush:
        row = pending or session.get(CallKey, call.id)
    if row is None:
        made = AESGCM.generate_key(bit_length=256)
        session.add(CallKey(call_id=call.id, wrapped_key=wrap(keys.master_key, call.id, made)))
        cache[call.id] = made
        return made
    opened = unwrap(keys.master_key, call.id, row.wrapped_key) if row.wrapped_key else None
    cache[call.id] = opened
    return opened


# Data keys made up front for calls being started in the session (`new_call_key`).
_MADE_KEYS = "call_keys_made"
_CALL_COLUMNS = tuple(column.key for column in CallRecord.__table__.columns)


def new_call_key(session: Session, call_id: str) -> None:
    """Make the data key of a call being started, before its first event: its events and
    its row are sealed with it. Stored only if something was (`new_call_rows`)."""
    keys = _keys_of(session)
    if keys is None or keys.master_key is None:
        return
    made = AESGCM.generate_key(bit_length=256)
    session.info.setdefault(_DATA_KEYS, {})[call_id] = made
    session.info.setdefault(_MADE_KEYS, {})[call_id] = made


def new_call_rows(
    session: Session, call: CallRecord, events: list[NewEvent]
) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """(call row, data key row or None): the values a new call's INSERTs take, exactly what
    the unit of work would write for it (the words sealed as `_seal_before_flush` seals
    them), for a writer that never adds the call to the session. The call keeps its words in
    memory."""
    state = call.__dict__
    # As the unit of work: the attributes set, the columns' defaults for the rest.
    row = {name: state[name] for name in _CALL_COLUMNS if name in state}
    keys = _keys_of(session)
    if keys is None or keys.master_key is None:
        return row, None
    made: bytes | None = session.info.get(_MADE_KEYS, {}).pop(call.id, None)
    if made is None:
        raise RuntimeError(f"call {call.id} was started without its data key (new_call_key)")
    said = said_on_row(call)
    cleared = cleared_values(call)
    row.update(cleared)
    anything_said = _anything_said(said)
    row.update(_sealed_columns(keys, call.id, said, made if anything_said else None))
    if not anything_said:
        # Nothing said: the words are not kept at all (what the flush leaves in memory too).
        for name, value in cleared.items():
            setattr(call, name, value)
    if not anything_said and not any(SEALED_MARK in event.data for event in events):
        return row, None
    return row, {
        "call_id": call.id,
        "wrapped_key": wrap(keys.master_key, call.id, made),
    }


def _changed(call: CallRecord) -> bool:
    state = attributes.instance_state(call)
    if state.pending or state.transient:
        return True
    return any(state.attrs[name].history.has_changes() for name in _WATCHED)


def _seal_before_flush(session: Session, context: UOWTransaction, instances: Any) -> None:
    keys = _keys_of(session)
    reopen: list[tuple[CallRecord, dict[str, Any]]] = []
    session.info[_UNSEALED] = reopen
    if keys is None or keys.master_key is None:
        return
    forced: set[str] = session.info.pop(_FORCED, set())
    for call in [*session.new, *session.dirty]:
        if not isinstance(call, CallRecord) or not (call.id in forced or _changed(call)):
            continue
        said = said_on_row(call)
        data_key = _data_key(session, call, keys) if _anything_said(said) else None
        opened = with_said(call, said)
        for name, value in cleared_values(call).items():
            setattr(call, name, value)
        for name, value in _sealed_columns(keys, call.id, said, data_key).items():
            setattr(call, name, value)
        if data_key is None:
            # Nothing said, or the call was erased: its words are not kept at all.
            opened = cleared_values(call)
        reopen.append((call, opened))


def _sealed_columns(
    keys: AuditKeys, call_id: str, said: dict[str, Any], data_key: bytes | None
) -> dict[str, str | None]:
    """`sealed_said` and `caller_number_digest` of a row whose words are `said` (both empty
    without a data key: nothing said, or the call erased)."""
    if data_key is None:
        return {"sealed_said": None, "caller_number_digest": None}
    number = said["caller_number"]
    return {
        "sealed_said": seal_value(data_key, call_id, ROW_SEALED_NAME, said)[SEALED],
        "caller_number_digest": number_digest(keys, number) if number else None,
    }


def _reopen_after_flush(session: Session, context: UOWTransaction) -> None:
    for call, opened in session.info.pop(_UNSEALED, []):
        for name, value in opened.items():
            set_committed_value(call, name, value)


_BATCH = "rows_loading"


def _open_loaded(call: CallRecord, context: Any, attrs: Any = None) -> None:
    if attrs is not None and "sealed_said" not in attrs:
        return
    session = getattr(context, "session", None)
    if not call.__dict__.get("sealed_said") or session is None:
        return
    batch = session.info.get(_BATCH)
    if batch is not None:
        batch.append(call)  # opened with the rest of its query's rows, one key query for all
        return
    _open_rows(session, [call])


def _open_rows(session: Session, calls: list[CallRecord]) -> None:
    keys = _keys_of(session)
    if keys is None or keys.master_key is None or not calls:
        return
    cache: dict[str, bytes | None] = session.info.setdefault(_DATA_KEYS, {})
    missing = list({call.id for call in calls if call.id not in cache})
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        # On the session's connection, past the ORM: it is running a load already.
        rows = session.connection().execute(
            select(CallKey.call_id, CallKey.wrapped_key).where(CallKey.call_id.in_(chunk))
        )
        found = {call_id: wrapped for call_id, wrapped in rows}
        for call_id in chunk:
            wrapped = found.get(call_id)
            cache[call_id] = unwrap(keys.master_key, call_id, wrapped) if wrapped else None
    for call in calls:
        sealed = str(call.__dict__["sealed_said"])
        said = open_value(cache[call.id], call.id, ROW_SEALED_NAME, {SEALED: sealed})
        if isinstance(said, dict):
            for name, value in with_said(call, said).items():
                set_committed_value(call, name, value)


def _open_in_batches(state: ORMExecuteState) -> Result[Any] | None:
    """Rows of one query are opened together after it is read, with one query for their
    keys, instead of one per row."""
    if (
        not state.is_select
        or state.execution_options.get("yield_per")
        or _BATCH in state.session.info
        or not any(mapper.class_ is CallRecord for mapper in state.all_mappers)
    ):
        return None
    keys = _keys_of(state.session)
    if keys is None or keys.master_key is None:
        return None
    batch: list[CallRecord] = []
    state.session.info[_BATCH] = batch
    try:
        frozen = state.invoke_statement().freeze()
    finally:
        state.session.info.pop(_BATCH, None)
    _open_rows(state.session, batch)
    return frozen()


def install_row_sealing() -> None:
    """Seal rows at every flush and open them at every load, for sessions that carry keys."""
    if event.contains(Session, "before_flush", _seal_before_flush):
        return
    event.listen(Session, "before_flush", _seal_before_flush)
    event.listen(Session, "after_flush_postexec", _reopen_after_flush)
    event.listen(Session, "do_orm_execute", _open_in_batches)
    event.listen(CallRecord, "load", _open_loaded)
    event.listen(CallRecord, "refresh", _open_loaded)


def seal_at_next_flush(session: Session, call: CallRecord) -> None:
    """Seal this row at the next flush even though nothing on it changed (rows written
    before sealing existed)."""
    session.info.setdefault(_FORCED, set()).add(call.id)
    attributes.flag_modified(call, "sealed_said")


def row_as_stored(row: dict[str, Any]) -> dict[str, Any]:
    """A row's column values (opened, as a loaded call holds them) as the store keeps them:
    with the words cleared when they are sealed beside them."""
    if not row.get("sealed_said"):
        return row
    holder = SimpleNamespace(**{name: row[name] for name in SAID_FIELDS})
    return {**row, **cleared_values(holder)}


@dataclass(frozen=True, slots=True)
class SealedExisting:
    """What `audit seal-existing` did: rows sealed, and the events left as they were."""

    rows_sealed: int
    # call id → seqs of events written before sealing that still carry the caller's words.
    events_in_clear: dict[str, list[int]]


def seal_existing(writer: sessionmaker[Session]) -> SealedExisting:
    """Seal the rows written before rows were sealed, one call per transaction.

    Events written before sealing are only counted: their MAC and ledger leaf cover the bytes
    of their data, and signed checkpoints cover the leaves, so sealing them now would make
    every one of them fail `audit verify`."""
    with writer() as session:
        pending = list(
            session.scalars(
                select(CallRecord.id)
                .where(CallRecord.sealed_said.is_(None))
                .order_by(CallRecord.created_at, CallRecord.id)
            )
        )
    sealed = 0
    for call_id in pending:
        with writer() as session:
            call = session.scalars(
                select(CallRecord).where(CallRecord.id == call_id).with_for_update()
            ).one_or_none()
            if call is None or call.sealed_said is not None:
                continue
            if not _anything_said(said_on_row(call)):
                continue
            seal_at_next_flush(session, call)
            session.commit()
            sealed += 1
    return SealedExisting(sealed, events_in_clear(writer))


def events_in_clear(reader: sessionmaker[Session]) -> dict[str, list[int]]:
    """Events whose caller's words are stored unsealed (written before sealing existed)."""
    found: dict[str, list[int]] = {}
    with reader() as session:
        rows = session.execute(
            select(TimelineEvent.call_id, TimelineEvent.seq, TimelineEvent.type, TimelineEvent.data)
            .where(TimelineEvent.type.not_in(SYSTEM_EVENTS))
            .order_by(TimelineEvent.call_id, TimelineEvent.seq)
            .execution_options(yield_per=1000)
        )
        for call_id, seq, type_, text in rows:
            data = json.loads(text)
            if not isinstance(data, dict):
                continue
            names = fields_to_seal(type_, data)
            if any(not is_sealed(data[name]) for name in names):
                found.setdefault(call_id, []).append(seq)
    return found
