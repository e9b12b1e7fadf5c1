"""B1 — migrations: base → head on an empty database, and 004's index build on a populated one."""
from __future__ import annotations

from typing import Any

from bench.common import BenchServer, Stats, timed
from bench.datagen import core_rows_sql
from neurohub_desktop.db import migrate

PLAN_MINUTES = {"total": 57, "004_1M": 15, "004_10M": 30}


def run(srv: BenchServer, *, quick: bool) -> dict[str, Any]:
    results: dict[str, Any] = {}
    empty = Stats("base_to_head_empty")
    for i in range(3 if quick else 5):
        url = srv.new_database(f"b1_empty_{i}")
        ms, _ = timed(lambda u=url: migrate.upgrade(u, "head"))
        empty.samples_ms.append(ms)
        srv.drop_database(f"b1_empty_{i}")
    results["base_to_head_empty"] = {
        **empty.summary(), "baseline_ms": PLAN_MINUTES["total"] * 60_000,
        "target_ms": 5000,
    }
    sizes = [125_000] if quick else [125_000, 500_000]  # serials × 8 = process_data rows
    for serials in sizes:
        rows = serials * 8
        label = f"{rows // 1_000_000}M" if rows >= 1_000_000 else f"{rows // 1000}K"
        template = f"b1_t_{rows}"
        url = srv.new_database(template)
        migrate.upgrade(url, "003_add_audit_logs")
        srv.psql(url, core_rows_sql(serials))
        baseline_min = PLAN_MINUTES["004_1M"] if rows <= 1_000_000 else PLAN_MINUTES["004_10M"]
        for mode in ("plain", "concurrently"):
            name = f"b1_{mode}_{rows}"
            target = srv.new_database(name, template=template)
            opts = {"concurrently": True} if mode == "concurrently" else {}
            ms, _ = timed(lambda t=target, o=opts: migrate.upgrade(t, "004_add_indexes", **o))
            results[f"004_{mode}_{label}"] = {
                "name": f"004_{mode}_{label}", "rows": rows, "n": 1, "median_ms": ms,
                "baseline_ms": baseline_min * 60_000,
                "target_ms": 30_000 if rows <= 1_000_000 else None,
            }
            srv.drop_database(name)
        srv.drop_database(template)
    return results
