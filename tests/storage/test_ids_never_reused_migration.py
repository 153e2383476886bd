"""0002 -> 0003: activities and students become AUTOINCREMENT tables, so that an id is never given twice (a
deleted record could otherwise not be restored once a new one took its id). A book with records is upgraded
after a verified backup, every row keeps its id and every reference stays as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine

from jilu_desktop.services import AppServices
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.storage import migrate, schema
from jilu_desktop.storage.engine import create_database_engine
from jilu_desktop.storage.opening import open_database

from .conftest import NOW

OLD = "0002_pledge_signature"
NEW = "0003_ids_never_reused"
STAMP = "'2026-09-01 08:00:00', '2026-09-01 08:00:00'"

# Everything that refers to a student or an activity, as it must be after the upgrade.
REFERENCES = {
    "student_difficulties": [(3, "economic"), (5, "learning"), (5, "psychological")],
    "activity_students": [(2, 3, 0), (2, 5, 1), (7, 5, 0)],
    "pledges": [(2026, 5)],
}


def _book_at_0002(db_path: Path) -> None:
    """Students 3 and 5 (1, 2, 4 deleted), activities 2 and 7, with difficulties, participants and a pledge."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_database_engine(db_path)
    try:
        migrate.upgrade(engine, OLD)
        with engine.begin() as conn:
            for sid, name in ((3, "李小明"), (5, "王芳")):
                conn.exec_driver_sql(
                    "INSERT INTO students (id, name, class_name, difficulty_detail, created_at, updated_at)"
                    f" VALUES ({sid}, '{name}', '五(1)班', '家里困难', {STAMP})"
                )
            for aid, kind in ((2, "talk"), (7, "home-visit")):
                conn.exec_driver_sql(
                    "INSERT INTO activities (id, date, time, kind, place, content, created_at, updated_at)"
                    f" VALUES ({aid}, '2026-11-0{aid}', '16:30:00.000000', '{kind}', '教室', '谈心{aid}', {STAMP})"
                )
            for row in REFERENCES["student_difficulties"]:
                conn.exec_driver_sql("INSERT INTO student_difficulties VALUES (?, ?)", row)
            for row in REFERENCES["activity_students"]:
                conn.exec_driver_sql("INSERT INTO activity_students VALUES (?, ?, ?)", row)
            conn.exec_driver_sql(
                "INSERT INTO pledges (school_year, mentee_id, difficulty_detail, measures, commitments, created_at,"
                f" updated_at) VALUES (2026, 5, '', '每周两次午休辅导', '', {STAMP})"
            )
    finally:
        engine.dispose()


def _rows(conn: sqlite3.Connection) -> dict[str, list[tuple[object, ...]]]:
    return {
        "students": conn.execute("SELECT id, name FROM students ORDER BY id").fetchall(),
        "activities": conn.execute("SELECT id, date, kind, content FROM activities ORDER BY id").fetchall(),
        "student_difficulties": conn.execute("SELECT * FROM student_difficulties ORDER BY 1, 2").fetchall(),
        "activity_students": conn.execute("SELECT * FROM activity_students ORDER BY 1, 2").fetchall(),
        "pledges": conn.execute("SELECT school_year, mentee_id FROM pledges").fetchall(),
    }


def test_upgrade_keeps_every_id_and_reference_after_a_verified_backup(
    db_path: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert schema.KNOWN_REVISIONS[1:3] == (OLD, NEW)
    _book_at_0002(db_path)
    before = sqlite3.connect(db_path)
    try:
        rows = _rows(before)
    finally:
        before.close()
    assert {k: v for k, v in rows.items() if k in REFERENCES} == REFERENCES
    real_upgrade = migrate.upgrade
    checked: list[str] = []

    def watched_upgrade(engine: Engine, revision: str = "head") -> None:
        (backup,) = backups_dir.iterdir()  # complete and sound before the first change to the file
        copy = sqlite3.connect(backup)
        try:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert _rows(copy) == rows
        finally:
            copy.close()
        checked.append(backup.name)
        real_upgrade(engine, revision)

    monkeypatch.setattr(migrate, "upgrade", watched_upgrade)
    open_database(db_path, backups_dir, NOW).close()

    assert checked == [f"jilu-before-upgrade-{OLD}-20261204-083000.sqlite3"]
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (schema.HEAD,)
        assert _rows(conn) == rows  # with foreign keys on, dropping the old tables would have deleted some
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert dict(conn.execute("SELECT name, seq FROM sqlite_sequence")) == {"students": 5, "activities": 7}
        for table in ("students", "activities"):
            (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
            assert "AUTOINCREMENT" in sql
        indexes = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert {"ix_activities_date", "ix_activity_students_student", "ix_pledges_mentee_id"} <= indexes
    finally:
        conn.close()


def test_after_the_upgrade_a_deleted_newest_id_is_never_given_again(db_path: Path, backups_dir: Path) -> None:
    _book_at_0002(db_path)
    services = AppServices(open_database(db_path, backups_dir, NOW), FixedClock(NOW.date(), NOW))
    try:
        assert sorted(s.id for s in services.students.list()) == [3, 5]
        assert services.pledges.get(2026).mentee.student.name == "王芳"  # type: ignore[union-attr]
        assert [s.name for s in services.activities.get(2).students] == ["李小明", "王芳"]

        deleted = services.activities.delete(7)
        added = services.activities.add(date="2026-12-01", kind="talk", student_ids=[3], place="教室", content="新的")
        assert added == 8
        services.activities.restore_many([deleted])  # undoing the delete: its id is still free
        assert [r.id for r in services.activities.list(newest_first=False)] == [2, 7, 8]

        services.activities.delete(8)
        assert services.students.add(name="赵强") == 6
        services.students.delete(6)
        assert services.students.add(name="赵强") == 7
        again = services.activities.add(date="2026-12-02", kind="talk", student_ids=[7], place="教室", content="又一条")
        assert again == 9

        assert sorted(s.id for s in services.students.list()) == [3, 5, 7]
        # Foreign keys are on again once the upgrade is done, on the connection that ran it too.
        with services.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        services.close()


def test_downgrade_keeps_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "down.sqlite3"
    _book_at_0002(path)
    engine = create_database_engine(path)
    try:
        migrate.upgrade(engine, NEW)
        before = sqlite3.connect(path)
        try:
            rows = _rows(before)
        finally:
            before.close()
        migrate.downgrade(engine, OLD)
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    try:
        assert _rows(conn) == rows
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for table in ("students", "activities"):
            (sql,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()
            assert "AUTOINCREMENT" not in sql
    finally:
        conn.close()


def test_a_migration_that_breaks_a_reference_is_rolled_back_and_foreign_keys_stay_on(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    _book_at_0002(path)
    engine = create_database_engine(path)
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys = OFF")
            raw.execute("INSERT INTO activity_students VALUES (7, 99, 1)")  # a student that is not there
            raw.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(migrate.ForeignKeyViolation):
            migrate.upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == OLD
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
