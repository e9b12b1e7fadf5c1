"""Alembic environment for NeuroHub Desktop.

* The URL comes from the application's Settings (``NEUROHUB_DATABASE_URL`` or the settings
  file); ``neurohub-desktop db …`` and the tests pass an open connection instead.
* Online runs take a PostgreSQL advisory lock first, so two upgrades started together run
  one after the other: the second finds nothing left to do.
* ``lock_timeout`` and ``statement_timeout`` bound every migration statement (``-x`` overrides).
* Types and server defaults are compared, so ``alembic check`` catches model drift.
"""

from __future__ import annotations

from logging.config import fileConfig
from typing import Any

from alembic import context
from sqlalchemy import Connection, create_engine, pool, text

from neurohub_desktop.db.models import metadata

MIGRATION_LOCK_KEY = 0x4E48_4D49  # "NHMI": one key for every NeuroHub schema change
DEFAULTS = {"lock_timeout": "10s", "statement_timeout": "30min"}

config = context.config
xargs = context.get_x_argument(as_dictionary=True)
if config.config_file_name is not None:  # the `alembic` command: alembic.ini's log settings
    fileConfig(config.config_file_name, disable_existing_loggers=False)


def _setting(name: str) -> str:
    return str(xargs.get(name) or config.attributes.get(name) or DEFAULTS[name])


def _configure_kwargs() -> dict[str, Any]:
    return {
        "target_metadata": metadata,
        "compare_type": True,
        "compare_server_default": True,
        "include_schemas": False,
    }


def _database_url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from neurohub_desktop.config import load_settings

    settings = load_settings()
    if settings.database_url is None:
        if context.is_offline_mode():
            return "postgresql+psycopg2://"
        raise SystemExit(
            "NEUROHUB_DATABASE_URL is not set.  Set it to the database to migrate, or use "
            "`neurohub-desktop db upgrade` for the embedded database."
        )
    return settings.sqlalchemy_url().render_as_string(hide_password=False)


def run_migrations_offline() -> None:
    context.configure(
        url=_database_url(),
        literal_binds=True,
        dialect_opts={"paramstyle": "named"},
        **_configure_kwargs(),
    )
    with context.begin_transaction():
        # The script runs on one psql session: give it the same limits as an online run.
        for name in ("lock_timeout", "statement_timeout"):
            context.execute(f"SET {name} = '{_setting(name)}'")
        context.run_migrations()


def _run_on(connection: Connection) -> None:
    # Session-level lock taken outside any migration transaction: it survives the commits
    # of autocommit blocks (CREATE INDEX CONCURRENTLY) and is released when we finish.
    connection.execute(text("SELECT pg_advisory_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
    connection.commit()
    try:
        connection.execute(
            text("SELECT set_config('lock_timeout', :v, false)"), {"v": _setting("lock_timeout")}
        )
        connection.execute(
            text("SELECT set_config('statement_timeout', :v, false)"),
            {"v": _setting("statement_timeout")},
        )
        connection.commit()
        context.configure(connection=connection, **_configure_kwargs())
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
    finally:
        connection.rollback()
        connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": MIGRATION_LOCK_KEY})
        connection.commit()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    engine = create_engine(_database_url(), poolclass=pool.NullPool)
    with engine.connect() as conn:
        _run_on(conn)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
