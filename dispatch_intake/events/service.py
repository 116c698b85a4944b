"""Fan-out of record changes to event-stream subscribers: in-process always, and between
processes through PostgreSQL LISTEN/NOTIFY when the store is PostgreSQL."""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable, Coroutine, Hashable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, make_url, text
from sqlalchemy.orm import Session

from dispatch_intake.pipelined import ANSWER_LATER
from dispatch_intake.shapes import Change

log = logging.getLogger("dispatch_intake.events")
# Delivered at commit, and its answer says nothing: sent without waiting for it.
_NOTIFY = text("SELECT pg_notify(:channel, :payload)").execution_options(**ANSWER_LATER)


@dataclass(eq=False)
class Subscription:
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[Change] = field(default_factory=lambda: asyncio.Queue(1000))


class ChangeBroker:
    """Delivers `{call_id, change}` to every subscriber; safe to call from worker threads."""

    def __init__(self) -> None:
        self.origin = uuid.uuid4().hex
        self._subscribers: set[Subscription] = set()
        self._lock = threading.Lock()
        self._relay: PostgresRelay | None = None
        self._sequence = itertools.count(1)
        self.frames = FrameCache()

    def subscribe(self) -> Subscription:
        subscription = Subscription(asyncio.get_running_loop())
        with self._lock:
            self._subscribers.add(subscription)
        return subscription

    def unsubscribe(self, subscription: Subscription) -> None:
        with self._lock:
            self._subscribers.discard(subscription)

    @property
    def subscriber_count(self) -> int:
        return len(self._subscribers)

    def deliver(self, change: Change) -> None:
        """Hand a change to every subscriber; each delivery gets its own `seq`, so that
        subscribers who see the same change can share one rendering of it."""
        with self._lock:
            subscribers = list(self._subscribers)
            change = {**change, "seq": next(self._sequence)}
        for subscription in subscribers:
            try:
                subscription.loop.call_soon_threadsafe(_offer, subscription.queue, change)
            except RuntimeError:  # the subscriber's loop has closed
                self.unsubscribe(subscription)

    def announce(self, session: Session, call_id: str, change: str) -> Change:
        """Queue a change inside the writing transaction (other processes hear it on commit)."""
        message: Change = {"call_id": call_id, "change": change, "origin": self.origin}
        if self._relay is not None:
            self._relay.notify(session, message)
        return message

    def attach_relay(self, relay: PostgresRelay) -> None:
        self._relay = relay


class FrameCache:
    """The rendered event of one change for one view, made once however many subscribers
    share that view: the first asks for it, the rest await the same task."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._tasks: OrderedDict[Hashable, asyncio.Task[str | None]] = OrderedDict()

    async def get(
        self, key: Hashable, make: Callable[[], Coroutine[Any, Any, str | None]]
    ) -> str | None:
        loop = asyncio.get_running_loop()
        task = self._tasks.get(key)
        if task is None or task.get_loop() is not loop:
            task = loop.create_task(make())
            self._tasks[key] = task
            while len(self._tasks) > self._size:
                self._tasks.popitem(last=False)
        try:
            return await asyncio.shield(task)
        except Exception:
            # A failed rendering is not kept: the next subscriber to ask tries again.
            if self._tasks.get(key) is task:
                del self._tasks[key]
            raise


def _offer(queue: asyncio.Queue[Change], change: Change) -> None:
    if queue.full():  # a stalled subscriber loses its oldest change, never blocks writers
        queue.get_nowait()
    queue.put_nowait(change)


class PostgresRelay:
    """Listens on one NOTIFY channel per schema and hands other processes' changes to the broker."""

    def __init__(self, engine: Engine, broker: ChangeBroker) -> None:
        self._url = make_url(engine.url).set(drivername="postgresql")
        with engine.connect() as connection:
            schema = connection.execute(text("SELECT current_schema()")).scalar_one()
        self.channel = f"dispatch_intake_{schema}"[:63]
        self._broker = broker
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def notify(self, session: Session, message: Change) -> None:
        if session.get_bind().dialect.name != "postgresql":
            return  # a call held in the local journal is announced when it is replayed
        session.connection().execute(
            _NOTIFY, {"channel": self.channel, "payload": json.dumps(message)}
        )

    def start(self) -> None:
        self._thread = threading.Thread(target=self._listen, name="pg-listen", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _listen(self) -> None:
        import psycopg

        conninfo = self._url.render_as_string(hide_password=False)
        while not self._stop.is_set():
            try:
                with psycopg.connect(conninfo, autocommit=True) as connection:
                    connection.execute(f'LISTEN "{self.channel}"')
                    while not self._stop.is_set():
                        # Woken every 0.1 s to see whether to stop: an instance shutting
                        # down waits no longer than that for this thread.
                        for notice in connection.notifies(timeout=0.1):
                            self._forward(notice.payload)
            except Exception:
                log.warning("lost the PostgreSQL change channel; reconnecting", exc_info=True)
                self._stop.wait(1.0)

    def _forward(self, payload: str) -> None:
        try:
            message = json.loads(payload)
        except ValueError:
            return
        if message.get("origin") != self._broker.origin:
            self._broker.deliver(message)
