"""Gold-set checks; a package so that each folder's ``check_gold`` is its own module under pytest."""
