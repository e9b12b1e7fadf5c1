"""A tester simulator for the station's tester listener (docs/equipment-protocol.md).

Used by the tests and the bench, and for demos against a running station::

    python -m tools.tester_sim --equipment EQ-03 --unit WIP-WF261128D01-001 \\
        --items '{"TEMP_SENSOR": 60.1, "TOF_DISTANCE": 501, "I2C_OK": true}' --resend 1
    python -m tools.tester_sim --garble            # a line that is not JSON
    python -m tools.tester_sim --stall 15 ...      # half a message, then silence
    python -m tools.tester_sim --cut ...           # half a message, reconnect, send it whole

Each ACK is printed as the JSON line the station sent.
"""

from __future__ import annotations

import argparse
import json
import socket
import sys
import time
import uuid
from collections.abc import Mapping
from typing import Any

from neurohub_desktop.equipment.protocol import Ack, request_line


class TesterSim:
    """One tester connection.  ``source``: the address to connect from (127.0.0.x in tests)."""

    __test__ = False  # not a pytest class

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 9000,
        *,
        source: str | None = None,
        timeout: float = 20.0,
    ) -> None:
        self.host, self.port, self.source, self.timeout = host, port, source, timeout
        self.sock: socket.socket | None = None
        self._buf = b""

    def connect(self) -> TesterSim:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        if self.source:
            sock.bind((self.source, 0))
        sock.connect((self.host, self.port))
        self.sock, self._buf = sock, b""
        return self

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def __enter__(self) -> TesterSim:
        return self.connect()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- sending ---------------------------------------------------------------------------
    def send(
        self, unit: str, items: Mapping[str, Any], *, equipment: str, message_id: str | None = None
    ) -> Ack:
        """One result; its ACK."""
        line = request_line(message_id or new_id(), equipment, unit, items)
        return self.send_raw(line)

    def send_raw(self, data: bytes) -> Ack:
        """Any bytes (a garbled or over-long line); the ACK that follows."""
        self.write(data)
        ack = self.read_ack()
        if ack is None:
            raise ConnectionError("the station closed the connection without an answer")
        return ack

    def write(self, data: bytes) -> None:
        assert self.sock is not None, "connect() first"
        self.sock.sendall(data)

    def read_ack(self) -> Ack | None:
        """The next ACK line, or None when the station closed the connection."""
        assert self.sock is not None
        while b"\n" not in self._buf:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self._buf += chunk
        line, _, self._buf = self._buf.partition(b"\n")
        return Ack.from_line(line)

    def closed_by_station(self) -> bool:
        """True when the station closed the connection (reads until EOF or the timeout)."""
        assert self.sock is not None
        try:
            while True:
                chunk = self.sock.recv(65536)
                if not chunk:
                    return True
        except TimeoutError:
            return False
        except ConnectionResetError:
            return True

    def cut(self, unit: str, items: Mapping[str, Any], *, equipment: str, message_id: str) -> None:
        """Half of a message, then disconnect (a tester losing its cable mid-message)."""
        line = request_line(message_id, equipment, unit, items)
        self.write(line[: len(line) // 2])
        self.close()


def new_id() -> str:
    return "SIM-" + uuid.uuid4().hex[:16]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m tools.tester_sim", description=__doc__.split("\n")[0]
    )
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=9000)
    p.add_argument("--source", help="connect from this address")
    p.add_argument("--equipment", default="EQ-03")
    p.add_argument("--unit", action="append", default=[], help="a WIP or serial (repeatable)")
    p.add_argument("--items", default="{}", help="measurement items as a JSON object")
    p.add_argument("--message-id", help="the message id (default: a new one per unit)")
    p.add_argument("--resend", type=int, default=0, help="send each message this many more times")
    p.add_argument("--garble", action="store_true", help="send a line that is not JSON")
    p.add_argument("--stall", type=float, help="send half a message and wait this many seconds")
    p.add_argument(
        "--cut", action="store_true", help="half a message, disconnect, then resend whole"
    )
    args = p.parse_args(argv)
    items = json.loads(args.items)
    sim = TesterSim(args.host, args.port, source=args.source)

    def show(ack: Ack | None) -> None:
        print(ack.to_line().decode().strip() if ack is not None else "(connection closed)")

    with sim:
        if args.garble:
            show(sim.send_raw(b"{this is not json\n"))
        for unit in args.unit:
            mid = args.message_id or new_id()
            if args.stall is not None:
                line = request_line(mid, args.equipment, unit, items)
                sim.write(line[: len(line) // 2])
                time.sleep(args.stall)
                show(sim.read_ack())
                return 0
            if args.cut:
                sim.cut(unit, items, equipment=args.equipment, message_id=mid)
                sim.connect()
            for _ in range(1 + args.resend):
                show(sim.send(unit, items, equipment=args.equipment, message_id=mid))
    return 0


if __name__ == "__main__":
    sys.exit(main())
