"""Opening the teacher's database: create, accept, refuse newer or foreign files, back up before upgrading."""

from __future__ import annotations

import datetime as dt
import sqlite3
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import Engine

from jilu_desktop.bootstrap import book_exists, open_services
from jilu_desktop.paths import AppPaths
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.storage import migrate, schema
from jilu_desktop.storage.database import Database
from jilu_desktop.storage.engine import BUSY_TIMEOUT_MS
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError
from jilu_desktop.storage.opening import open_database, read_revision

from .conftest import NOW, sha256


def stored_revision(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    finally:
        conn.close()


def test_fresh_database_is_created_at_head(db: Database, db_path: Path, backups_dir: Path) -> None:
    assert db_path.is_file()
    assert stored_revision(db_path) == schema.HEAD
    assert schema.KNOWN_REVISIONS[-1] == schema.HEAD
    assert read_revision(db.engine, db_path) == schema.HEAD
    with db.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"teacher", "students", "student_difficulties", "pledges", "activities", "activity_students"} <= tables
    assert {"school_years", "settings", "alembic_version"} <= tables
    assert not backups_dir.exists() or not list(backups_dir.iterdir())  # nothing to back up when fresh


@pytest.mark.parametrize("create", [True, False])
def test_empty_file_is_refused_and_left_untouched(db_path: Path, backups_dir: Path, create: bool) -> None:
    # What an interrupted copy to a USB stick leaves: never to be silently made into a new, empty book.
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(db_path, backups_dir, NOW, create=create)
    assert caught.value.problem is Problem.EMPTY
    assert caught.value.message("zh").startswith(f"数据文件 {db_path} 是空的（0 字节），可能在复制时中断。")
    assert caught.value.message("en").startswith(f"The data file {db_path} is empty (0 bytes)")
    assert db_path.stat().st_size == 0
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["jilu.sqlite3"]  # no -wal, -shm, backups


def test_empty_file_is_refused_by_the_start_up_path_too(data_dir_with_empty_file: Path) -> None:
    # open_services is what the window opens the data with (create=True: it makes a book on a first run).
    with pytest.raises(StorageEnvironmentError) as caught:
        open_services(AppPaths(data_dir_with_empty_file), FixedClock(dt.date(2026, 12, 4)))
    assert caught.value.problem is Problem.EMPTY
    assert (data_dir_with_empty_file / "jilu.sqlite3").stat().st_size == 0


@pytest.fixture
def data_dir_with_empty_file(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "jilu.sqlite3").write_bytes(b"")
    return data_dir


def test_no_book_is_made_unless_asked(tmp_path: Path) -> None:
    paths = AppPaths(tmp_path / "usb" / "data")
    assert not book_exists(paths)
    with pytest.raises(StorageEnvironmentError) as caught:
        open_services(paths, FixedClock(dt.date(2026, 12, 4)), create=False)
    assert caught.value.problem is Problem.NO_BOOK
    assert caught.value.message("zh") == f"这个文件夹里没有记录本：{paths.data_dir}。如果记录本在U盘上，请先插好U盘。"
    assert list(tmp_path.iterdir()) == []
    open_services(paths, FixedClock(dt.date(2026, 12, 4))).close()  # the window's first run
    assert book_exists(paths)
    open_services(paths, FixedClock(dt.date(2026, 12, 4)), create=False).close()


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_new_database_and_its_journal_are_private(db: Database, db_path: Path) -> None:
    with db.session_scope(write=True) as session:
        session.connection().exec_driver_sql("INSERT INTO settings (key, value) VALUES ('language', 'en')")
        wal = db_path.with_name(db_path.name + "-wal")
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_reopening_keeps_the_data(db_path: Path, backups_dir: Path) -> None:
    first = open_database(db_path, backups_dir, NOW)
    with first.session_scope() as session:
        session.connection().exec_driver_sql("INSERT INTO settings (key, value) VALUES ('language', 'en')")
    first.close()
    second = open_database(db_path, backups_dir, NOW)
    try:
        with second.session_scope() as session:
            assert session.connection().exec_driver_sql("SELECT value FROM settings").scalar() == "en"
    finally:
        second.close()
    assert not backups_dir.exists()  # an up-to-date database is not backed up


def pragmas(engine: Engine) -> list[tuple[object, ...]]:
    with engine.connect() as conn:
        return [
            (
                conn.exec_driver_sql("PRAGMA foreign_keys").scalar(),
                conn.exec_driver_sql("PRAGMA journal_mode").scalar(),
                conn.exec_driver_sql("PRAGMA synchronous").scalar(),
                conn.exec_driver_sql("PRAGMA busy_timeout").scalar(),
            )
        ]


