"""Settings: environment over file over defaults, validated once, clear errors."""
from __future__ import annotations

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
    s = load_settings(env={
        "NEUROHUB_DATA_DIR": str(tmp_path),
        "NEUROHUB_DATABASE_URL": "postgresql://mes:pw@db.example:5432/neurohub",
        "NEUROHUB_STATION": "LINE1-ST03",
        "NEUROHUB_LOCALE": "EN",
    })
    assert not s.uses_embedded
    assert s.station == "LINE1-ST03" and s.locale == "en"
    url = s.sqlalchemy_url()
    assert url.drivername == "postgresql+psycopg2" and url.host == "db.example"


def test_file_values_and_env_precedence(tmp_path: Path) -> None:
    cfg = tmp_path / "settings.toml"
    cfg.write_text('station = "FILE-ST"\nlocale = "en"\nprocess_id = "PROC-003"\n'
                   'printer = "10.0.0.5:9100"\nidle_logout_minutes = 20\n', encoding="utf-8")
    s = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path), "NEUROHUB_STATION": "ENV-ST"})
    assert s.station == "ENV-ST"  # environment wins
    assert s.locale == "en" and s.process_id == "PROC-003" and s.idle_logout_minutes == 20
    assert s.printer == "10.0.0.5:9100"


@pytest.mark.parametrize("raw, fragment", [
    ("not a url", "not a valid database URL"),
    ("mysql://u@h/db", "must point at PostgreSQL"),
    ("postgresql://u@h", "names no database"),
    ("postgresql+asyncpg://u@h/db", "psycopg2"),
])
def test_malformed_url_is_a_clear_error(raw: str, fragment: str) -> None:
    with pytest.raises(SettingsError, match=fragment):
        normalize_database_url(raw)


@pytest.mark.parametrize("content, fragment", [
    ('locale = "fr"', "locale"),
    ('process_id = "PROC-009"', "PROC-001..PROC-008"),
    ('idle_logout_minutes = 0', "idle_logout_minutes"),
    ('idle_logout_minutes = "x"', "must be a int"),
    ('colour = "red"', "unknown key"),
    ('station = ', "not valid TOML"),
])
def test_bad_file_values(tmp_path: Path, content: str, fragment: str) -> None:
    (tmp_path / "settings.toml").write_text(content + "\n", encoding="utf-8")
    with pytest.raises(SettingsError, match=fragment):
        load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})


def test_bad_env_locale(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match="locale"):
        load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path), "NEUROHUB_LOCALE": "de"})


def test_station_setup_round_trip(tmp_path: Path) -> None:
    s = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})
    s2 = s.with_station_setup(process_id="PROC-007", station="라벨-1", printer="spool:/tmp/x",
                              recent_users=("kim", "lee"))
    save_station_settings(s2)
    again = load_settings(env={"NEUROHUB_DATA_DIR": str(tmp_path)})
    assert (again.process_id, again.station, again.printer, again.recent_users) == (
        "PROC-007", "라벨-1", "spool:/tmp/x", ("kim", "lee"))
    with pytest.raises(SettingsError):
        s.with_station_setup(process_id="PROC-9")


def test_settings_is_frozen() -> None:
    s = Settings()
    with pytest.raises(AttributeError):
        s.locale = "en"  # type: ignore[misc]
