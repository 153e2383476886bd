"""The data archive (数据包): the whole book in one checked file, carried to another computer and imported there.

What must hold: an archive holds everything and only takes its name once checked; an import replaces the whole
book in one transaction, only when told to when the book holds anything, and only after a backup; and every
archive that is not whole, not ours, newer or the book itself is refused with nothing changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from jilu_desktop.bootstrap import open_services
from jilu_desktop.domain.activities import ActivityKind
from jilu_desktop.domain.errors import DomainError
from jilu_desktop.paths import AppPaths
from jilu_desktop.services import AppServices
from jilu_desktop.services.archive import describe, inspect_archive
from jilu_desktop.services.clock import FixedClock
from jilu_desktop.storage import migrate, schema
from jilu_desktop.storage.archive import DATABASE, MANIFEST
from jilu_desktop.storage.engine import create_database_engine
from jilu_desktop.storage.errors import Problem, StorageEnvironmentError

NEW_PC_CLOCK = FixedClock(dt.date(2026, 12, 6), dt.datetime(2026, 12, 6, 9, 0))


@pytest.fixture
def filled(services: AppServices) -> AppServices:
    services.demo.fill([2025, 2026], per_month=8)
    services.settings.set_language("en")
    return services


@pytest.fixture
def other_pc(tmp_path: Path) -> Iterator[AppServices]:
    """The teacher's other computer: a new, empty book."""
    svc = open_services(AppPaths(tmp_path / "other"), NEW_PC_CLOCK)
    yield svc
    svc.close()


def everything(svc: AppServices) -> dict[str, object]:
    """What a teacher would miss: profile, students, pledges, every record with its students, settings."""
    return {
        "profile": svc.profile.get(),
        "students": [(s.id, s.student) for s in svc.students.list()],
        "pledges": [svc.pledges.get(year) for year in svc.pledges.years()],
        "records": [(r.id, r.activity, [s.id for s in r.students]) for r in svc.activities.list()],
        "language": svc.settings.language(),
    }


def test_an_archive_moves_the_whole_book_to_another_computer(
    filled: AppServices, other_pc: AppServices, tmp_path: Path
) -> None:
    before = everything(filled)
    info = filled.archive.export(tmp_path / "book.jilu")
    assert info.book.teacher_name == "王丽华"
    assert info.book.activities == len(filled.activities.list()) > 100
    assert info.book.students == 12 and info.book.pledges == 2
    assert info.created == dt.datetime(2026, 12, 4, 8, 30, tzinfo=dt.UTC)  # the clock's now() is UTC

    result = other_pc.archive.import_archive(tmp_path / "book.jilu")
    assert result.backup is None  # the new computer's book held nothing
    assert everything(other_pc) == before
    # The imported book goes on as any book: ids are never given twice, new records go in.
    records = other_pc.activities.list()
    new = other_pc.activities.add(
        date=dt.date(2026, 12, 5),
        kind=ActivityKind.TALK,
        place="教室",
        content="谈心",
        student_ids=[records[0].students[0].id],
    )
    assert new > max(r.id for r in records)


def test_the_archive_is_private_and_checked_before_it_takes_its_name(filled: AppServices, tmp_path: Path) -> None:
    target = tmp_path / "book.jilu"
    filled.archive.export(target)
    assert os.stat(target).st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name != "data"] == ["book.jilu"]  # no temporary left
    with zipfile.ZipFile(target) as archive:
        manifest = json.loads(archive.read(MANIFEST))
        image = archive.read(DATABASE)
    assert manifest["format"] == "jilu-archive" and manifest["schema_revision"] == schema.HEAD
    assert manifest["database"] == {"name": DATABASE, "size": len(image), "sha256": hashlib.sha256(image).hexdigest()}
    assert image[18:20] == b"\x01\x01"  # a self-contained file, not one waiting for a -wal


