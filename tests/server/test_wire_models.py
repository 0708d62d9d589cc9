"""The server's pydantic models describe exactly the wire shapes of ``sync.protocol``.

The client's TypedDicts are the source of truth and the server's models (validation and the
OpenAPI schema) are written beside them; this test keeps the two from drifting apart: the same
field names, the same required fields, and compatible field types.
"""

from __future__ import annotations

import types
import typing
from typing import Any, Literal, NotRequired, Required, get_args, get_origin, get_type_hints

import pytest
from pydantic import BaseModel

from server import models
from sync import protocol as p

PAIRS: list[tuple[Any, type[BaseModel]]] = [
    (p.EnrollRequest, models.EnrollRequest),
    (p.EnrollResponse, models.EnrollResponse),
    (p.WireNotification, models.WireNotification),
    (p.DeliveryRequest, models.DeliveryRequest),
    (p.ReceiptDict, models.Receipt),
    (p.NationalReceiptDict, models.NationalReceipt),
    (p.DeliveryResultDict, models.DeliveryResult),
    (p.DeliveryResponse, models.DeliveryResponse),
    (p.AckDict, models.Acknowledgement),
    (p.AcknowledgementsResponse, models.AcknowledgementsResponse),
    (p.HealthResponse, models.Health),
    (p.ErrorResponse, models.ErrorBody),
]
REQUESTS = (p.EnrollRequest, p.WireNotification, p.DeliveryRequest)
TYPED_DICT_TO_MODEL = {id(td): model for td, model in PAIRS}


def _shape(annotation: Any) -> Any:
    """A comparable form of a field type: TypedDicts and models by their pair, unions as sets,
    Literal[...] as the type of its values."""
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        return frozenset(_shape(arg) for arg in get_args(annotation))
    if origin is Literal:
        kinds = {type(value) for value in get_args(annotation)}
        return kinds.pop() if len(kinds) == 1 else frozenset(kinds)
    if origin in (list, dict):
        return (origin, *(_shape(arg) for arg in get_args(annotation)))
    if id(annotation) in TYPED_DICT_TO_MODEL:
        return TYPED_DICT_TO_MODEL[id(annotation)].__name__
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation.__name__
    return annotation


def _required_keys(typed_dict: Any) -> set[str]:
    """``__required_keys__`` as written: with ``from __future__ import annotations`` Python 3.11
    cannot see ``Required[...]`` inside the string annotations, so read them resolved."""
    extras = get_type_hints(typed_dict, include_extras=True)
    required = set()
    for name, hint in extras.items():
        marker = get_origin(hint)
        if marker is Required or (typed_dict.__total__ and marker is not NotRequired):
            required.add(name)
    return required


@pytest.mark.parametrize(("typed_dict", "model"), PAIRS, ids=[m.__name__ for _, m in PAIRS])
def test_model_mirrors_the_typed_dict(typed_dict: Any, model: type[BaseModel]) -> None:
    hints = get_type_hints(typed_dict)
    keys_required = _required_keys(typed_dict)
    assert set(hints) == set(model.model_fields)
    for name, hint in hints.items():
        field = model.model_fields[name]
        expected, served = _shape(hint), _shape(field.annotation)
        if name not in keys_required and isinstance(served, frozenset):
            # A key the TypedDict lets be absent may be an optional field, None by default.
            rest = served - {type(None)}
            assert expected in (served, rest, next(iter(rest)) if len(rest) == 1 else rest), name
        else:
            assert expected == served, name
    required = {name for name, field in model.model_fields.items() if field.is_required()}
    if typed_dict in REQUESTS:
        # The server requires nothing that a client may leave out.
        assert required <= keys_required
    else:
        # The server always sends what a client relies on being there.
        assert keys_required <= required


def test_the_checker_sees_a_difference() -> None:
    class Other(BaseModel):
        id: int

    assert _shape(get_type_hints(p.WireNotification)["id"]) != _shape(
        Other.model_fields["id"].annotation
    )
