"""Reusable test fixtures: a test CA and the reference server as a real subprocess."""
