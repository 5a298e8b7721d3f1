"""Alembic migrations of the history database, run programmatically when the store opens."""
