"""Open the teacher's database: refuse a newer or foreign file, back up, then migrate if needed.

Alembic is imported only when a migration has to run, so an ordinary start-up never pays for it.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from jilu_desktop.storage import schema
from jilu_desktop.storage.backup import backup_database, backup_name
from jilu_desktop.storage.database import Database, translate_errors
from jilu_desktop.storage.engine import create_database_engine, switch_to_wal
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError

log = logging.getLogger(__name__)

FRESH = ""  # the revision of a database with no tables at all


def open_database(db_path: Path, backups_dir: Path, now: dt.datetime) -> Database:
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageEnvironmentError(Problem.CANNOT_OPEN, path=db_path.parent) from error
    if db_path.exists() and not db_path.is_file():
        raise StorageEnvironmentError(Problem.FOREIGN, path=db_path)
    # Look at the file without switching it to WAL: a newer or foreign file must be left byte for byte. The
    # engine is switched to WAL only once the file is accepted, and the connection it looked with is kept.
    engine = create_database_engine(db_path, wal=False)
    try:
        with translate_errors(db_path.parent):
            revision = read_revision(engine, db_path)
            if revision != FRESH and revision not in schema.KNOWN_REVISIONS:
                raise StorageEnvironmentError(Problem.NEWER, revision=revision)
            switch_to_wal(engine)
            if revision != schema.HEAD:
                if revision != FRESH:
                    target = backups_dir / backup_name("before-upgrade", revision, now)
                    backup_database(engine, target)
                    log.info("backed up %s before upgrading it from %s", db_path, revision)
                from jilu_desktop.storage.migrate import upgrade

                upgrade(engine)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine)


def read_revision(engine: Engine, db_path: Path) -> str:
    """The schema revision recorded in the file; FRESH for an empty file; refuses files that are not ours."""
    with engine.connect() as conn:
        tables = {
            name
            for (name,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        if not tables:
            return FRESH
        if "alembic_version" not in tables:
            raise StorageEnvironmentError(Problem.FOREIGN, path=db_path)
        try:
            row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        except DBAPIError:
            raise StorageEnvironmentError(Problem.FOREIGN, path=db_path) from None
    if row is None:
        raise StorageEnvironmentError(Problem.FOREIGN, path=db_path)
    return str(row[0])
