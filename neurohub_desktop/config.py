"""One frozen Settings object, read once from the environment and a TOML file.

Precedence: environment variables > the TOML file in the platform config dir > defaults.
The file is what station setup writes; the environment is for administrators and tests.
The file holds no password: a station connects as the person logged in (domain.md §7), so
its ``database_url`` names only host, port and database; the environment variable may carry
a password (an administrator's ``neurohub-desktop db …``).
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

APP_NAME = "neurohub-desktop"
SUPPORTED_LOCALES = ("ko", "en")
ENV_DATABASE_URL = "NEUROHUB_DATABASE_URL"
ENV_STATION = "NEUROHUB_STATION"
ENV_LOCALE = "NEUROHUB_LOCALE"
ENV_DATA_DIR = "NEUROHUB_DATA_DIR"
ENV_CONFIG_FILE = "NEUROHUB_CONFIG_FILE"
_PROCESS_RE = re.compile(r"^PROC-00[1-8]$")


class SettingsError(ValueError):
    """A setting is malformed; the message names the setting and the fix."""


@dataclass(frozen=True)
class Settings:
    database_url: str | None = None  # None: run the embedded PostgreSQL
    station: str = ""  # station name shown in the header and written to the audit trail
    locale: str = "ko"
    data_dir: Path = field(default_factory=lambda: Path(platformdirs.user_data_dir(APP_NAME)))
    config_file: Path = field(
        default_factory=lambda: Path(platformdirs.user_config_dir(APP_NAME)) / "settings.toml"
    )
    process_id: str | None = None  # this PC's process, PROC-001..PROC-008
    equipment_code: str | None = None
    printer: str | None = None  # "host:port" (ZPL over TCP) or "spool:/folder"
    idle_logout_minutes: int = 15
    #: a station action (one write) that has no answer within this is dropped and shown unsent
    action_timeout_seconds: int = 5
    recent_users: tuple[str, ...] = ()
    #: the tester listener (docs/equipment-protocol.md): a station with equipment listens on
    #: this port, on 127.0.0.1 unless ``tester_address`` names a LAN address, for the peers
    #: in ``tester_allowed`` (which a LAN address needs)
    tester_port: int = 9000
    tester_address: str | None = None
    tester_allowed: tuple[str, ...] = ()
    #: a tester's PASS for the unit in progress is recorded without the operator's confirmation
    tester_auto_record: bool = False

    @property
    def uses_embedded(self) -> bool:
        return self.database_url is None

    @property
    def pgdata_dir(self) -> Path:
        return self.data_dir / "pgdata"

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_dir(self) -> Path:
        return Path(platformdirs.user_log_dir(APP_NAME))

    def sqlalchemy_url(self) -> URL:
        if self.database_url is None:
            raise SettingsError("no database URL: the embedded server provides one")
        return normalize_database_url(self.database_url)

    def with_station_setup(self, **changes: Any) -> Settings:
        """A copy with station setup values changed (validated like the file)."""
        return _validated(replace(self, **changes))


def normalize_database_url(raw: str) -> URL:
    """Parse and check a PostgreSQL URL; plain postgresql:// gets the psycopg2 driver."""
    try:
        url = make_url(raw.strip())
    except ArgumentError as exc:
        raise SettingsError(
            f"{ENV_DATABASE_URL} is not a valid database URL ({exc}); expected e.g. "
            "postgresql://user:password@host:5432/neurohub"
        ) from None
    backend = url.get_backend_name()
    if backend not in ("postgresql", "postgres"):
        raise SettingsError(
            f"{ENV_DATABASE_URL} must point at PostgreSQL, not {backend!r} "
            "(postgresql://user:password@host:5432/neurohub)"
        )
    driver = url.drivername.partition("+")[2]
    if driver not in ("", "psycopg2"):
        raise SettingsError(f"only the psycopg2 driver is supported, not {driver!r}")
    if not url.database:
        raise SettingsError(f"{ENV_DATABASE_URL} names no database (…/neurohub at the end)")
    return url.set(drivername="postgresql+psycopg2")


