"""``python -m kg …`` runs the same command line as the ``kg`` script (:func:`kg.entry.main`)."""

import sys

from kg.entry import main

if __name__ == "__main__":
    sys.exit(main())
