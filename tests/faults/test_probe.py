"""The store monitor on its own: whatever its answer hook waits on, the store's going away is
still noticed and connections stuck on it are still cut."""

from __future__ import annotations

import threading

from .conftest import schema_url, wait_until
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
