"""`python -m bench [--quick] [--only B1,B2]`: run benchmarks, write results.json + REPORT.md."""
from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from pathlib import Path
from typing import Any

from bench.common import bench_server, machine, server_version
from bench.report import write_report

SECTIONS = {
    "B1": "bench.b1_migrations",
    "B2": "bench.b2_station",
    "B3": "bench.b3_line",
    "B4": "bench.b4_queries",
    "B5": "bench.b5_app",
}
HERE = Path(__file__).resolve().parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--quick", action="store_true", help="smaller data, fewer repetitions")
    parser.add_argument("--only", default="", help="comma-separated sections, e.g. B1,B2")
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
            t0 = time.time()
            print(f"[bench] {key} …", file=sys.stderr, flush=True)
            try:
                results["sections"][key] = module.run(srv, quick=args.quick)
            except Exception as exc:  # a failed section is reported, the rest still runs
                results["sections"][key] = {"error": f"{type(exc).__name__}: {exc}"}
            results["sections"][key]["_seconds"] = round(time.time() - t0, 1)
    results["total_seconds"] = round(time.time() - started, 1)
    (args.out / "results.json").write_text(json.dumps(results, indent=2, default=str))
    write_report(results, args.out / "REPORT.md")
    print(f"[bench] done in {results['total_seconds']} s → {args.out / 'REPORT.md'}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
