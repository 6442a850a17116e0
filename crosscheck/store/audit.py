"""Adding an entry to the append-only audit log, inside the caller's transaction."""

from __future__ import annotations

import json
from typing import Any

from crosscheck.store.backend import Backend, insert_sql
from crosscheck.store.migrate import now

AUDIT_COLUMNS = ("created_at", "user_id", "action", "entity", "entity_id", "before_json", "after_json")


def insert_audit(
    backend: Backend,
    user_id: int | None,
    action: str,
    entity: str,
    entity_id: str | None,
    before: Any,
    after: Any,
) -> int:
    """The new entry's id; ``before`` and ``after`` are stored as JSON."""
    return backend.insert_returning_id(
        insert_sql("audit_log", AUDIT_COLUMNS),
        (now(), user_id, action, entity, entity_id, json.dumps(before), json.dumps(after)),
    )
