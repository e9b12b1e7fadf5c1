"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}

RULES FOR REVISION AUTHORS
* 001..006 are FROZEN from tag v1.0.0 on: they (and migrations/sql_006_*.py and
  indexes_004.py, which they load) are never edited again.  Fix forward with a new revision (007 …), and
  keep the client's launch gate in step with the new head.
* A revision that has been released (tagged) is never edited.  Fix forward.
* Privileges: a new table or function gets its grants in nh_setup_roles() terms (a new
  revision replaces that function, restoring the old text on downgrade): operator roles
  read, and write only through SECURITY DEFINER functions that pin search_path and check
  nh_actor_role() (domain.md §7).  upgrade() ends with SELECT nh_setup_roles(), as 006
  does: the embedded server relies on it (shared servers run `db setup-roles` too).
* The previous client release must keep working against this schema while stations are
  upgraded one by one: add columns nullable or with a server default, never rename or drop
  in the same release that stops using a thing.
* upgrade() and downgrade() both work online and in offline mode (`--sql`): no reads of
  data to decide what to do, dollar-quoted function bodies, explicit names for everything.
* downgrade() drops exactly what upgrade() created and restores any function it replaced.
* Index builds on big tables go through the CONCURRENTLY helper (see 004).
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
${imports if imports else ""}

revision: str = ${repr(up_revision)}
down_revision: str | Sequence[str] | None = ${repr(down_revision)}
branch_labels: str | Sequence[str] | None = ${repr(branch_labels)}
depends_on: str | Sequence[str] | None = ${repr(depends_on)}


def upgrade() -> None:
    ${upgrades if upgrades else "pass"}


def downgrade() -> None:
    ${downgrades if downgrades else "pass"}