def test_pragmas_on_every_connection(db: Database) -> None:
    expected = (1, "wal", 2, BUSY_TIMEOUT_MS)
    assert BUSY_TIMEOUT_MS == 3000
    # Several connections at once: the pool has to open new ones, each configured on connect.
    with db.engine.connect() as one, db.engine.connect() as two, db.engine.connect() as three:
        for conn in (one, two, three):
            row = (
                conn.exec_driver_sql("PRAGMA foreign_keys").scalar(),
                conn.exec_driver_sql("PRAGMA journal_mode").scalar(),
                conn.exec_driver_sql("PRAGMA synchronous").scalar(),
                conn.exec_driver_sql("PRAGMA busy_timeout").scalar(),
            )
            assert row == expected
    db.engine.dispose()  # and again on brand-new connections after the pool is emptied
    assert pragmas(db.engine) == [expected]
    with db.session_scope() as session:
        assert session.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("folder", ["100%", "a%41b", "what?", "no#1", "王 老师", "at@home"])
def test_data_folder_names_are_taken_literally(tmp_path: Path, folder: str) -> None:
    # A data folder's name is not a URL: '%', '?' and '#' must not be decoded or cut off.
    db_path = tmp_path / folder / "jilu.sqlite3"
    database = open_database(db_path, tmp_path / folder / "backups", NOW)
    database.close()
    assert db_path.is_file()
    assert stored_revision(db_path) == schema.HEAD
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder]


OPEN_AND_REPORT = textwrap.dedent(
    """
    import datetime, sys
    from pathlib import Path
    from jilu_desktop.bootstrap import book_exists, open_services
    from jilu_desktop.paths import AppPaths
    from jilu_desktop.services.clock import FixedClock
    svc = open_services(AppPaths(Path(sys.argv[1])), FixedClock(datetime.date(2026, 12, 4)))
    svc.students.list()
    svc.close()
    print("alembic" in sys.modules)
    """
)


