"""`jilu profile set|show`: the teacher's own details, as on the pledge form (志愿书)."""

from __future__ import annotations

import argparse
from typing import Any

from jilu_desktop.cli.context import Context
from jilu_desktop.cli.errors import EXIT_OK, UsageError
from jilu_desktop.cli.i18n import gender_word, translator
from jilu_desktop.cli.output import emit, emit_json
from jilu_desktop.cli.parser import Subcommands, add_command, add_json_option, add_subcommands
from jilu_desktop.cli.values import given
from jilu_desktop.domain.messages import Lang, field_name
from jilu_desktop.domain.profile import TeacherProfile


def register(sub: Subcommands, lang: Lang) -> None:
    group = add_command(sub, "profile", lang, "教师个人信息（志愿者）", "the teacher's profile (the volunteer)")
    actions = add_subcommands(group, "操作", "actions")

    p = add_command(
        actions,
        "set",
        lang,
        "填写或修改个人信息；只修改给出的项，第一次填写时必须给出 --name",
        "fill in or change the profile; only the options given change; --name is needed the first time",
    )
    t = translator(lang)
    p.add_argument("--name", help=t("姓名", "name"))
    p.add_argument("--gender", metavar="男|女", help=t("性别", "gender (男 male, 女 female)"))
    p.add_argument("--birth", metavar="YYYY-MM", help=t("出生年月，如 1985-03", "birth month, e.g. 1985-03"))
    p.add_argument("--title", help=t("职称，如 小学高级教师", "professional title"))
    p.add_argument("--post", help=t("工作岗位，如 语文教师、班主任", "post, e.g. Chinese teacher, class teacher"))
    p.add_argument("--specialties", help=t("特长", "specialties"))
    p.add_argument("--school", help=t("学校", "school"))
    p.add_argument("--union-group", help=t("工会小组（或年级组）", "union group (or grade group)"))
    p.add_argument("--teaching-since", metavar="YYYY", help=t("从教年份", "year teaching began"))
    p.set_defaults(handler=run_set)

    show = add_command(actions, "show", lang, "显示个人信息", "show the profile")
    add_json_option(show)
    show.set_defaults(handler=run_show)


def run_set(ctx: Context, args: argparse.Namespace) -> int:
    changes: dict[str, Any] = given(
        name=args.name,
        gender=args.gender,
        birth=args.birth,
        title=args.title,
        post=args.post,
        specialties=args.specialties,
        school=args.school,
        union_group=args.union_group,
        teaching_since=args.teaching_since,
    )
    if not changes:
        raise UsageError("没有给出要修改的项", "nothing to change was given", hint="jilu profile set --help")
    profile = ctx.services.profile.update(**changes)
    emit(ctx.t(f"已保存个人信息：{profile.name}", f"Profile saved: {profile.name}"))
    return EXIT_OK


def run_show(ctx: Context, args: argparse.Namespace) -> int:
    profile = ctx.services.profile.get()
    if args.json:
        emit_json(None if profile is None else profile_json(profile))
        return EXIT_OK
    if profile is None:
        emit(
            ctx.t(
                "还没有填写个人信息。用 jilu profile set --name 姓名 填写。",
                "No profile yet; use jilu profile set --name NAME.",
            )
        )
        return EXIT_OK
    for key, value in profile_json(profile).items():
        shown = gender_word(value, ctx.lang) if key == "gender" else value
        emit(f"{field_name(key, ctx.lang)}{ctx.t('：', ': ')}{'' if shown is None else shown}")
    return EXIT_OK


def profile_json(profile: TeacherProfile) -> dict[str, Any]:
    return {
        "name": profile.name,
        "gender": profile.gender,
        "birth": None if profile.birth_month is None else str(profile.birth_month),
        "title": profile.title,
        "post": profile.post,
        "specialties": profile.specialties,
        "school": profile.school,
        "union_group": profile.union_group,
        "teaching_since": profile.teaching_since,
    }
