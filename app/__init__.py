"""Qorgau core: domain types, services, rules, key slots and storage.

This package never imports Qt, HTTP libraries, or anything from ``ui``, ``sync`` or ``server``.
"""

__version__ = "0.1.0"
