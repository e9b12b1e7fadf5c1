"""Render the documentation screenshots: ``python -m tools.screenshots``.

A registry of small functions, one per picture: each builds a widget (no database needed)
and the tool shows it in a 1366×768 shell window with the real stylesheet, translations and
fontconfig fonts, then saves ``docs/screenshots/<name>.png``.  Add a screen with::

    @shot("station_scan")
    def _station_scan(env: ShotEnv) -> QWidget: ...

Options: ``--only NAME`` (repeatable), ``--locale ko|en``, ``--out DIR``.  Runs offscreen
by default; ``xvfb-run -a`` works as well.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QWidget  # noqa: E402

from neurohub_desktop.config import Settings  # noqa: E402
from neurohub_desktop.resources import resource_path  # noqa: E402

WIDTH, HEIGHT = 1366, 768


@dataclass
class ShotEnv:
    """What a shot function gets: the locale, demo settings and a runner that never runs."""

    locale: str
    settings: Settings
    runner: Any
    keep: list[Any] = field(default_factory=list)  # objects that must outlive the grab


class _NoRunner:
    """Screenshots never touch a database; a submitted call is dropped."""

    def run(self, *_args: Any, **_kwargs: Any) -> None:
        return None


ShotFn = Callable[[ShotEnv], QWidget]
SHOTS: dict[str, ShotFn] = {}


def shot(name: str) -> Callable[[ShotFn], ShotFn]:
    def register(fn: ShotFn) -> ShotFn:
        SHOTS[name] = fn
        return fn

    return register


# -- the shell's screens ---------------------------------------------------------------------


@shot("gate_behind")
def _gate_behind(env: ShotEnv) -> QWidget:
    from neurohub_desktop.db.gate import GateState, GateVerdict
    from neurohub_desktop.db.migrate import REQUIRED_REVISION
    from neurohub_desktop.ui.gate_view import GateView

    view = GateView()
    view.show_verdict(
        GateVerdict(
            GateState.BEHIND,
            ("004_add_indexes",),
            REQUIRED_REVISION,
            "db-server.line1.local:5432/neurohub",
        )
    )
    return view


@shot("gate_unreachable")
def _gate_unreachable(env: ShotEnv) -> QWidget:
    from neurohub_desktop.db.gate import GateState, GateVerdict
    from neurohub_desktop.db.migrate import REQUIRED_REVISION
    from neurohub_desktop.ui.gate_view import GateView

    view = GateView()
    view.show_verdict(
        GateVerdict(
            GateState.UNREACHABLE,
            (),
            REQUIRED_REVISION,
            "db-server.line1.local:5432/neurohub",
            'connection to server at "db-server.line1.local" (10.0.0.5), port 5432 failed: '
            "Connection refused",
        )
    )
    return view


@shot("login")
def _login(env: ShotEnv) -> QWidget:
    from neurohub_desktop.ui.login_view import LoginView

    view = LoginView(
        env.runner,
        None,
        locale=env.locale,
        recent_users=("kim.j", "lee.s"),
        station_label="LINE1-ST03 · PROC-003",
    )
    view.user_field.setText("kim.j")
    return view


@shot("main_window")
def _main_window(env: ShotEnv) -> QWidget:
    from neurohub_desktop.domain.auth import CurrentUser, Role
    from neurohub_desktop.domain.setup import ProcessInfo
    from neurohub_desktop.ui.context import (
        ROLES_ADMIN,
        ROLES_STATION,
        ROLES_SUPERVISOR,
        AppContext,
        AppEvents,
        PageSpec,
        Services,
    )
    from neurohub_desktop.ui.main_window import MainWindow, build_sections

    def placeholder(title: str) -> Callable[[Any], QWidget]:
        def make(_ctx: Any) -> QWidget:
            label = QLabel(title)
            label.setObjectName("emptyPage")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label

        return make

    def page(key: str, ko: str, en: str, roles: frozenset[str]) -> PageSpec:
        title = ko if env.locale == "ko" else en
        return PageSpec(key, lambda: title, roles, placeholder(title))

    sections = build_sections(
        [page("scan", "스캔 작업", "Scan & record", ROLES_STATION)],
        [
            page("lots", "LOT 현황", "LOT board", ROLES_SUPERVISOR),
            page("trace", "추적 조회", "Traceability", ROLES_SUPERVISOR),
        ],
        [page("audit", "감사 로그", "Audit log", ROLES_ADMIN)],
    )
    events = AppEvents()
    env.keep.append(events)
    ctx = AppContext(
        settings=env.settings,
        runner=env.runner,
        services=Services(),
        events=events,
        user=CurrentUser(1, "admin", "시스템 관리자", Role.ADMIN),
        locale=env.locale,
    )
    window = MainWindow(ctx, sections, can_setup=True)
    window.update_header(ProcessInfo(3, "PROC-003", "센서 검사", "Sensor inspection", 3))
    return window


# -- the tool --------------------------------------------------------------------------------


def build_translations() -> None:
    """``.qm`` from ``.ts`` where missing or older (what ``make translations`` does)."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(resource_path("i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if lrelease.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


def render(names: list[str], locale: str, out: Path) -> list[Path]:
    from neurohub_desktop.app import prepare_application
    from neurohub_desktop.ui.launcher import ShellWindow

    build_translations()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    settings = Settings(station="LINE1-ST03", locale=locale, process_id="PROC-003")
    prepare_application(app, settings)
    out.mkdir(parents=True, exist_ok=True)
    saved = []
    for name in names:
        env = ShotEnv(locale, settings, _NoRunner())
        window = ShellWindow()
        window.show_page(SHOTS[name](env))
        window.resize(WIDTH, HEIGHT)
        window.show()
        for _ in range(5):
            app.processEvents()
        path = out / f"{name}.png"
        if not window.grab().save(str(path)):
            raise OSError(f"could not write {path}")
        saved.append(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    return saved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", action="append", choices=sorted(SHOTS))
    parser.add_argument("--locale", default="ko", choices=["ko", "en"])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = parser.parse_args(argv)
    for path in render(args.only or list(SHOTS), args.locale, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
