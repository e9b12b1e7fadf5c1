"""REPORT.md from results.json: the targets first (met or not), then per section the figures
(median, p95/p99, ratio to the baseline measured or stated for it), other values, and notes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.compare import comparison_table

SECTION_TITLES = {
    "B1": "B1 — migrations",
    "B2": "B2 — one station, action latency",
    "B3": "B3 — a busy line (concurrent stations)",
    "B4": "B4 — supervisor queries and scan lookup at volume",
    "B5": "B5 — the app: startup and memory",
    "B6": "B6 — scan-to-screen while a report runs on the read lane",
    "B7": "B7 — tester → ACK latency (equipment results over TCP)",
}


#: who each section connects as when it does not say so itself (``_connects_as`` in its
#: results); issue 12: station work as operator roles, not as the owner
SECTION_ROLES = {
    "B1": "the schema owner (migrations).",
    "B4": "the bulk load (bench/datagen.py, `session_replication_role = replica`) as the "
    "schema owner: a loading session, not a station (no operator role may set that "
    "parameter).",
}


def _fmt(v: Any) -> str:
    if v is None:
        return "—"
    if isinstance(v, bool):
        return "yes" if v else "no"
    if isinstance(v, float):
        if v != v:  # NaN
            return "—"
        return f"{v:,.2f}" if abs(v) < 100 else f"{v:,.0f}"
    if isinstance(v, int):
        return f"{v:,}"
    if isinstance(v, list | tuple):
        return "; ".join(_fmt(x) for x in v) if v else "—"
    return str(v).replace("|", "\\|").replace("\n", " ")


def _is_figure(v: Any) -> bool:
    return isinstance(v, dict) and "median_ms" in v


def _row(key: str, fig: dict[str, Any]) -> str:
    median = fig.get("median_ms")
    base = fig.get("baseline_ms")
    ratio = f"{median / base:.3g}×" if median and base else "—"
    target = fig.get("target_ms")
    met = "—"
    if target is not None and median is not None:
        on_p = fig.get("target_on")
        value = fig.get(f"{on_p}_ms") if on_p in ("p95", "p99") else median
        ok = value is not None and (
            value <= target if fig.get("target_inclusive") else value < target
        )
        met = "yes" if ok else "**no**"
        target = f"{_fmt(target)} ({on_p or 'median'})"
    return (
        f"| {key} | {_fmt(fig.get('n'))} | {_fmt(median)} | {_fmt(fig.get('p95_ms'))} | "
        f"{_fmt(fig.get('p99_ms'))} | {_fmt(base)} | {ratio} | {_fmt(target)} | {met} |"
    )


def _flatten(prefix: str, value: Any, out: list[tuple[str, Any]]) -> None:
    if isinstance(value, dict) and not _is_figure(value):
        for k, v in value.items():
            _flatten(f"{prefix}.{k}" if prefix else str(k), v, out)
    else:
        out.append((prefix, value))


def _targets_table(results: dict[str, Any]) -> list[str]:
    rows = []
    for key, section in results["sections"].items():
        if not isinstance(section, dict):
            continue
        if "error" in section or "skipped" in section:
            rows.append(
                f"| {key} | _{_fmt(section.get('error') or section.get('skipped'))}_ "
                "| — | — | **not measured** |"
            )
        for t in section.get("_targets", []):
            unit = t.get("unit", "")
            extra = f" (worst: {t['worst']})" if t.get("worst") else ""
            rows.append(
                f"| {key} | {t['what']}{extra} | {_fmt(t.get('value'))} {unit} | "
                f"{_fmt(t.get('limit'))} {unit} | {'yes' if t['met'] else '**no**'} |"
            )
    if not rows:
        return []
    return [
        "## Targets",
        "",
        "| section | target | measured | limit | met |",
        "|---|---|---|---|---|",
        *rows,
        "",
    ]


def write_report(results: dict[str, Any], path: Path) -> None:
    path.write_text(render(results), encoding="utf-8")


def render(results: dict[str, Any]) -> str:
    m = results["machine"]
    lines = [
        "# NeuroHub Desktop — benchmark report",
        "",
        "Written by `make bench` (`python -m bench`); machine-readable figures in "
        "[results.json](results.json).  Targets and what they measure: issue 8 (B2's "
        "latency and statement targets: issue 12).",
        "",
        f"- Machine: {m['cpus']} cores, {m['cpu']}, {m['memory']} RAM, {m['platform']}",
        f"- PostgreSQL: {results.get('postgres')} (embedded wheel, default settings), "
        f"Python {m['python']}",
        *_mode(results),
        "",
        "Times in milliseconds unless named otherwise.  Ratio = median / baseline (measured "
        "in the same run, or the migration plan's estimate for B1).",
        "",
        *_targets_table(results),
        *comparison_table(results),
    ]
    for key, section in results["sections"].items():
        lines += [f"## {SECTION_TITLES.get(key, key)}", ""]
        lines += _provenance(key, section)
        if "skipped" in section or "error" in section:
            lines += [f"_{_fmt(section.get('skipped') or section.get('error'))}_", ""]
            continue
        figures = [(k, v) for k, v in section.items() if _is_figure(v)]
        if figures:
            lines += [
                "| figure | n | median | p95 | p99 | baseline | ratio | target | met |",
                "|---|---|---|---|---|---|---|---|---|",
            ]
            lines += [_row(k, v) for k, v in figures]
            lines.append("")
        extras: list[tuple[str, Any]] = []
        for k, v in section.items():
            if not _is_figure(v) and not k.startswith("_"):
                _flatten(k, v, extras)
        if extras:
            lines += ["| value | |", "|---|---|"]
            lines += [f"| {k} | {_fmt(v)} |" for k, v in extras]
            lines.append("")
        notes = section.get("_notes", [])
        if notes:
            lines += ["Notes:", ""] + [f"- {n}" for n in notes] + [""]
        lines += [f"Section time: {_fmt(section.get('_seconds'))} s", ""]
    return "\n".join(lines) + "\n"


def _mode(results: dict[str, Any]) -> list[str]:
    mode = "quick (smaller data)" if results.get("quick") else "full"
    ran = results.get("ran")
    if not ran:
        return [f"- Mode: {mode}; total {_fmt(results.get('total_seconds'))} s"]
    kept = [k for k in results["sections"] if k not in ran]
    short = "quick" if results.get("quick") else "full"
    line = [f"- Last run: {', '.join(ran)} ({short}), {_fmt(results.get('total_seconds'))} s"]
    if kept:
        line.append(
            f"- Kept from earlier runs: {', '.join(kept)} — each section says when "
            "it was last measured; machine and PostgreSQL above are the last run's"
        )
    return line


def _provenance(key: str, section: dict[str, Any]) -> list[str]:
    """When the section was last measured (and in which mode), and who it connects as."""
    out = []
    when = section.get("_measured")
    if when:
        mode = "quick" if section.get("_quick") else "full"
        load = section.get("_load_before")
        where = f", on {section['_machine']}" if section.get("_machine") else ""
        extra = f"; 1-min load average at its start {_fmt(load)}" if load is not None else ""
        settled = section.get("_settled_seconds")
        if settled is not None:
            extra += f", after {_fmt(settled)} s letting the server settle (bench.common.settle)"
        out.append(f"Last measured: {when} ({mode}{where}{extra}).")
    who = section.get("_connects_as") or SECTION_ROLES.get(key)
    if who:
        out.append(f"Connects as: {who}")
    return [*(f"{x}  " for x in out[:-1]), *out[-1:], ""] if out else []
