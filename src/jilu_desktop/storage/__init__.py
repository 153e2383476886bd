"""Persistence: SQLite through SQLAlchemy 2, migrations, backups, and the two kinds of storage error."""
