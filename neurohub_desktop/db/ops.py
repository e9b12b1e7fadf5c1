"""Operating a live database: backup before migrating, restore, status, catalog fingerprint.

The migration plan's production procedure (05-migration-plan.md, the sections on the
production environment and its cautions): back up first (``pg_dump -Fc`` of the server's
own major version when installed, else the embedded wheel's 18, :func:`client_tools`), prove
the backup restorable (a trial restore into a scratch database on the same server, dropped
after), refuse to migrate when it failed, keep the dry-run/rollback SQL at hand, and watch
the monitoring figures.  Backup files are created 0600.

A restore goes into an EMPTY database only: restoring over live objects would mix two states
(and ``pg_restore --clean`` drops what it finds first — the wrong default for a production
database).  Create an empty database (``createdb``) and point the client at it.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import secrets
import shutil
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, pool, text
from sqlalchemy.engine import URL

from neurohub_desktop.db import migrate
from neurohub_desktop.db.embedded import bin_dir
from neurohub_desktop.db.engine import libpq_dsn
from neurohub_desktop.domain.messages import Msg

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".dump"
#: pg_dump gives up instead of queueing forever behind a long lock (and so would be seen).
LOCK_WAIT_TIMEOUT = "60s"


class OpsError(RuntimeError):
    """An operation refused or failed; the message says why and what to do."""


class BackupError(OpsError):
    """The backup could not be taken or does not read back."""


class RestoreError(OpsError):
    """The restore was refused or failed."""


@dataclass(frozen=True)
class Backup:
    path: Path
    size: int
    entries: int  # TOC entries pg_restore --list reads back


@dataclass(frozen=True)
class Status:
    """The plan's migration-monitoring figures plus what an operator checks next."""

    revisions: tuple[str, ...]
    tables: int
    indexes: int
    invalid_indexes: tuple[str, ...]
    trigger_rows: int  # information_schema.triggers: one row per trigger and event
    triggers: int  # distinct triggers
    backup_dir: Path
    latest_backup: Path | None

    def lines(self) -> list[str]:
        return [
            f"revision:        {', '.join(self.revisions) or 'base (empty)'}",
            f"tables:          {self.tables}",
            f"indexes:         {self.indexes}"
            + (f"  (INVALID: {', '.join(self.invalid_indexes)})" if self.invalid_indexes else ""),
            f"triggers:        {self.triggers} ({self.trigger_rows} trigger/event rows)",
            f"backup folder:   {self.backup_dir}",
            f"latest backup:   {self.latest_backup or 'none'}",
        ]


@contextmanager
def _connect(url: URL | str) -> Iterator[Connection]:
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            yield conn
    finally:
        engine.dispose()


@dataclass(frozen=True)
class ClientTools:
    """The pg_dump / pg_restore / psql of one PostgreSQL major version."""

    bin: Path
    major: int

    def __call__(self, name: str) -> str:
        return str(self.bin / name)


#: a newer pg_restore writes settings an older server rejects (pg_restore 17+:
#: ``SET transaction_timeout = 0;``, unknown to 15 and 16): dropped when no tools of the
#: server's own major are installed and the embedded ones restore through psql
_NEWER_SETTINGS = re.compile(r"^SET transaction_timeout = .*;$", re.MULTILINE)


@functools.lru_cache(maxsize=16)
def _tools_major(bin_path: Path) -> int | None:
    """The major version of the pg_dump in ``bin_path`` (pg_restore and psql beside it)."""
    exe = bin_path / "pg_dump"
    if not (
        exe.is_file() and (bin_path / "pg_restore").is_file() and (bin_path / "psql").is_file()
    ):
        return None
    try:
        out = subprocess.run(
            [str(exe), "--version"], capture_output=True, text=True, check=False, timeout=30
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r"\) (\d+)", out) or re.search(r" (\d+)[.\d]*", out)
    return int(found.group(1)) if found else None


def embedded_tools() -> ClientTools:
    """The embedded wheel's tools (PostgreSQL 18): they read every archive and dump every server."""
    path = bin_dir()
    return ClientTools(path, _tools_major(path) or 18)


def client_tools(server_major: int) -> ClientTools:
    """Tools of the server's major version: Debian's /usr/lib/postgresql/<major>/bin, then PATH;
    else the embedded wheel's (docs/decisions.md: backups and restores on PostgreSQL 15–18)."""
    candidates = [Path(f"/usr/lib/postgresql/{server_major}/bin")]
    on_path = shutil.which("pg_dump")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    for candidate in candidates:
        if _tools_major(candidate) == server_major:
            return ClientTools(candidate, server_major)
    return embedded_tools()


