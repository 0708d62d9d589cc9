"""The ``qorgau`` command line: a composition root of app and sync that runs without a display.

It imports ``ui`` only to launch the GUI and to render documents (Qt offscreen)."""
