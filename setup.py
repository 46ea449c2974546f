"""Only lists the packages: resources/, translations/ and seeds/ live at the top level by
design and are installed as duizhao.resources, duizhao.translations and duizhao.seeds.

The build also compiles the UI translations (translations/*.ts → .qm) when PySide6's lrelease
is available; otherwise the window compiles them into the user cache on first run.
"""

import contextlib
import shutil
import subprocess
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


def _lrelease():
    try:
        import PySide6
    except ImportError:
        return shutil.which("pyside6-lrelease")
    for name in ("lrelease", "lrelease.exe"):
        candidate = Path(PySide6.__file__).parent / name
        if candidate.exists():
            return str(candidate)
    return shutil.which("pyside6-lrelease")


class BuildWithTranslations(build_py):
    def run(self):
        super().run()
        tool = _lrelease()
        if tool is None:
            return
        out = Path(self.build_lib) / "duizhao" / "translations"
        for ts in sorted(Path("translations").glob("*.ts")):
            out.mkdir(parents=True, exist_ok=True)
            # on failure the window compiles them at first run instead
            with contextlib.suppress(OSError, subprocess.SubprocessError):
                subprocess.run([tool, "-silent", str(ts), "-qm", str(out / (ts.stem + ".qm"))],
                               check=True, capture_output=True, timeout=120)


setup(
    packages=find_packages("desktop", include=["duizhao", "duizhao.*"])
    + ["duizhao.resources", "duizhao.translations", "duizhao.seeds"],
    cmdclass={"build_py": BuildWithTranslations},
)
