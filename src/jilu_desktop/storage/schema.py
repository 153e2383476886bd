"""The schema revisions this version of the app knows, oldest first; the last is the one it writes.

Kept apart from the migration scripts so that start-up can compare revisions without importing Alembic.
A test checks that this list matches the scripts in migrations/versions.
"""

from typing import Final

KNOWN_REVISIONS: Final[tuple[str, ...]] = ("0001_initial", "0002_pledge_signature", "0003_ids_never_reused")
HEAD: Final[str] = KNOWN_REVISIONS[-1]