def test_export_works_on_a_read_only_book_and_tells_a_read_only_folder(
    filled: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "stick"
    folder.mkdir()
    target = folder / "book.jilu"
    target.write_bytes(b"an older archive")

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("jilu_desktop.storage.archive.atomic_path", refuse)
    with pytest.raises(DomainError) as caught:
        filled.archive.export(target)
    assert caught.value.code == "export_read_only"
    assert target.read_bytes() == b"an older archive"


def test_import_into_a_book_that_holds_anything_needs_replace_and_backs_it_up_first(
    filled: AppServices, other_pc: AppServices, tmp_path: Path
) -> None:
    other_pc.profile.update(name="张敏")
    other_pc.students.add(name="赵六", class_name="三(2)班")
    own = everything(other_pc)
    filled.archive.export(tmp_path / "book.jilu")

    with pytest.raises(DomainError) as caught:
        other_pc.archive.import_archive(tmp_path / "book.jilu")
    assert caught.value.code == "archive_would_replace_newer"  # 张敏 was entered after the export
    assert "张敏老师的记录本：1 名学生，0 条记录" in caught.value.message("zh")
    assert "张敏's record book: 1 student, 0 records" in caught.value.message("en")
    assert everything(other_pc) == own

    result = other_pc.archive.import_archive(tmp_path / "book.jilu", replace=True)
    assert result.backup is not None and result.backup.parent.name == "backups"
    assert result.backup.name == "jilu-before-import-0003_ids_never_reused-20261206-090000.sqlite3"
    assert everything(other_pc) == everything(filled)
    # The backup is the replaced book, whole.
    kept = sqlite3.connect(result.backup)
    try:
        assert kept.execute("SELECT name FROM teacher").fetchall() == [("张敏",)]
        assert kept.execute("SELECT name FROM students").fetchall() == [("赵六",)]
    finally:
        kept.close()


def test_another_program_with_the_book_open_sees_the_imported_book(
    filled: AppServices, services: AppServices, cli: AppServices, tmp_path: Path
) -> None:
    """The window has the book open while `jilu archive import` replaces it: the window is told, and reads the new
    book (never half of it)."""
    archive_source = tmp_path / "book.jilu"
    filled.archive.export(archive_source)
    for record in services.activities.list():
        services.activities.delete(record.id)
    assert services.changed_elsewhere() is False  # starts watching
    cli.archive.import_archive(archive_source, replace=True)
    assert services.changed_elsewhere() is True
    assert len(services.activities.list()) == cli.archive.current().activities > 100


def test_an_archive_of_an_older_format_is_upgraded_as_it_is_imported(other_pc: AppServices, tmp_path: Path) -> None:
    old = tmp_path / "old" / "jilu.sqlite3"
    old.parent.mkdir()
    engine = create_database_engine(old)
    try:
        migrate.upgrade(engine, "0002_pledge_signature")
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO teacher (id, name, title, post, specialties, school, union_group, updated_at)"
                " VALUES (1, '钱老师', '', '', '', '', '', '2025-09-01 08:00:00')"
            )
            conn.exec_driver_sql(
                "INSERT INTO students (id, name, class_name, difficulty_detail, created_at, updated_at)"
                " VALUES (4, '孙七', '四(3)班', '', '2025-09-01 08:00:00', '2025-09-01 08:00:00')"
            )
        from jilu_desktop.storage.archive import write_archive

        write_archive(engine, tmp_path / "old.jilu", created=dt.datetime(2025, 10, 1, 12, 0), app_version="0.0.9")
    finally:
        engine.dispose()
    info = inspect_archive(tmp_path / "old.jilu")
    assert info.revision == "0002_pledge_signature" and info.app_version == "0.0.9"
    other_pc.archive.import_archive(tmp_path / "old.jilu")
    assert [(s.id, s.student.name) for s in other_pc.students.list()] == [(4, "孙七")]
    with other_pc.db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == schema.HEAD
    assert other_pc.students.add(name="周八") == 5


def _rewrite(path: Path, **members: bytes) -> None:
    """The archive at `path` with some members replaced (a file someone altered, or a copy gone wrong)."""
    with zipfile.ZipFile(path) as archive:
        contents = {name: archive.read(name) for name in archive.namelist()}
    contents.update(members)
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in contents.items():
            archive.writestr(name, data)


def _manifest(path: Path) -> dict[str, object]:
    with zipfile.ZipFile(path) as archive:
        return dict(json.loads(archive.read(MANIFEST)))


