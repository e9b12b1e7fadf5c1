"""Settings: environment over file over defaults, validated once, clear errors."""

from __future__ import annotations

import os
import stat
from datetime import time
from pathlib import Path

import pytest

from neurohub_desktop.config import (
    Settings,
    SettingsError,
    load_settings,
    normalize_database_url,
    save_station_settings,
)


def test_defaults_use_embedded_database(tmp_path: Path) -> None:
    s = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})
    assert s.uses_embedded and s.database_url is None
    assert s.locale == "ko"
    assert s.pgdata_dir == tmp_path / "pgdata"
    assert s.config_file == tmp_path / "settings.toml"


def test_environment_values(tmp_path: Path) -> None:
    s = load_settings(
        env={
            "NEUROHUB_DATA_DIR": str(tmp_path),
            "NEUROHUB_DATABASE_URL": "postgresql://mes:pw@db.example:5432/neurohub",
            "NEUROHUB_STATION": "LINE1-ST03",
            "NEUROHUB_LOCALE": "EN",
        }
    )
    assert not s.uses_embedded
    assert s.station == "LINE1-ST03" and s.locale == "en"
    url = s.sqlalchemy_url()
    assert url.drivername == "postgresql+psycopg2" and url.host == "db.example"


def test_file_values_and_env_precedence(tmp_path: Path) -> None:
    cfg = tmp_path / "settings.toml"
    cfg.write_text(
        'station = "FILE-ST"\nlocale = "en"\nprocess_id = "PROC-003"\n'
        'printer = "10.0.0.5:9100"\nidle_logout_minutes = 20\n',
        encoding="utf-8",
    )
    s = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path), "NEUROHUB_STATION": "ENV-ST"})
    assert s.station == "ENV-ST"  # environment wins
    assert s.locale == "en" and s.process_id == "PROC-003" and s.idle_logout_minutes == 20
    assert s.printer == "10.0.0.5:9100"


@pytest.mark.parametrize(
    "raw, fragment",
    [
        ("not a url", "not a valid database URL"),
        ("mysql://u@h/db", "must point at PostgreSQL"),
        ("postgresql://u@h", "names no database"),
        ("postgresql+asyncpg://u@h/db", "psycopg2"),
    ],
)
def test_malformed_url_is_a_clear_error(raw: str, fragment: str) -> None:
    with pytest.raises(SettingsError, match=fragment):
        normalize_database_url(raw)


@pytest.mark.parametrize(
    "content, fragment",
    [
        ('locale = "fr"', "locale"),
        ('process_id = "PROC-009"', "PROC-001..PROC-008"),
        ("idle_logout_minutes = 0", "idle_logout_minutes"),
        ('idle_logout_minutes = "x"', "must be a int"),
        ('colour = "red"', "unknown key"),
        ("station = ", "not valid TOML"),
    ],
)
def test_bad_file_values(tmp_path: Path, content: str, fragment: str) -> None:
    (tmp_path / "settings.toml").write_text(content + "\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=fragment):
        load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})


def test_bad_env_locale(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="locale"):
        load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path), "NEUROHUB_LOCALE": "de"})


def test_station_setup_round_trip(tmp_path: Path) -> None:
    s = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})
    s2 = s.with_station_setup(
        process_id="PROC-007", station="라벨-1", printer="spool:/tmp/x", recent_users=("kim", "lee")
    )
    save_station_settings(s2)
    again = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})
    assert (again.process_id, again.station, again.printer, again.recent_users) == (
        "PROC-007",
        "라벨-1",
        "spool:/tmp/x",
        ("kim", "lee"),
    )
    with pytest.raises(SettingsError):
        s.with_station_setup(process_id="PROC-9")


@pytest.mark.parametrize(
    "url",
    [
        "postgresql://mes:s3cr3t@db.example:5432/neurohub",
        "postgresql://mes:s3cr3t@db.example/neurohub?sslmode=require",
        "postgresql://db.example/neurohub?password=s3cr3t",  # libpq takes it from the query too
    ],
)
def test_file_url_with_a_password_is_refused(tmp_path: Path, url: str) -> None:
    (tmp_path / "settings.toml").write_text(f'database_url = "{url}"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match="must not hold a password") as info:
        load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})
    message = str(info.value)
    assert "host, port and database" in message and "person logged in" in message
    assert "s3cr3t" not in message  # the secret is not echoed
    with pytest.raises(SettingsError, match="must not hold a password"):  # env does not hide it
        load_settings(
            env={
                "NEUROHUB_DATA_DIR": str(tmp_path),
                "NEUROHUB_DATABASE_URL": "postgresql://a:b@h/neurohub",
            }
        )


def test_file_url_without_a_password(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text(
        'database_url = "postgresql://db.example:5433/neurohub?sslmode=verify-full"\n',
        encoding="utf-8",
    )
    url = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)}).sqlalchemy_url()
    assert (url.host, url.port, url.database, url.password) == (
        "db.example",
        5433,
        "neurohub",
        None,
    )


def test_env_url_may_carry_a_password(tmp_path: Path) -> None:
    (tmp_path / "settings.toml").write_text(
        'database_url = "postgresql://db.example/neurohub"\n', encoding="utf-8"
    )
    env_url = "postgresql://owner:secret@db.example/neurohub"
    s = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path), "NEUROHUB_DATABASE_URL": env_url})
    assert s.sqlalchemy_url().password == "secret"


def test_saved_file_is_private(tmp_path: Path) -> None:
    cfg = tmp_path / "settings.toml"
    cfg.write_text('database_url = "postgresql://db.example/neurohub"\n', encoding="utf-8")
    cfg.chmod(0o644)
    (tmp_path / "settings.tmp").write_text("left over", encoding="utf-8")
    (tmp_path / "settings.tmp").chmod(0o666)
    old_umask = os.umask(0)  # even a permissive umask gives 0600
    try:
        s = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})
        save_station_settings(s.with_station_setup(station="ST-1"))
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(cfg.stat().st_mode) == 0o600
    assert not (tmp_path / "settings.tmp").exists()
    again = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})
    assert again.station == "ST-1" and again.database_url == "postgresql://db.example/neurohub"
    fresh = tmp_path / "new" / "settings.toml"
    save_station_settings(Settings(config_file=fresh, data_dir=tmp_path))
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o600


def test_settings_is_frozen() -> None:
    s = Settings()
    with pytest.raises(AttributeError):
        s.locale = "en"  # type: ignore[misc]


def test_shift_boundaries_from_the_file(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from neurohub_desktop.config import shift_times

    path = tmp_path / "settings.toml"
    path.write_text('shift_day_start = "06:30"\nshift_night_start = "18:30"\n', encoding="utf-8")
    s = load_settings(env={}, config_file=path)
    assert shift_times(s) == (time(6, 30), time(18, 30))
    assert shift_times(load_settings(env={}, config_file=tmp_path / "none.toml")) == (
        time(8, 0),
        time(20, 0),
    )
    for day, night in (("20:00", "08:00"), ("8", "20:00"), ("08:00", "24:00")):
        path.write_text(f'shift_day_start = "{day}"\nshift_night_start = "{night}"\n')
        with pytest.raises(SettingsError, match="shift_day_start"):
            load_settings(env={}, config_file=path)
