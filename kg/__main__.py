"""``python -m kg``: the ``kg`` command line (see :mod:`kg.entry`)."""

import sys

from kg.entry import main

sys.exit(main())
