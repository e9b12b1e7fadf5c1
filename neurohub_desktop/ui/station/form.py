"""The measurement form of a process, generated from ``processes.quality_criteria``.

Each field shows its own verdict live (green/red, "?" for a value that cannot be read); the
overall verdict decides which result buttons are possible: PASS only with every measurement in
limits and no defect; FAIL and REWORK only with at least one defect code; none while a value
cannot be read — the overall line then shows the reason submit would give (a typo is never
NG).  Values stay in the form until a record is saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from neurohub_desktop.domain.quality import (
    Defect,
    InvalidMeasurement,
    MeasurementKind,
    MeasurementResult,
    MeasurementSpec,
    QualityCriteria,
    Verdict,
    judge,
    overall_verdict,
)
from neurohub_desktop.domain.states import ItemResult, StepResult
from neurohub_desktop.domain.station import DefectEntry
from neurohub_desktop.ui.feedback import repolish
from neurohub_desktop.ui.messages import local_name, message_text


class BoolChoice(QWidget):
    """Two big toggle buttons, OK / NG; nothing chosen yet means "not entered"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.ok_button = QPushButton(self.tr("OK"), self)
        self.ng_button = QPushButton(self.tr("NG"), self)
        for b, name in ((self.ok_button, "ok"), (self.ng_button, "ng")):
            b.setCheckable(True)
            b.setObjectName(name)
            b.clicked.connect(lambda _=False, btn=b: self._on_clicked(btn))
            layout.addWidget(b)
        layout.addStretch(1)

    def value(self) -> bool | None:
        if self.ok_button.isChecked():
            return True
        if self.ng_button.isChecked():
            return False
        return None

    def set_value(self, value: bool | None) -> None:
        self.ok_button.setChecked(value is True)
        self.ng_button.setChecked(value is False)
        self._restyle()
        self.changed.emit()

    def _on_clicked(self, button: QPushButton) -> None:
        other = self.ng_button if button is self.ok_button else self.ok_button
        if button.isChecked():
            other.setChecked(False)
        self._restyle()
        self.changed.emit()

    def _restyle(self) -> None:
        self.ok_button.setProperty("verdict", "pass" if self.ok_button.isChecked() else "")
        self.ng_button.setProperty("verdict", "fail" if self.ng_button.isChecked() else "")
        repolish(self.ok_button)
        repolish(self.ng_button)


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


#: the widest two defect columns may be: the form's share of a 1366 px station monitor, less
#: the group's frame and the scroll bar
TWO_DEFECT_COLUMNS_MAX_PX = 540


