"""The side-by-side table of REPORT.md (issue 19): this project, the system it replaces (its
one measured run on a 2-core machine like this one, from the issue), and the physical limit
(one INSERT with every rule and audit trigger, autocommitted: one round trip, its commit
included — B2's insert_with_rules, measured in the same run as the project's figures), each
as a ratio to this project."""

from __future__ import annotations

from typing import Any

#: the system this replaces, measured once on a 2-core machine (issue 19)
OLD = {"step_ms": 37.2, "steps_s_1": 26.0, "steps_s_8": 47.0, "dup_trials": (60, 60)}


def _median(section: dict[str, Any], key: str) -> float | None:
    fig = section.get(key)
    return float(fig["median_ms"]) if isinstance(fig, dict) and fig.get("median_ms") else None


def _ratio(value: float | None, ours: float | None) -> str:
    if value is None or not ours:
        return "—"
    return f"{value / ours:.2f}×"


def _n(v: float | None, unit: str) -> str:
    return "—" if v is None else f"{v:,.1f} {unit}"


def comparison_table(results: dict[str, Any]) -> list[str]:
    sections = results.get("sections", {})
    b2, b3 = sections.get("B2", {}), sections.get("B3", {})
    if not isinstance(b2, dict) or _median(b2, "start_plus_complete") is None:
        return []
    step = _median(b2, "start_plus_complete")
    # one INSERT with every trigger, autocommitted: one round trip, its commit included
    insert = _median(b2, "insert_with_rules")
    ours_1 = 1000.0 / step if step else None
    n8 = b3.get("N8", {}) if isinstance(b3, dict) else {}
    ours_8 = n8.get("steps_per_s")
    cores = int(results.get("machine", {}).get("cpus") or 2)
    # the limit with 8 clients: every core busy with nothing but the INSERT (a step's rules)
    limit_8 = cores * 1000.0 / insert if insert else None
    dups = [
        (b3.get(k, {}).get("duplicated"), b3.get(k, {}).get("steps"))
        for k in ("N8", "N32")
        if isinstance(b3.get(k), dict)
    ]
    dup_text = ", ".join(f"{d} in {s:,} steps" for d, s in dups if d is not None) or "—"
    rows = [
        (
            "one step (start + complete), median, 1 client",
            _n(step, "ms"),
            _n(OLD["step_ms"], "ms"),
            _ratio(OLD["step_ms"], step),
            _n(insert, "ms"),
            _ratio(insert, step),
        ),
        (
            "steps/s, 1 client (1000 / the median above)",
            _n(ours_1, "/s"),
            _n(OLD["steps_s_1"], "/s"),
            _ratio(OLD["steps_s_1"], ours_1),
            _n(1000.0 / insert if insert else None, "/s"),
            _ratio(1000.0 / insert if insert else None, ours_1),
        ),
        (
            "steps/s, 8 clients (B3 N=8)",
            _n(ours_8, "/s"),
            _n(OLD["steps_s_8"], "/s"),
            _ratio(OLD["steps_s_8"], ours_8),
            _n(limit_8, "/s"),
            _ratio(limit_8, ours_8),
        ),
        (
            "duplicate PASS under races",
            dup_text,
            f"{OLD['dup_trials'][0]} in {OLD['dup_trials'][1]} race trials",
            "—",
            "0",
            "—",
        ),
    ]
    return [
        "## This project, the system it replaces, the physical limit",
        "",
        "The replaced system's figures are its one measured run (issue 19: a 2-core machine "
        "like this one); the physical limit is one INSERT with every rule and audit trigger "
        "sent as one autocommitted statement (B2 insert_with_rules, the owner's raw INSERT: "
        f"one round trip, its commit included) per step, and for 8 clients {cores} cores "
        "doing nothing but that INSERT. "
        "Ratio = that column / this project (for times: > 1 means slower than this project; "
        "for steps/s: > 1 means more).",
        "",
        "| figure | this project | replaced system | ratio | physical limit | ratio |",
        "|---|---|---|---|---|---|",
        *[f"| {' | '.join(r)} |" for r in rows],
        "",
    ]
