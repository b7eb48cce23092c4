# Cython's pure-Python mode for kg/relations/backs.py (benchmarks/bench_compiled.py --route cython-pxd only; see
# kg/link/candidates.pxd).
cpdef bint _backed_as_stated(str text, Py_ssize_t start, Py_ssize_t end, Py_ssize_t cue_end)
