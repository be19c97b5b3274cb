"""``python -m progmap``: the ``progmap`` command, where no script is on the PATH."""

import sys

from progmap.cli import main

sys.exit(main())
