"""The 공정 기준 page's two item forms: a row of the draft shown in the fields, and the fields
read back as a row (``MeasurementSpec`` / ``DefectCode``).  A field that cannot be read (a
limit that is not a number, no code) is a ``FormRefusal``: the page shows it and marks the
field; everything else — names, limits in order, duplicates, codes in use — is the criteria's
own check (``criteria_edit.edit_problems``), listed under the lists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from neurohub_desktop.domain.quality import (
    DefectCode,
    InvalidMeasurement,
    MeasurementKind,
    MeasurementSpec,
    parse_number,
)
from neurohub_desktop.ui.admin.criteria_models import fmt_limit
from neurohub_desktop.ui.admin.criteria_view import CriteriaView
from neurohub_desktop.ui.feedback import repolish
from neurohub_desktop.ui.messages import message_text


class FormRefusal(Exception):
    """A field the form cannot read: ``field`` to mark and focus, ``text`` to show."""

    def __init__(self, field: QWidget, text: str) -> None:
        super().__init__(text)
        self.field, self.text = field, text


def mark(field: QWidget, bad: bool) -> None:
    if bool(field.property("invalid")) != bad:
        field.setProperty("invalid", bad)
        repolish(field)


def _code(field: QLineEdit) -> str:
    code = field.text().strip().upper()
    if not code:
        raise FormRefusal(
            field,
            QCoreApplication.translate(
                "CriteriaEditor", "Enter the code: capital letters, digits and _."
            ),
        )
    return code


class MeasurementForm:
    """The measurement fields of ``view``; limits only for numbers, a format only for text."""

    def __init__(self, view: CriteriaView, locale: str) -> None:
        self.view, self.locale = view, locale
        self.fields = (
            view.m_code,
            view.m_name,
            view.m_name_en,
            view.m_unit,
            view.m_lsl,
            view.m_target,
            view.m_usl,
            view.m_format,
        )
        view.m_kind.currentIndexChanged.connect(lambda _i: self._on_kind_changed())
        self._enabled = True
        self.show(None)

    @property
    def kind(self) -> MeasurementKind:
        return MeasurementKind(self.view.m_kind.currentData())

    def show(self, spec: MeasurementSpec | None) -> None:
        """``spec``'s values, or a new item's defaults (a required number)."""
        v = self.view
        spec = spec or MeasurementSpec("", "", "", None, MeasurementKind.NUMBER)
        for field, value in (
            (v.m_code, spec.code),
            (v.m_name, spec.name),
            (v.m_name_en, spec.name_en),
            (v.m_unit, spec.unit or ""),
            (v.m_lsl, fmt_limit(spec.lsl)),
            (v.m_target, fmt_limit(spec.target)),
            (v.m_usl, fmt_limit(spec.usl)),
            (v.m_format, spec.format or ""),
        ):
            field.setText(value)
            mark(field, False)
        v.m_kind.setCurrentIndex(max(v.m_kind.findData(spec.kind.value), 0))
        v.m_required.setChecked(spec.required)
        self._on_kind_changed()

    def read(self) -> MeasurementSpec:
        """The fields as an item (FormRefusal for a field that cannot be read)."""
        v = self.view
        code = _code(v.m_code)
        kind = self.kind
        limits: dict[str, float | None] = {}
        for key, field, label in (
            ("lsl", v.m_lsl, "LSL"),
            ("target", v.m_target, QCoreApplication.translate("CriteriaEditor", "Target")),
            ("usl", v.m_usl, "USL"),
        ):
            text = field.text().strip()
            mark(field, False)
            if kind is not MeasurementKind.NUMBER or not text:
                limits[key] = None
                continue
            try:
                limits[key] = parse_number(text)
            except InvalidMeasurement as exc:
                said = QCoreApplication.translate("CriteriaEditor", "%1: %2")
                raise FormRefusal(
                    field,
                    said.replace("%1", label).replace("%2", message_text(exc.msg, self.locale)),
                ) from None
        pattern = v.m_format.text().strip() if kind is MeasurementKind.TEXT else ""
        return MeasurementSpec(
            code,
            v.m_name.text().strip(),
            v.m_name_en.text().strip(),
            v.m_unit.text().strip() or None,
            kind,
            limits["lsl"],
            limits["usl"],
            limits["target"],
            v.m_required.isChecked(),
            pattern or None,
        )

    def set_enabled(self, on: bool) -> None:
        self._enabled = on
        for w in (*self.fields, self.view.m_kind, self.view.m_required):
            w.setEnabled(on)
        self._on_kind_changed()

    def _on_kind_changed(self) -> None:
        v, kind = self.view, self.kind
        for field in (v.m_lsl, v.m_target, v.m_usl):
            field.setEnabled(self._enabled and kind is MeasurementKind.NUMBER)
        v.m_format.setEnabled(self._enabled and kind.is_text)


class DefectForm:
    """The defect code fields of ``view``."""

    def __init__(self, view: CriteriaView) -> None:
        self.view = view
        self.fields = (view.d_code, view.d_name, view.d_name_en)
        self.show(None)

    def show(self, defect: DefectCode | None) -> None:
        defect = defect or DefectCode("", "", "")
        for field, value in zip(
            self.fields, (defect.code, defect.name, defect.name_en), strict=True
        ):
            field.setText(value)
            mark(field, False)

    def read(self) -> DefectCode:
        v = self.view
        return DefectCode(_code(v.d_code), v.d_name.text().strip(), v.d_name_en.text().strip())

    def set_enabled(self, on: bool) -> None:
        for field in self.fields:
            field.setEnabled(on)
