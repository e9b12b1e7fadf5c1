"""Index builds of revision 004: plain, or CONCURRENTLY on a live database.  Frozen with 004.

By default an index is built with ``CREATE INDEX`` inside the migration transaction (fast on a
new or small database; the build blocks writes to its table). With
``alembic -x concurrently=true upgrade …`` — or ``migrate.upgrade(url, rev, concurrently=True)``,
which reaches ``env.py`` as ``config.attributes`` — every index is built with
``CREATE INDEX CONCURRENTLY`` in an autocommit block, so stations keep writing meanwhile.

A concurrent build that fails (lock timeout, duplicate key, cancel) leaves an INVALID index
behind, and ``IF NOT EXISTS`` would keep it.  So before each build ``pg_index.indisvalid`` is
read: an invalid leftover is dropped and rebuilt; a valid index left by an earlier, interrupted
run is kept.  Offline (``--sql``) nothing can be read, so the script drops any leftover
(``DROP INDEX CONCURRENTLY IF EXISTS``) and builds again.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from alembic import context, op
from sqlalchemy import text

log = logging.getLogger(__name__)

OPTION = "concurrently"
_TRUE = {"1", "true", "yes", "on"}


@dataclass(frozen=True)
class IndexSpec:
    """One index: ``CREATE [UNIQUE] INDEX name ON table <body> [WHERE where]``."""

    name: str
    table: str
    body: str  # e.g. "(status, created_at DESC)" or "USING gin (process_specific_data)"
    unique: bool = False
    where: str | None = None

    def create_sql(self, *, concurrently: bool = False) -> str:
        """Plain: fails if the name exists.  Concurrent: IF NOT EXISTS, because it always
        follows the validity check (online) or a DROP … IF EXISTS (offline)."""
        words = ["CREATE", "UNIQUE INDEX" if self.unique else "INDEX"]
        if concurrently:
            words.append("CONCURRENTLY IF NOT EXISTS")
        words += [self.name, "ON", self.table, self.body]
        if self.where:
            words += ["WHERE", self.where]
        return " ".join(words)

    def drop_sql(self, *, concurrently: bool = False, if_exists: bool = False) -> str:
        words = ["DROP INDEX"]
        if concurrently:
            words.append("CONCURRENTLY")
        if if_exists:
            words.append("IF EXISTS")
        return " ".join([*words, self.name])


def _truthy(value: object) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in _TRUE


def concurrently_requested() -> bool:
    """``-x concurrently=true`` on the command line, or ``concurrently=True`` from code."""
    raw = context.get_x_argument(as_dictionary=True).get(OPTION)
    if raw is None:
        raw = context.config.attributes.get(OPTION, False)
    return _truthy(raw)


def index_state(name: str) -> str:
    """'absent', 'valid' or 'invalid' for an index of the current schema (online only)."""
    row = (
        op.get_bind()
        .execute(
            text(
                "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                " WHERE c.relname = :name AND c.relnamespace = current_schema()::regnamespace"
            ),
            {"name": name},
        )
        .first()
    )
    if row is None:
        return "absent"
    return "valid" if row[0] else "invalid"


def create_indexes(specs: Iterable[IndexSpec], *, concurrently: bool | None = None) -> None:
    """Build the indexes, plainly or (when requested) concurrently with invalid-index repair."""
    specs = list(specs)
    if concurrently is None:
        concurrently = concurrently_requested()
    if not concurrently:
        for spec in specs:
            op.execute(spec.create_sql())
        return
    with op.get_context().autocommit_block():
        for spec in specs:
            if context.is_offline_mode():
                op.execute(spec.drop_sql(concurrently=True, if_exists=True))
            else:
                state = index_state(spec.name)
                if state == "valid":
                    log.info("index %s already built by an earlier run: kept", spec.name)
                    continue
                if state == "invalid":
                    log.warning("index %s is INVALID (failed earlier build): rebuilding", spec.name)
                    op.execute(spec.drop_sql(concurrently=True))
            op.execute(spec.create_sql(concurrently=True))


def drop_indexes(specs: Iterable[IndexSpec], *, concurrently: bool | None = None) -> None:
    """Drop the indexes (in reverse order); concurrently when requested."""
    specs = list(specs)[::-1]
    if concurrently is None:
        concurrently = concurrently_requested()
    if not concurrently:
        for spec in specs:
            op.execute(spec.drop_sql())
        return
    with op.get_context().autocommit_block():
        for spec in specs:
            op.execute(spec.drop_sql(concurrently=True, if_exists=True))
