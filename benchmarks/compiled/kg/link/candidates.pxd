# Cython's pure-Python mode for kg/link/candidates.py (read by benchmarks/bench_compiled.py --route cython-pxd only):
# C types for the locals and arguments of the profile's hottest functions; the .py is untouched and runs as Python.
# A class given here becomes an extension type; ``cdef dict __dict__`` keeps its instances' attributes and cached
# properties as they are in Python.
import cython


cdef class Words:
    cdef dict __dict__

    cpdef bint crossed(self, str text, Py_ssize_t start, Py_ssize_t end)

    @cython.locals(i=cython.Py_ssize_t, k=cython.Py_ssize_t, last=cython.Py_ssize_t)
    cpdef bint _crossed_at(self, str text, Py_ssize_t edge)


@cython.locals(logtotal=cython.double, n=cython.Py_ssize_t, k=cython.Py_ssize_t, i=cython.Py_ssize_t, best_end=cython.Py_ssize_t,
               probability=cython.double, x=cython.Py_ssize_t, y=cython.Py_ssize_t, route=list, run=str, word=str)
cpdef _cut_block(tokenizer, str block, list words)
