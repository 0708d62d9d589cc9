"""The only package that talks to the SQLCipher driver. SQL lives here and nowhere else."""

from app.storage.db import Database, open_database

__all__ = ["Database", "open_database"]
