"""Fault injection for crash tests: ``hit(name)`` kills the process at a named point.

It does nothing unless the environment variable ``QORGAU_FAULT`` equals ``name``; then it sends
the process SIGKILL, which no ``finally`` block or atexit handler can intercept - exactly what
a power cut looks like to the database.
"""

from __future__ import annotations

import os
import signal

FAULT_ENV = "QORGAU_FAULT"


def hit(name: str) -> None:
    """Die here, without cleanup, if ``$QORGAU_FAULT`` names this point."""
    if os.environ.get(FAULT_ENV) == name:
        os.kill(os.getpid(), signal.SIGKILL)
