"""The campaign's rules in plain Python: no Qt, no SQLAlchemy, and never the clock."""
