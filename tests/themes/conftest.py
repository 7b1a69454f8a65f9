"""Fixtures for the themes tests."""

import pytest
from themes_support import POINTS, FakeEmbedder

from minutebook.themes.engine import Point


@pytest.fixture
def points():
    return [Point(*row) for row in POINTS]


@pytest.fixture
def fake():
    return FakeEmbedder()
