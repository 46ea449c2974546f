"""Only lists the packages: resources/, translations/ and seeds/ live at the top level by
design and are installed as duizhao.resources, duizhao.translations and duizhao.seeds."""

from setuptools import find_packages, setup

setup(
    packages=find_packages("desktop", include=["duizhao", "duizhao.*"])
    + ["duizhao.resources", "duizhao.translations", "duizhao.seeds"],
)
