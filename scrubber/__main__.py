"""``python -m scrubber``: the same as the ``scrubber`` command."""

import sys

from .cli import main

sys.exit(main())
