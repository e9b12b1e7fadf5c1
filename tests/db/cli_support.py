"""``neurohub-desktop db …`` run as a separate process, as an administrator runs it: only the
configured URL, a data folder and a minimal environment (``from cli_support import db_cli``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import URL


def db_cli(
    url: URL, data_dir: Path | str, *args: str, home: Path | str = "/tmp", timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    env = {
        "NEUROHUB_DATABASE_URL": url.render_as_string(hide_password=False),
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "NEUROHUB_DATA_DIR": str(data_dir),
    }
    return subprocess.run(
        [sys.executable, "-m", "neurohub_desktop", "db", *args],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=timeout,
    )
