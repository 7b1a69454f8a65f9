"""Schemathesis drives every API operation from the OpenAPI schema: nothing may answer 500."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from minutebook.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def demo_db(demo):
    return demo


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_api_operation_fails_on_generated_input(case, demo_db):
    response = case.call()
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:200])
