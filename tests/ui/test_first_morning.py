"""The first morning of a new line at PROC-004 (issue 14): on a fresh database the running
station cannot PASS until the administrator registers firmware from the command line; it
then takes the version within seconds, without a restart.  Activating the next version for
the MCU deactivates the first in the same transaction, and a PASS with the old one is then
refused."""

from __future__ import annotations

import factories as f
from station_ui import click, fill, make_ctx
from test_cli_admin import admin, firmware_file  # noqa: F401 - the CLI fixture, reused
from test_seam import bridges, open_page, start, with_live  # noqa: F401 - fixtures, reused


def history(sm, wip: str) -> list:  # type: ignore[no-untyped-def,type-arg]
    return f.rows(
        sm,
        "SELECT h.result, h.measurements FROM wip_process_history h "
        "JOIN wip_items w ON w.id = h.wip_item_id JOIN processes p ON p.id = h.process_id "
        "WHERE w.wip_id = :w AND p.process_id = 'PROC-004'",
        w=wip,
    )


def pass_with(qtbot, page, version: str) -> None:  # type: ignore[no-untyped-def]
    assert page.form is not None
    wanted = {**f.GOOD_VALUES["PROC-004"], "FIRMWARE_VERSION": version}
    typed = page.form.values()
    fill(qtbot, page.form, {c: v for c, v in wanted.items() if typed.get(c) != v})
    click(qtbot, page, page.form.pass_button)


def test_firmware_added_from_the_cli_reaches_a_running_proc_004_station(  # type: ignore[no-untyped-def]
    qtbot,
    engine,
    db_url,
    admin,  # noqa: F811 - the fixture imported above
    bridges,  # noqa: F811 - the fixture imported above
    tmp_path,
) -> None:
    sm = f.sessions(engine)
    assert f.scalar(sm, "SELECT count(*) FROM firmware_versions") == 0  # a fresh install
    worker = f.user(sm, "worker1")
    lot = f.lot(sm, target=5)
    first, second = (f.wip_through(sm, worker, lot, last=3) for _ in range(2))
    page = open_page(
        qtbot, with_live(make_ctx(sm, "PROC-004", worker, locale="en"), db_url, bridges)
    )
    start(qtbot, page, first)
    fill(qtbot, page.form, {**f.GOOD_VALUES["PROC-004"], "FIRMWARE_VERSION": "v1.2.3"})
    # the refusal submit would give is shown live; PASS cannot be pressed (issue 17.5)
    assert not page.form.pass_button.isEnabled()
    assert "firmware" in page.form.overall.text().lower() and history(sm, first) == []

    added = admin(
        "firmware",
        "add",
        str(firmware_file(tmp_path)),
        "--version",
        "v1.2.3",
        "--mcu",
        "STM32F4",
        "--activate",
    )
    assert added.code == 0, added.err
    qtbot.waitUntil(
        lambda: page.form is not None and page.form.expected.get("FIRMWARE_VERSION") == "v1.2.3",
        timeout=5_000,
    )
    with qtbot.waitSignal(page.step_recorded, timeout=10_000):
        pass_with(qtbot, page, "v1.2.3")
    assert [r[0] for r in history(sm, first)] == ["PASS"]

    start(qtbot, page, second)
    path = firmware_file(tmp_path, "fw_v1.3.0.bin")
    added = admin("firmware", "add", str(path), "--version", "v1.3.0", "--mcu", "STM32F4")
    assert added.code == 0, added.err
    switched = admin("firmware", "activate", "v1.3.0")
    assert switched.code == 0, switched.err
    assert f.rows(sm, "SELECT version, is_active FROM firmware_versions ORDER BY id") == [
        ("v1.2.3", False),
        ("v1.3.0", True),
    ]
    # one transaction: both rows' audit entries carry the same transaction time
    switch = f.rows(
        sm,
        "SELECT new_data->>'version', new_data->>'is_active', created_at FROM audit_logs "
        "WHERE table_name = 'firmware_versions' AND action = 'UPDATE' ORDER BY id DESC LIMIT 2",
    )
    assert sorted(r[:2] for r in switch) == [("v1.2.3", "false"), ("v1.3.0", "true")]
    assert switch[0][2] == switch[1][2]
    # an operator quicker than the change event: the database refuses the old version; the
    # form of the unit in progress then shows the new one (nothing typed is lost)
    with qtbot.waitSignal(page.refused, timeout=10_000) as refused:
        pass_with(qtbot, page, "v1.2.3")
    assert "v1.2.3" in refused.args[0] or "v1.3.0" in refused.args[0]
    assert history(sm, second) == []
    qtbot.waitUntil(
        lambda: page.form is not None and page.form.expected.get("FIRMWARE_VERSION") == "v1.3.0",
        timeout=5_000,
    )
    with qtbot.waitSignal(page.step_recorded, timeout=10_000):
        pass_with(qtbot, page, "v1.3.0")
    assert [r[0] for r in history(sm, second)] == ["PASS"]
