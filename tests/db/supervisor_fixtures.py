"""Fixture data with known answers for the supervisor reports (tests/db/test_reports.py).

Written with the statements the station functions run, by the schema owner (it may give the
times, which the known durations need; a person's records get the server's clock): issue a
WIP, start a step by setting ``current_process_id``, finish it with a history row, convert at
PROC-007, serial records in ``process_data``.  The database triggers derive every status, so
the known answers below also check that reports read what the rules wrote.  The owner is no
person (its audit rows have no user); what a person does is done on their own login: the
users are real accounts (``nh_create_user``), mgr completes LOT D (``nh_set_lot_status``) and
park starts A2's PROC-008 at the station (``nh_start``, the server's clock).

LOT A  WF251103D01 (target 5), issued 2025-11-03 08:00 UTC + 5 min per unit
  A1  001..006 PASS, → serial, 007 PASS, 008 PASS                       serial PASSED
  A2  001 002 PASS, 003 FAIL (TEMP) → reopened → 003 PASS, 004..007 PASS, 008 started (park)
  A3  001 PASS, 002 REWORK (ASSEMBLY_ERROR), 002 PASS, 003 started
  A4  001 002 PASS, 003 FAIL ×4 (TOF, TOF, TOF+TEMP, TOF), reopened after each of the
      first three: stays FAILED (scrapped)
  A5  001..006 PASS, → serial, 007 PASS, 008 FAIL (VISUAL, PACKAGING) → serial SCRAPPED
LOT B  WF251104N01 (target 3), issued 2025-11-04 20:00 UTC
  B1  001 PASS, 002 started;  B2  001 FAIL (MARKING_FAIL);  B3  001 started
LOT C  WF251110D01 (target 100): no units (CREATED)
LOT D  XR251105D01 (model XR, target 10): no units, IN_PROGRESS by hand, COMPLETED by mgr
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import factories as f
import psycopg2
from sqlalchemy import Engine, text

from neurohub_desktop.db.engine import libpq_dsn, make_sessionmaker, transaction

T0_A = datetime(2025, 11, 3, 8, 0, tzinfo=UTC)
T0_B = datetime(2025, 11, 4, 20, 0, tzinfo=UTC)
DURATION = {1: 50, 2: 3000, 3: 60, 4: 55, 5: 3300, 6: 500, 7: 30, 8: 100}
COMPONENTS = {"SMA_SPRING_LOT": "SMA-2511-A", "BUSBAR_LOT": "BB-77"}
FIRMWARE = "v1.2.3"


def station(seq: int) -> str:
    return f"ST-{seq:02d}"


@dataclass
class Known:
    lots: dict[str, int] = field(default_factory=dict)  # lot_number → id
    wips: dict[str, int] = field(default_factory=dict)  # short name (A1…) → wip_items.id
    serials: dict[str, int] = field(default_factory=dict)  # short name → serials.id
    users: dict[str, int] = field(default_factory=dict)  # login → users.id
    equipment: dict[str, int] = field(default_factory=dict)
    history_ids: dict[str, list[int]] = field(default_factory=dict)


class LineWriter:
    """Writes line activity through the same statements the station services use."""

    def __init__(self, engine: Engine) -> None:
        self.url = engine.url
        self.sessions = make_sessionmaker(engine)
        self.known = Known()
        with self.sessions.begin() as s:
            self.proc = dict(s.execute(text("SELECT sequence_order, id FROM processes")).all())
        self.clock: dict[str, datetime] = {}

    # -- master data ----------------------------------------------------------------------
    def user(self, login: str, name: str, role: str) -> int:
        """A real account (users row and login role, ``factories.PASSWORD``)."""
        with transaction(self.sessions, "SETUP") as s:
            pk = s.scalar(
                text("SELECT nh_create_user(:u, :n, :r, :v, NULL)" + f.WHY),
                {"u": login, "n": name, "r": role, "v": f.VERIFIER},
            )
            s.execute(
                text("UPDATE users SET must_change_password = false WHERE id = :i"), {"i": pk}
            )
        self.known.users[login] = pk
        return pk

    def as_person(self, login: str, sql: str, params: dict[str, Any]) -> Any:
        """One statement on that person's own login (autocommit), as their station runs it."""
        conn = psycopg2.connect(libpq_dsn(f.person_url(self.url, login)))
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute(sql, params)
                return cur.fetchone()[0]
        finally:
            conn.close()

    def equipment(self, code: str, name: str, seq: int) -> int:
        with transaction(self.sessions, "SETUP") as s:
            pk = s.scalar(
                text(
                    "INSERT INTO equipment (equipment_code, equipment_name, equipment_type,"
                    " process_id) VALUES (:c, :n, 'TOOL', :p) RETURNING id"
                ),
                {"c": code, "n": name, "p": self.proc[seq]},
            )
        self.known.equipment[code] = pk
        return pk

    def model(self, code: str, name: str) -> int:
        with transaction(self.sessions, "SETUP") as s:
            return int(
                s.scalar(
                    text(
                        "INSERT INTO product_models (model_code, model_name) VALUES (:c, :n)"
                        " RETURNING id"
                    ),
                    {"c": code, "n": name},
                )
            )

    def lot(
        self, number: str, target: int, shift: str, created: datetime, model: str = "WF"
    ) -> int:
        with transaction(self.sessions, "OFFICE") as s:
            pk = s.scalar(
                text(
                    "INSERT INTO lots (lot_number, product_model_id, target_quantity, shift,"
                    " created_at, created_by) SELECT :n, id, :t, :s, :c, 'mgr'"
                    " FROM product_models WHERE model_code = :m RETURNING id"
                ),
                {"n": number, "t": target, "s": shift, "c": created, "m": model},
            )
        self.known.lots[number] = pk
        return pk

    def lot_status(self, lot: int, status: str) -> None:
        """By hand (the owner): only BR-001's order applies."""
        with transaction(self.sessions, "OFFICE") as s:
            s.execute(text("UPDATE lots SET status = :s WHERE id = :l"), {"s": status, "l": lot})

    def complete_lot(self, lot_number: str) -> None:
        """mgr completes the LOT (nh_set_lot_status: every unit must be done)."""
        self.as_person(
            "mgr",
            "SELECT nh_set_lot_status(%(l)s, 'COMPLETED', 'every unit done', 'OFFICE')",
            {"l": lot_number},
        )

    # -- WIP stage ------------------------------------------------------------------------
    def issue(self, name: str, lot_number: str, seq: int, at: datetime) -> int:
        with transaction(self.sessions, station(1)) as s:
            pk = s.scalar(
                text(
                    "INSERT INTO wip_items (wip_id, lot_id, sequence_in_lot, created_at)"
                    " VALUES (:w, :l, :q, :c) RETURNING id"
                ),
                {
                    "w": f"WIP-{lot_number}-{seq:03d}",
                    "l": self.known.lots[lot_number],
                    "q": seq,
                    "c": at,
                },
            )
        self.known.wips[name] = pk
        self.clock[name] = at
        return pk

    def start(self, name: str, seq: int) -> None:
        with transaction(self.sessions, station(seq)) as s:
            s.execute(
                text("UPDATE wip_items SET current_process_id = :p WHERE id = :w"),
                {"p": self.proc[seq], "w": self.known.wips[name]},
            )

    def finish(
        self,
        name: str,
        seq: int,
        result: str,
        defects: list[str] = (),  # type: ignore[assignment]
        items: list[dict[str, Any]] | None = None,
        duration: int | None = None,
        operator: str = "kim",
        equipment: str | None = None,
    ) -> int:
        started = self.clock[name]
        completed = started + timedelta(seconds=duration or DURATION[seq])
        self.clock[name] = completed + timedelta(seconds=60)
        with transaction(self.sessions, station(seq)) as s:
            pk = s.scalar(
                text(
                    "INSERT INTO wip_process_history (wip_item_id, process_id, operator_id,"
                    " equipment_id, result, measurements, defects, started_at, completed_at,"
                    " duration_seconds, created_at) VALUES (:w, :p, :o, :e, :r,"
                    " CAST(:m AS jsonb), CAST(:d AS jsonb), :sa, :ca, :dur, :ca) RETURNING id"
                ),
                {
                    "w": self.known.wips[name],
                    "p": self.proc[seq],
                    "o": self.known.users[operator],
                    "e": self.known.equipment.get(equipment) if equipment else None,
                    "r": result,
                    "m": json.dumps({"items": items or []}),
                    "d": json.dumps([{"code": c, "note": None} for c in defects]),
                    "sa": started,
                    "ca": completed,
                    "dur": (completed - started).seconds,
                },
            )
        self.known.history_ids.setdefault(name, []).append(pk)
        return pk

    def step(self, name: str, seq: int, result: str = "PASS", **kw: Any) -> int:
        self.start(name, seq)
        return self.finish(name, seq, result, **kw)

    def reopen(self, name: str) -> None:
        with transaction(self.sessions, "OFFICE") as s:
            s.execute(
                text("UPDATE wip_items SET status = 'IN_PROGRESS' WHERE id = :w"),
                {"w": self.known.wips[name]},
            )

    # -- serial stage ---------------------------------------------------------------------
    def convert(self, name: str, lot_number: str, seq: int) -> int:
        """PROC-007 scan: serial created, WIP CONVERTED, PROC-007 record started."""
        at = self.clock[name]
        with transaction(self.sessions, station(7)) as s:
            spk = s.scalar(
                text(
                    "INSERT INTO serials (serial_number, lot_id, sequence, created_at)"
                    " VALUES (:n, :l, :q, :c) RETURNING id"
                ),
                {
                    "n": f"{lot_number}-{seq:04d}",
                    "l": self.known.lots[lot_number],
                    "q": seq,
                    "c": at,
                },
            )
            s.execute(
                text(
                    "UPDATE wip_items SET status = 'CONVERTED', serial_id = :s,"
                    " converted_at = :c WHERE id = :w"
                ),
                {"s": spk, "c": at, "w": self.known.wips[name]},
            )
            self._open_record(s, name, spk, lot_number, 7)
        self.known.serials[name] = spk
        return spk

    def _open_record(self, s: Any, name: str, spk: int, lot_number: str, seq: int) -> None:
        s.execute(
            text(
                "INSERT INTO process_data (lot_id, serial_id, process_id, operator_id, start_time)"
                " VALUES (:l, :s, :p, :o, :t)"
            ),
            {
                "l": self.known.lots[lot_number],
                "s": spk,
                "p": self.proc[seq],
                "o": self.known.users["park"],
                "t": self.clock[name],
            },
        )

    def serial_start(self, name: str, lot_number: str, seq: int) -> None:
        with transaction(self.sessions, station(seq)) as s:
            self._open_record(s, name, self.known.serials[name], lot_number, seq)

    def station_start(self, login: str, name: str, seq: int) -> None:
        """A serial step started at the station by that person (nh_start: their name, the
        server's clock)."""
        number = self._serial_number(name)
        self.as_person(
            login,
            "SELECT nh_start(%(u)s, %(p)s, %(s)s, false)",
            {"u": number, "p": f"PROC-00{seq}", "s": station(seq)},
        )

    def _serial_number(self, name: str) -> str:
        with self.sessions() as s:
            return str(
                s.scalar(
                    text("SELECT serial_number FROM serials WHERE id = :i"),
                    {"i": self.known.serials[name]},
                )
            )

    def serial_finish(
        self,
        name: str,
        seq: int,
        result: str,
        defects: list[str] = (),  # type: ignore[assignment]
        items: list[dict[str, Any]] | None = None,
    ) -> None:
        completed = self.clock[name] + timedelta(seconds=DURATION[seq])
        self.clock[name] = completed + timedelta(seconds=60)
        data = {
            "measurements": {"items": items or []},
            "defects": [{"code": c, "note": "육안 확인"} for c in defects],
        }
        with transaction(self.sessions, station(seq)) as s:
            s.execute(
                text(
                    "UPDATE process_data SET result = :r, complete_time = :t,"
                    " process_specific_data = CAST(:d AS jsonb)"
                    " WHERE serial_id = :s AND process_id = :p AND complete_time IS NULL"
                ),
                {
                    "r": result,
                    "t": completed,
                    "d": json.dumps(data),
                    "s": self.known.serials[name],
                    "p": self.proc[seq],
                },
            )

    def scrap_serial(self, name: str) -> None:
        with transaction(self.sessions, "OFFICE") as s:
            s.execute(
                text("UPDATE serials SET status = 'SCRAPPED' WHERE id = :s"),
                {"s": self.known.serials[name]},
            )


