"""Schemathesis drives every API operation from the OpenAPI schema: nothing may answer 500."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from minutebook.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def demo_db(demo):
    # Calling the WSGI app directly would close the test's database connection at the end of
    # each request; Django's own test client holds these signals off in the same way.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield demo
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_api_operation_fails_on_generated_input(case, demo_db):
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:200])