def server_major(url: URL) -> int:
    with _connect(url) as conn:
        return int(conn.execute(text("SHOW server_version_num")).scalar_one()) // 10000


def tools_for(url: URL) -> ClientTools:
    return client_tools(server_major(url))


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A DSN without the password (it would show in `ps`) and the environment carrying it."""
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    return libpq_dsn(url.set(password=None)), env


def _run(args: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    log.info("running %s", " ".join(args[:2]))
    return subprocess.run(args, capture_output=True, text=True, env=env, check=False)


def _stderr(proc: subprocess.CompletedProcess[str]) -> str:
    return (proc.stderr or proc.stdout).strip() or f"exit code {proc.returncode}"


def backup_path(backup_dir: Path, database: str, now: datetime | None = None) -> Path:
    """``backup_<db>_<YYYYmmdd_HHMMSS>.dump`` (UTC), never overwriting an existing file."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d_%H%M%S")
    path = backup_dir / f"backup_{database}_{stamp}{BACKUP_SUFFIX}"
    n = 2
    while path.exists():
        path = backup_dir / f"backup_{database}_{stamp}_{n}{BACKUP_SUFFIX}"
        n += 1
    return path


def verify_backup(path: Path, tools: ClientTools | None = None) -> int:
    """The number of TOC entries; BackupError unless the whole archive reads back.

    ``pg_restore --list`` checks the archive header and table of contents; a second pass
    renders the complete archive to nowhere, so a truncated data section is caught too.
    """
    tool = tools or embedded_tools()
    proc = _run([tool("pg_restore"), "--list", str(path)])
    if proc.returncode != 0:
        raise BackupError(f"backup {path} does not read back: {_stderr(proc)}")
    full = _run([tool("pg_restore"), f"--file={os.devnull}", str(path)])
    if full.returncode != 0:
        raise BackupError(f"backup {path} is incomplete: {_stderr(full)}")
    return sum(1 for ln in proc.stdout.splitlines() if ln.strip() and not ln.startswith(";"))


