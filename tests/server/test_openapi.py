from __future__ import annotations

import pytest
import requests

from tests.support.server_process import ServerProcess

pytestmark = pytest.mark.one_backend  # the API schema


def test_openapi_documents_the_protocol(server: ServerProcess) -> None:
    with requests.Session() as session:
        session.trust_env = False
        schema = session.get(server.base_url + "/openapi.json", timeout=10).json()
    paths = schema["paths"]
    assert set(paths) >= {
        "/v1/health",
        "/v1/enroll",
        "/v1/notifications",
        "/v1/acknowledgements",
    }
    assert "post" in paths["/v1/notifications"] and "get" in paths["/v1/acknowledgements"]
    body = paths["/v1/notifications"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["$ref"] == "#/components/schemas/DeliveryRequest"
    headers = {p["name"] for p in paths["/v1/notifications"]["post"]["parameters"]}
    assert "X-Qorgau-Signature" in headers
    components = schema["components"]["schemas"]
    for name in ("DeliveryRequest", "WireNotification", "Receipt", "DeliveryResponse", "ErrorBody"):
        assert name in components, name
    receipt = components["Receipt"]["properties"]
    assert "description" in receipt["prev_receipt_hash"]
    assert "canonical" in schema["info"]["description"].lower()
