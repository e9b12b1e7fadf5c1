"""Log files: rotation set up in the given folder, secrets scrubbed, one line per action."""

from __future__ import annotations

import logging
from pathlib import Path

from neurohub_desktop.logs import log_action, scrub, setup_logging

HASH = "$2b$12$horSzly7TzaVCaHyYAeoF.PGHCsn8mxldMCAdyPErWEHuZtelIHaa"


def test_scrub_removes_hashes_passwords_and_url_secrets() -> None:
    text = f"hash={HASH} password='hunter22' url=postgresql+psycopg2://mes:s3cret@db:5432/neurohub"
    out = scrub(text)
    assert HASH not in out and "hunter22" not in out and "s3cret" not in out
    assert "<bcrypt-hash>" in out and "mes:***@db" in out


def test_action_lines_and_secrets_in_file(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, station="ST-3")
    try:
        log_action("complete_step", "WIP-WF261128D01-007", "PASS", 12.34, process="PROC-003")
        log_action("start_step", "WIP-WF261128D01-008", "REFUSED", 3.0, sqlstate="NH002")
        logging.getLogger("neurohub_desktop.services").error("login failed, password=%s", "pw123")
        try:
            raise ValueError(f"boom {HASH}")
        except ValueError:
            logging.getLogger("x").exception("with traceback")
        for h in logging.getLogger().handlers:
            h.flush()
        content = path.read_text(encoding="utf-8")
    finally:
        root = logging.getLogger()
        for h in list(root.handlers):
            if getattr(h, "baseFilename", None) == str(path):
                root.removeHandler(h)
                h.close()
    assert "action=complete_step unit=WIP-WF261128D01-007 result=PASS duration_ms=12.3" in content
    assert "process=PROC-003" in content and "[ST-3]" in content
    assert "sqlstate=NH002" in content
    assert "pw123" not in content and HASH not in content
    assert "with traceback" in content and "<bcrypt-hash>" in content


def test_the_file_rotates_at_its_size_and_keeps_five(tmp_path: Path) -> None:
    path = setup_logging(tmp_path, station="ST-3")
    root = logging.getLogger()
    handler = next(h for h in root.handlers if getattr(h, "baseFilename", None) == str(path))
    try:
        handler.maxBytes = 4000  # type: ignore[attr-defined]
        for i in range(400):
            log_action("start_step", f"WIP-WF261128D01-{i:03d}", "OK", 1.0, process="PROC-002")
        handler.flush()
    finally:
        root.removeHandler(handler)
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [f"neurohub-desktop.log{s}" for s in ("", ".1", ".2", ".3", ".4", ".5")]
    assert all(p.stat().st_size <= 4000 for p in tmp_path.iterdir())
    assert "WIP-WF261128D01-399" in path.read_text(encoding="utf-8")