def backup(url: URL, backup_dir: Path, *, lock_wait_timeout: str = LOCK_WAIT_TIMEOUT) -> Backup:
    """pg_dump -Fc into a new timestamped 0600 file, read back and trial-restored."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(f"cannot create the backup folder {backup_dir}: {exc}") from exc
    path = backup_path(backup_dir, url.database or "neurohub")
    partial = path.with_name(path.name + ".partial")
    tools = tools_for(url)
    dsn, env = _libpq(url)
    try:
        try:
            # 0600 from the start: the archive holds every password hash (os.open, not umask);
            # pg_dump then writes into it (--file, so it can seek back and record data offsets)
            os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except OSError as exc:
            raise BackupError(f"cannot write {partial}: {exc}") from exc
        proc = _run(
            [
                tools("pg_dump"),
                "--format=custom",
                "--no-password",
                f"--lock-wait-timeout={lock_wait_timeout}",
                f"--file={partial}",
                f"--dbname={dsn}",
            ],
            env,
        )
        if proc.returncode != 0:
            raise BackupError(f"pg_dump failed: {_stderr(proc)}")
        entries = verify_backup(partial, tools)
        trial_restore(url, partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    log.info("backup %s: %d entries, %d bytes", path, entries, path.stat().st_size)
    return Backup(path, path.stat().st_size, entries)


def _scratch_name(database: str | None) -> str:
    return f"nh_scratch_{(database or 'db')[:30]}_{secrets.token_hex(4)}"


@contextmanager
def scratch_database(url: URL, purpose: str = "scratch") -> Iterator[URL]:
    """An empty database on the same server (from template0), dropped afterwards whatever
    happened.  The configured user needs CREATEDB (the schema owner usually has it)."""
    name = _scratch_name(url.database)
    engine = create_engine(url, poolclass=pool.NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE template0'))
    except Exception as exc:
        engine.dispose()
        raise OpsError(
            f"cannot create the {purpose} database {name} on the server ({exc.__class__.__name__}:"
            f" {str(exc).splitlines()[0]}): the configured user needs CREATEDB"
        ) from exc
    try:
        yield url.set(database=name)
    finally:
        try:
            with engine.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        finally:
            engine.dispose()


def trial_restore(url: URL, path: Path) -> None:
    """Prove ``path`` restorable: restore it into a scratch database on ``url``'s server, drop it.

    BackupError says what failed; the scratch database is gone either way."""
    try:
        with scratch_database(url, "trial-restore") as scratch:
            _pg_restore(scratch, path)
    except OpsError as exc:
        raise BackupError(f"backup {path.name} does not restore: {exc}") from exc


def _pg_restore(url: URL, path: Path) -> None:
    """pg_restore in one transaction, with tools that suit the server (RestoreError on failure).

    Tools of the server's major version restore directly when they read the archive; otherwise
    (none installed, or an archive written by a newer pg_dump) the embedded pg_restore renders
    the SQL, settings the server does not know are dropped, and psql applies it."""
    major = server_major(url)
    tools = client_tools(major)
    dsn, env = _libpq(url)
    direct = tools.major == major or major >= embedded_tools().major
    if direct and _run([tools("pg_restore"), "--list", str(path)]).returncode == 0:
        proc = _run(
            [
                tools("pg_restore"),
                "--no-password",
                "--exit-on-error",
                "--single-transaction",
                f"--dbname={dsn}",
                str(path),
            ],
            env,
        )
        if proc.returncode != 0:
            raise RestoreError(f"pg_restore failed (nothing was restored): {_stderr(proc)}")
        return
    newer = embedded_tools()
    rendered = _run([newer("pg_restore"), "--file=-", str(path)])
    if rendered.returncode != 0:
        raise RestoreError(f"pg_restore failed (nothing was restored): {_stderr(rendered)}")
    script = _NEWER_SETTINGS.sub("", rendered.stdout)
    log.info("running psql (restore through pg_restore %d for server %d)", newer.major, major)
    proc = subprocess.run(
        [
            newer("psql"),
            "-X",
            "-q",
            "--no-password",
            "-v",
            "ON_ERROR_STOP=1",
            "--single-transaction",
            f"--dbname={dsn}",
        ],
        input=script,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if proc.returncode != 0:
        raise RestoreError(f"restore failed (nothing was restored): {_stderr(proc)}")


def latest_backup(backup_dir: Path) -> Path | None:
    if not backup_dir.is_dir():
        return None
    files = sorted(backup_dir.glob(f"*{BACKUP_SUFFIX}"), key=lambda p: p.stat().st_mtime)
    return files[-1] if files else None


def user_objects(url: URL) -> int:
    """Relations, functions and types outside the system schemas (0: an empty database)."""
    system = (
        "n.nspname NOT IN ('pg_catalog', 'information_schema')"
        " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
    )
    with _connect(url) as conn:
        return int(
            conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM pg_class c"
                    " JOIN pg_namespace n ON n.oid = c.relnamespace"
                    f"         WHERE {system})"
                    "     + (SELECT count(*) FROM pg_proc p"
                    " JOIN pg_namespace n ON n.oid = p.pronamespace"
                    f"         WHERE {system})"
                )
            ).scalar_one()
        )


def restore(url: URL, path: Path) -> int:
    """Restore a backup into an empty database in one transaction; returns its TOC size."""
    if not path.is_file():
        raise RestoreError(f"no such backup file: {path}")
    try:
        entries = verify_backup(path)
    except BackupError as exc:
        raise RestoreError(str(exc)) from exc
    found = user_objects(url)
    if found:
        raise RestoreError(
            f"database {url.database} is not empty ({found} objects); a backup is restored "
            "only into an empty database: create one (createdb) and point "
            "NEUROHUB_DATABASE_URL at it"
        )
    _pg_restore(url, path)
    return entries


def safe_upgrade(
    url: URL,
    revision: str,
    backup_dir: Path,
    *,
    take_backup: bool = True,
    concurrently: bool = False,
) -> Backup | None:
    """Back up (unless told not to), then migrate.  BackupError leaves the database untouched."""
    current = migrate.current_revisions(url)
    target = migrate.head_revision() if revision == "head" else revision
    if current == (target,):
        return None  # nothing to do: no backup needed either
    # A new, empty database has nothing to lose: no backup file for a first install.
    needed = take_backup and (bool(current) or user_objects(url) > 0)
    taken = backup(url, backup_dir) if needed else None
    options: dict[str, object] = {"concurrently": True} if concurrently else {}
    migrate.upgrade(url, revision, **options)
    return taken


#: below this revision ``audit_logs`` is dropped: the trail goes only when the database is named
AUDIT_REVISION = "003_add_audit_logs"
_DROP_TABLE = re.compile(r"\bDROP TABLE (?:IF EXISTS )?([\w\", .]+?)(?: CASCADE| RESTRICT)?;")


class DowngradeRefused(OpsError):
    """The downgrade would lose rows and was not confirmed; nothing was migrated."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(str(msg))
        self.msg = msg


