"""``kg.types.record``: a frozen dataclass whose ``__init__`` stores the fields in one step."""

from __future__ import annotations

import dataclasses

import pytest

from kg.types import record


@record
class _Point:
    x: int
    y: int = 2
    tags: tuple[str, ...] = ()


def test_a_record_takes_its_fields_as_a_frozen_dataclass_does():
    point = _Point(1)
    assert (point.x, point.y, point.tags) == (1, 2, ())
    assert _Point(1, y=2) == point and hash(_Point(1, 2)) == hash(point)
    assert repr(_Point(3, 4, ("a",))) == "_Point(x=3, y=4, tags=('a',))"
    assert dataclasses.replace(point, y=5) == _Point(1, 5)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 9
    with pytest.raises(TypeError):
        _Point()  # x has no default
    with pytest.raises(TypeError):
        _Point(1, z=3)


def test_what_a_one_step_init_cannot_do_is_refused_at_definition():
    with pytest.raises(TypeError, match="field items needs dataclasses' own __init__"):
        @record
        class _Bag:
            items: list = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError, match="__post_init__ needs dataclasses' own __init__"):
        @record
        class _Checked:
            x: int

            def __post_init__(self) -> None:
                pass
