"""Enrollment with one-time codes issued by the CLI, over real HTTP."""

from __future__ import annotations

import time

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from sync.protocol import public_key_to_b64
from sync.transport import Refused, ServerClient
from tests.support.server_process import ServerProcess, make_enroll_code


def _new_key_b64() -> str:
    return public_key_to_b64(Ed25519PrivateKey.generate().public_key())


def test_code_enrolls_once(server: ServerProcess) -> None:
    code = make_enroll_code(server.data_dir, "Школа-гимназия №7")
    with ServerClient(server.base_url) as client:
        health = client.health()
        result = client.enroll(code, _new_key_b64(), "кабинет психолога")
        assert result.school == "Школа-гимназия №7"
        assert result.server_public_key_b64 == health.server_public_key_b64
        assert result.device_id
        with pytest.raises(Refused) as info:
            client.enroll(code, _new_key_b64(), "second pc")
    assert (info.value.status, info.value.code) == (403, "code_used")


def test_code_is_normalised(server: ServerProcess) -> None:
    code = make_enroll_code(server.data_dir, "School 2")
    sloppy = " ".join(code.lower().split("-"))
    with ServerClient(server.base_url) as client:
        assert client.enroll(sloppy, _new_key_b64(), "pc").school == "School 2"


def test_expired_and_unknown_codes_are_refused(server: ServerProcess) -> None:
    code = make_enroll_code(server.data_dir, "School 3", ttl_hours=0.0001)  # 0.36 s
    time.sleep(0.5)
    with ServerClient(server.base_url) as client:
        with pytest.raises(Refused) as info:
            client.enroll(code, _new_key_b64(), "pc")
        assert (info.value.status, info.value.code) == (403, "code_expired")
        with pytest.raises(Refused) as info:
            client.enroll("AAAA-BBBB-CCCC-DDDD", _new_key_b64(), "pc")
        assert (info.value.status, info.value.code) == (403, "code_unknown")


def test_bad_key_or_reused_key_does_not_burn_the_code(server: ServerProcess) -> None:
    code = make_enroll_code(server.data_dir, "School 4")
    key = _new_key_b64()
    with ServerClient(server.base_url) as client:
        with pytest.raises(Refused) as info:
            client.enroll(code, "AAAA", "pc")
        assert (info.value.status, info.value.code) == (422, "malformed")
        client.enroll(code, key, "pc")
        second = make_enroll_code(server.data_dir, "School 4")
        with pytest.raises(Refused) as info:
            client.enroll(second, key, "pc again")
        assert (info.value.status, info.value.code) == (409, "key_already_enrolled")
        assert client.enroll(second, _new_key_b64(), "pc, new key").school == "School 4"