def tables_dropped(url: URL, revision: str) -> list[str]:
    """The tables the downgrade to ``revision`` drops, read from its own offline SQL."""
    current = migrate.current_revisions(url)
    if not current:
        return []
    script = migrate.sql_script("downgrade", migrate.offline_range("downgrade", revision, current))
    names: list[str] = []
    for match in _DROP_TABLE.finditer(script):
        for name in match.group(1).split(","):
            name = name.strip().strip('"').removeprefix("public.").strip('"')
            if name and name not in names:
                names.append(name)
    return names


def downgrade_losses(url: URL, revision: str) -> dict[str, int]:
    """Tables holding rows that the downgrade to ``revision`` drops, with their row counts."""
    dropped = set(tables_dropped(url, revision))
    return {t: n for t, n in row_counts(url).items() if t in dropped and n > 0}


def safe_downgrade(
    url: URL,
    revision: str,
    backup_dir: Path,
    *,
    take_backup: bool = True,
    confirm: Callable[[dict[str, int]], bool] | None = None,
    confirm_database: str | None = None,
    on_backup: Callable[[Backup], None] | None = None,
) -> Backup | None:
    """A downgrade drops tables and their rows: back up first, like an upgrade; then, when
    tables with rows would go, ask ``confirm(losses)`` (None: go ahead).  Dropping the audit
    trail with rows in it needs ``confirm_database`` equal to the database's name (typing the
    name is the confirmation: no question then).
    DowngradeRefused leaves the database as it was (the backup stays)."""
    taken = backup(url, backup_dir) if take_backup else None
    if taken is not None and on_backup is not None:
        on_backup(taken)
    losses = downgrade_losses(url, revision)
    named = confirm_database is not None and confirm_database == url.database
    if losses.get("audit_logs") and not named:
        raise DowngradeRefused(
            Msg(
                "The downgrade to {revision} drops the audit trail ({rows} rows in audit_logs):"
                " refused unless the database is named with --confirm-database {database}.",
                revision=revision,
                rows=str(losses["audit_logs"]),
                database=str(url.database),
            )
        )
    if losses and not named and confirm is not None and not confirm(losses):
        raise DowngradeRefused(Msg("The downgrade was not confirmed: nothing was changed."))
    migrate.downgrade(url, revision)
    return taken


def status(url: URL, backup_dir: Path) -> Status:
    with _connect(url) as conn:

        def scalar(sql: str) -> Any:
            return conn.execute(text(sql)).scalar_one()

        has_version = scalar("SELECT to_regclass('public.alembic_version') IS NOT NULL")
        revisions: tuple[str, ...] = ()
        if has_version:
            revisions = tuple(
                r[0]
                for r in conn.execute(text("SELECT version_num FROM alembic_version ORDER BY 1"))
            )
        invalid = tuple(
            r[0]
            for r in conn.execute(
                text(
                    "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                    " WHERE c.relnamespace = 'public'::regnamespace AND NOT i.indisvalid ORDER BY 1"
                )
            )
        )
        return Status(
            revisions=revisions,
            tables=scalar(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ),
            indexes=scalar("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'public'"),
            invalid_indexes=invalid,
            trigger_rows=scalar(
                "SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_schema = 'public'"
            ),
            triggers=scalar(
                "SELECT COUNT(*) FROM pg_trigger t JOIN pg_class c"
                " ON c.oid = t.tgrelid WHERE NOT t.tgisinternal"
                " AND c.relnamespace = 'public'::regnamespace"
            ),
            backup_dir=backup_dir,
            latest_backup=latest_backup(backup_dir),
        )


