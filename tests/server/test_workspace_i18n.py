"""Every workspace string has a Russian and a Kazakh translation; languages are negotiated."""

from __future__ import annotations

import subprocess
import sys

import pytest

from server.i18n import negotiate, translations
from tests.support.server_process import REPO_ROOT

pytestmark = pytest.mark.one_backend  # templates and translations


def test_catalogues_are_complete_and_current() -> None:
    result = subprocess.run(
        [sys.executable, "scripts/server_messages.py", "--check"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_translations_use_the_domain_terms() -> None:
    assert translations("kk").ugettext("victim") == "зардап шеккен"
    assert translations("ru").ugettext("Accept") == "Принять"
    assert translations("en").ugettext("Accept") == "Accept"


def test_negotiation_prefers_the_switch_then_accept_language() -> None:
    assert negotiate("kk", "ru-RU,ru;q=0.9") == "kk"
    assert negotiate(None, "de-DE, kk;q=0.5, en;q=0.8") == "en"
    assert negotiate("xx", "kk-KZ") == "kk"
    assert negotiate(None, None) == "ru"
    assert negotiate(None, "en;q=0, fr") == "ru"
