"""A catalog fingerprint per revision, checked in; every downgrade restores the previous one.

The fingerprint (neurohub_desktop.db.ops.catalog_fingerprint) holds function definitions
(pg_get_functiondef + comment), trigger and index definitions (+ validity), constraints,
columns, relations and types.  After ``downgrade`` to revision R the catalog must equal R's
checked-in file — so a revision that replaces a function must bring the old text back.

Regenerate after changing a revision (then review the diff):
    NEUROHUB_UPDATE_FINGERPRINTS=1 .venv/bin/pytest tests/db/test_fingerprint.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from migration_rows import steps

from neurohub_desktop.db import migrate
from neurohub_desktop.db.ops import catalog_fingerprint

FINGERPRINTS = Path(__file__).parent / "fingerprints"
UPDATE = os.environ.get("NEUROHUB_UPDATE_FINGERPRINTS") == "1"


def _file(revision: str) -> Path:
    return FINGERPRINTS / f"{revision}.json"


def expected(revision: str) -> dict[str, dict[str, str]]:
    path = _file(revision)
    assert path.exists(), (
        f"{path.name} is missing: run NEUROHUB_UPDATE_FINGERPRINTS=1 "
        "pytest tests/db/test_fingerprint.py and review the new file"
    )
    data: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _check(url, revision: str) -> None:  # type: ignore[no-untyped-def]
    actual = catalog_fingerprint(url)
    if UPDATE:
        FINGERPRINTS.mkdir(exist_ok=True)
        _file(revision).write_text(
            json.dumps(actual, indent=1, ensure_ascii=False, sort_keys=True) + "\n",
            encoding="utf-8",
        )
    want = expected(revision)
    for kind in sorted(set(want) | set(actual)):  # one kind at a time: readable diffs
        assert actual.get(kind) == want.get(kind), f"{revision}: {kind} differ"


def test_fingerprint_of_each_revision_and_after_each_downgrade(empty_db_url) -> None:  # type: ignore[no-untyped-def]
    walk = steps()
    migrate.upgrade(empty_db_url, walk[0][1])
    migrate.downgrade(empty_db_url, "base")
    _check(empty_db_url, "base")
    for _prev, revision in walk:
        migrate.upgrade(empty_db_url, revision)
        _check(empty_db_url, revision)
    for prev, revision in reversed(walk):
        assert migrate.current_revisions(empty_db_url) == (revision,)
        migrate.downgrade(empty_db_url, prev)
        _check(empty_db_url, prev)


def test_base_fingerprint_is_only_alembic_version() -> None:
    base = expected("base")
    assert set(base["relations"]) == {"alembic_version", "alembic_version_pkc"}
    assert base["functions"] == {} and base["triggers"] == {} and base["types"] == {}


def test_every_revision_has_a_checked_in_fingerprint() -> None:
    names = {p.stem for p in FINGERPRINTS.glob("*.json")}
    assert names == {"base"} | {rev for _prev, rev in steps()}
