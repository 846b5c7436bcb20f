"""Requests in the shared Redis queue as JSON, not pickle (``SCHEDULER_SERIALIZER``).

scrapy-redis stores each queued request as ``Request.to_dict()`` passed through a
serializer module with ``dumps``/``loads``; its default is pickle, so anyone able to
write to the Redis server could make every worker run code of their choosing.  This
one writes JSON: bytes (body, header names and values) as base64, dicts with
non-string keys as pairs.  A value JSON cannot hold (a meta entry that is an object)
raises ``TypeError`` when the request is queued, not a surprise on another machine.
"""

from __future__ import annotations

import base64
import json
from typing import Any

_BYTES, _PAIRS = "$bytes", "$pairs"


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, bytes | bytearray):
        return {_BYTES: base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: _encode(v) for k, v in value.items()}
        return {_PAIRS: [[_encode(k), _encode(v)] for k, v in value.items()]}
    raise TypeError(f"cannot queue a request holding a {type(value).__name__}: {value!r}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if len(value) == 1 and _BYTES in value:
            return base64.b64decode(value[_BYTES])
        if len(value) == 1 and _PAIRS in value:
            return {_decode(k): _decode(v) for k, v in value[_PAIRS]}
        return {k: _decode(v) for k, v in value.items()}
    return value


def dumps(obj: dict[str, Any]) -> bytes:
    return json.dumps(_encode(obj), ensure_ascii=False, allow_nan=False,
                      separators=(",", ":")).encode("utf-8")


def loads(data: bytes | str) -> dict[str, Any]:
    value = _decode(json.loads(data))
    if not isinstance(value, dict):
        raise ValueError("a queued request must be a JSON object")
    return value