_FINGERPRINT_QUERIES = {
    "relations": """
        SELECT c.relname, c.relkind::text FROM pg_class c
         WHERE c.relnamespace = 'public'::regnamespace""",
    "columns": """
        SELECT c.relname || '.' || a.attname,
               format_type(a.atttypid, a.atttypmod)
               || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
               || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
               || CASE WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END
          FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
          LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
           AND a.attnum > 0 AND NOT a.attisdropped""",
    "constraints": """
        SELECT c.relname || '.' || k.conname, k.contype::text || ' ' || pg_get_constraintdef(k.oid)
          FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
         WHERE k.connamespace = 'public'::regnamespace""",
    "indexes": """
        SELECT c.relname, pg_get_indexdef(i.indexrelid)
               || CASE WHEN i.indisvalid THEN '' ELSE ' [INVALID]' END
          FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
         WHERE c.relnamespace = 'public'::regnamespace""",
    "triggers": """
        SELECT c.relname || '.' || t.tgname,
               pg_get_triggerdef(t.oid) || ' [' || t.tgenabled::text || ']'
          FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
         WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal""",
    "functions": """
        SELECT p.oid::regprocedure::text,
               pg_get_functiondef(p.oid)
               || coalesce(E'\\n-- COMMENT: ' || obj_description(p.oid, 'pg_proc'), '')
          FROM pg_proc p
         WHERE p.pronamespace = 'public'::regnamespace
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid
                              AND d.deptype = 'e')""",
    "types": """
        SELECT t.typname, t.typtype::text FROM pg_type t
         WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd', 'c')
           AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.oid = t.typrelid
                              AND c.relkind <> 'c')""",
}


# `col IN ('A', 'B')` on a varchar column is stored as `ANY ((ARRAY['A'::varchar, …])::text[])`;
# after a dump and restore the server re-parses it as `ANY (ARRAY[('A'::varchar)::text, …])`.
# Same expression, two spellings: the fingerprint writes both the first way.
_RESTORED_ELEMENT = re.compile(r"\(('(?:[^']|'')*'::character varying)\)::text")
_RESTORED_ARRAY = re.compile(r"ANY \(ARRAY\[((?:[^\]'(]|'(?:[^']|'')*')*)\]\)")


#: who may do what (domain.md §7): relation, column and function ACLs of public.  Role names
#: are written relative to the database (``<owner>``, ``<ns>_worker``, ``PUBLIC``): two
#: databases set up alike have equal privileges whatever they are called.
_PRIVILEGES = """
    SELECT 'relation ' || c.relname, pg_get_userbyid(c.relowner),
           CAST(c.relacl AS text[])
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
    UNION ALL
    SELECT 'column ' || c.relname || '.' || a.attname, pg_get_userbyid(c.relowner),
           CAST(a.attacl AS text[])
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
     WHERE c.relnamespace = 'public'::regnamespace AND a.attacl IS NOT NULL
    UNION ALL
    SELECT 'function ' || CAST(CAST(p.oid AS regprocedure) AS text),
           pg_get_userbyid(p.proowner), CAST(p.proacl AS text[])
      FROM pg_proc p
     WHERE p.pronamespace = 'public'::regnamespace
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"""


def _privileges(conn: Connection) -> dict[str, str]:
    from neurohub_desktop.db.roles import namespace

    prefix = namespace(str(conn.execute(text("SELECT current_database()")).scalar_one())) + "_"
    out: dict[str, str] = {}
    for key, owner, acl in conn.execute(text(_PRIVILEGES)):
        items = []
        for item in acl or ["(default)"]:
            grantee, _, rights = item.partition("=")
            rights = rights.split("/")[0]
            grantee = (
                "PUBLIC"
                if grantee == "" and rights
                else "<owner>"
                if grantee == owner
                else "<ns>_" + grantee[len(prefix) :]
                if grantee.startswith(prefix)
                else grantee
            )
            items.append(f"{grantee}={rights}" if rights else grantee)
        text_ = ",".join(sorted(items))
        # PostgreSQL's defaults, whether implicit (NULL) or written out after a REVOKE
        default = (
            text_ == "<owner>=X,PUBLIC=X"
            if str(key).startswith("function ")
            else len(items) == 1 and items[0].startswith("<owner>=")
        )
        out[str(key)] = "(default)" if default else text_
    return out


def _canonical(definition: str) -> str:
    if "::character varying)::text" not in definition:
        return definition
    definition = _RESTORED_ELEMENT.sub(r"\1", definition)
    return _RESTORED_ARRAY.sub(r"ANY ((ARRAY[\1])::text[])", definition)


