"""Issue 17 item 14: two app instances on one PC share the embedded server; closing the
first leaves it running for the second, and the last one out stops it (real processes)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import psycopg2
from sqlalchemy.engine import make_url

from neurohub_desktop.config import Settings
from neurohub_desktop.db.engine import libpq_dsn

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
