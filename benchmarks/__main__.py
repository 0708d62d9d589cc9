"""`python -m benchmarks [--only NAME] [--quick]` — one JSON object per figure on stdout.

Each figure is measured against a baseline in the same run (plain SQLite with the same driver,
queries and pragmas; plain HTTP for sync), because machines here are shared and noisy: the
ratio means more than the absolute number. Targets are in DESIGN.md §8.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks import core_figures

Figure = Callable[[Path, bool], list[dict[str, object]]]

FIGURES: dict[str, Figure] = {
    "kdf_ms": core_figures.kdf_ms,
    "vault_open_ms": core_figures.vault_open_ms,
    "search_p95_ms": core_figures.search,
    "card_p95_ms": core_figures.card,
    "encrypted_vs_plain": core_figures.encrypted_vs_plain,
}


def _all_figures() -> None:
    """Add the sync, server and desktop figures; imported here because they bring in the server
    client and Qt, which the core figures do not need."""
    from benchmarks import server_figures, sync_figures, ui_figures

    FIGURES.update(sync_figures.FIGURES)
    FIGURES.update(server_figures.FIGURES)
    FIGURES.update(ui_figures.FIGURES)


def main(argv: list[str] | None = None) -> int:
    _all_figures()
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--only", choices=sorted(FIGURES), help="run one figure")
    parser.add_argument("--quick", action="store_true", help="smaller data (for CI)")
    parser.add_argument("--work-dir", help="where to build the benchmark vaults")
    args = parser.parse_args(argv)
    names = [args.only] if args.only else list(FIGURES)
    with tempfile.TemporaryDirectory(prefix="qorgau-bench-", dir=args.work_dir) as tmp:
        for name in names:
            work = Path(tmp) / name
            work.mkdir()
            for result in FIGURES[name](work, args.quick):
                print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
