"""The benchmark report writer renders a results dict (no database, no benchmark run)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _report_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_report", ROOT / "bench" / "report.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


FAKE = {
    "machine": {
        "cpus": 2,
        "cpu": "Test CPU",
        "memory": "8 GB",
        "python": "3.11.7",
        "platform": "Linux",
    },
    "postgres": "18.6",
    "quick": True,
    "total_seconds": 12.5,
    "sections": {
        "B2": {
            "complete_step": {
                "name": "complete_step",
                "n": 1000,
                "median_ms": 16.9,
                "p95_ms": 32.1,
                "p99_ms": 47.6,
                "baseline_ms": 0.94,
                "target_ms": 10.0,
                "target_on": "p95",
            },
            "bare_insert": {
                "name": "bare_insert",
                "n": 300,
                "median_ms": 0.94,
                "p95_ms": 7.3,
                "p99_ms": 9.0,
                "baseline_ms": 0.94,
            },
            "units": 200,
            "_targets": [
                {
                    "what": "B2 complete-step p95 < 10 ms",
                    "value": 32.1,
                    "limit": 10.0,
                    "unit": "ms",
                    "met": False,
                }
            ],
            "_notes": ["Where the time goes | explained."],
            "_seconds": 70.1,
        },
        "B3": {"N8": {"steps_per_s": 80.0, "pgbench": {"tps": 2000.0}}, "_seconds": 25.0},
        "B5": {"error": "RuntimeError: boom", "_seconds": 0.1},
    },
}


def test_report_renders_targets_figures_values_and_notes(tmp_path: Path) -> None:
    report = _report_module()
    out = tmp_path / "REPORT.md"
    report.write_report(FAKE, out)
    text = out.read_text(encoding="utf-8")
    assert "2 cores, Test CPU" in text and "PostgreSQL: 18.6" in text
    # the targets table: the missed target is flagged, the failed section is "not measured"
    assert "| B2 | B2 complete-step p95 < 10 ms | 32.10 ms | 10.00 ms | **no** |" in text
    assert "| B5 | _RuntimeError: boom_ | — | — | **not measured** |" in text
    # a figure row with its ratio to the baseline and the target judged on p95
    assert (
        "| complete_step | 1,000 | 16.90 | 32.10 | 47.60 | 0.94 | 18× | 10.00 (p95) | "
        "**no** |" in text
    )
    # nested values are flattened; pipes inside text cannot break the table
    assert "| N8.pgbench.tps | 2,000 |" in text
    assert "Where the time goes \\| explained." not in text  # notes are list items, not cells
    assert "- Where the time goes | explained." in text
    assert text.index("## Targets") < text.index("## B2")


def test_report_says_when_each_section_was_measured_and_who_it_connects_as(tmp_path: Path) -> None:
    """A partial run (--only) keeps the other sections: each says when it was measured, in
    which mode, and as whom; a target met exactly (≤) is met."""
    report = _report_module()
    results = {
        **FAKE,
        "ran": ["B2"],
        "sections": {
            "B1": {"_measured": "2026-11-28 22:51 UTC, before issue 12", "_quick": False},
            "B2": {
                "complete_step": {
                    "name": "complete_step",
                    "n": 10,
                    "median_ms": 2.5,
                    "baseline_ms": 1.0,
                    "target_ms": 2.5,
                    "target_on": "median",
                    "target_inclusive": True,
                },
                "_measured": "2026-12-01 21:00 UTC",
                "_quick": True,
                "_load_before": 0.4,
                "_connects_as": "the worker's own login (`b2_station_u_worker1`).",
            },
        },
    }
    out = tmp_path / "REPORT.md"
    report.write_report(results, out)
    text = out.read_text(encoding="utf-8")
    assert "- Last run: B2 (quick)" in text and "- Kept from earlier runs: B1" in text
    assert "Last measured: 2026-11-28 22:51 UTC, before issue 12 (full)." in text
    assert "Connects as: the schema owner (migrations)." in text
    assert (
        "Last measured: 2026-12-01 21:00 UTC (quick; 1-min load average at its start 0.40)." in text
    )
    assert "Connects as: the worker's own login (`b2_station_u_worker1`)." in text
    assert "| complete_step | 10 | 2.50 | — | — | 1.00 | 2.5× | 2.50 (median) | yes |" in text
