"""Typed reads from JSON-like dicts, naming the offending key when a value is wrong."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from briefer.errors import FormatError
from briefer.i18n import N_, _


def as_mapping(value: Any, where: str) -> Mapping[str, Any]:
    """Return value if it is a JSON object, else raise FormatError."""
    if not isinstance(value, Mapping):
        raise FormatError(
            _("{where}: expected an object, found {found}").format(where=where, found=_kind(value))
        )
    return value


def as_list(value: Any, where: str) -> list[Any]:
    """Return value if it is a JSON array, else raise FormatError."""
    if not isinstance(value, list):
        raise FormatError(
            _("{where}: expected a list, found {found}").format(where=where, found=_kind(value))
        )
    return value


def get_str(data: Mapping[str, Any], key: str, where: str, default: str | None = "") -> str:
    """Return data[key] as a string; a missing key gives default (or an error if None)."""
    if key not in data or data[key] is None:
        if default is None:
            raise FormatError(_("{where}.{key}: missing").format(where=where, key=key))
        return default
    value = data[key]
    if not isinstance(value, str):
        raise FormatError(
            _("{where}.{key}: expected text, found {found}").format(
                where=where, key=key, found=_kind(value)
            )
        )
    return value


def get_bool(data: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
    """Return data[key] as a bool, or default when missing."""
    value = data.get(key, default)
    if not isinstance(value, bool):
        raise FormatError(
            _("{where}.{key}: expected true or false, found {found}").format(
                where=where, key=key, found=_kind(value)
            )
        )
    return value


def get_int(data: Mapping[str, Any], key: str, where: str) -> int | None:
    """Return data[key] as an int, or None when missing or null."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise FormatError(
            _("{where}.{key}: expected a whole number, found {found}").format(
                where=where, key=key, found=_kind(value)
            )
        )
    return value


def get_date(data: Mapping[str, Any], key: str, where: str) -> date | None:
    """Return data[key] parsed from YYYY-MM-DD, or None when missing or null."""
    value = data.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise FormatError(
            _("{where}.{key}: expected a date YYYY-MM-DD, found {found}").format(
                where=where, key=key, found=_kind(value)
            )
        )
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise FormatError(
            _("{where}.{key}: '{value}' is not a date YYYY-MM-DD").format(
                where=where, key=key, value=value[:40]
            )
        ) from None


def get_str_tuple(data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    """Return data[key] as a tuple of strings (missing means empty)."""
    items = as_list(data.get(key, []), f"{where}.{key}")
    for index, item in enumerate(items):
        if not isinstance(item, str):
            raise FormatError(
                _("{where}.{key}[{index}]: expected text, found {found}").format(
                    where=where, key=key, index=index, found=_kind(item)
                )
            )
    return tuple(items)


def iso(value: date | None) -> str | None:
    """Return a date as YYYY-MM-DD, or None."""
    return value.isoformat() if value else None


def _kind(value: Any) -> str:
    names = {
        dict: N_("an object"),
        list: N_("a list"),
        str: N_("text"),
        bool: N_("true/false"),
        int: N_("a number"),
        float: N_("a number"),
        type(None): N_("null"),
    }
    name = names.get(type(value))
    return type(value).__name__ if name is None else _(name)
