"""``duizhao [FILE] [--glossary G] [--screenshot PNG]``: the window's arguments."""

from __future__ import annotations

import subprocess
import sys

import pytest

from duizhao.cli import WindowArgs, window_args


def test_the_window_arguments_are_read_as_given() -> None:
    assert window_args([]) == WindowArgs()
    assert window_args(["a.txt", "--glossary", "g.csv"]) == WindowArgs("a.txt", "g.csv", None)
    assert window_args(["--screenshot", "out.png"]) == WindowArgs(screenshot="out.png")
    with pytest.raises(SystemExit):
        window_args(["--no-such-option"])


def test_a_start_with_no_arguments_parses_nothing() -> None:
    # how a desktop launcher starts the window: argparse (and the message catalogue lookups
    # every parser makes) and the signal module stay out of the start
    code = ("import sys; from duizhao.cli import window_args; window_args([]); "
            "print(sorted({'argparse', 'signal', 'gettext'} & set(sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip() == "[]"
