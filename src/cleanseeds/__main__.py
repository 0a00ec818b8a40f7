"""``python -m cleanseeds``: the same as the ``cleanseeds`` command."""

import sys

from .cli import main

sys.exit(main())
