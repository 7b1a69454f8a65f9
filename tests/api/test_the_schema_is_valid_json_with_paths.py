def test_the_openapi_schema_lists_every_endpoint_and_the_bearer_scheme(client, db):
    response = client.get("/api/openapi.json")

    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert {"/api/bodies", "/api/bodies/{slug}", "/api/bodies/{slug}/meetings",
            "/api/meetings/{meeting_id}", "/api/actions", "/api/actions/{action_id}",
            "/api/decisions"} <= set(schema["paths"])
    schemes = schema["components"]["securitySchemes"].values()
    assert any(s.get("scheme") == "bearer" for s in schemes)


def test_no_interactive_docs_page_that_would_load_scripts_from_a_cdn(client, db):
    assert client.get("/api/docs").status_code == 404
