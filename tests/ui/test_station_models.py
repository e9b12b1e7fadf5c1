"""The station's table models pass Qt's model tester; the form's verdict rules hold in the UI."""

from __future__ import annotations

import datetime as dt

from seed import SEED_CRITERIA

from neurohub_desktop.domain import quality
from neurohub_desktop.domain.station import LotView, RecordRow
from neurohub_desktop.ui.station.form import MeasurementForm
from neurohub_desktop.ui.station.label_preview import label_fields
from neurohub_desktop.ui.station.lots_page import LotsModel
from neurohub_desktop.ui.station.widgets import RecordsModel

NOW = dt.datetime(2026, 11, 28, 5, 0, tzinfo=dt.UTC)


def test_records_model(qtmodeltester) -> None:
    model = RecordsModel()
    model.set_rows(
        tuple(
            RecordRow(
                NOW,
                f"WIP-WF261128D01-00{i}",
                "WF261128D01",
                "PASS" if i % 2 else "FAIL",
                "김작업",
                60 + i,
                () if i % 2 else ("SENSOR_TEMP_FAIL",),
            )
            for i in range(1, 6)
        )
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 5 and model.columnCount() == 7


def test_lots_model(qtmodeltester) -> None:
    model = LotsModel()
    model.set_rows((LotView(1, "WF261128D01", "WF", "D", 100, "IN_PROGRESS", NOW, 3, 1, 0),))
    qtmodeltester.check(model)


def test_form_verdicts_drive_the_buttons(qtbot) -> None:
    form = MeasurementForm(quality.QualityCriteria.from_json(SEED_CRITERIA["PROC-006"]))
    qtbot.addWidget(form)
    assert not form.pass_button.isEnabled() and not form.fail_button.isEnabled()
    form.set_value("FORCE_38C", "8.0")
    form.set_value("FORCE_52C", "17.0")
    form.set_value("FORCE_66C", "20")
    assert form.pass_button.isEnabled()
    assert [form.item_state(c) for c in ("FORCE_38C", "FORCE_52C", "FORCE_66C")] == ["pass"] * 3
    form.set_value("FORCE_66C", "22.1")
    assert form.item_state("FORCE_66C") == "fail" and not form.pass_button.isEnabled()
    form.set_value("FORCE_66C", "abc")  # unreadable: never PASS, and never NG (issue 17.5)
    assert form.item_state("FORCE_66C") == "invalid" and not form.pass_button.isEnabled()
    form.defect_boxes["PERFORMANCE_FAIL"].setChecked(True)
    # submit would refuse the unreadable value whatever the result: nothing can be pressed
    assert not form.fail_button.isEnabled() and not form.rework_button.isEnabled()
    form.set_value("FORCE_66C", "22.1")
    assert form.fail_button.isEnabled() and form.rework_button.isEnabled()
    assert not form.pass_button.isEnabled()
    with qtbot.waitSignal(form.submitted) as sig:
        form.fail_button.click()
    assert sig.args[0] == "FAIL" and sig.args[1]["FORCE_66C"] == "22.1"
    assert [d.code for d in sig.args[2]] == ["PERFORMANCE_FAIL"]


def test_label_fields_read_back_the_zpl() -> None:
    from neurohub_desktop.printing import zpl

    fields = label_fields(
        zpl.serial_label("WF261128D01-0007", "WF261128D01", "WF", dt.date(2026, 11, 28))
    )
    assert [f["kind"] for f in fields] == ["text", "text", "barcode"]
    assert fields[2]["data"] == "WF261128D01-0007"
