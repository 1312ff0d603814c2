"""``python -m quotekit``: the same as the ``quotekit`` command."""

import sys

from quotekit.cli import main

sys.exit(main())
