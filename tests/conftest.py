"""Shared test set-up: offscreen Qt, one PostgreSQL server per session, a fresh database per test."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