def _validated(s: Settings) -> Settings:
    if s.database_url is not None:
        normalize_database_url(s.database_url)
    if s.locale not in SUPPORTED_LOCALES:
        supported = ", ".join(SUPPORTED_LOCALES)
        raise SettingsError(f"locale must be one of {supported}, not {s.locale!r}")
    if s.process_id is not None and not _PROCESS_RE.match(s.process_id):
        raise SettingsError(f"process must be PROC-001..PROC-008, not {s.process_id!r}")
    if len(s.station) > 100:
        raise SettingsError("station name is longer than 100 characters")
    if not 1 <= s.idle_logout_minutes <= 24 * 60:
        raise SettingsError("idle_logout_minutes must be between 1 and 1440")
    if not 2 <= s.action_timeout_seconds <= 120:
        raise SettingsError("action_timeout_seconds must be between 2 and 120")
    if not 1 <= s.tester_port <= 65535:
        raise SettingsError("tester_port must be between 1 and 65535")
    try:
        if s.tester_address is not None:
            ipaddress.ip_address(s.tester_address)
        for a in s.tester_allowed:
            ipaddress.ip_address(a)
    except ValueError:
        raise SettingsError("tester_address and tester_allowed must be IP addresses") from None
    if s.tester_address not in (None, "127.0.0.1") and not s.tester_allowed:
        raise SettingsError(
            "tester_address names a LAN address: tester_allowed must list the testers' addresses"
        )
    if s.printer is not None and not s.printer.strip():
        raise SettingsError("printer must be host:port or spool:/folder")
    return s


_FILE_KEYS = {
    "database_url": str,
    "station": str,
    "locale": str,
    "process_id": str,
    "equipment_code": str,
    "printer": str,
    "idle_logout_minutes": int,
    "action_timeout_seconds": int,
    "recent_users": list,
    "tester_port": int,
    "tester_address": str,
    "tester_allowed": list,
    "tester_auto_record": bool,
}


def _refuse_password_in_file(path: Path, raw: str) -> None:
    try:
        url = make_url(raw.strip())
    except ArgumentError:
        return  # reported by normalize_database_url, which names the expected form
    if url.password or "password" in url.query:
        raise SettingsError(
            f"settings file {path}: database_url must not hold a password; put only host, "
            "port and database there (postgresql://host:5432/neurohub): the station connects "
            f"as the person logged in (administrators may set {ENV_DATABASE_URL} instead)"
        )


def _read_file(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SettingsError(f"settings file {path} is not valid TOML: {exc}") from None
    values: dict[str, Any] = {}
    for key, value in data.items():
        expected = _FILE_KEYS.get(key)
        if expected is None:
            raise SettingsError(f"settings file {path}: unknown key {key!r}")
        if not isinstance(value, expected) or (expected is not bool and isinstance(value, bool)):
            raise SettingsError(f"settings file {path}: {key} must be a {expected.__name__}")
        if key == "database_url":
            _refuse_password_in_file(path, str(value))
        # list keys (recent_users, tester_allowed): Settings keeps them as tuples
        values[key] = tuple(str(v) for v in value) if isinstance(value, list) else value
    return values


def load_settings(env: dict[str, str] | None = None, config_file: Path | None = None) -> Settings:
    """Read the settings once: file first, then the environment on top; validate."""
    env = dict(os.environ) if env is None else env
    base = Settings()
    if env.get(ENV_DATA_DIR):
        base = replace(base, data_dir=Path(env[ENV_DATA_DIR]).expanduser())
    path = config_file or (Path(env[ENV_CONFIG_FILE]) if env.get(ENV_CONFIG_FILE) else None)
    if path is None and env.get(ENV_DATA_DIR):
        path = base.data_dir / "settings.toml"  # a private data dir keeps its own settings
    if path is not None:
        base = replace(base, config_file=path)
    values = _read_file(base.config_file)
    if env.get(ENV_DATABASE_URL):
        values["database_url"] = env[ENV_DATABASE_URL]
    if env.get(ENV_STATION):
        values["station"] = env[ENV_STATION]
    if env.get(ENV_LOCALE):
        values["locale"] = env[ENV_LOCALE].strip().lower()
    return _validated(replace(base, **values))


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


def save_station_settings(settings: Settings) -> None:
    """Write the file-backed settings (never the database URL from the environment).

    Mode 0600 whatever it holds (it names the server and who logged in lately)."""
    keys = [k for k in _FILE_KEYS if k != "database_url"]
    existing = _read_file(settings.config_file)
    values = {f.name: getattr(settings, f.name) for f in fields(settings) if f.name in keys}
    if "database_url" in existing:
        values["database_url"] = existing["database_url"]
    lines = ["# NeuroHub Desktop station settings (written by station setup)"]
    lines += [f"{k} = {_toml_value(v)}" for k, v in values.items() if v is not None]
    settings.config_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = settings.config_file.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        os.chmod(tmp, 0o600)  # a leftover .tmp keeps its old mode through O_CREAT
        tmp.replace(settings.config_file)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def describe(settings: Settings) -> dict[str, Any]:
    """Settings for display/logging, with the password masked."""
    data = asdict(settings)
    if settings.database_url:
        data["database_url"] = settings.sqlalchemy_url().render_as_string(hide_password=True)
    return data