@pytest.mark.parametrize(
    ("spoil", "code"),
    [
        ("missing", "archive_not_found"),
        ("pdf", "archive_not_archive"),
        ("other_zip", "archive_not_archive"),
        ("truncated", "archive_damaged"),
        ("cut_to_nothing", "archive_not_archive"),
        ("flipped_byte", "archive_damaged"),
        ("altered_database", "archive_damaged"),
        ("no_database", "archive_damaged"),
        ("garbage_database", "archive_damaged"),
        ("newer_format", "archive_newer"),
        ("newer_schema", "archive_newer"),
        ("bad_manifest", "archive_damaged"),
    ],
)
def test_a_bad_archive_is_refused_and_nothing_changes(
    filled: AppServices, other_pc: AppServices, tmp_path: Path, spoil: str, code: str
) -> None:
    path = tmp_path / "book.jilu"
    filled.archive.export(path)
    other_pc.profile.update(name="张敏")
    own = everything(other_pc)
    if spoil == "missing":
        path.unlink()
    elif spoil == "pdf":
        path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    elif spoil == "other_zip":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", "hello")
    elif spoil == "truncated":
        path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    elif spoil == "cut_to_nothing":
        path.write_bytes(b"")
    elif spoil == "flipped_byte":
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    elif spoil == "altered_database":
        with zipfile.ZipFile(path) as archive:
            image = bytearray(archive.read(DATABASE))
        image[-100] ^= 0x01  # a changed byte, the manifest left as it was: the SHA-256 tells
        _rewrite(path, **{DATABASE: bytes(image)})
    elif spoil == "no_database":
        with zipfile.ZipFile(path) as archive:
            manifest = archive.read(MANIFEST)
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr(MANIFEST, manifest)
    elif spoil == "garbage_database":
        garbage = b"not a database at all" * 100
        manifest = _manifest(path)
        manifest["database"] = {"name": DATABASE, "size": len(garbage), "sha256": hashlib.sha256(garbage).hexdigest()}
        _rewrite(path, **{DATABASE: garbage, MANIFEST: json.dumps(manifest).encode()})
    elif spoil == "newer_format":
        _rewrite(path, **{MANIFEST: json.dumps({**_manifest(path), "format_version": 2}).encode()})
    elif spoil == "newer_schema":
        _newer_schema(path)
    elif spoil == "bad_manifest":
        _rewrite(path, **{MANIFEST: b"{not json"})

    with pytest.raises(DomainError) as inspected:
        other_pc.archive.inspect(path)
    with pytest.raises(DomainError) as imported:
        other_pc.archive.import_archive(path, replace=True)
    assert inspected.value.code == imported.value.code == code
    assert str(path) in imported.value.message("zh") and str(path) in imported.value.message("en")
    assert everything(other_pc) == own
    assert not (other_pc.db.backups_dir and other_pc.db.backups_dir.exists())  # refused before any backup


