"""Desktop application (PySide6), background workers, the composition root and the CLI."""
