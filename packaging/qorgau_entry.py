"""Entry point of the PyInstaller bundle: the same as the ``qorgau`` console script.

``qorgau`` with a command runs it (``cli.main:main``); with none it opens the desktop app.
With ``QORGAU_BUNDLE_SELFCHECK=1`` in the environment the bundle instead checks, from inside
the frozen program, that every data file the code reads is found (``build_linux.sh`` and
``build_windows.ps1`` run this after each build).
"""

from __future__ import annotations

import os
import sys


def _main() -> int:
    if os.environ.get("QORGAU_BUNDLE_SELFCHECK") == "1":
        from qorgau_bundle_selfcheck import run

        return run()
    from cli.main import main

    return main()


if __name__ == "__main__":
    sys.exit(_main())
