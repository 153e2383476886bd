"""`jilu --lang en`: genders in words, counts with the noun in the singular or plural, and quotes the Latin font
draws narrow (straight ones, not the full-width Chinese “ ”)."""

from __future__ import annotations

from pathlib import Path

from .conftest import Book, log_args


def test_student_list_and_show_in_english(book: Book) -> None:
    jilu = book.jilu
    jilu.ok("student", "edit", str(book.xiaoming), "--gender", "男")
    jilu.ok("student", "edit", str(book.wangfang), "--gender", "女")
    jilu.new_id(*log_args("2026-12-01", "talk", book.wangfang))
    jilu.new_id(*log_args("2026-12-02", "talk", book.wangfang, book.zhangwei))

    lines = jilu.ok("--lang", "en", "student", "list").splitlines()
    assert f"#{book.xiaoming}  李小明  五(1)班  male  learning  0 activities" in lines
    assert f"#{book.wangfang}  王芳  五(1)班  female  2 activities" in lines
    assert f"#{book.zhangwei}  张伟  五(2)班  1 activity" in lines
    assert lines[-1] == "3 students"
    assert jilu.ok("--lang", "en", "student", "show", str(book.wangfang)) == (
        f"#{book.wangfang}  王芳  五(1)班  female  2 activities\n"
    )
    # Chinese as before.
    assert f"#{book.wangfang}  王芳  五(1)班  女  活动 2 次" in jilu.ok("student", "list").splitlines()


def test_one_student_is_singular(book: Book) -> None:
    jilu = book.jilu
    jilu.ok("student", "delete", str(book.zhangwei))
    assert jilu.ok("--lang", "en", "student", "list").splitlines()[-1] == "2 students"


def test_profile_show_gender_in_english(book: Book) -> None:
    jilu = book.jilu
    jilu.ok("profile", "set", "--gender", "女")
    assert "gender: female" in jilu.ok("--lang", "en", "profile", "show").splitlines()
    assert "性别：女" in jilu.ok("profile", "show").splitlines()


def test_delete_refused_says_activity_or_activities(book: Book) -> None:
    jilu = book.jilu
    jilu.new_id(*log_args("2026-12-01", "talk", book.wangfang))
    assert jilu.bad("--lang", "en", "student", "delete", str(book.wangfang)) == (
        'jilu: error: student "王芳" still appears in 1 activity and cannot be deleted; edit or delete those first'
    )
    jilu.new_id(*log_args("2026-12-02", "talk", book.wangfang))
    assert "still appears in 2 activities" in jilu.bad("--lang", "en", "student", "delete", str(book.wangfang))
    assert jilu.bad("student", "delete", str(book.wangfang)) == (
        "jilu: 错误：学生“王芳”还有 2 条活动记录，不能删除；请先修改或删除这些记录"
    )


def test_export_says_page_or_pages(book: Book, tmp_path: Path) -> None:
    out = tmp_path / "pledge.pdf"
    said = book.jilu.ok("--lang", "en", "export", "pledge", "--school-year", "2026", "--out", str(out))
    assert said.splitlines()[0] == f"Exported: {out} (1 page)"
