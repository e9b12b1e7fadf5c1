"""Revision 006's admin functions check their input themselves, whoever calls them (here the
schema owner, who may call them as an ADMIN does), and announce what they changed."""

from __future__ import annotations

import json
import select
import time

import factories as f
import psycopg2
import pytest
from fault_support import admin_query

from neurohub_desktop.db.engine import libpq_dsn


def _criteria(url, process: str = "PROC-003") -> dict:  # type: ignore[no-untyped-def]
    return admin_query(
        url, "SELECT quality_criteria FROM processes WHERE process_id = %s", process
    )[0][0]


def _refused(url, sql: str, *params: object) -> psycopg2.Error:  # type: ignore[no-untyped-def]
    with pytest.raises(psycopg2.Error) as refused:
        admin_query(url, sql, *params)
    return refused.value


@pytest.mark.parametrize(
    "change,why",
    [
        (lambda c: c["measurements"][0].update(kind="float"), "malformed or repeated"),
        (lambda c: c["measurements"].append(dict(c["measurements"][0])), "malformed or repeated"),
        (lambda c: c["measurements"][0].update(lsl=70, usl=60), "malformed or repeated"),
        (lambda c: c["defect_codes"].append(dict(c["defect_codes"][0])), "malformed or repeated"),
        (lambda c: c["defect_codes"].append("NOT_AN_OBJECT"), "malformed or repeated"),
        (lambda c: c.pop("defect_codes"), "arrays"),
    ],
)
def test_malformed_criteria_are_refused_by_the_database(db_url, change, why) -> None:  # type: ignore[no-untyped-def]
    before = _criteria(db_url)
    criteria = json.loads(json.dumps(before))
    for item in criteria["measurements"]:
        if item.get("kind") == "number":
            item.update(lsl=1, usl=2)
            break
    change(criteria)
    err = _refused(
        db_url, "SELECT nh_set_criteria('PROC-003', %s::jsonb)" + f.WHY, json.dumps(criteria)
    )
    assert err.pgcode == "NH003" and why in str(err)
    assert _criteria(db_url) == before


def test_a_criteria_version_follows_the_stored_one_even_when_it_is_not_a_number(db_url) -> None:  # type: ignore[no-untyped-def]
    criteria = _criteria(db_url)
    assert (
        admin_query(
            db_url,
            "SELECT nh_set_criteria('PROC-003', %s::jsonb)" + f.WHY,
            json.dumps({**criteria, "version": 99}),
        )[0][0]
        == criteria["version"] + 1
    )
    admin_query(
        db_url,
        "UPDATE processes SET quality_criteria = quality_criteria || "
        "'{\"version\": \"x\"}'::jsonb WHERE process_id = 'PROC-003'",
    )
    assert (
        admin_query(
            db_url, "SELECT nh_set_criteria('PROC-003', %s::jsonb)" + f.WHY, json.dumps(criteria)
        )[0][0]
        == 1
    )
    err = _refused(
        db_url, "SELECT nh_set_criteria('PROC-099', %s::jsonb)" + f.WHY, json.dumps(criteria)
    )
    assert err.pgcode == "22023" and "unknown process" in str(err)


@pytest.mark.parametrize(
    "args,why",
    [
        (("EQ-1", "검사기", "TESTER", "PROC-003", "BROKEN", "{}"), "unknown equipment status"),
        (("EQ-1", "검사기", "TESTER", "PROC-099", "AVAILABLE", "{}"), "unknown process"),
        (("EQ-1", "검사기", "TESTER", "PROC-003", "AVAILABLE", "[1]"), "JSON object"),
        ((" ", "검사기", "TESTER", "PROC-003", "AVAILABLE", "{}"), "needs a code"),
        (("EQ-1", "x" * 300, "TESTER", "PROC-003", "AVAILABLE", "{}"), "needs a code"),
    ],
)
def test_bad_equipment_is_refused_by_the_database(db_url, args, why) -> None:  # type: ignore[no-untyped-def]
    err = _refused(db_url, "SELECT nh_save_equipment(%s, %s, %s, %s, %s, %s::jsonb)" + f.WHY, *args)
    assert err.pgcode == "22023" and why in str(err)
    assert admin_query(db_url, "SELECT count(*) FROM equipment WHERE equipment_code = 'EQ-1'") == [
        (0,)
    ]


def test_account_changes_are_announced_to_other_stations(engine, db_url) -> None:  # type: ignore[no-untyped-def]
    listen = psycopg2.connect(libpq_dsn(db_url))
    listen.autocommit = True
    try:
        with listen.cursor() as cur:
            cur.execute("LISTEN neurohub_changes")
        sm = f.sessions(engine)
        f.user(sm, "lee.kim", "WORKER")
        admin_query(
            db_url, "SELECT nh_update_user('lee.kim', 'MANAGER', NULL, NULL, NULL, NULL)" + f.WHY
        )
        heard: list[dict] = []
        deadline = time.monotonic() + 5
        while len(heard) < 2 and time.monotonic() < deadline:
            select.select([listen], [], [], 0.5)
            listen.poll()
            heard += [json.loads(n.payload) for n in listen.notifies]
            listen.notifies.clear()
        users = [h for h in heard if h["kind"] == "users_changed"]
        assert [h["unit"] for h in users] == ["lee.kim", "lee.kim"]
    finally:
        listen.close()
