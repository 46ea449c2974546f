"""The PDF exporter. Its pages are laid out by Qt, so it stands outside the Qt-free core;
the window and the ``duizhao export`` command both use it."""
