"""Re-run the example notebooks in place, so that the outputs stored in them are current.

    python examples/run_notebooks.py                      # every notebook in examples/
    python examples/run_notebooks.py quickstart.ipynb     # some of them

Run it after a change to what quotekit returns. Cells run in ``examples/`` (the notebooks read
``articles/``); execution timestamps are left out and cell ids are kept stable, so a re-run
changes only what the outputs say. Needs the ``notebooks`` dependency group.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import nbformat
from nbclient import NotebookClient

EXAMPLES = Path(__file__).resolve().parent


def run(path: Path) -> None:
    """Execute the notebook at ``path`` top to bottom and write it back with its outputs."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()
    for number, cell in enumerate(notebook.cells):
        cell["id"] = f"{path.stem.replace('_', '-')}-{number}"
        cell.get("metadata", {}).pop("execution", None)
    nbformat.validate(notebook)
    nbformat.write(notebook, path)


def main(argv: Sequence[str] | None = None) -> int:
    names = list(sys.argv[1:] if argv is None else argv)
    paths = [EXAMPLES / name for name in names] or sorted(EXAMPLES.glob("*.ipynb"))
    for path in paths:
        print(f"running {path.name}", file=sys.stderr)
        run(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
