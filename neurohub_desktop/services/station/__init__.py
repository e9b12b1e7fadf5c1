"""The station's services: ``StationService`` (service.py, the operator's actions), its
read model (read.py), the counters (stats.py), what it judges with (facts.py) and its
labels (labels.py).  Transactions are the unit of work's (``services.uow``)."""

from neurohub_desktop.services.station.facts import (
    FIRMWARE_CODE,
    LABEL_CODE,
    MARK_CODE,
    PROCESS_CACHE_SECONDS,
    utc_now,
)
from neurohub_desktop.services.station.labels import LabelPrinter
from neurohub_desktop.services.station.service import StationService, Unit
from neurohub_desktop.services.uow import Actor

__all__ = [
    "FIRMWARE_CODE",
    "LABEL_CODE",
    "MARK_CODE",
    "PROCESS_CACHE_SECONDS",
    "Actor",
    "LabelPrinter",
    "StationService",
    "Unit",
    "utc_now",
]
