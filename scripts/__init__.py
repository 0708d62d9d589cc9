"""Maintenance scripts (translations, screenshots, walkthrough); run as files or modules."""
