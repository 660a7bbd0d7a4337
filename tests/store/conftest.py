"""Fixtures for the store's tests: fresh databases on each backend (see fixtures.py)."""

from tests.store.fixtures import db_url, fresh_db, new_db_url  # noqa: F401  (fixtures)
