"""A TCP proxy between a station and PostgreSQL that can freeze: while frozen it forwards
nothing in either direction but closes nothing — what a hung switch or a stuck proxy does,
which no socket error reveals.  Bytes read while frozen are held and forwarded on thaw (a
query held back by the network arrives late)."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

from sqlalchemy.engine import URL


class FreezingProxy:
    """``FreezingProxy(server_url)`` listens on 127.0.0.1:``port`` and forwards each
    connection to the server's Unix socket (the test server's ``?host=`` directory)."""

    def __init__(self, server: URL) -> None:
        host = str(server.query.get("host") or server.host or "")
        self.target = str(Path(host) / f".s.PGSQL.{server.port or 5432}")
        self._listen = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listen.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listen.bind(("127.0.0.1", 0))
        self._listen.listen(32)
        self.port = int(self._listen.getsockname()[1])
        self._open = threading.Event()
        self._open.set()
        self._closed = False
        self._sockets: list[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def url(self, url: URL) -> URL:
        """``url`` (a person's, say) through this proxy."""
        query = {k: v for k, v in url.query.items() if k != "host"}
        return url.set(host="127.0.0.1", port=self.port, query=query)

    def freeze(self) -> None:
        self._open.clear()

    def thaw(self) -> None:
        self._open.set()

    def close(self) -> None:
        self._closed = True
        self._open.set()
        for s in [self._listen, *self._sockets]:
            try:
                s.close()
            except OSError:
                pass

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listen.accept()
            except OSError:
                return
            server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            try:
                server.connect(self.target)
            except OSError:
                client.close()
                continue
            self._sockets += [client, server]
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()
            threading.Thread(target=self._pump, args=(server, client), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        while True:
            self._open.wait()
            try:
                data = src.recv(65536)
            except OSError:
                data = b""
            self._open.wait()  # frozen after reading: the bytes are held, not lost
            if not data:
                try:
                    dst.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            try:
                dst.sendall(data)
            except OSError:
                return
