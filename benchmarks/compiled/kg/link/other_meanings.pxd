# Cython's pure-Python mode for kg/link/other_meanings.py (benchmarks/bench_compiled.py --route cython-pxd only; see
# candidates.pxd beside it).
import cython


cdef class OtherMeanings:
    cdef dict __dict__

    @cython.locals(refusable_after=cython.bint, refusable_after_label=cython.bint)
    cpdef bint _no_industry_here(self, context, cand, str entity_id, str text)
