"""Write a table (headers + rows of shown text) to CSV or .xlsx; no Qt, so it is testable.

CSV is UTF-8 with a BOM (``utf-8-sig``) so Excel opens Korean text correctly.  Cells are
written as the text the screen shows; a :class:`Typed` cell (a count, a percentage, a
duration, a time) goes to .xlsx as a number with a number format and to CSV as its text.
Text that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@`` and not a number) is neutralised: in CSV it gets a
leading apostrophe (what Excel itself shows for such text), in .xlsx it is stored as a
string cell, never as a formula.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

#: ``progress(done, total)``; returning False cancels (the partial file is removed)
Progress = Callable[[int, int], bool | None]
PROGRESS_EVERY = 500
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?%?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
XLSX_MAX_SHEET_TITLE = 31


INTEGER = "0"
PERCENT = "0.0%"
DURATION = "[h]:mm:ss"
DATETIME = "yyyy-mm-dd hh:mm:ss"


@dataclass(frozen=True)
class Typed:
    """A cell a spreadsheet should compute with: ``value`` (a number, a fraction for
    ``PERCENT``, days for ``DURATION``, a naive local time) under ``number_format``;
    ``text`` is what CSV gets."""

    text: str
    value: int | float | datetime
    number_format: str = "General"

    def __str__(self) -> str:
        return self.text


class ExportCancelled(Exception):
    """The user cancelled; nothing was left behind."""


def _csv_cell(value: Any) -> str:
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START) and not _NUMBER.fullmatch(text):
        return "'" + text
    return text


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled


def write_csv(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    progress: Progress | None = None,
    preamble: Sequence[Sequence[Any]] = (),
) -> int:
    """Write and return the number of data rows; ``preamble`` rows (what the table is about)
    come first, then an empty row, then the header row."""
    target = Path(path)
    try:
        with target.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh, dialect="excel")
            for line in _with_gap(preamble):
                writer.writerow([_csv_cell(v) for v in line])
            writer.writerow([_csv_cell(h) for h in headers])
            total = len(rows)
            for i, row in enumerate(rows, start=1):
                writer.writerow([_csv_cell(v) for v in row])
                if i % PROGRESS_EVERY == 0:
                    _tick(progress, i, total)
            _tick(progress, total, total)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return len(rows)


def write_xlsx(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    progress: Progress | None = None,
    sheet_title: str = "NeuroHub",
    preamble: Sequence[Sequence[Any]] = (),
) -> int:
    """Write one sheet (header row bold, frozen) and return the number of data rows;
    ``preamble`` rows (what the table is about) come first, then an empty row, then the table.
    openpyxl is imported here, not with the module: the screens import this module, and an
    export is rare (about a tenth of a second off every start)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    target = Path(path)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(sheet_title))
    before = _with_gap(preamble)
    ws.freeze_panes = f"A{len(before) + 2}"
    bold = Font(bold=True)
    widths = [len(str(h)) for h in headers]

    def cell(value: Any, header: bool = False) -> WriteOnlyCell:
        if isinstance(value, Typed):
            c = WriteOnlyCell(ws, value=value.value)
            c.number_format = value.number_format
            return c
        text = "" if value is None else str(value)
        c = WriteOnlyCell(ws, value=text)
        c.data_type = "s"  # text as shown; never a formula
        if header:
            c.font = bold
        return c

    for row in [*before, *rows[:200]]:
        for j, v in enumerate(row[: len(widths)]):
            widths[j] = max(widths[j], min(60, len("" if v is None else str(v))))
    for j, w in enumerate(widths):
        ws.column_dimensions[_col_letter(j)].width = w + 2
    for line in before:
        ws.append([cell(v) for v in line])
    ws.append([cell(h, True) for h in headers])
    total = len(rows)
    try:
        for i, row in enumerate(rows, start=1):
            ws.append([cell(v) for v in row])
            if i % PROGRESS_EVERY == 0:
                _tick(progress, i, total)
        wb.save(target)
        _tick(progress, total, total)
    except BaseException:
        try:  # close the write-only stream before discarding it
            wb.save(target)
        except Exception:  # noqa: S110 - best effort (it may be saved already); removed below
            pass
        target.unlink(missing_ok=True)
        raise
    return total


def export_table(
    path: str | os.PathLike[str],
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    progress: Progress | None = None,
    sheet_title: str = "NeuroHub",
    preamble: Sequence[Sequence[Any]] = (),
) -> int:
    """By the file's suffix: ``.xlsx`` or (anything else) CSV."""
    if Path(path).suffix.lower() == ".xlsx":
        return write_xlsx(path, headers, rows, progress, sheet_title, preamble)
    return write_csv(path, headers, rows, progress, preamble)


def _with_gap(preamble: Sequence[Sequence[Any]]) -> list[Sequence[Any]]:
    return [*preamble, []] if preamble else []


def _sheet_title(title: str) -> str:
    clean = re.sub(r"[\[\]:*?/\\]", " ", title).strip() or "Sheet"
    return clean[:XLSX_MAX_SHEET_TITLE]


def _col_letter(index: int) -> str:
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters
