"""The one place that creates database connections.

Every connection gets the same pragmas: foreign keys on, WAL, synchronous=FULL (a record is on disk
before the app says it is saved), and a short wait when another process holds the lock.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event

# The dialect is imported with this module rather than by the first create_engine(): the GUI imports this
# module before PySide6, and PySide6 reads the source of every module imported after it (to look for its
# `from __feature__ import`), which makes the dialect's dozen modules cost about three times as much.
from sqlalchemy.dialects.sqlite import pysqlite  # noqa: F401
from sqlalchemy.pool import StaticPool

BUSY_TIMEOUT_MS = 3000


def create_database_engine(db_path: Path, *, wal: bool = True) -> Engine:
    """An engine for the file at db_path (taken literally: no URL quoting of '%', '?' or '#').

    wal=False leaves the journal mode as the file has it, for looking at a file before accepting it:
    switching to WAL rewrites the file's header, and a file that is not ours must be left untouched.
    Once it is accepted, switch_to_wal() turns the same engine into an ordinary one.
    """
    engine = create_engine(URL.create("sqlite", database=str(db_path)), future=True)
    event.listen(engine, "connect", _on_connect if wal else _on_connect_keep_journal)
    event.listen(engine, "begin", _on_begin)
    return engine


def create_read_only_engine(db_path: Path, *, immutable: bool = True) -> Engine:
    """An engine that can only read the file at db_path: for a record book on a write-protected USB stick, a
    read-only share, or a file that may not be written. SQLite refuses every change on its connections.

    immutable=True tells SQLite that nothing can change the file while it is open (true of a write-protected
    medium), so it needs no -wal or -shm file, which a read-only folder cannot hold, and takes no lock. SQLite
    then ignores any -wal beside the file: use it only when there is none, or an empty one. immutable=False
    reads the changes in a -wal through the -shm already beside it (SQLite 3.22 or newer), and fails when there
    is no -shm to read them with.
    """
    uri = _read_only_uri(db_path, immutable=immutable)

    def connect() -> sqlite3.Connection:
        # Used from the window's worker thread too, as SQLAlchemy's own connections to a file are.
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine(URL.create("sqlite", database=str(db_path)), creator=connect, future=True)
    event.listen(engine, "connect", _on_connect_keep_journal)
    event.listen(engine, "begin", _on_begin)
    return engine


def _read_only_uri(db_path: Path, *, immutable: bool) -> str:
    return f"{db_path.absolute().as_uri()}?mode=ro" + ("&immutable=1" if immutable else "")


def switch_to_wal(engine: Engine) -> None:
    """Make an engine created with wal=False an ordinary one: the file switched to WAL now (on the connection
    already open, so that opening the data needs one connection, not two) and every new connection set up so."""
    if event.contains(engine, "connect", _on_connect_keep_journal):
        event.remove(engine, "connect", _on_connect_keep_journal)
        event.listen(engine, "connect", _on_connect)
    raw = engine.raw_connection()  # the pooled connection the file was looked at with, or a new one
    try:
        cursor = raw.cursor()  # outside any transaction: the journal mode cannot change inside one
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()
    finally:
        raw.close()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    _configure(dbapi_connection, wal=True)


def _on_connect_keep_journal(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    _configure(dbapi_connection, wal=False)


def _configure(dbapi_connection: sqlite3.Connection, *, wal: bool) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide where transactions begin, so that
    # migrations (DDL) run inside one transaction and roll back whole.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def peek_connection(db_path: Path, *, immutable: bool = True) -> sqlite3.Connection | None:
    """A read-only look at the file without opening it as the app does: no migration, no settings.

    Immutable (the default): no lock and no -wal/-shm files, for what must be known before the data is
    opened (the language of --help and of a start-up error). Not immutable: what is still in the -wal
    counts too (whether a book just made holds anything). None when the file cannot be looked at."""
    try:
        if not db_path.is_file():  # raises PermissionError for a folder that cannot be looked into (Python 3.11)
            return None
        return sqlite3.connect(_read_only_uri(db_path, immutable=immutable), uri=True, timeout=0)
    except (sqlite3.Error, OSError, ValueError):
        return None


def version_connection(db_path: Path) -> sqlite3.Connection:
    """A read-only connection to the book for asking only PRAGMA data_version: whether another connection (the
    `jilu` command) has committed a change since it last asked (Database.changed_elsewhere).

    Not immutable, so that it sees what others commit, and in autocommit mode, so that it never holds a read
    transaction open (which would keep a checkpoint from finishing). It asks no schema, so it costs nothing but
    its opening (some 0.1 ms)."""
    return sqlite3.connect(
        _read_only_uri(db_path, immutable=False),
        uri=True,
        timeout=BUSY_TIMEOUT_MS / 1000,
        isolation_level=None,
        check_same_thread=False,  # asked from the main thread; also after a write made on the worker's
    )


def copy_connection(path: Path) -> sqlite3.Connection:
    """A connection to a new file that receives a copy of the database (a backup). Made here, as every
    connection is, so that what the database's own connections need (a key, once the file is encrypted)
    applies to its copies too."""
    return sqlite3.connect(path)


def memory_connection(image: bytes | None = None) -> sqlite3.Connection:
    """A database in memory: empty (to take a snapshot of the book into), or loaded from the bytes of a database
    file (the copy in a data archive), so that an archive is checked and read without its contents ever being
    written to disk. Made here, as every connection is: an encrypted book will need its key here too.

    The bytes must be those of a rollback-journal file (storage.archive makes them so): SQLite cannot open a
    file marked for WAL in memory.
    """
    conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        if image is not None:
            conn.deserialize(image)
        conn.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        conn.close()
        raise
    return conn


def memory_engine(conn: sqlite3.Connection) -> Engine:
    """An engine over one in-memory connection (memory_connection), for running the migrations on an archive's
    copy before it becomes the book. Disposing of the engine leaves the connection open: its owner closes it."""
    engine = create_engine("sqlite://", creator=lambda: conn, poolclass=_KeepOpenPool, future=True)
    event.listen(engine, "connect", _on_connect_keep_journal)
    event.listen(engine, "begin", _on_begin)
    return engine


class _KeepOpenPool(StaticPool):
    def dispose(self) -> None:  # the connection belongs to whoever made it (memory_connection's caller)
        pass


WRITE_OPTION = "jilu_write"


def _on_begin(connection: Any) -> None:
    # A unit of work that will write takes the write lock at once (BEGIN IMMEDIATE), so that when
    # another program holds it, SQLite's busy timeout applies; a deferred transaction that reads first
    # and then tries to write would fail at once instead of waiting.
    immediate = connection.get_execution_options().get(WRITE_OPTION, False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
