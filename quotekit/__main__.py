"""``python -m quotekit``: the same as the ``quotekit`` command."""

import sys

from quotekit.cli import main

# The guard matters: worker processes (``--jobs``) import this module again under another name.
if __name__ == "__main__":
    sys.exit(main())