def run_open(data_dir: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-c", OPEN_AND_REPORT, str(data_dir)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_opening_an_up_to_date_database_does_not_import_alembic(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert run_open(data_dir) == "True"  # creating it needs the migrations
    assert run_open(data_dir) == "False"  # opening it again does not


def test_newer_database_is_refused_and_left_untouched(db_path: Path, backups_dir: Path) -> None:
    open_database(db_path, backups_dir, NOW).close()
    set_revision(db_path, "9999_future")
    before = sha256(db_path)
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(db_path, backups_dir, NOW)
    assert caught.value.problem is Problem.NEWER
    assert "9999_future" in caught.value.message("zh")
    assert "9999_future" in caught.value.message("en")
    assert "newer version" in caught.value.message("en")
    assert sha256(db_path) == before
    assert stored_revision(db_path) == "9999_future"
    assert not backups_dir.exists()


def test_newer_database_in_rollback_journal_mode_is_left_untouched(db_path: Path, backups_dir: Path) -> None:
    # A file in another journal mode must not be switched to WAL (that rewrites its header) before it is accepted.
    open_database(db_path, backups_dir, NOW).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = sha256(db_path)
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(db_path, backups_dir, NOW)
    assert caught.value.problem is Problem.NEWER
    assert sha256(db_path) == before


def test_garbage_file_is_damaged(db_path: Path, backups_dir: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database, just some bytes \x00\xff" * 200)
    before = sha256(db_path)
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(db_path, backups_dir, NOW)
    assert caught.value.problem is Problem.DAMAGED
    # There are no backups (they are made only before an upgrade): the advice must not promise any.
    assert caught.value.message("zh") == (
        f"数据文件已损坏，无法读取。请不要删除它，也不要再用记录本写入；先把整个数据文件夹 {db_path.parent} "
        "复制到安全的地方，再请学校信息老师帮忙。如果记录本是从别的电脑或U盘复制来的，请从那里重新复制一份。"
    )
    assert "backup" not in caught.value.message("en")
    assert f"copy the whole data folder {db_path.parent} somewhere safe" in caught.value.message("en")
    assert sha256(db_path) == before
    assert not backups_dir.exists()


def test_damaged_file_with_backups_names_their_folder(db_path: Path, backups_dir: Path) -> None:
    backups_dir.mkdir(parents=True)
    (backups_dir / "jilu-before-upgrade-0001_initial-20260901-080000.sqlite3").write_bytes(b"a backup")
    db_path.write_bytes(b"this is not a database, just some bytes \x00\xff" * 200)
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(db_path, backups_dir, NOW)
    zh, en = caught.value.message("zh"), caught.value.message("en")
    assert f"从“{backups_dir}”文件夹中的备份恢复" in zh and "之后的记录不在其中" in zh
    assert f'restore it from a backup in the folder "{backups_dir}"' in en
    assert f"copy the whole data folder {db_path.parent} somewhere safe" in en


def test_damage_found_while_working_tells_the_same(db: Database, db_path: Path, backups_dir: Path) -> None:
    from jilu_desktop.storage.database import translate_errors

    corrupt = sqlite3.DatabaseError("database disk image is malformed")
    corrupt.sqlite_errorcode = 11  # type: ignore[attr-defined]
    from sqlalchemy.exc import DatabaseError

    with pytest.raises(StorageEnvironmentError) as caught, translate_errors(db_path.parent, db.backups_dir):
        raise DatabaseError("SELECT 1", None, corrupt)
    assert caught.value.problem is Problem.DAMAGED
    assert str(db_path.parent) in caught.value.message("zh")
    assert "backups" not in caught.value.message("en")


def test_other_sqlite_file_is_foreign_and_left_untouched(db_path: Path, backups_dir: Path) -> None:
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE grades (student TEXT, score INTEGER)")
    conn.execute("INSERT INTO grades VALUES ('小明', 90)")
    conn.commit()
    conn.close()
    before = sha256(db_path)
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(db_path, backups_dir, NOW)
    assert caught.value.problem is Problem.FOREIGN
    assert str(db_path) in caught.value.message("zh")
    assert sha256(db_path) == before


def test_empty_alembic_version_is_foreign(db_path: Path, backups_dir: Path) -> None:
    open_database(db_path, backups_dir, NOW).close()
    conn = sqlite3.connect(db_path)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(db_path, backups_dir, NOW)
    assert caught.value.problem is Problem.FOREIGN


def test_folder_where_the_database_should_be_is_foreign(db_path: Path, backups_dir: Path) -> None:
    db_path.mkdir(parents=True)
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(db_path, backups_dir, NOW)
    assert caught.value.problem is Problem.FOREIGN


def test_data_dir_that_is_a_file_cannot_be_opened(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.write_text("not a folder")
    with pytest.raises(StorageEnvironmentError) as caught:
        open_services(AppPaths(data_dir), FixedClock(dt.date(2026, 12, 4)))
    assert caught.value.problem is Problem.CANNOT_OPEN
    assert str(data_dir) in caught.value.message("zh")
    assert str(data_dir) in caught.value.message("en")
    assert data_dir.read_text() == "not a folder"


# --- backup before upgrading -------------------------------------------------------------------------------

FAKE_HEAD = "0002_test_only"


def test_backup_is_made_and_verified_before_upgrade(
    db_path: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = open_database(db_path, backups_dir, NOW)
    with original.session_scope() as session:
        session.connection().exec_driver_sql(
            "INSERT INTO students (name, class_name, difficulty_detail, created_at, updated_at)"
            " VALUES ('小明', '初二(3)班', '', '2026-12-01 08:00:00', '2026-12-01 08:00:00')"
        )
    original.close()
    old_revision = schema.HEAD

    monkeypatch.setattr(schema, "KNOWN_REVISIONS", (*schema.KNOWN_REVISIONS, FAKE_HEAD))
    monkeypatch.setattr(schema, "HEAD", FAKE_HEAD)
    seen: list[tuple[str, list[str]]] = []

    def fake_upgrade(engine: Engine, revision: str = "head") -> None:
        files = sorted(backups_dir.iterdir())
        names = [p.name for p in files]
        seen.append((revision, names))
        assert len(files) == 1
        copy = sqlite3.connect(files[0])
        try:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT name, class_name FROM students").fetchall() == [("小明", "初二(3)班")]
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (old_revision,)
        finally:
            copy.close()

    monkeypatch.setattr(migrate, "upgrade", fake_upgrade)
    upgraded = open_database(db_path, backups_dir, NOW)
    upgraded.close()
    assert seen == [("head", [f"jilu-before-upgrade-{old_revision}-20261204-083000.sqlite3"])]
    assert [p.name for p in backups_dir.iterdir()] == seen[0][1]  # no temporary files left beside it


def test_failed_backup_stops_the_upgrade(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path, tmp_path / "backups", NOW).close()
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the backups folder should be")
    monkeypatch.setattr(schema, "KNOWN_REVISIONS", (*schema.KNOWN_REVISIONS, FAKE_HEAD))
    monkeypatch.setattr(schema, "HEAD", FAKE_HEAD)
    calls: list[str] = []
    monkeypatch.setattr(migrate, "upgrade", lambda engine, revision="head": calls.append(revision))
    with pytest.raises(StorageEnvironmentError) as caught:
        open_database(db_path, blocked, NOW)
    assert caught.value.problem is Problem.CANNOT_OPEN
    assert str(blocked) in caught.value.message("zh")
    assert calls == []


def test_upgrade_failure_leaves_the_backup(db_path: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path, backups_dir, NOW).close()
    monkeypatch.setattr(schema, "KNOWN_REVISIONS", (*schema.KNOWN_REVISIONS, FAKE_HEAD))
    monkeypatch.setattr(schema, "HEAD", FAKE_HEAD)

    def failing_upgrade(engine: Engine, revision: str = "head") -> None:
        raise RuntimeError("migration failed")

    monkeypatch.setattr(migrate, "upgrade", failing_upgrade)
    with pytest.raises(RuntimeError):
        open_database(db_path, backups_dir, NOW)
    assert len(list(backups_dir.iterdir())) == 1
