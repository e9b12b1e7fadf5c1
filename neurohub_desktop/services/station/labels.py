"""A station's labels: the printer it sends to and the ZPL of a WIP or serial (no writes)."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from neurohub_desktop.domain.errors import ValidationError
from neurohub_desktop.domain.ids import ScanKind, ScannedId
from neurohub_desktop.domain.messages import Msg
from neurohub_desktop.domain.station import Reason, refusal_error
from neurohub_desktop.printing import zpl
from neurohub_desktop.services.station.read import UnitLoader


class LabelPrinter(Protocol):
    def send(self, zpl: str, label_id: str) -> None: ...
    def describe(self) -> str: ...


def label_zpl(loader: UnitLoader, target: ScannedId, today: dt.date) -> str:
    """The label of the unit ``target`` names: its serial's (unless a WIP id was scanned
    before the serial existed), else its WIP's; NotFound / NO_LABEL refused."""
    view = loader.view_scan(target)
    if view.reason is Reason.NOT_FOUND:
        raise refusal_error(view)
    if view.serial_number and target.kind is not ScanKind.WIP:
        assert view.lot_number and view.model_code
        return zpl.serial_label(view.serial_number, view.lot_number, view.model_code, today)
    if view.wip_id:
        return zpl.wip_label(view.wip_id)
    raise ValidationError(Msg("{unit} has no label.", unit=target.text), code="NO_LABEL")