def _newer_schema(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        image = archive.read(DATABASE)
    conn = sqlite3.connect(":memory:")
    conn.deserialize(image)
    conn.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    conn.commit()
    newer = conn.serialize()
    conn.close()
    manifest = _manifest(path)
    manifest["schema_revision"] = "0099_from_the_future"
    manifest["database"] = {"name": DATABASE, "size": len(newer), "sha256": hashlib.sha256(newer).hexdigest()}
    _rewrite(path, **{DATABASE: newer, MANIFEST: json.dumps(manifest).encode()})


def test_the_book_itself_is_not_an_archive(filled: AppServices) -> None:
    with pytest.raises(DomainError) as caught:
        filled.archive.import_archive(Path(str(filled.db.engine.url.database)), replace=True)
    assert caught.value.code == "archive_same_file"


def test_a_read_only_book_exports_but_refuses_an_import(
    filled: AppServices, paths: AppPaths, clock: FixedClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    filled.archive.export(tmp_path / "book.jilu")
    filled.close()
    monkeypatch.setattr("jilu_desktop.storage.opening.can_write", lambda _path: False)
    read_only = open_services(paths, clock, create=False)
    try:
        assert read_only.read_only
        read_only.archive.export(tmp_path / "again.jilu")
        assert inspect_archive(tmp_path / "again.jilu").book == inspect_archive(tmp_path / "book.jilu").book
        with pytest.raises(StorageEnvironmentError) as caught:
            read_only.archive.import_archive(tmp_path / "book.jilu", replace=True)
        assert caught.value.problem is Problem.READ_ONLY
    finally:
        read_only.close()


def test_describe_in_both_languages(other_pc: AppServices) -> None:
    book = other_pc.archive.current()
    assert book.empty
    assert describe(book, "zh") == "记录本（未填写教师姓名）：0 名学生，0 条记录"
    assert describe(book, "en") == "Record book (no teacher's name): 0 students, 0 records"
    assert other_pc.archive.suggested_name() == "记录本数据-2026-12-06.jilu"


def test_a_changed_byte_anywhere_is_refused_or_changes_nothing_that_counts(filled: AppServices, tmp_path: Path) -> None:
    """A copy that went wrong anywhere: told as damaged (or, in the first bytes, as not an archive), never a crash;
    where the ZIP's own bookkeeping (a date, a flag) took the change, the book in it is still exactly the one
    exported."""
    path = tmp_path / "book.jilu"
    exported = filled.archive.export(path)
    original = path.read_bytes()
    spoiled = tmp_path / "spoiled.jilu"
    outcomes: set[str] = set()
    for position in range(0, len(original), 11):
        data = bytearray(original)
        data[position] ^= 0x5A
        spoiled.write_bytes(bytes(data))
        try:
            info = inspect_archive(spoiled)
        except DomainError as error:
            outcomes.add(error.code)
            assert error.code == "archive_damaged" or (error.code == "archive_not_archive" and position < 43)
        else:
            outcomes.add("whole")
            assert (info.book, info.size, info.revision) == (exported.book, exported.size, exported.revision)
    assert "archive_damaged" in outcomes


def test_two_imports_within_one_second_keep_both_replaced_books(
    filled: AppServices, other_pc: AppServices, tmp_path: Path
) -> None:
    """The clock does not move between two imports (a script, or a wrong archive put right at once): the second
    backup must not take the first one's name and put the first replaced book out of reach."""
    other_pc.profile.update(name="张敏")
    filled.archive.export(tmp_path / "book.jilu")
    first = other_pc.archive.import_archive(tmp_path / "book.jilu", replace=True).backup
    second = other_pc.archive.import_archive(tmp_path / "book.jilu", replace=True).backup
    assert first is not None and second is not None and first != second
    assert first.name == "jilu-before-import-0003_ids_never_reused-20261206-090000.sqlite3"
    assert second.name == "jilu-before-import-0003_ids_never_reused-20261206-090000-2.sqlite3"
    kept = sqlite3.connect(first)
    try:
        assert kept.execute("SELECT name FROM teacher").fetchall() == [("张敏",)]
    finally:
        kept.close()


def _disk_full() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    return error


def test_a_full_disk_while_importing_is_told_as_such_and_nothing_changes(
    filled: AppServices, other_pc: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backup before the import, or the import itself, finds the disk (the USB stick) full: the teacher is
    told so in plain words (not “内部错误”), the book is unchanged and no partial backup is left."""
    from jilu_desktop.storage import archive as storage_archive
    from jilu_desktop.storage import backup

    other_pc.profile.update(name="张敏")
    own = everything(other_pc)
    filled.archive.export(tmp_path / "book.jilu")

    def tiny_copy(path: Path) -> sqlite3.Connection:
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA max_page_count = 2")  # a stick with room for two pages: SQLite says SQLITE_FULL
        return conn

    monkeypatch.setattr(backup, "copy_connection", tiny_copy)
    with pytest.raises(StorageEnvironmentError) as caught:
        other_pc.archive.import_archive(tmp_path / "book.jilu", replace=True)
    assert caught.value.problem is Problem.DISK_FULL
    assert everything(other_pc) == own
    assert list((tmp_path / "other" / "backups").glob("*")) == []
    monkeypatch.undo()

    def full(*_args: object) -> None:
        raise _disk_full()

    monkeypatch.setattr(storage_archive.OpenedArchive, "restore_into", full)
    with pytest.raises(StorageEnvironmentError) as caught:
        other_pc.archive.import_archive(tmp_path / "book.jilu", replace=True)
    assert caught.value.problem is Problem.DISK_FULL
    assert everything(other_pc) == own


def test_replacing_a_book_newer_than_the_archive_is_said(
    filled: AppServices, other_pc: AppServices, tmp_path: Path
) -> None:
    """Work done on this computer after the archive was made elsewhere: the refusal says so, and the result too."""
    filled.archive.export(tmp_path / "book.jilu")
    archived = inspect_archive(tmp_path / "book.jilu").book
    assert archived.last_change == dt.datetime(2026, 12, 4, 8, 30, tzinfo=dt.UTC)  # the demo's clock
    other_pc.profile.update(name="张敏")  # on 2026-12-06 09:00 (NEW_PC_CLOCK)
    with pytest.raises(DomainError) as caught:
        other_pc.archive.import_archive(tmp_path / "book.jilu")
    assert caught.value.code == "archive_would_replace_newer"
    assert "它最近一次修改在 2026-12-06 09:00，数据包中的最近一次修改在 2026-12-04 08:30" in caught.value.message("zh")
    assert "it was last changed 2026-12-06 09:00, the archive's book 2026-12-04 08:30" in caught.value.message("en")
    result = other_pc.archive.import_archive(tmp_path / "book.jilu", replace=True)
    assert result.replaced_newer and result.replaced is not None and result.replaced.teacher_name == "张敏"


def test_replacing_an_older_book_is_not_flagged(filled: AppServices, tmp_path: Path) -> None:
    older = open_services(AppPaths(tmp_path / "older"), FixedClock(dt.date(2026, 11, 1), dt.datetime(2026, 11, 1, 8)))
    try:
        older.profile.update(name="王丽华")
        filled.archive.export(tmp_path / "book.jilu")
        with pytest.raises(DomainError) as caught:
            older.archive.import_archive(tmp_path / "book.jilu")
        assert caught.value.code == "archive_would_replace"
        result = older.archive.import_archive(tmp_path / "book.jilu", replace=True)
        assert not result.replaced_newer
    finally:
        older.close()
