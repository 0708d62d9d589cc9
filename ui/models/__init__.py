"""Qt item models: adapters from the core's frozen dataclasses to Qt views.

Models hold data only — never widgets, never SQL. Each one is checked by pytest-qt's
``qtmodeltester`` in ``tests/ui``.
"""
