"""Queries for pledges (one per school year)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from jilu_desktop.domain.pledge import Pledge
from jilu_desktop.storage.models import PledgeRow


def load_pledge(session: Session, school_year: int) -> Pledge | None:
    row = session.get(PledgeRow, school_year)
    if row is None:
        return None
    return Pledge(
        row.school_year,
        row.mentee_id,
        row.difficulty_detail,
        row.measures,
        row.commitments,
        row.signed_on,
        row.signature_png,
    )


def save_pledge(session: Session, pledge: Pledge, now: dt.datetime) -> None:
    row = session.get(PledgeRow, pledge.school_year) or PledgeRow(school_year=pledge.school_year, created_at=now)
    row.mentee_id = pledge.mentee_id
    row.difficulty_detail = pledge.difficulty_detail
    row.measures = pledge.measures
    row.commitments = pledge.commitments
    row.signed_on = pledge.signed_on
    row.signature_png = pledge.signature_png
    row.updated_at = now
    session.add(row)


def delete_pledge(session: Session, school_year: int) -> bool:
    row = session.get(PledgeRow, school_year)
    if row is None:
        return False
    session.delete(row)
    return True


def pledge_years(session: Session) -> list[int]:
    return list(session.scalars(select(PledgeRow.school_year).order_by(PledgeRow.school_year)))
