"""A preference with a few named values, read from the settings file and the command line."""

from __future__ import annotations

import re
from enum import Enum
from typing import TypeVar

C = TypeVar("C", bound="Choice")


class Choice(str, Enum):
    """Base of such enums (:class:`~duizhao.core.language.pinyin_style.PinyinStyle`,
    :class:`~duizhao.core.language.taiwan.TaiwanReadings`)."""

    @classmethod
    def parse(cls: type[C], value: object, default: C | None = None) -> C:
        """The choice named ``value``; ``default`` (or an error naming the choices) otherwise."""
        try:
            return cls(value)
        except ValueError:
            if default is not None:
                return default
            what = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()  # "pinyin style"
            choices = ", ".join(c.value for c in cls)
            raise ValueError(f"unknown {what} {value!r}; choose one of {choices}") from None
