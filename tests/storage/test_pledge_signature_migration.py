"""0001 -> 0002: a pledge written before signatures existed survives the upgrade, after a verified backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine

from jilu_desktop.storage import migrate, schema
from jilu_desktop.storage.engine import create_database_engine
from jilu_desktop.storage.opening import open_database

from .conftest import NOW

OLD = "0001_initial"
NEW = "0002_pledge_signature"


def _database_at_0001_with_a_pledge(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_database_engine(db_path)
    try:
        migrate.upgrade(engine, OLD)
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO students (id, name, class_name, difficulty_detail, created_at, updated_at)"
                " VALUES (7, '李小明', '五(1)班', '', '2026-09-01 08:00:00', '2026-09-01 08:00:00')"
            )
            conn.exec_driver_sql(
                "INSERT INTO pledges (school_year, mentee_id, difficulty_detail, measures, commitments, signed_on,"
                " created_at, updated_at) VALUES (2026, 7, '数学基础薄弱', '每周两次午休辅导', '不让一名学生掉队',"
                " '2026-09-08', '2026-09-08 10:00:00', '2026-09-08 10:00:00')"
            )
    finally:
        engine.dispose()


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


def test_upgrade_keeps_the_pledge_after_a_verified_backup(
    db_path: Path, backups_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert schema.KNOWN_REVISIONS[:2] == (OLD, NEW)
    _database_at_0001_with_a_pledge(db_path)
    real_upgrade = migrate.upgrade
    backups_seen: list[list[str]] = []

    def watched_upgrade(engine: Engine, revision: str = "head") -> None:
        # The backup must be complete and sound before the first change to the file.
        files = sorted(backups_dir.iterdir())
        backups_seen.append([p.name for p in files])
        copy = sqlite3.connect(files[0])
        try:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (OLD,)
            assert copy.execute("SELECT school_year, mentee_id, measures FROM pledges").fetchall() == [
                (2026, 7, "每周两次午休辅导")
            ]
        finally:
            copy.close()
        real_upgrade(engine, revision)

    monkeypatch.setattr(migrate, "upgrade", watched_upgrade)
    database = open_database(db_path, backups_dir, NOW)
    database.close()

    assert backups_seen == [[f"jilu-before-upgrade-{OLD}-20261204-083000.sqlite3"]]
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (schema.HEAD,)
        assert "signature_png" in _columns(conn, "pledges")
        assert conn.execute(
            "SELECT school_year, mentee_id, difficulty_detail, measures, commitments, signed_on, signature_png"
            " FROM pledges"
        ).fetchall() == [(2026, 7, "数学基础薄弱", "每周两次午休辅导", "不让一名学生掉队", "2026-09-08", None)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    # The backup itself is still the old file, untouched by the upgrade.
    backup = sqlite3.connect(backups_dir / backups_seen[0][0])
    try:
        assert "signature_png" not in _columns(backup, "pledges")
    finally:
        backup.close()


def test_the_upgraded_pledge_reads_through_the_services(db_path: Path, backups_dir: Path) -> None:
    from jilu_desktop.domain.pledge import PNG_MAGIC
    from jilu_desktop.services import AppServices
    from jilu_desktop.services.clock import FixedClock

    _database_at_0001_with_a_pledge(db_path)
    services = AppServices(open_database(db_path, backups_dir, NOW), FixedClock(NOW.date(), NOW))
    try:
        view = services.pledges.get(2026)
        assert view is not None
        assert view.mentee.student.name == "李小明"
        assert view.pledge.measures == "每周两次午休辅导"
        assert view.pledge.signature_png is None
        services.pledges.set(2026, 7, signature_png=PNG_MAGIC + b"...")
        signed = services.pledges.get(2026)
        assert signed is not None and signed.pledge.signature_png == PNG_MAGIC + b"..."
    finally:
        services.close()


def test_downgrade_drops_only_the_signature(tmp_path: Path) -> None:
    path = tmp_path / "down.sqlite3"
    _database_at_0001_with_a_pledge(path)
    engine = create_database_engine(path)
    try:
        migrate.upgrade(engine, NEW)
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE pledges SET signature_png = x'89504e47'")
        migrate.downgrade(engine, OLD)
    finally:
        engine.dispose()
    conn = sqlite3.connect(path)
    try:
        assert "signature_png" not in _columns(conn, "pledges")
        assert conn.execute("SELECT school_year, measures FROM pledges").fetchall() == [(2026, "每周两次午休辅导")]
    finally:
        conn.close()
