"""Thin Qt layer over duizhao.core."""
