"""The FastAPI application: `create_app()` wires settings, store, gazetteer and routers."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from alembic.util.exc import CommandError
from fastapi import FastAPI
from sqlalchemy import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from dispatch_intake import __version__
from dispatch_intake.api_docs import install_offline_docs
from dispatch_intake.audit.ledger import enter_shared_leaves, lock_database_wide
from dispatch_intake.audit.router import router as audit_router
from dispatch_intake.audit.service import checkpoint_periodically, start_audit
from dispatch_intake.auth.oidc import OidcProvider, flow_key
from dispatch_intake.auth.router import oidc_router
from dispatch_intake.auth.router import router as auth_router
from dispatch_intake.auth.signin import ADDRESS_FAILURE_FACTOR, SigninGuard
from dispatch_intake.auth.tokens import load_role_tokens
from dispatch_intake.calls.router import router as calls_router
from dispatch_intake.components import load_intake
from dispatch_intake.console.headers import SecurityHeadersMiddleware
from dispatch_intake.console.router import router as console_router
from dispatch_intake.db import (
    POSTGRES_BATCH_WRITERS,
    ConnectionDeadline,
    GroupCommit,
    create_store_engine,
    is_sqlite,
    migrate,
    session_factories,
    write_gate,
)
from dispatch_intake.deps import CallLocks
from dispatch_intake.errors import SettingsError, install_error_handlers
from dispatch_intake.events.router import router as events_router
from dispatch_intake.events.service import PostgresRelay
from dispatch_intake.journal import HeldCalls, StoreMonitor
from dispatch_intake.locations.router import router as locations_router
from dispatch_intake.locations.service import GazetteerLike
from dispatch_intake.observability.router import RequestMetricsMiddleware
from dispatch_intake.observability.router import router as operations_router
from dispatch_intake.openapi import install_contract_openapi
from dispatch_intake.settings import Settings, load_settings

log = logging.getLogger("dispatch_intake.app")


def _load_gazetteer(settings: Settings) -> GazetteerLike:
    from gazetteer import DataError, load_gazetteer

    layers = settings.effective_gazetteer_layers_dir
    try:
        return load_gazetteer(None, layers.resolve() if layers.is_dir() else None)
    except DataError as exc:
        raise SettingsError(
            f"the gazetteer data cannot be loaded ({exc}); run "
            f"`gazetteer validate --layers-dir {layers}`"
        ) from None


def _first_line(exc: Exception) -> str:
    reason = getattr(exc, "orig", None) or exc
    lines = str(reason).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


_start_up_frozen = threading.Event()


def _freeze_start_up() -> None:
    """What start-up built lives as long as the process (the gazetteer's index is some
    hundreds of thousands of objects): the collector's full passes leave it out from here on.
    Each such pass walked all of it, and stopped every request in flight for a fifth of a
    second (at p99 under load). Once per process: the first service started in it."""
    if _start_up_frozen.is_set():
        return
    _start_up_frozen.set()
    gc.collect()
    gc.freeze()


def create_app(
    settings: Settings | None = None, *, gazetteer: GazetteerLike | None = None
) -> FastAPI:
    """Build the service; raises `SettingsError` with a readable message if it cannot start."""
    settings = settings or load_settings()
    intake = load_intake(
        settings, gazetteer if gazetteer is not None else _load_gazetteer(settings)
    )
    timeout = settings.store_timeout_seconds
    # A unit of work is a few statements, each bounded by the timeout: a connection held for
    # twice as long and a second more is waiting on a store that does not answer.
    deadline = ConnectionDeadline(2 * timeout + 1)
    engine = create_store_engine(
        settings.effective_database_url, timeout=timeout, deadline=deadline
    )
    if settings.ledger_lock_database_wide:
        lock_database_wide(engine)
    shown = make_url(settings.effective_database_url).render_as_string(hide_password=True)
    try:
        with engine.connect():
            pass
    except OperationalError as exc:
        engine.dispose()
        raise SettingsError(
            f"the store {shown} cannot be reached ({_first_line(exc)}); "
            "check DISPATCH_INTAKE_DATABASE_URL"
        ) from None
    try:
        migrate(engine)
    except (SQLAlchemyError, CommandError) as exc:
        engine.dispose()
        raise SettingsError(
            f"the store {shown} was reached but its schema could not be brought up to date "
            f"({_first_line(exc)}); the migration was rolled back"
        ) from None
    try:
        role_tokens = load_role_tokens(settings)
    except SettingsError:
        engine.dispose()
        raise
    read_session, write_session = session_factories(engine)
    try:
        audit_keys = start_audit(settings, read_session, write_session)
    except SettingsError:
        engine.dispose()
        raise
    try:
        oidc = (
            OidcProvider(settings, cookie_key=flow_key(audit_keys.chain_key))
            if settings.oidc_enabled
            else None
        )
    except SettingsError:
        engine.dispose()
        raise
    held = HeldCalls(
        settings.var_dir / "held.db",
        store_writer=write_session,
        broker=intake.broker,
        metrics=intake.metrics,
        audit_keys=audit_keys,
        key_ttl=timedelta(hours=settings.idempotency_ttl_hours),
    )
    probe_engine = create_store_engine(
        settings.effective_database_url, timeout=timeout, deadline=deadline, probe=True
    )
    monitor = StoreMonitor(
        probe_engine,
        deadline=settings.store_probe_seconds,
        on_answer=held.replay_soon,
        sweep=deadline.sweep,
    )
    held.follow(lambda: monitor.available)
    relay = PostgresRelay(engine, intake.broker) if engine.dialect.name == "postgresql" else None
    if relay is not None:
        intake.broker.attach_relay(relay)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        _freeze_start_up()
        if relay is not None:
            relay.start()
        # Outlines load in the background, so the service is ready at once and the first call
        # with a position does not pay for them. The loading is joined at shutdown, never left
        # running: a thread still inside shapely/numpy when the interpreter finalises is ended
        # there by CPython (pthread_exit from its wait for the GIL) and its exit found the C
        # heap corrupted — "corrupted double-linked list", exit 134 — in about one short
        # `dispatch-intake replay` in twenty, after every result was printed. Not a daemon
        # either, so that no way out of the process ends it mid-way.
        stop_warming = threading.Event()
        warming = threading.Thread(
            target=intake.areas.warm,
            args=(list(intake.psaps), stop_warming),
            name="outlines",
            daemon=False,
        )
        warming.start()
        checkpoints = (
            asyncio.create_task(
                checkpoint_periodically(
                    read_session, write_session, app.state.write_gate, audit_keys, settings
                )
            )
            if settings.audit_checkpoint_interval_seconds > 0
            else None
        )
        monitor.start()
        try:
            yield
        finally:
            stop_warming.set()
            monitor.stop()
            held.close()
            if checkpoints is not None:
                checkpoints.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await checkpoints
            if relay is not None:
                relay.stop()
            probe_engine.dispose()
            engine.dispose()
            # The outline being read when the service stopped is finished (a few seconds at
            # most); the others are skipped.
            warming.join()

    app = FastAPI(
        title="dispatch-intake",
        version=__version__,
        description="Every emergency call becomes a provisional dispatch record at once.",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.intake = intake
    app.state.gazetteer = intake.gazetteer
    app.state.engine = engine
    app.state.read_session = read_session
    app.state.write_session = write_session
    app.state.write_gate = write_gate(engine)
    # Starts that queue behind a commit share the next one: on SQLite one fsync for them all;
    # on either store the ledger's leaves entered once per batch, so that on PostgreSQL the
    # ledger's lock, which every writer of every instance queues for, is taken once per batch.
    app.state.group_commit = GroupCommit(
        write_session,
        app.state.write_gate,
        before_commit=enter_shared_leaves,
        writers=1 if is_sqlite(engine) else POSTGRES_BATCH_WRITERS,
    )
    app.state.audit_keys = audit_keys
    app.state.held = held
    app.state.store_monitor = monitor
    app.state.call_locks = CallLocks()
    app.state.role_tokens = role_tokens
    app.state.signin_guard = SigninGuard(
        settings.signin_max_failures, settings.signin_lockout_seconds
    )
    # A centre's consoles may share one address (NAT, a proxy): that address gets more room
    # than one staff id, so one person's typos do not lock out the whole room.
    app.state.signin_address_guard = SigninGuard(
        settings.signin_max_failures * ADDRESS_FAILURE_FACTOR, settings.signin_lockout_seconds
    )
    if not role_tokens:
        log.info(
            "no role tokens are configured: people sign in (`dispatch-intake users add`), "
            "scripts use `dispatch-intake tokens issue`"
        )
    install_error_handlers(app)
    app.add_middleware(RequestMetricsMiddleware)
    app.add_middleware(SecurityHeadersMiddleware)
    app.include_router(auth_router)
    if oidc is not None:
        app.state.oidc = oidc
        app.include_router(oidc_router)
    app.include_router(calls_router)
    app.include_router(audit_router)
    app.include_router(locations_router)
    app.include_router(events_router)
    app.include_router(operations_router)
    app.include_router(console_router)
    install_contract_openapi(app)
    install_offline_docs(app)
    return app
