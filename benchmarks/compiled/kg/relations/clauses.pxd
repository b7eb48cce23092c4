# Cython's pure-Python mode for kg/relations/clauses.py (benchmarks/bench_compiled.py --route cython-pxd only; see
# kg/link/candidates.pxd).
import cython


@cython.locals(s=cython.Py_ssize_t, e=cython.Py_ssize_t, spans=list, text=list)
cpdef str _masked(sentence)
