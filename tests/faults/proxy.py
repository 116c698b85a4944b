"""A TCP proxy between the service and its store that a test can break: refuse connections
(reset at once: the store is down) or black-hole them (accepted, never answered: a hung
network path)."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading


class TcpProxy:
    """Forwards 127.0.0.1:`port` to `target`; `refuse()`, `black_hole()` and `restore()`."""

    def __init__(self, target: tuple[str, int]) -> None:
        self.target = target
        self.port = 0
        self._mode = "pass"
        self._listener: socket.socket | None = None
        self._sockets: set[socket.socket] = set()
        self._lock = threading.Lock()
        self._listen()

    def _listen(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # the listener was closed
            if self._mode == "refuse":
                self._reset(client)
                continue
            self._track(client)
            if self._mode == "black_hole":
                threading.Thread(target=self._pump, args=(client, None), daemon=True).start()
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                self._reset(client)
                continue
            self._track(upstream)
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.add(sock)

    def _pump(self, source: socket.socket, sink: socket.socket | None) -> None:
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                data = b""
            if not data:
                break
            if self._mode == "pass" and sink is not None:
                try:
                    sink.sendall(data)
                except OSError:
                    break
            # Black-holed: the bytes are taken and dropped; nothing comes back.
        for sock in (source, sink):
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
        # Closed and forgotten once done: a long run (a probe connects ten times a second)
        # would otherwise use up the process's descriptors and the proxy stop accepting.
        with self._lock:
            for sock in (source, sink):
                if sock is not None:
                    self._sockets.discard(sock)
                    sock.close()

    @staticmethod
    def _reset(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        # A close alone neither wakes a pump blocked reading this socket nor ends the
        # connection while that read holds it: shut it down first.
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            sock.close()

    def _reset_all(self) -> None:
        with self._lock:
            sockets, self._sockets = self._sockets, set()
        for sock in sockets:
            self._reset(sock)

    def refuse(self) -> None:
        """Connections reset as soon as they are made, and those open reset: the store is
        down. (The port stays bound: released, another socket on the machine could take it.)"""
        self._mode = "refuse"
        self._reset_all()

    def black_hole(self) -> None:
        """Connections accepted and bytes taken, never answered: the path to the store hangs."""
        self._mode = "black_hole"

    def restore(self) -> None:
        """Forward again; connections left over from the fault are reset."""
        if self._mode == "black_hole":
            self._reset_all()
        self._mode = "pass"

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self._reset_all()
