"""The migration scripts: the revision list the app knows, every step up and down, and the models they build."""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from jilu_desktop.storage import migrate, schema
from jilu_desktop.storage.engine import create_database_engine
from jilu_desktop.storage.models import Base

VERSIONS_DIR = migrate.MIGRATIONS_DIR / "versions"


def script_revisions() -> dict[str, str | None]:
    """revision -> down_revision, read from the scripts' source without running them."""
    found: dict[str, str | None] = {}
    for script in sorted(VERSIONS_DIR.glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(script.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.AnnAssign | ast.Assign):
                targets = [node.target] if isinstance(node, ast.AnnAssign) else node.targets
                for target in targets:
                    if isinstance(target, ast.Name) and target.id in {"revision", "down_revision"}:
                        assert node.value is not None
                        values[target.id] = ast.literal_eval(node.value)
        assert "revision" in values, f"{script.name} has no revision"
        assert "down_revision" in values, f"{script.name} has no down_revision"
        revision = values["revision"]
        down = values["down_revision"]
        assert isinstance(revision, str)
        assert down is None or isinstance(down, str), f"{script.name}: merges are not expected"
        assert revision not in found, f"revision {revision} appears twice"
        found[revision] = down
    return found


def chain_from_base(revisions: dict[str, str | None]) -> list[str]:
    by_parent = {down: rev for rev, down in revisions.items()}
    assert len(by_parent) == len(revisions), "the revisions branch"
    chain: list[str] = []
    current = by_parent.get(None)
    while current is not None:
        chain.append(current)
        current = by_parent.get(current)
    assert len(chain) == len(revisions), "some revisions are not linked to the base"
    return chain


def test_known_revisions_match_the_scripts_in_order() -> None:
    assert tuple(chain_from_base(script_revisions())) == schema.KNOWN_REVISIONS
    assert schema.KNOWN_REVISIONS[-1] == schema.HEAD


def test_alembic_agrees_on_the_head() -> None:
    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert scripts.get_heads() == [schema.HEAD]
    walked = [s.revision for s in scripts.walk_revisions()]  # head first
    assert tuple(reversed(walked)) == schema.KNOWN_REVISIONS


def test_script_files_are_named_after_their_revisions() -> None:
    for script in VERSIONS_DIR.glob("*.py"):
        assert script.stem in schema.KNOWN_REVISIONS


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    engine = create_database_engine(tmp_path / "migrations.sqlite3")
    yield engine
    engine.dispose()


def revision_of(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def user_tables(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        return {name for (name,) in rows}


def test_every_step_up_and_down(engine: Engine) -> None:
    assert revision_of(engine) is None
    for revision in schema.KNOWN_REVISIONS:
        migrate.upgrade(engine, revision)
        assert revision_of(engine) == revision
    for previous in reversed((None, *schema.KNOWN_REVISIONS[:-1])):
        migrate.downgrade(engine, previous or "base")
        assert revision_of(engine) == previous
    assert user_tables(engine) <= {"alembic_version"}
    migrate.upgrade(engine)
    assert revision_of(engine) == schema.HEAD
    assert set(Base.metadata.tables) | {"alembic_version"} == user_tables(engine)


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    migrate.upgrade(engine)
    with engine.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert differences == []


def test_migrated_schema_matches_after_down_and_up(engine: Engine) -> None:
    migrate.upgrade(engine)
    migrate.downgrade(engine, "base")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_data_survives_upgrading_to_head(tmp_path: Path) -> None:
    # Data written at each known revision must still be there at head.
    path = tmp_path / "data.sqlite3"
    engine = create_database_engine(path)
    try:
        migrate.upgrade(engine, schema.KNOWN_REVISIONS[0])
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO students (name, class_name, difficulty_detail, created_at, updated_at)"
                " VALUES ('小红', '', '', '2026-10-01 00:00:00', '2026-10-01 00:00:00')"
            )
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("SELECT name FROM students").fetchall() == [("小红",)]
    finally:
        raw.close()


def test_failed_migration_rolls_back_whole(engine: Engine) -> None:
    # Migrations run in one transaction: a failure part-way leaves no half-built schema.
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE pledges (x INTEGER)")  # the initial migration will collide with this
    with pytest.raises(Exception, match="pledges"):
        migrate.upgrade(engine)
    assert user_tables(engine) == {"pledges"}
    assert revision_of(engine) is None


def _structure(path: Path) -> dict[str, object]:
    """What compare_metadata does not look at, table by table: the columns as SQLite has them, the foreign keys,
    the indexes, the CHECK constraints' names, and whether ids are AUTOINCREMENT (never given twice)."""
    conn = sqlite3.connect(path)
    try:
        found: dict[str, object] = {}
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name != 'alembic_version'"
        ):
            indexes = sorted(
                (row[1], row[2], [c[2] for c in conn.execute(f"PRAGMA index_info('{row[1]}')")])
                for row in conn.execute(f"PRAGMA index_list('{name}')")
            )
            found[name] = {
                # In any order: a column added by a migration comes last (pledges.signature_png).
                "columns": sorted(row[1:] for row in conn.execute(f"PRAGMA table_info('{name}')")),
                "foreign_keys": sorted(row[2:] for row in conn.execute(f"PRAGMA foreign_key_list('{name}')")),
                "indexes": indexes,
                "checks": sorted(word for word in ("single_teacher", "known_kind") if word in sql),
                "autoincrement": "AUTOINCREMENT" in sql.upper(),
            }
        return found
    finally:
        conn.close()


def test_migrated_tables_are_built_as_the_models_build_them(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    migrated = tmp_path / "migrated.sqlite3"
    engine = create_database_engine(migrated)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    made = tmp_path / "made.sqlite3"
    fresh = create_engine(f"sqlite:///{made}")
    try:
        Base.metadata.create_all(fresh)
    finally:
        fresh.dispose()
    assert _structure(migrated) == _structure(made)
    autoincrement = {name for name, table in _structure(migrated).items() if table["autoincrement"]}  # type: ignore[index]
    assert autoincrement == {"activities", "students"}
