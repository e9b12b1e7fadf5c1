"""Two `alembic upgrade head` processes started together: one migrates, the other waits.

migrations/env.py takes a session advisory lock before migrating.  The test holds that lock
itself first, so both processes are provably waiting on it before either may start; then it
lets go and checks that exactly one ran the revisions and neither failed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from polling import poll
from sqlalchemy import create_engine, pool, text

from neurohub_desktop.db import migrate

REPO = Path(__file__).resolve().parents[2]
MIGRATION_LOCK_KEY = 0x4E48_4D49  # migrations/env.py MIGRATION_LOCK_KEY ("NHMI")


def _alembic(url):  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "NEUROHUB_DATABASE_URL": url.render_as_string(hide_password=False),
        "NEUROHUB_DATA_DIR": "/tmp/nh-concurrent-upgrade-unused",
    }
    return subprocess.Popen(
        [
            str(Path(sys.executable).parent / "alembic"),
            "-c",
            str(REPO / "alembic.ini"),
            "upgrade",
            "head",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(predicate, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    poll(predicate, timeout=timeout, interval=0.05)


def test_two_upgrades_at_once_one_migrates_one_finds_nothing(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    eng = create_engine(empty_db_url, poolclass=pool.NullPool)
    holder = eng.connect()
    procs = []
    try:
        holder.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        holder.commit()
        procs = [_alembic(empty_db_url), _alembic(empty_db_url)]

        def both_waiting() -> bool:
            with eng.connect() as conn:
                waiting = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                        " AND database = (SELECT oid FROM pg_database"
                        "                 WHERE datname = current_database())"
                    )
                ).scalar_one()
            for p in procs:
                assert p.poll() is None, p.communicate()
            return bool(waiting == len(procs))

        _wait_for(both_waiting)
        assert migrate.current_revisions(empty_db_url) == ()  # nobody got past the lock
    finally:
        holder.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
        holder.commit()
        holder.close()
        eng.dispose()
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "ERROR" not in err, err
    ran = [err.count("Running upgrade") for _out, err in results]
    revisions = len(list(migrate.script_directory().walk_revisions()))
    assert sorted(ran) == [0, revisions], results
    assert migrate.current_revisions(empty_db_url) == (migrate.head_revision(),)
