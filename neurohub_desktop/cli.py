"""`neurohub-desktop` — the station GUI (default); `db …` and `admin …` for administrators."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import URL

from neurohub_desktop.config import Settings, SettingsError, load_settings

log = logging.getLogger("neurohub_desktop")


def resolve_database(settings: Settings, *, start_embedded: bool = True) -> URL:
    """The configured server, or the embedded one (started, database created)."""
    if settings.database_url is not None:
        return settings.sqlalchemy_url()
    from neurohub_desktop.db.embedded import EmbeddedServer

    return EmbeddedServer(settings.pgdata_dir).start()


def _migrate(settings: Settings, args: argparse.Namespace, direction: str) -> int:
    """Backup (pg_dump -Fc, checked), then migrate; no backup, no migration (db/ops.py)."""
    from neurohub_desktop.db import migrate, ops

    options = {"concurrently": True} if getattr(args, "concurrently", False) else {}
    if args.sql:
        # Alembic's offline mode needs <from>:<to>: a relative target or a plain name starts
        # at the database's revision (so `downgrade -1 --sql` is the rollback script of now)
        revision = args.revision
        if ":" not in revision:
            current = migrate.current_revisions(resolve_database(settings))
            try:
                revision = migrate.offline_range(direction, revision, current)
            except migrate.RevisionRangeError as exc:
                print(f"--sql refused: {exc}", file=sys.stderr)
                return 2
        sys.stdout.write(migrate.sql_script(direction, revision, **options))
        return 0
    url = resolve_database(settings)
    try:
        if direction == "upgrade":
            taken = ops.safe_upgrade(
                url, args.revision, settings.backup_dir, take_backup=not args.no_backup, **options
            )
        else:

            def reported(backup: ops.Backup) -> None:  # printed before the question
                print(f"backup {backup.path} ({backup.size} bytes, {backup.entries} entries)")

            taken = ops.safe_downgrade(
                url,
                args.revision,
                settings.backup_dir,
                take_backup=not args.no_backup,
                confirm=None if args.yes else _confirm_losses,
                confirm_database=args.confirm_database,
                on_backup=reported,
            )
            taken = None  # already reported
    except ops.DowngradeRefused as exc:
        _print_bilingual(exc.msg)
        return 2
    except ops.BackupError as exc:
        print(
            f"backup failed, the database was not migrated: {exc}\n"
            "Fix the backup (or, knowingly, pass --no-backup).",
            file=sys.stderr,
        )
        return 3
    if taken is not None:
        print(f"backup {taken.path} ({taken.size} bytes, {taken.entries} entries)")
    elif args.no_backup:
        print("no backup taken (--no-backup)", file=sys.stderr)
    print(f"database at {', '.join(migrate.current_revisions(url)) or 'base'}")
    return 0


def _print_bilingual(msg: object) -> None:
    """A Msg in English, then Korean, on stderr (as the admin commands print refusals)."""
    from neurohub_desktop.domain.messages import Msg
    from neurohub_desktop.i18n import render

    assert isinstance(msg, Msg)
    english, korean = str(msg), render(msg, "ko")
    print(english if korean == english else f"{english}\n{korean}", file=sys.stderr)


def _confirm_losses(losses: dict[str, int]) -> bool:
    """Print the tables and rows the downgrade drops; True only if the answer is yes."""
    from neurohub_desktop.domain.messages import Msg

    _print_bilingual(Msg("The downgrade drops these tables and their rows:"))
    for table, rows in sorted(losses.items()):
        print(f"  {table}: {rows}", file=sys.stderr)
    _print_bilingual(Msg("Type yes to drop them (the backup above keeps them):"))
    sys.stderr.flush()
    answer = sys.stdin.readline()
    return answer.strip().lower() in ("yes", "y")


def _cmd_upgrade(settings: Settings, args: argparse.Namespace) -> int:
    return _migrate(settings, args, "upgrade")


def _cmd_downgrade(settings: Settings, args: argparse.Namespace) -> int:
    return _migrate(settings, args, "downgrade")


def _cmd_restore(settings: Settings, args: argparse.Namespace) -> int:
    from neurohub_desktop.db import migrate, ops

    url = resolve_database(settings)
    try:
        entries = ops.restore(url, args.file)
    except ops.RestoreError as exc:
        print(f"restore refused: {exc}", file=sys.stderr)
        return 3
    print(
        f"restored {args.file} ({entries} entries); database at "
        f"{', '.join(migrate.current_revisions(url)) or 'base'}"
    )
    return 0


def _cmd_status(settings: Settings, args: argparse.Namespace) -> int:
    from neurohub_desktop.db import ops

    print("\n".join(ops.status(resolve_database(settings), settings.backup_dir).lines()))
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


def _cmd_fingerprint(settings: Settings, args: argparse.Namespace) -> int:
    """The catalog fingerprint (JSON) or its sha256 (--short): compare staging and production."""
    import json

    from neurohub_desktop.db import ops

    fingerprint = ops.catalog_fingerprint(resolve_database(settings))
    if args.short:
        print(ops.fingerprint_digest(fingerprint))
    else:
        print(json.dumps(fingerprint, indent=1, ensure_ascii=False, sort_keys=True))
    return 0


def _cmd_rehearse(settings: Settings, args: argparse.Namespace) -> int:
    from neurohub_desktop.db import ops

    url = resolve_database(settings)
    path = args.backup or ops.latest_backup(settings.backup_dir)
    if path is None:
        print(f"rehearse refused: no backup in {settings.backup_dir}; name one", file=sys.stderr)
        return 2
    try:
        report = ops.rehearse(url, path, concurrently=args.concurrently)
    except ops.OpsError as exc:
        print(f"rehearse failed: {exc}", file=sys.stderr)
        return 3
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def _report_lines(value: object, indent: str = "") -> list[str]:
    """A JSON report as indented ``key: value`` lines (lists joined, objects nested)."""
    if isinstance(value, dict):
        lines = []
        for key, item in value.items():
            if isinstance(item, dict) and item:
                lines += [f"{indent}{key}:", *_report_lines(item, indent + "  ")]
            elif isinstance(item, list) and any(isinstance(i, (dict, list)) for i in item):
                lines.append(f"{indent}{key}:")
                for entry in item:
                    lines += _report_lines(entry, indent + "  ") or [f"{indent}  -"]
            else:
                lines.append(f"{indent}{key}: {_report_scalar(item)}")
        return lines
    return [f"{indent}- {_report_scalar(value)}"]


def _report_scalar(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_report_scalar(v) for v in value) if value else "(none)"
    if isinstance(value, dict):
        return "(none)"  # an empty object
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _cmd_setup_roles(settings: Settings, args: argparse.Namespace) -> int:
    """nh_setup_roles() as the configured (owner) URL, in one transaction."""
    from sqlalchemy.exc import DBAPIError

    from neurohub_desktop.db import migrate
    from neurohub_desktop.db.engine import make_engine
    from neurohub_desktop.db.gate import check_revision
    from neurohub_desktop.db.roles import setup_roles

    url = resolve_database(settings)
    verdict = check_revision(url, migrate.head_revision())
    if not verdict.ok:
        print(f"setup-roles refused: {verdict.describe()}", file=sys.stderr)
        return 2
    engine = make_engine(url, pool_size=1)
    try:
        with engine.begin() as conn:
            report = setup_roles(conn)
    except DBAPIError as exc:
        message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        print(f"setup-roles failed, nothing was changed: {message}", file=sys.stderr)
        return 3
    finally:
        engine.dispose()
    print(f"roles set up for database {url.database}")
    print("\n".join(_report_lines(report)))
    return 0


def _cmd_url(settings: Settings, args: argparse.Namespace) -> int:
    """The URL a station uses for one person (no password; nothing is connected)."""
    from neurohub_desktop.db.roles import AccountNameError, person_url

    url = resolve_database(settings)
    try:
        as_person = person_url(url, args.user_id)
    except AccountNameError as exc:
        print(f"url refused: {exc}", file=sys.stderr)
        return 2
    print(as_person.set(drivername="postgresql").render_as_string(hide_password=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="neurohub-desktop", description=__doc__)
    parser.add_argument("--verbose", "-v", action="store_true")
    sub = parser.add_subparsers(dest="command")
    db = sub.add_parser("db", help="database administration (migrations, checks)")
    dbsub = db.add_subparsers(dest="db_command", required=True)
    up = dbsub.add_parser("upgrade", help="migrate the database (default: to head)")
    up.add_argument("revision", nargs="?", default="head")
    up.add_argument("--sql", action="store_true", help="print the SQL instead (dry-run)")
    up.add_argument(
        "--concurrently",
        action="store_true",
        help="build indexes with CREATE INDEX CONCURRENTLY (populated database)",
    )
    up.set_defaults(func=_cmd_upgrade)
    down = dbsub.add_parser("downgrade", help="step the schema back to REVISION (-1, base …)")
    down.add_argument("revision")
    down.add_argument("--sql", action="store_true", help="print the rollback SQL instead")
    down.add_argument(
        "--yes", action="store_true", help="drop tables holding rows without asking (scripts)"
    )
    down.add_argument(
        "--confirm-database",
        metavar="NAME",
        help="the database's name: needed to drop audit_logs while it holds rows (below 003)",
    )
    down.set_defaults(func=_cmd_downgrade)
    for p in (up, down):
        p.add_argument(
            "--no-backup",
            action="store_true",
            help="migrate without the pg_dump backup taken first (not recommended)",
        )
    rst = dbsub.add_parser("restore", help="restore a backup (pg_dump -Fc) into an EMPTY database")
    rst.add_argument("file", type=Path)
    rst.set_defaults(func=_cmd_restore)
    st = dbsub.add_parser("status", help="revision, table/index/trigger counts, backup folder")
    st.set_defaults(func=_cmd_status)
    cur = dbsub.add_parser("current", help="print the database's revision")
    cur.set_defaults(func=_cmd_current)
    chk = dbsub.add_parser("check", help="exit 0 only if the database is at this client's revision")
    chk.set_defaults(func=_cmd_check)
    fp = dbsub.add_parser("fingerprint", help="print the schema's catalog fingerprint (JSON)")
    fp.add_argument("--short", action="store_true", help="only its sha256")
    fp.set_defaults(func=_cmd_fingerprint)
    reh = dbsub.add_parser(
        "rehearse",
        help="restore a backup (default: the latest) into a scratch database, upgrade it there"
        " (timed per revision), compare with a fresh head, drop it",
    )
    reh.add_argument("backup", nargs="?", type=Path)
    reh.add_argument("--concurrently", action="store_true", help="as db upgrade --concurrently")
    reh.set_defaults(func=_cmd_rehearse)
    roles = dbsub.add_parser(
        "setup-roles", help="create/refresh the group, kiosk and login roles (after upgrade)"
    )
    roles.set_defaults(func=_cmd_setup_roles)
    url = dbsub.add_parser("url", help="print the URL a station connects with as a person")
    url.add_argument(
        "--as",
        dest="user_id",
        required=True,
        metavar="USER_ID",
        help="the person's user id (users.user_id)",
    )
    url.set_defaults(func=_cmd_url)
    from neurohub_desktop.cli_admin import add_admin_parser  # it imports resolve_database

    add_admin_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
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
