"""Desktop application (PySide6): the composition root, main window, pages, dialogs, widgets,
models, documents and background work. The command line lives in the top-level cli/ package."""
