"""The store monitor on its own: whatever its answer hook waits on, the store's going away is
still noticed and connections stuck on it are still cut."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from ..conftest import schema_url
from .conftest import wait_until
from .proxy import TcpProxy


def test_a_stuck_answer_hook_neither_hides_an_outage_nor_stops_the_sweep(
    pg_schema: str, store_proxy: TcpProxy
) -> None:
    from dispatch_intake.db import create_store_engine
    from dispatch_intake.journal import StoreMonitor

    # The hook stands for a replay's first step: the journal's lock, held by a replay that
    # waits on the store, which only the sweep can cut loose.
    hook_entered = threading.Event()
    release = threading.Event()
    sweeps = 0

    def on_answer() -> None:
        hook_entered.set()
        release.wait()

    def sweep() -> int:
        nonlocal sweeps
        sweeps += 1
        return 0

    # As the service makes its probe's engine: unpooled, every wait bounded.
    engine = create_store_engine(schema_url(pg_schema, store_proxy.port), timeout=1, pooled=False)
    monitor = StoreMonitor(engine, deadline=0.7, on_answer=on_answer, sweep=sweep, linger=0)
    monitor.start()
    try:
        wait_until(hook_entered.is_set)
        assert monitor.available
        store_proxy.black_hole()
        wait_until(lambda: not monitor.available)
        swept = sweeps
        wait_until(lambda: sweeps > swept + 3)
        store_proxy.restore()
        wait_until(lambda: monitor.available)
    finally:
        release.set()
        monitor.stop()
        engine.dispose()


def test_one_slow_probe_does_not_count_the_store_away_while_the_next_are_answered() -> None:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from dispatch_intake.journal import StoreMonitor

    engine = create_engine(
        "sqlite://", poolclass=NullPool, connect_args={"check_same_thread": False}
    )
    probes = 0
    slow_one_done = threading.Event()

    @event.listens_for(engine, "before_cursor_execute")
    def _slow_third(*_: object) -> None:
        # One probe takes three deadlines to be answered, as on a machine busy for a moment.
        nonlocal probes
        probes += 1
        if probes == 3:
            slow_one_done.wait(2.1)
            slow_one_done.set()

    monitor = StoreMonitor(engine, deadline=0.7, linger=0)
    seen: list[bool] = []
    monitor.start()
    try:
        while not slow_one_done.is_set():
            seen.append(monitor.available)
            slow_one_done.wait(0.01)
        wait_until(lambda: probes > 6)
    finally:
        monitor.stop()
        engine.dispose()
    assert seen and all(seen)


def test_probes_keep_one_connection_and_a_dropped_one_is_no_outage(tmp_path: Path) -> None:
    from sqlalchemy import event

    from dispatch_intake.db import ConnectionDeadline, create_store_engine
    from dispatch_intake.journal import StoreMonitor

    # As the service makes its probe's engine.
    deadline = ConnectionDeadline(0.2)
    engine = create_store_engine(
        f"sqlite:///{tmp_path / 'probe.db'}", timeout=1, deadline=deadline, probe=True
    )
    opened: list[Any] = []

    @event.listens_for(engine, "connect")
    def _count(dbapi_connection: Any, record: object) -> None:
        opened.append(dbapi_connection)

    monitor = StoreMonitor(engine, deadline=0.7, sweep=deadline.sweep, linger=0)
    try:
        for _ in range(20):
            assert monitor.check_once()
        assert len(opened) == 1  # twenty probes, one connection
        # Kept idle past the deadline's limit between probes: nothing waits on it, nothing cut.
        time.sleep(0.3)
        assert deadline.sweep() == 0
        # The store drops the kept connection (a restart): the next probe is still answered,
        # on a new connection, and the store never counts away.
        opened[0].close()
        assert monitor.check_once()
        assert monitor.available
        assert len(opened) == 2
    finally:
        monitor.stop()
        engine.dispose()
    # Disposed with the service: the kept connection is closed, not left open.
    with pytest.raises(sqlite3.ProgrammingError):
        opened[1].execute("SELECT 1")


def test_writes_the_store_takes_keep_it_counted_present_while_probes_wait() -> None:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from dispatch_intake.journal import StoreMonitor

    engine = create_engine(
        "sqlite://", poolclass=NullPool, connect_args={"check_same_thread": False}
    )
    release = threading.Event()

    @event.listens_for(engine, "before_cursor_execute")
    def _stalled(*_: object) -> None:
        # Every probe waits, as behind a busy interpreter, while the writers' commits go on.
        release.wait(5)

    # The deadline is generous beside the writes' 15 ms pace: a test thread held up on a busy
    # machine for a moment must not pass for writes that stopped.
    monitor = StoreMonitor(engine, deadline=1.0, linger=0)
    seen: list[bool] = []
    monitor.start()
    try:
        for _ in range(200):  # three seconds of writes, three deadlines
            monitor.report_success()
            seen.append(monitor.available)
            release.wait(0.015)
        assert seen and all(seen)
        # The writes stop and the probes still wait: now the store is away.
        wait_until(lambda: not monitor.available)
    finally:
        release.set()
        monitor.stop()
        engine.dispose()


def test_a_first_answer_slower_than_the_deadline_is_waited_for_but_not_forever() -> None:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from dispatch_intake.journal import StoreMonitor

    def stalled_engine(seconds: float, *, for_the_first: float = 60) -> Any:
        engine = create_engine(
            "sqlite://", poolclass=NullPool, connect_args={"check_same_thread": False}
        )
        made = time.monotonic()

        @event.listens_for(engine, "connect")
        def _stall(dbapi_connection: object, record: object) -> None:
            if time.monotonic() - made < for_the_first:
                time.sleep(seconds)

        return engine

    # A starting service: the probes of its first moments take two and a half deadlines each.
    slow = stalled_engine(1.5, for_the_first=1.5)
    monitor = StoreMonitor(slow, deadline=0.6, linger=0, first_grace=20)
    seen: list[bool] = []
    monitor.start()
    try:
        until = time.monotonic() + 3.5
        while time.monotonic() < until:
            seen.append(monitor.available)
            time.sleep(0.01)
        assert seen and all(seen)
    finally:
        monitor.stop()
        slow.dispose()

    # A store that never answers from the start is away once the grace is over.
    silent = stalled_engine(30)
    monitor = StoreMonitor(silent, deadline=0.3, linger=0, first_grace=1)
    monitor.start()
    try:
        wait_until(lambda: not monitor.available)
    finally:
        monitor.stop()
        silent.dispose()


def test_a_monitor_held_up_itself_does_not_take_its_own_pause_for_the_stores_silence() -> None:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    from dispatch_intake.journal import StoreMonitor

    engine = create_engine(
        "sqlite://", poolclass=NullPool, connect_args={"check_same_thread": False}
    )
    thawed = threading.Event()

    @event.listens_for(engine, "connect")
    def _frozen(dbapi_connection: object, record: object) -> None:
        # No probe is answered until the monitor has judged the moment after its pause.
        thawed.wait(10)

    pause_over = threading.Event()
    seen: list[bool] = []

    def sweep() -> int:
        # The monitor's own thread is held up for three deadlines (as a process descheduled on
        # a loaded machine is), then judges what it sees on waking; the next sweep reports it.
        if not pause_over.is_set():
            pause_over.wait(2.1)
            pause_over.set()
        elif not thawed.is_set():
            seen.append(monitor.available)
            thawed.set()
        return 0

    monitor = StoreMonitor(engine, deadline=0.7, sweep=sweep, linger=0, first_grace=0)
    monitor.start()
    try:
        wait_until(thawed.is_set)
    finally:
        thawed.set()
        monitor.stop()
        engine.dispose()
    assert seen == [True]


def test_a_monitor_held_up_at_every_tick_still_sweeps() -> None:
    """A machine that stays loaded holds the monitor up past the deadline tick after tick: the
    sweep waits one tick after a pause, never two running, so stuck waits are still cut."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from dispatch_intake.journal import StoreMonitor

    engine = create_engine(
        "sqlite://", poolclass=NullPool, connect_args={"check_same_thread": False}
    )
    sweeps: list[float] = []

    def sweep() -> int:
        sweeps.append(time.monotonic())
        return 0

    def held_up() -> None:
        time.sleep(0.8)  # every tick of the monitor is held up past the deadline

    monitor = StoreMonitor(engine, deadline=0.7, sweep=sweep, linger=0, first_grace=0)
    monitor._launch = held_up  # type: ignore[method-assign]
    monitor.start()
    try:
        wait_until(lambda: len(sweeps) >= 3, limit=15)
    finally:
        monitor.stop()
        engine.dispose()
