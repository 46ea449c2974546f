"""Bundled data files (CC-CEDICT, styles, icons); located with importlib.resources."""
