"""Memory-lean pydantic instances for the large object graph a reconciliation builds.

pydantic keeps, per instance, the set of field names that were explicitly set: 728 bytes for
a ``SourceRef`` with its six fields, twice what its values take. A reconciliation of 100,000
records builds about a million sourced references, so these sets alone took ~0.7 GB (56% of
the result's memory at 10k records, measured). Instances with the same names set can share
one set: it is only read by ``exclude_unset`` dumps and ``model_fields_set`` (the
reconciliation uses neither), and it would only change on an assignment to an attribute,
which reconciliation never does to the models it builds (a field already in the set would
not change it even then).
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel

Model = TypeVar("Model", bound=BaseModel)

_SHARED: dict[frozenset[str], set[str]] = {}


def lean(model: Model) -> Model:
    """``model``, holding the shared set of its explicitly set field names."""
    names = model.__pydantic_fields_set__
    shared = _SHARED.setdefault(frozenset(names), names)
    if shared is not names:
        object.__setattr__(model, "__pydantic_fields_set__", shared)
    return model
