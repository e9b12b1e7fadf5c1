"""The export writer: exactly the rows and columns given, Korean intact, no formulas."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from neurohub_desktop.export import ExportCancelled, export_table, write_csv, write_xlsx

HEADERS = ["LOT", "상태", "목표", "진행률", "비고"]
ROWS = [
    ["WF251103D01", "진행 중", "5", "1/5 (20.0%)", "센서 검사 불량, 재작업"],
    ["WF251104N01", "생성", "3", "0/3 (0.0%)", ""],
    ["XR251105D01", "완료", "10", "0/10 (0.0%)", '따옴표 " 와 쉼표 , 줄바꿈\n포함'],
]


def test_csv_has_bom_and_exact_cells(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lots.csv"
    assert write_csv(path, HEADERS, ROWS) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # utf-8-sig: Excel reads Korean correctly
    with path.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [HEADERS, *ROWS]


def test_xlsx_has_exact_cells_as_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "lots.xlsx"
    assert write_xlsx(path, HEADERS, ROWS, sheet_title="LOT 현황") == 3
    wb = load_workbook(path)
    ws = wb["LOT 현황"]
    values = [[("" if c is None else c) for c in row] for row in ws.iter_rows(values_only=True)]
    assert values == [HEADERS, *ROWS]
    assert ws["A1"].font.bold
    assert ws.max_column == len(HEADERS) and ws.max_row == len(ROWS) + 1


def test_formula_like_text_is_never_a_formula(tmp_path) -> None:  # type: ignore[no-untyped-def]
    rows = [['=HYPERLINK("x")', "-5", "+82-10", "@cmd"]]
    csv_path, xlsx_path = tmp_path / "a.csv", tmp_path / "a.xlsx"
    write_csv(csv_path, ["a", "b", "c", "d"], rows)
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1] == ['\'=HYPERLINK("x")', "-5", "'+82-10", "'@cmd"]
    write_xlsx(xlsx_path, ["a", "b", "c", "d"], rows)
    ws = load_workbook(xlsx_path).active
    assert [c.value for c in ws[2]] == rows[0]
    assert all(c.data_type == "s" for c in ws[2])


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_progress_is_reported_and_cancel_removes_the_file(tmp_path, suffix) -> None:  # type: ignore[no-untyped-def]
    rows = [[str(i), f"행 {i}"] for i in range(1200)]
    seen: list[tuple[int, int]] = []
    path = tmp_path / f"big{suffix}"
    assert export_table(path, ["n", "텍스트"], rows, lambda d, t: seen.append((d, t))) == 1200
    assert seen[0] == (500, 1200) and seen[-1] == (1200, 1200)
    path2 = tmp_path / f"cancelled{suffix}"
    with pytest.raises(ExportCancelled):
        export_table(path2, ["n"], rows, lambda d, t: d < 1000)
    assert not path2.exists()


def test_a_preamble_comes_before_the_header_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """What the table is about (the traced unit), then an empty row, then the table; the
    header row stays the frozen, bold one."""
    preamble = [["LOT", "WF251103D01"], ["모델", "WF"]]
    csv_path = tmp_path / "trace.csv"
    assert export_table(csv_path, HEADERS, ROWS, preamble=preamble) == 3
    with csv_path.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh)) == [*preamble, [], HEADERS, *ROWS]
    xlsx_path = tmp_path / "trace.xlsx"
    assert export_table(xlsx_path, HEADERS, ROWS, preamble=preamble) == 3
    ws = load_workbook(xlsx_path).active
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    assert values[:2] == [[*p, None, None, None] for p in preamble]
    assert values[2] == [None] * 5 and values[3] == HEADERS
    assert ws["A4"].font.bold and not ws["A1"].font.bold
    assert ws.freeze_panes == "A5"