def _item(
    code: str,
    value: Any,
    result: str = "PASS",
    unit: str | None = None,
    lsl: float | None = None,
    usl: float | None = None,
) -> dict[str, Any]:
    return {"code": code, "value": value, "unit": unit, "lsl": lsl, "usl": usl, "result": result}


P2_ITEMS = [
    _item("SMA_SPRING_LOT", COMPONENTS["SMA_SPRING_LOT"]),
    _item("BUSBAR_LOT", COMPONENTS["BUSBAR_LOT"]),
    _item("VISUAL_OK", True),
]
P3_OK = [
    _item("TEMP_SENSOR", 60.2, "PASS", "°C", 59.0, 61.0),
    _item("TOF_DISTANCE", 512, "PASS", "mm", 400, 600),
    _item("I2C_OK", True),
]
P3_TOF = [
    _item("TEMP_SENSOR", 60.1, "PASS", "°C", 59.0, 61.0),
    _item("TOF_DISTANCE", 650, "FAIL", "mm", 400, 600),
    _item("I2C_OK", True),
]
P4_ITEMS = [_item("FIRMWARE_VERSION", FIRMWARE), _item("UPLOAD_OK", True)]


def _through(w: LineWriter, name: str, first: int, last: int) -> None:
    for seq in range(first, last + 1):
        items = {2: P2_ITEMS, 3: P3_OK, 4: P4_ITEMS}.get(seq)
        w.step(name, seq, "PASS", items=items, equipment="EQ-SENSOR-01" if seq == 3 else None)


def build_known_line(engine: Engine) -> Known:
    w = LineWriter(engine)
    w.user("mgr", "관리자 최", "MANAGER")
    w.user("kim", "김작업", "WORKER")
    w.user("park", "박포장", "WORKER")
    w.user("viewer", "열람자", "VIEWER")
    w.equipment("EQ-SENSOR-01", "센서 검사기 1호", 3)
    w.model("XR", "Experimental Robot")
    a, b = "WF251103D01", "WF251104N01"
    w.lot(a, 5, "D", T0_A - timedelta(minutes=30))
    w.lot(b, 3, "N", T0_B - timedelta(minutes=30))
    w.lot("WF251110D01", 100, "D", datetime(2025, 11, 10, 7, 0, tzinfo=UTC))
    d = w.lot("XR251105D01", 10, "D", datetime(2025, 11, 5, 7, 0, tzinfo=UTC), model="XR")
    w.lot_status(d, "IN_PROGRESS")
    w.complete_lot("XR251105D01")

    for i, name in enumerate(("A1", "A2", "A3", "A4", "A5"), start=1):
        w.issue(name, a, i, T0_A + timedelta(minutes=5 * (i - 1)))
    # A1: straight through to PASSED
    _through(w, "A1", 1, 6)
    w.convert("A1", a, 1)
    w.serial_finish("A1", 7, "PASS", items=[_item("LABEL_VERIFIED", True)])
    w.serial_start("A1", a, 8)
    w.serial_finish("A1", 8, "PASS")
    # A2: FAIL at PROC-003, reopened, then through; PROC-008 started
    _through(w, "A2", 1, 2)
    w.step(
        "A2",
        3,
        "FAIL",
        defects=["SENSOR_TEMP_FAIL"],
        equipment="EQ-SENSOR-01",
        items=[_item("TEMP_SENSOR", 61.8, "FAIL", "°C", 59.0, 61.0)],
    )
    w.reopen("A2")
    _through(w, "A2", 3, 6)
    w.convert("A2", a, 2)
    w.serial_finish("A2", 7, "PASS")
    w.station_start("park", "A2", 8)
    # A3: REWORK at PROC-002, then PASS, PROC-003 in progress
    _through(w, "A3", 1, 1)
    w.step("A3", 2, "REWORK", defects=["ASSEMBLY_ERROR"])
    _through(w, "A3", 2, 2)
    w.start("A3", 3)
    # A4: four FAILs at PROC-003 (30 s each): scrapped
    _through(w, "A4", 1, 2)
    for n, defects in enumerate(
        (
            ["SENSOR_TOF_FAIL"],
            ["SENSOR_TOF_FAIL"],
            ["SENSOR_TOF_FAIL", "SENSOR_TEMP_FAIL"],
            ["SENSOR_TOF_FAIL"],
        )
    ):
        if n:
            w.reopen("A4")
        w.step("A4", 3, "FAIL", defects=defects, items=P3_TOF, duration=30)
    # A5: through PROC-007, FAIL at PROC-008, scrapped
    _through(w, "A5", 1, 6)
    w.convert("A5", a, 5)
    w.serial_finish("A5", 7, "PASS")
    w.serial_start("A5", a, 8)
    w.serial_finish("A5", 8, "FAIL", defects=["VISUAL_DEFECT", "PACKAGING_ERROR"])
    w.scrap_serial("A5")

    for i, name in enumerate(("B1", "B2", "B3"), start=1):
        w.issue(name, b, i, T0_B + timedelta(minutes=5 * (i - 1)))
    _through(w, "B1", 1, 1)
    w.start("B1", 2)
    w.step("B2", 1, "FAIL", defects=["MARKING_FAIL"], items=[_item("MARK_READABLE", False, "FAIL")])
    w.start("B3", 1)
    return w.known