class MeasurementForm(QWidget):
    """Emits ``submitted(result, values, defects, note)`` when a result button is pressed."""

    submitted = Signal(str, dict, list, str)
    verdict_changed = Signal(object)

    def __init__(
        self,
        criteria: QualityCriteria,
        *,
        expected: dict[str, str] | None = None,
        locale: str = "ko",
        allow_pass: bool = True,
        show_measurements: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.criteria = criteria
        self.expected = dict(expected or {})
        self.locale = locale
        self.allow_pass = allow_pass
        self.show_measurements = show_measurements
        self.inputs: dict[str, QLineEdit | BoolChoice] = {}
        self.item_verdicts: dict[str, QLabel] = {}
        self.limit_labels: dict[str, QLabel] = {}
        self.defect_boxes: dict[str, QCheckBox] = {}
        self.pass_refusal: str | None = None
        self._build()
        self._on_changed()

    # -- layout ----------------------------------------------------------------------------
    def _name(self, obj: MeasurementSpec) -> str:
        return local_name(obj.name, obj.name_en, str(self.locale))

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(self.tr("Measurements"), self)
        grid = QGridLayout(box)
        for row, spec in enumerate(self.criteria.measurements):
            label = QLabel(self._name(spec) + ("" if spec.required else self.tr(" (optional)")))
            label.setWordWrap(True)  # a long item name takes two lines, not the form's width
            grid.addWidget(label, row, 0)
            widget: QLineEdit | BoolChoice
            if spec.kind is MeasurementKind.BOOL:
                widget = BoolChoice(box)
                widget.changed.connect(self._on_changed)
            else:
                widget = QLineEdit(box)
                widget.textChanged.connect(self._on_changed)
                if spec.kind is MeasurementKind.NUMBER:
                    widget.setAlignment(Qt.AlignmentFlag.AlignRight)
                    widget.setPlaceholderText(_fmt(spec.target))
                elif spec.code in self.expected:
                    widget.setPlaceholderText(self.expected[spec.code])
                elif spec.format:
                    widget.setPlaceholderText(spec.format)
            widget.setObjectName(f"m_{spec.code}")
            if isinstance(widget, QLineEdit):
                widget.setMaximumWidth(240)
            grid.addWidget(widget, row, 1)
            self.limit_labels[spec.code] = QLabel(self._limits(spec), box)
            self.limit_labels[spec.code].setWordWrap(True)
            grid.addWidget(self.limit_labels[spec.code], row, 2)
            verdict = QLabel(box)
            verdict.setObjectName(f"v_{spec.code}")
            verdict.setMinimumWidth(70)
            verdict.setStyleSheet("font-size: 17px; padding: 2px 10px; border-radius: 6px;")
            verdict.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(verdict, row, 3)
            self.inputs[spec.code] = widget
            self.item_verdicts[spec.code] = verdict
        grid.setColumnStretch(4, 1)
        box.setVisible(self.show_measurements)
        outer.addWidget(box)

        defects = QGroupBox(self.tr("Defects"), self)
        dl = QGridLayout(defects)
        for d in self.criteria.defect_codes:
            # the operator picks by name; the code (what reports count) is its tooltip
            cb = QCheckBox(local_name(d.name, d.name_en, str(self.locale)), defects)
            cb.setToolTip(d.code)
            cb.setObjectName(f"d_{d.code}")
            cb.toggled.connect(self._on_changed)
            self.defect_boxes[d.code] = cb
        # two columns when two fit the form's width on the station monitor, else one
        widest = 0
        for cb in self.defect_boxes.values():
            cb.ensurePolished()  # the stylesheet's font decides the width
            widest = max(widest, cb.sizeHint().width())
        columns = 2 if 2 * widest + dl.horizontalSpacing() <= TWO_DEFECT_COLUMNS_MAX_PX else 1
        for i, cb in enumerate(self.defect_boxes.values()):
            dl.addWidget(cb, i // columns, i % columns)
        self.note = QLineEdit(defects)
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.note.setMaxLength(500)
        rows = (len(self.defect_boxes) + columns - 1) // columns
        dl.addWidget(self.note, rows, 0, 1, columns)
        outer.addWidget(defects)

        # the verdict and the result buttons: the station view places them under the form's
        # scroll area, so that they are in view however long the form is
        self.result_bar = QWidget(self)
        self.result_bar.setObjectName("formResultBar")
        actions = QVBoxLayout(self.result_bar)
        actions.setContentsMargins(0, 4, 0, 0)
        self.overall = QLabel(self.result_bar)
        self.overall.setObjectName("overallVerdict")
        self.overall.setWordWrap(True)
        self.overall.setStyleSheet("font-size: 22px; padding: 4px 12px;")
        self.overall.setVisible(self.show_measurements)
        actions.addWidget(self.overall)
        row = QHBoxLayout()
        self.pass_button = QPushButton(self.tr("PASS"), self.result_bar)
        self.pass_button.setObjectName("passButton")
        self.pass_button.setProperty("verdict", "pass")
        self.pass_button.setVisible(self.allow_pass)
        self.fail_button = QPushButton(self.tr("FAIL"), self.result_bar)
        self.fail_button.setObjectName("failButton")
        self.fail_button.setProperty("verdict", "fail")
        self.rework_button = QPushButton(self.tr("REWORK"), self.result_bar)
        self.rework_button.setObjectName("reworkButton")
        for b, result in (
            (self.pass_button, StepResult.PASS),
            (self.fail_button, StepResult.FAIL),
            (self.rework_button, StepResult.REWORK),
        ):
            b.clicked.connect(lambda _=False, r=result: self._submit(r))
            row.addWidget(b, 1)
        actions.addLayout(row)
        outer.addWidget(self.result_bar)  # until the view takes it
        outer.addStretch(1)

    def _limits(self, spec: MeasurementSpec) -> str:
        if spec.kind is MeasurementKind.NUMBER:
            unit = f" {spec.unit}" if spec.unit else ""
            return f"{_fmt(spec.lsl)} ~ {_fmt(spec.usl)}{unit}"
        if spec.code in self.expected:
            return "= " + self.expected[spec.code]
        return ""

    def set_expected(self, expected: dict[str, str]) -> None:
        """New expected texts (PROC-004: the firmware version just activated) for the same
        criteria: shown and judged at once, nothing typed is lost."""
        self.expected = dict(expected)
        for spec in self.criteria.measurements:
            widget = self.inputs[spec.code]
            if spec.kind.is_text and isinstance(widget, QLineEdit):
                widget.setPlaceholderText(self.expected.get(spec.code, ""))
            self.limit_labels[spec.code].setText(self._limits(spec))
        self._on_changed()

    # -- state -----------------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for code, w in self.inputs.items():
            out[code] = w.value() if isinstance(w, BoolChoice) else w.text()
        return out

    def defects(self) -> list[DefectEntry]:
        note = self.note.text().strip() or None
        return [DefectEntry(code, note) for code, cb in self.defect_boxes.items() if cb.isChecked()]

    def _judged(self) -> list[tuple[MeasurementSpec, MeasurementResult | InvalidMeasurement]]:
        """Each shown item judged as the service will judge it on submit: a result, or the
        InvalidMeasurement (a typo: 'abc', '1,000') the service would refuse it with."""
        values = self.values()
        out: list[tuple[MeasurementSpec, MeasurementResult | InvalidMeasurement]] = []
        for spec in self.criteria.measurements if self.show_measurements else ():
            try:
                out.append(
                    (
                        spec,
                        judge(spec, values[spec.code], expected_text=self.expected.get(spec.code)),
                    )
                )
            except InvalidMeasurement as exc:
                out.append((spec, exc))
        return out

    def verdict(self) -> Verdict:
        """The verdict of the readable items (an unreadable one counts as not entered: it is
        never a FAIL); ``problem()`` says why nothing can be recorded yet."""
        results = [
            r
            if isinstance(r, MeasurementResult)
            else MeasurementResult(
                spec.code, None, spec.unit, spec.lsl, spec.usl, ItemResult.MISSING
            )
            for spec, r in self._judged()
        ]
        return overall_verdict(results, [Defect(d.code) for d in self.defects()])

    def set_pass_refusal(self, text: str | None) -> None:
        """Why no PASS can be recorded here whatever is entered (the service's own reason,
        StationInfo.pass_refusal), shown live instead of "Verdict: PASS"."""
        self.pass_refusal = text
        self._on_changed()

    def problem(self) -> str | None:
        """The reason submit would be refused with, whatever the result button: the first
        unreadable value (with its item's name), else None."""
        for spec, r in self._judged():
            if isinstance(r, InvalidMeasurement):
                return f"{self._name(spec)}: {message_text(r.reason, str(self.locale))}"
        return None

    def item_state(self, code: str) -> str:
        return str(self.item_verdicts[code].property("verdict") or "")

    def text_item_at(self, widget: object) -> MeasurementSpec | None:
        """The text item whose field ``widget`` is (a scanner burst there fills it), or None."""
        for spec in self.criteria.measurements:
            if (
                spec.kind in (MeasurementKind.TEXT, MeasurementKind.COMPONENT)
                and self.inputs.get(spec.code) is widget
            ):
                return spec
        return None

    def item_name(self, spec: MeasurementSpec) -> str:
        return self._name(spec)

    def set_value(self, code: str, value: object) -> None:
        w = self.inputs[code]
        if isinstance(w, BoolChoice):
            w.set_value(None if value is None else bool(value))
        else:
            w.setText(str(value))

    def clear(self) -> None:
        for w in self.inputs.values():
            if isinstance(w, BoolChoice):
                w.set_value(None)
            else:
                w.clear()
        for cb in self.defect_boxes.values():
            cb.setChecked(False)
        self.note.clear()

    def _on_changed(self, *_args: object) -> None:
        values = self.values()
        for spec, r in self._judged():
            label = self.item_verdicts[spec.code]
            state = ""
            if isinstance(r, InvalidMeasurement):
                text, state = "?", "invalid"
                label.setToolTip(message_text(r.reason, str(self.locale)))
            elif r.result == ItemResult.MISSING:
                text = ""
            elif r.result == ItemResult.PASS:
                optional_empty = values[spec.code] in ("", None) and not spec.required
                text, state = ("", "") if optional_empty else ("OK", "pass")
            else:
                text, state = "NG", "fail"
            if state != "invalid":
                label.setToolTip("")
            label.setText(text)
            label.setProperty("verdict", state)
            repolish(label)
        v = self.verdict()
        problem = self.problem()
        has_defect = v.defect_count > 0
        pass_ok = v.pass_allowed and problem is None and self.pass_refusal is None
        self.pass_button.setEnabled(pass_ok)
        self.fail_button.setEnabled(has_defect and problem is None)
        self.rework_button.setEnabled(has_defect and problem is None)
        if problem is not None:
            self.overall.setText(problem)
            self.overall.setProperty("verdict", "invalid")
        elif pass_ok:
            self.overall.setText(self.tr("Verdict: PASS"))
            self.overall.setProperty("verdict", "pass")
        elif v.failing or has_defect:
            self.overall.setText(
                self.tr("Verdict: FAIL")
                if has_defect
                else self.tr("Verdict: FAIL — choose a defect code")
            )
            self.overall.setProperty("verdict", "fail")
        elif v.pass_allowed and self.pass_refusal is not None:
            self.overall.setText(self.pass_refusal)
            self.overall.setProperty("verdict", "invalid")
        else:
            self.overall.setText(self.tr("Enter every measurement"))
            self.overall.setProperty("verdict", "")
        repolish(self.overall)
        self.verdict_changed.emit(v)

    def _submit(self, result: str) -> None:
        self.submitted.emit(result, self.values(), self.defects(), self.note.text())
