"""Schemathesis drives every API operation from the OpenAPI schema: nothing may answer 500."""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


OPERATIONS = [result.ok() for result in schema.get_all_operations()]


# Cases are drawn from each operation's strategy inside one ordinary test, so that pytest's
# own summary line stays intact.
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_no_api_operation_fails_on_generated_input(demo_db, data):
    for operation in OPERATIONS:
        case = data.draw(operation.as_strategy(), label=operation.label)
        response = case.call()
        assert response.status_code < 500, (case.method, case.formatted_path,
                                             response.text[:200])


def test_every_api_operation_is_fuzzed():
    assert len(OPERATIONS) >= 7
