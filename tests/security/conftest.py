"""The marts' known warehouse and analyst login (tests/marts/conftest.py), for the role tests here."""

from tests.marts.conftest import analyst_url, fixture_warehouse  # noqa: F401 - fixtures
