"""``python -m normalize`` is the ``normalize`` command."""

import sys

from normalize.cli import main

sys.exit(main())
