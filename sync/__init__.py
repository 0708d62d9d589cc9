"""Outbox delivery: wire protocol, signing, HTTP client, receipts. Never imports Qt."""
