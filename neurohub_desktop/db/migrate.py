"""Alembic driven from code: the CLI, the launcher (embedded database) and the tests use it.

Alembic is imported by the functions that need it, not by this module: the launch path
(the revision gate, the embedded database already at its revision) reads ``alembic_version``
with one SELECT and never loads Alembic (about a tenth of a second of every start)."""

from __future__ import annotations

import importlib.resources
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, inspect, pool, text
from sqlalchemy.engine import URL

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: Alembic's version table (env.py keeps its default name and schema)
VERSION_TABLE = "alembic_version"

#: The revision this client release requires (the revision gate compares against it).
REQUIRED_REVISION = "006_add_wip_tables"


def migrations_dir() -> Path:
    return Path(str(importlib.resources.files("neurohub_desktop.migrations")))


def alembic_config(**attributes: object) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.set_main_option("path_separator", "os")
    for key, value in attributes.items():
        cfg.attributes[key] = value
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


@contextmanager
def _engine(url: URL | str) -> Iterator[Engine]:
    engine = create_engine(url, poolclass=pool.NullPool)
    try:
        yield engine
    finally:
        engine.dispose()


def upgrade(url: URL | str, revision: str = "head", **options: object) -> None:
    from alembic import command

    with _engine(url) as engine, engine.connect() as conn:
        command.upgrade(alembic_config(connection=conn, **options), revision)


def downgrade(url: URL | str, revision: str, **options: object) -> None:
    from alembic import command

    with _engine(url) as engine, engine.connect() as conn:
        command.downgrade(alembic_config(connection=conn, **options), revision)


def stamp(url: URL | str, revision: str) -> None:
    from alembic import command

    with _engine(url) as engine, engine.connect() as conn:
        command.stamp(alembic_config(connection=conn), revision)
        conn.commit()


def recorded_revisions(conn: Connection) -> tuple[str, ...] | None:
    """The revisions in ``alembic_version`` as ``conn`` reads them (what Alembic's
    ``MigrationContext.get_current_heads`` reads); None when there is no such table."""
    if not inspect(conn).has_table(VERSION_TABLE):
        return None
    return tuple(r[0] for r in conn.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")))


def current_revisions(url: URL | str) -> tuple[str, ...]:
    """The revisions recorded in alembic_version (empty: not managed by Alembic)."""
    with _engine(url) as engine, engine.connect() as conn:
        return recorded_revisions(conn) or ()


class RevisionRangeError(ValueError):
    """A ``--sql`` target that cannot be resolved against the database's revision."""


def _relative(current: str | None, steps: int) -> str:
    """The revision ``steps`` away from ``current`` (negative: down; linear history)."""
    script = script_directory()
    order = ["base"] + [s.revision for s in reversed(list(script.walk_revisions()))]
    at = order.index(current) if current is not None else 0
    target = at + steps
    if not 0 <= target < len(order):
        raise RevisionRangeError(
            f"{steps:+d} from {current or 'base'} is outside base..{order[-1]}"
        )
    return order[target]


def offline_range(direction: str, revision: str, current: tuple[str, ...]) -> str:
    """``<from>:<to>`` for Alembic's offline mode, starting at the database's revision.

    An explicit ``from:to`` is kept; a relative target (``-1``, ``+2``), ``head``, ``base`` or a
    revision name is resolved from ``current`` (the database's ``alembic_version``).
    """
    if ":" in revision:
        return revision
    if len(current) > 1:
        raise RevisionRangeError(f"the database has several heads: {', '.join(current)}")
    start = current[0] if current else None
    if direction == "downgrade" and start is None:
        raise RevisionRangeError("the database is at base: there is nothing to roll back")
    if re.fullmatch(r"[+-]\d+", revision):
        target = _relative(start, int(revision))
    elif revision == "head":
        target = head_revision()
    else:
        target = revision
    if direction == "upgrade" and start is None:
        return target
    return f"{start}:{target}"


def sql_script(direction: str, revision_range: str, **options: object) -> str:
    """Offline SQL (dry-run / rollback script) for e.g. ('upgrade', 'head').

    ``options`` reach env.py and the revisions like ``-x`` values (e.g. concurrently=True).
    """
    import io

    from alembic import command

    buffer = io.StringIO()
    cfg = alembic_config(**options)
    cfg.output_buffer = buffer
    if direction == "upgrade":
        command.upgrade(cfg, revision_range, sql=True)
    else:
        command.downgrade(cfg, revision_range, sql=True)
    return buffer.getvalue()
