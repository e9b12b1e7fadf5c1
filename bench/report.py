"""REPORT.md from results.json: medians, p95/p99, ratio to each figure's baseline, target met?"""
from __future__ import annotations

from pathlib import Path
from typing import Any


def _fmt(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, float):
        return f"{v:,.2f}" if v < 100 else f"{v:,.0f}"
    return str(v)


def _row(key: str, fig: dict[str, Any]) -> str:
    median = fig.get("median_ms")
    base = fig.get("baseline_ms")
    ratio = f"{median / base:.3g}×" if median and base else "—"
    target = fig.get("target_ms")
    met = "—"
    if target is not None and median is not None:
        value = fig.get("p95_ms") if fig.get("target_on") == "p95" else median
        met = "yes" if value is not None and value < target else "**no**"
    return (f"| {key} | {fig.get('n', '—')} | {_fmt(median)} | {_fmt(fig.get('p95_ms'))} | "
            f"{_fmt(fig.get('p99_ms'))} | {_fmt(base)} | {ratio} | {_fmt(target)} | {met} |")


def write_report(results: dict[str, Any], path: Path) -> None:
    m = results["machine"]
    lines = [
        "# NeuroHub Desktop — benchmark report",
        "",
        "Written by `make bench` (`python -m bench`); machine-readable figures in "
        "[results.json](results.json).",
        "",
        f"- Machine: {m['cpus']} cores, {m['cpu']}, {m['memory']} RAM, {m['platform']}",
        f"- PostgreSQL: {results.get('postgres')} (embedded wheel), Python {m['python']}",
        f"- Mode: {'quick (smaller data)' if results.get('quick') else 'full'}; "
        f"total {results.get('total_seconds')} s",
        "",
        "Times in milliseconds. Ratio = median / baseline measured or stated for the same figure.",
        "",
    ]
    for key, section in results["sections"].items():
        lines += [f"## {key}", ""]
        if "skipped" in section or "error" in section:
            lines += [f"_{section.get('skipped') or section.get('error')}_", ""]
            continue
        notes = section.get("_notes", [])
        lines += ["| figure | n | median | p95 | p99 | baseline | ratio | target | met |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for name, fig in section.items():
            if isinstance(fig, dict) and "median_ms" in fig:
                lines.append(_row(name, fig))
        extras = {k: v for k, v in section.items()
                  if not (isinstance(v, dict) and "median_ms" in v) and not k.startswith("_")}
        if extras:
            lines += ["", "| other | value |", "|---|---|"]
            lines += [f"| {k} | {_fmt(v)} |" for k, v in extras.items()]
        lines += [""] + [f"- {n}" for n in notes] + [""]
        lines.append(f"Section time: {section.get('_seconds')} s")
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
