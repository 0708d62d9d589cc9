"""Pages: one module per navigation entry of the main window (``*Page`` classes). A page
may open dialogs and use widgets, never import another page."""