def catalog_fingerprint(url: URL | str) -> dict[str, dict[str, str]]:
    """The schema as the catalog shows it: what a migration created, by name → definition.

    Function definitions (pg_get_functiondef + comment), trigger definitions (+ enabled
    state), index definitions (+ validity), constraints, columns, relations, types and
    privileges (role names relative to the database) of the public schema.  Two databases
    with equal fingerprints have the same schema objects.
    """
    result: dict[str, dict[str, str]] = {}
    with _connect(url) as conn:
        for kind, sql in _FINGERPRINT_QUERIES.items():
            fix = _canonical if kind in ("constraints", "indexes") else str
            result[kind] = {str(k): fix(str(v)) for k, v in conn.execute(text(sql))}
        result["privileges"] = _privileges(conn)
    return {kind: dict(sorted(items.items())) for kind, items in result.items()}


def row_counts(url: URL | str) -> dict[str, int]:
    """Exact row count of every table in public."""
    with _connect(url) as conn:
        tables = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT relname FROM pg_class WHERE relnamespace = 'public'::regnamespace"
                    " AND relkind IN ('r', 'p') ORDER BY 1"
                )
            )
        ]
        return {
            t: int(conn.execute(text(f'SELECT count(*) FROM public."{t}"')).scalar_one())
            for t in tables
        }


def fingerprint_digest(fingerprint: dict[str, dict[str, str]]) -> str:
    """sha256 of the fingerprint's canonical JSON: one line to compare staging and production."""
    import hashlib
    import json

    canonical = json.dumps(fingerprint, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Rehearsal:
    """``db rehearse``: a backup restored in a scratch database and upgraded there."""

    backup: Path
    server_version: str
    restore_seconds: float
    start_revisions: tuple[str, ...]
    steps: tuple[tuple[str, float], ...]  # (revision, seconds)
    differing: tuple[str, ...]  # fingerprint kinds unlike a fresh head (privileges aside)

    @property
    def ok(self) -> bool:
        return not self.differing

    def lines(self) -> list[str]:
        total = sum(t for _rev, t in self.steps)
        out = [
            f"rehearsal of {self.backup} on PostgreSQL {self.server_version}",
            f"restored in {self.restore_seconds:.2f} s, at "
            f"{', '.join(self.start_revisions) or 'base'}",
        ]
        out += [f"  {rev}: {seconds:.2f} s" for rev, seconds in self.steps] or [
            "  nothing to upgrade"
        ]
        out.append(f"upgrade total: {total:.2f} s")
        out.append(
            "fingerprint: equal to a fresh head (privileges aside: roles are named per database)"
            if self.ok
            else f"fingerprint: DIFFERS from a fresh head in {', '.join(self.differing)}"
        )
        out.append("scratch databases dropped")
        return out


def pending_revisions(current: tuple[str, ...], target: str = "head") -> list[str]:
    """The revisions an upgrade from ``current`` to ``target`` applies, in order (linear)."""
    order = [s.revision for s in reversed(list(migrate.script_directory().walk_revisions()))]
    end = order.index(migrate.head_revision() if target == "head" else target)
    start = order.index(current[0]) + 1 if current else 0
    return order[start : end + 1]


def rehearse(url: URL, path: Path, *, concurrently: bool = False) -> Rehearsal:
    """Restore ``path`` into a scratch database on ``url``'s server, upgrade it to head one
    revision at a time (timed), compare its fingerprint with a fresh head, drop both scratch
    databases.  The source database is only read (its server version)."""
    import time

    if not path.is_file():
        raise RestoreError(f"no such backup file: {path}")
    with _connect(url) as conn:
        version = str(conn.execute(text("SHOW server_version")).scalar_one())
    options: dict[str, object] = {"concurrently": True} if concurrently else {}
    with scratch_database(url, "rehearsal") as scratch:
        began = time.perf_counter()
        _pg_restore(scratch, path)
        restore_seconds = time.perf_counter() - began
        start = migrate.current_revisions(scratch)
        steps: list[tuple[str, float]] = []
        for revision in pending_revisions(start):
            began = time.perf_counter()
            migrate.upgrade(scratch, revision, **options)
            steps.append((revision, time.perf_counter() - began))
        rehearsed = catalog_fingerprint(scratch)
        with scratch_database(url, "fresh-head") as fresh:
            migrate.upgrade(fresh, "head", **options)
            head = catalog_fingerprint(fresh)
    differing = tuple(
        kind
        for kind in sorted(set(rehearsed) | set(head))
        if kind != "privileges" and rehearsed.get(kind) != head.get(kind)
    )
    return Rehearsal(path, version, restore_seconds, start, tuple(steps), differing)
