"""Duizhao (對照): read Chinese side by side with its conversion, pinyin and English."""

__version__ = "0.1.0"
