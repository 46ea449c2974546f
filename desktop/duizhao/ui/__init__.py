"""Thin Qt layer over duizhao.core."""

from duizhao.ui import feature_scan

feature_scan.install()  # before any module of the layer is imported
