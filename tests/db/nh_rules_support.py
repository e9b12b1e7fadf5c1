"""Helpers for the business-rule tests: a plain psycopg2 connection and fixture builders.

``Db(url)`` is the schema owner (the test's connection): it may write every table directly,
which is what the structural rules are tested with, and it is no person (``nh_actor()`` is
NULL: nothing it sets names an actor).  ``db.person(login)`` is a connection as a person made
by ``db.user(login, role)`` (their own login role), for what depends on who acts.  Each
statement runs in its own transaction (autocommit) unless a test opens one with
``with db.tx():``, so a refused statement never poisons the next one and every check reads
committed state.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import factories as f
import psycopg2
import pytest
from polling import poll
from sqlalchemy.engine import URL

from neurohub_desktop.db.engine import libpq_dsn

NO_DEFECTS: tuple[dict[str, str], ...] = ()
DEFECT = ({"code": "TEST_DEFECT", "note": "seen in test"},)


class Db:
    def __init__(self, url: URL) -> None:
        self.url = url
        self.conn = psycopg2.connect(libpq_dsn(url))
        self.conn.autocommit = True
        self._procs: dict[str, int] = {}

    def close(self) -> None:
        self.conn.close()

    # -- plumbing -----------------------------------------------------------------------------
    def q(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[tuple]:
        with self.conn.cursor() as cur:
            cur.execute(sql, params)
            return cur.fetchall() if cur.description else []

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        rows = self.q(sql, params)
        assert len(rows) == 1, rows
        return rows[0][0] if len(rows[0]) == 1 else rows[0]

    def refused(
        self, sqlstate: str, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> psycopg2.Error:
        """Run ``sql`` expecting SQLSTATE ``sqlstate``; returns the error."""
        with pytest.raises(psycopg2.Error) as info:
            self.q(sql, params)
        if not self.conn.autocommit:
            self.conn.rollback()
        assert info.value.pgcode == sqlstate, (info.value.pgcode, str(info.value))
        if sqlstate.startswith("NH"):
            assert info.value.diag.message_primary.startswith(f"BR-{sqlstate[2:]}: ")
        return info.value

    @contextmanager
    def tx(self, station: str | None = None) -> Iterator[None]:
        """One explicit transaction, naming the station like engine.set_station() does (who
        acts is the connection's login, never a setting)."""
        self.conn.autocommit = False
        try:
            if station is not None:
                self.q("SELECT set_config('neurohub.station', %s, true)", (station,))
            yield
            self.conn.commit()
        except BaseException:
            self.conn.rollback()
            raise
        finally:
            self.conn.autocommit = True

    # -- fixture data -------------------------------------------------------------------------
    def proc(self, code: str) -> int:
        if not self._procs:
            self._procs = dict(self.q("SELECT process_id, id FROM processes"))
        return self._procs[code]

    @property
    def admin(self) -> int:
        return int(self.one("SELECT id FROM users WHERE user_id = 'admin'"))

    def lot(self, number: str = "WF261128D01", target: int = 100, status: str = "CREATED") -> int:
        return int(
            self.one(
                "INSERT INTO lots (lot_number, product_model_id, target_quantity, shift, status)"
                " VALUES (%s, (SELECT id FROM product_models WHERE model_code = 'WF'), %s, 'D', %s)"
                " RETURNING id",
                (number, target, status),
            )
        )

    def serial(self, lot_id: int, seq: int) -> int:
        number = self.one("SELECT lot_number FROM lots WHERE id = %s", (lot_id,))
        return int(
            self.one(
                "INSERT INTO serials (serial_number, lot_id, sequence) VALUES (%s, %s, %s)"
                " RETURNING id",
                (f"{number}-{seq:04d}", lot_id, seq),
            )
        )

    def serial_row(self, serial_id: int) -> dict[str, Any]:
        with self.conn.cursor() as cur:
            cur.execute("SELECT * FROM serials WHERE id = %s", (serial_id,))
            row = cur.fetchone()
            assert row is not None
            return dict(zip([c.name for c in cur.description], row, strict=True))

    def start(self, serial_id: int, proc: str) -> int:
        """Open a process_data record (result NULL) for the serial's LOT."""
        return int(
            self.one(
                "INSERT INTO process_data (lot_id, serial_id, process_id, operator_id)"
                " SELECT lot_id, id, %s, %s FROM serials WHERE id = %s RETURNING id",
                (self.proc(proc), self.admin, serial_id),
            )
        )

    def finish(
        self,
        record_id: int,
        result: str,
        defects: Sequence[dict[str, Any]] = NO_DEFECTS,
        items: Sequence[dict[str, Any]] = (),
    ) -> None:
        data = {"measurements": {"items": list(items)}, "defects": list(defects)}
        self.q(
            "UPDATE process_data SET result = %s, complete_time = now(),"
            " process_specific_data = %s WHERE id = %s",
            (result, json.dumps(data), record_id),
        )

    def record(
        self, serial_id: int, proc: str, result: str, defects: Sequence[dict[str, Any]] = NO_DEFECTS
    ) -> int:
        record_id = self.start(serial_id, proc)
        self.finish(record_id, result, defects)
        return record_id

    def pass_steps(self, serial_id: int, last: int) -> None:
        """PASS PROC-001 .. PROC-00<last> in order."""
        for k in range(1, last + 1):
            self.record(serial_id, f"PROC-00{k}", "PASS")

    def count(self, table: str, where: str = "TRUE", params: Sequence[Any] = ()) -> int:
        return int(self.one(f"SELECT count(*) FROM {table} WHERE {where}", params))

    # -- WIPs (revision 006) ------------------------------------------------------------------
    def wip(self, lot_id: int, seq: int) -> int:
        number = self.one("SELECT lot_number FROM lots WHERE id = %s", (lot_id,))
        return int(
            self.one(
                "INSERT INTO wip_items (wip_id, lot_id, sequence_in_lot) VALUES (%s, %s, %s)"
                " RETURNING id",
                (f"WIP-{number}-{seq:03d}", lot_id, seq),
            )
        )

    def wip_row(self, wip_id: int) -> dict[str, Any]:
        with self.conn.cursor() as cur:
            cur.execute(
                "SELECT w.*, p.process_id AS current FROM wip_items w LEFT JOIN"
                " processes p ON p.id = w.current_process_id WHERE w.id = %s",
                (wip_id,),
            )
            row = cur.fetchone()
            assert row is not None
            return dict(zip([c.name for c in cur.description], row, strict=True))

    def wip_start(self, wip_id: int, proc: str) -> None:
        self.q(
            "UPDATE wip_items SET current_process_id = %s WHERE id = %s", (self.proc(proc), wip_id)
        )

    def wip_finish(
        self,
        wip_id: int,
        proc: str,
        result: str,
        defects: Sequence[dict[str, Any]] = NO_DEFECTS,
        items: Sequence[dict[str, Any]] = (),
    ) -> int:
        return int(
            self.one(
                "INSERT INTO wip_process_history (wip_item_id, process_id, operator_id, result,"
                " measurements, defects) VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                (
                    wip_id,
                    self.proc(proc),
                    self.admin,
                    result,
                    json.dumps({"items": list(items)}),
                    json.dumps(list(defects)),
                ),
            )
        )

    def wip_step(
        self,
        wip_id: int,
        proc: str,
        result: str = "PASS",
        defects: Sequence[dict[str, Any]] = NO_DEFECTS,
    ) -> int:
        self.wip_start(wip_id, proc)
        return self.wip_finish(wip_id, proc, result, defects)

    def wip_pass_steps(self, wip_id: int, first: int, last: int) -> None:
        for k in range(first, last + 1):
            self.wip_step(wip_id, f"PROC-00{k}")

    def user(self, login: str, role: str) -> int:
        """An account made by the owner through ``nh_create_user`` (the users row and its
        login role, password ``factories.PASSWORD``, no forced change); its users.id."""
        pk = int(
            self.one(
                "SELECT nh_create_user(%s, %s, %s, %s, NULL)" + f.WHY,
                (login, login, role, f.VERIFIER),
            )
        )
        self.q("UPDATE users SET must_change_password = false WHERE id = %s", (pk,))
        return pk

    def person(self, login: str) -> Db:
        """A connection as that person (their own login role), as their station has."""
        return Db(f.person_url(self.url, login))


def wait_until_blocked(db: Db, pid: int, timeout: float = 10.0) -> None:
    """Poll pg_stat_activity until backend ``pid`` waits on a lock (another connection)."""
    poll(
        lambda: db.one(
            "SELECT count(*) FROM pg_stat_activity WHERE pid = %s AND wait_event_type = 'Lock'",
            (pid,),
        ),
        timeout=timeout,
    )
