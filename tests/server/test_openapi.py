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


def test_the_notification_payload_is_typed_in_the_schema(server: ServerProcess) -> None:
    """The payload component comes from sync.protocol.NotificationPayload, and names exactly
    the fields of the payload the app builds."""
    from typing import get_type_hints

    from app.services.incidents import notification_payload
    from sync.protocol import NotificationPayload

    with requests.Session() as session:
        session.trust_env = False
        schema = session.get(server.base_url + "/openapi.json", timeout=10).json()
    components = schema["components"]["schemas"]
    item = components["WireNotification"]["properties"]["payload"]
    assert item["$ref"] == "#/components/schemas/NotificationPayload"
    payload = components["NotificationPayload"]
    built = notification_payload(
        notification_id="n", school="s", category="violence", category_name="c",
        detected_at="t", description="d", source="", location="", measures="",
        participants={"victim": []}, participants_not_pupils=[], learned_outside_school=False,
        recipients=["police_102"], deadline="t", rules_version="r", legal_basis="",
        reported_by={"full_name": "f", "role": "psychologist"}, created_at="t", corrects=None,
        correction_reason=None,
    )  # fmt: skip
    assert set(payload["properties"]) == set(built) == set(get_type_hints(NotificationPayload))
    assert payload["properties"]["recipients"]["type"] == "array"
    assert "police_102" in payload["properties"]["recipients"]["description"]
    assert payload["required"] == ["format", "id"]
    assert "default" not in payload["properties"]["corrects"]
    assert payload["additionalProperties"] is True  # any JSON object is still accepted
