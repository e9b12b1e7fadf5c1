"""`neurohub-desktop` — the station GUI (default) and `neurohub-desktop db …` for administrators."""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from sqlalchemy.engine import URL

from neurohub_desktop.config import Settings, SettingsError, load_settings

log = logging.getLogger("neurohub_desktop")


def resolve_database(settings: Settings, *, start_embedded: bool = True) -> URL:
    """The configured server, or the embedded one (started, database created)."""
    if settings.database_url is not None:
        return settings.sqlalchemy_url()
    from neurohub_desktop.db.embedded import EmbeddedServer

    return EmbeddedServer(settings.pgdata_dir).start()


def _cmd_upgrade(settings: Settings, args: argparse.Namespace) -> int:
    from neurohub_desktop.db import migrate

    if args.sql:
        sys.stdout.write(migrate.sql_script("upgrade", args.revision))
        return 0
    url = resolve_database(settings)
    if hasattr(args, "backup_hook"):
        args.backup_hook(settings, url, args)
    migrate.upgrade(url, args.revision)
    print(f"database at {', '.join(migrate.current_revisions(url)) or 'base'}")
    return 0


def _cmd_downgrade(settings: Settings, args: argparse.Namespace) -> int:
    from neurohub_desktop.db import migrate

    if args.sql:
        sys.stdout.write(migrate.sql_script("downgrade", args.revision))
        return 0
    url = resolve_database(settings)
    migrate.downgrade(url, args.revision)
    print(f"database at {', '.join(migrate.current_revisions(url)) or 'base'}")
    return 0


def _cmd_current(settings: Settings, args: argparse.Namespace) -> int:
    from neurohub_desktop.db import migrate

    url = resolve_database(settings)
    print(", ".join(migrate.current_revisions(url)) or "base (empty)")
    return 0


def _cmd_check(settings: Settings, args: argparse.Namespace) -> int:
    from neurohub_desktop.db.gate import check_revision

    verdict = check_revision(resolve_database(settings))
    stream = sys.stdout if verdict.ok else sys.stderr
    print(f"{verdict.state.name}: {verdict.describe()}", file=stream)
    return verdict.state.exit_code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="neurohub-desktop", description=__doc__)
    parser.add_argument("--verbose", "-v", action="store_true")
    sub = parser.add_subparsers(dest="command")
    db = sub.add_parser("db", help="database administration (migrations, checks)")
    dbsub = db.add_subparsers(dest="db_command", required=True)
    up = dbsub.add_parser("upgrade", help="migrate the database (default: to head)")
    up.add_argument("revision", nargs="?", default="head")
    up.add_argument("--sql", action="store_true", help="print the SQL instead (dry-run)")
    up.set_defaults(func=_cmd_upgrade)
    down = dbsub.add_parser("downgrade", help="step the schema back to REVISION (-1, base …)")
    down.add_argument("revision")
    down.add_argument("--sql", action="store_true", help="print the rollback SQL instead")
    down.set_defaults(func=_cmd_downgrade)
    cur = dbsub.add_parser("current", help="print the database's revision")
    cur.set_defaults(func=_cmd_current)
    chk = dbsub.add_parser("check", help="exit 0 only if the database is at this client's revision")
    chk.set_defaults(func=_cmd_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    if args.command is None:
        from neurohub_desktop.app import run_gui

        return run_gui(settings)
    try:
        return int(args.func(settings, args))
    except SettingsError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
