"""`python -m bench [--quick] [--only B1,B2] [--fresh]`: run benchmarks, write results.json +
REPORT.md.

With ``--only`` the sections not run are kept from the existing results.json (each keeps the
date it was last measured, ``_measured``), so REPORT.md always shows every section; ``--fresh``
drops them instead."""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import bench_server, machine, server_version, settle
from bench.report import write_report

SECTIONS = {
    "B1": "bench.b1_migrations",
    "B2": "bench.b2_station",
    "B3": "bench.b3_line",
    "B4": "bench.b4_queries",
    "B5": "bench.b5_app",
    "B6": "bench.b6_scan",
    "B7": "bench.b7_tester",
}
HERE = Path(__file__).resolve().parent


def _previous(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer repetitions")
    parser.add_argument("--only", default="", help="comma-separated sections, e.g. B1,B2")
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="with --only: do not keep the other sections of results.json",
    )
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    wanted = [s.strip().upper() for s in args.only.split(",") if s.strip()] or list(SECTIONS)
    started = time.time()
    results: dict[str, Any] = {"machine": machine(), "quick": args.quick, "sections": {}}
    with bench_server() as srv:
        results["postgres"] = server_version(srv.admin)
        for key in wanted:
            try:
                module = importlib.import_module(SECTIONS[key])
            except ModuleNotFoundError as exc:
                results["sections"][key] = {"skipped": f"not implemented ({exc.name})"}
                continue
            settled = settle(srv)
            t0 = time.time()
            load = round(os.getloadavg()[0], 2)
            print(f"[bench] {key} …", file=sys.stderr, flush=True)
            try:
                results["sections"][key] = module.run(srv, quick=args.quick)
            except Exception as exc:  # a failed section is reported, the rest still runs
                results["sections"][key] = {"error": f"{type(exc).__name__}: {exc}"}
            section = results["sections"][key]
            section["_seconds"] = round(time.time() - t0, 1)
            section["_measured"] = f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC"
            section["_quick"] = args.quick
            section["_load_before"] = load  # 1-minute load average when the section began
            section["_settled_seconds"] = settled
            section["_machine"] = f"{results['machine']['cpus']} cores, {results['machine']['cpu']}"
    results["total_seconds"] = round(time.time() - started, 1)
    out = args.out / "results.json"
    if args.only and not args.fresh:
        kept = _previous(out).get("sections", {})
        merged = {k: kept[k] for k in SECTIONS if k in kept and k not in results["sections"]}
        merged.update(results["sections"])
        results["sections"] = {k: merged[k] for k in [*SECTIONS, *merged] if k in merged}
        results["ran"] = wanted
    out.write_text(json.dumps(results, indent=2, default=str))
    write_report(results, args.out / "REPORT.md")
    print(
        f"[bench] done in {results['total_seconds']} s → {args.out / 'REPORT.md'}", file=sys.stderr
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
