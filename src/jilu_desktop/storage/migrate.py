"""Alembic, driven from the program: never imported unless the schema must change."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class ForeignKeyViolation(Exception):
    """A migration left a row referring to one that is not there: it is rolled back whole (a bug of ours)."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade(engine: Engine, revision: str = "head") -> None:
    _run(engine, lambda config: command.upgrade(config, revision))


def downgrade(engine: Engine, revision: str) -> None:
    _run(engine, lambda config: command.downgrade(config, revision))


def _run(engine: Engine, step: Callable[[Config], None]) -> None:
    """Run the migrations in one transaction, with foreign keys off, checked before it commits.

    A table is given a new definition by rebuilding it (SQLite's ALTER TABLE can do little else): with foreign
    keys on, dropping the old table would delete the rows referring to its rows (ON DELETE CASCADE) or be
    refused (RESTRICT). The pragma has no effect inside a transaction, so it is set before the transaction
    begins, and set on again after it ends, whatever happened.
    """
    config = alembic_config()
    with engine.connect() as conn, _foreign_keys_off(conn), conn.begin():
        config.attributes["connection"] = conn
        step(config)
        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise ForeignKeyViolation(f"rows refer to rows that are not there: {broken[:5]}")


@contextmanager
def _foreign_keys_off(conn: Connection) -> Iterator[None]:
    raw = conn.connection.driver_connection  # outside any transaction: SQLAlchemy has not begun one yet
    assert raw is not None and not conn.in_transaction()
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        try:
            raw.execute("PRAGMA foreign_keys = ON")
        except Exception:
            conn.invalidate()  # never hand a connection without foreign keys back to the pool
            raise
