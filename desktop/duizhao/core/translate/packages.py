"""Argos Translate packages: find, verify, install, download and remove zh→en models.

The packages live in Argos Translate's own packages directory, so a model installed by another
Argos tool is found and reused, and ours are usable by them. ``argostranslate`` reads its
settings when it is imported; we read ``ARGOS_PACKAGES_DIR`` / ``ARGOS_PACKAGE_INDEX`` at call
time instead (falling back to its settings), so a change of environment is honoured.

We use ``argostranslate.package`` for the package format (``Package``, ``AvailablePackage``,
``argospm_package_name``) and its install lock, but do the file work ourselves: its installer
extracts an unchecked zip straight into the packages directory and its downloader keeps the
whole file in memory without progress, cancel or resume.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from duizhao.core.errors import ModelError
from duizhao.core.storage.zip_safety import ZipLimits, check_entries

SOURCE_CODES = ("zh", "zt")  # Argos: zh = Chinese (Simplified), zt = Chinese (Traditional)
TARGET_CODE = "en"
MAX_UNPACKED_BYTES = 4 * 1024**3  # the largest real zh→en package unpacks to a few hundred MB
MAX_RATIO = 200  # model weights barely compress; a far higher ratio is a zip bomb
MAX_ENTRIES = 10_000
MAX_METADATA_BYTES = 1024 * 1024  # a real metadata.json is under 2 kB
RATIO_FREE_BYTES = 1024 * 1024  # below this in all, no ratio makes an archive dangerous
_TMP_PREFIX = ".duizhao-"  # our temporary folders in the packages directory; never a package


_install_lock = threading.Lock()


def _argos_settings() -> Any:
    from argostranslate import settings  # imported lazily: it creates directories on import

    return settings


def _argos_package() -> Any:
    from argostranslate import package

    return package


def packages_dir() -> Path:
    """Argos Translate's packages directory, as the environment says now."""
    override = os.environ.get("ARGOS_PACKAGES_DIR")
    if override:
        return Path(override)
    settings = _argos_settings()
    value = settings.get_setting("ARGOS_PACKAGES_DIR", default=None)
    return Path(value) if value else Path(settings.package_data_dir)


def index_url() -> str:
    """The URL of the Argos package index (``index.json``), as the environment says now."""
    base = os.environ.get("ARGOS_PACKAGE_INDEX")
    if not base:
        base = str(_argos_settings().get_setting("ARGOS_PACKAGE_INDEX",
                                                 default=_argos_settings().package_index))
    if base.endswith(".json"):
        return base
    return base.rstrip("/") + "/index.json"


@dataclass(frozen=True)
class InstalledModel:
    name: str  # argospm name, e.g. "translate-zh_en"
    version: str
    from_code: str
    to_code: str
    path: Path
    size: int  # bytes on disk

    @property
    def label(self) -> str:
        """What goes in ``translation_source`` after ``argos:``."""
        return f"{self.name} {self.version}"

    @property
    def model_dir(self) -> Path:
        return self.path / "model"

    @property
    def sentencepiece_model(self) -> Path:
        return self.path / "sentencepiece.model"

    @property
    def target_prefix(self) -> str:
        return str(_read_metadata(self.path).get("target_prefix", "") or "")


@dataclass(frozen=True)
class AvailableModel:
    name: str
    version: str
    from_code: str
    to_code: str
    links: tuple[str, ...]
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"


def version_key(version: str) -> tuple[int, Any]:
    import packaging.version

    try:
        return (1, packaging.version.parse(version))
    except packaging.version.InvalidVersion:
        return (0, version)


def _read_metadata(folder: Path) -> dict[str, Any]:
    try:
        data = json.loads((folder / "metadata.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _dir_size(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):
                total += os.lstat(os.path.join(root, name)).st_size
    return total


def _is_supported_pair(from_code: str | None, to_code: str | None) -> bool:
    return from_code in SOURCE_CODES and to_code == TARGET_CODE


def installed_models(directory: Path | None = None) -> list[InstalledModel]:
    """Installed Chinese→English translation packages, newest version first.

    Folders that are not readable Argos packages (our own temporary folders, a broken install
    by another tool) are skipped rather than breaking the whole list.
    """
    directory = directory or packages_dir()
    if not directory.is_dir():
        return []
    models = []
    for path in sorted(directory.iterdir()):
        if not path.is_dir() or path.name.startswith(".") or path.name.startswith(_TMP_PREFIX):
            continue
        try:
            models.append(_read_package(path))
        except ModelError:  # a foreign broken folder must not hide the rest
            continue
    models.sort(key=lambda m: version_key(m.version), reverse=True)
    models.sort(key=lambda m: m.from_code != "zh")  # stable: zh first, newest first within
    return models


def _read_package(path: Path) -> InstalledModel:
    """The package in ``path``, or ModelError saying why it is not a zh→en model we can drive."""
    argos_package = _argos_package()
    try:
        pkg = argos_package.Package(path)
    except Exception:  # noqa: BLE001 - Argos raises anything on a broken folder
        raise ModelError("its metadata.json cannot be read by Argos Translate") from None
    if getattr(pkg, "type", "translate") != "translate":
        raise ModelError("it is not a translation model")
    if not _is_supported_pair(pkg.from_code, pkg.to_code):
        raise ModelError(f"it translates {pkg.from_code}→{pkg.to_code}, not zh→en")
    if not (path / "model" / "model.bin").is_file():
        raise ModelError("its model/model.bin is not a file")
    if not (path / "sentencepiece.model").is_file():  # e.g. a BPE package
        raise ModelError("its sentencepiece.model is not a file")
    return InstalledModel(
        name=argos_package.argospm_package_name(pkg), version=pkg.package_version or "",
        from_code=pkg.from_code, to_code=pkg.to_code, path=path, size=_dir_size(path))


def _prove_usable(path: Path) -> InstalledModel:
    """Read the unpacked package as the engine will, before it may replace anything."""
    model = _read_package(path)
    import ctranslate2
    import sentencepiece

    try:
        sentencepiece.SentencePieceProcessor(model_file=str(model.sentencepiece_model))
    except (RuntimeError, OSError):
        raise ModelError("its sentencepiece.model is not a SentencePiece model") from None
    if not ctranslate2.contains_model(str(model.model_dir)):
        raise ModelError("its model folder is not a CTranslate2 model")
    return model


def best_installed_model(directory: Path | None = None) -> InstalledModel | None:
    models = installed_models(directory)
    return models[0] if models else None


def find_installed(name: str, directory: Path | None = None) -> list[InstalledModel]:
    """Installed models matching ``name``: argospm name, folder name or "name version"."""
    matches = []
    for model in installed_models(directory):
        if name in (model.name, model.path.name, model.label, f"{model.name}-{model.version}"):
            matches.append(model)
    return matches


def remove_model(name: str, directory: Path | None = None) -> list[InstalledModel]:
    """Remove the installed model(s) called ``name``; returns what was removed."""
    matches = find_installed(name, directory)
    if not matches:
        known = ", ".join(m.label for m in installed_models(directory)) or "none"
        raise ModelError(f"No installed model is called {name!r} (installed: {known}).")
    with _install_lock, _argos_package().package_lock:
        for model in matches:
            # rename first so a half-deleted folder is never mistaken for a package
            trash = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX + "remove-", dir=model.path.parent))
            os.replace(model.path, trash / model.path.name)
            shutil.rmtree(trash, ignore_errors=True)
    return matches


# --- verifying and installing an archive -----------------------------------------------------

@dataclass(frozen=True)
class ArchiveInfo:
    top: str  # the single top-level folder
    metadata: dict[str, Any]
    unpacked_size: int

    @property
    def version(self) -> str:
        return str(self.metadata.get("package_version", ""))


def verify_archive(path: Path, *, max_unpacked: int = MAX_UNPACKED_BYTES) -> ArchiveInfo:
    """Check a ``.argosmodel`` before anything is extracted; raise ModelError saying why not."""
    name = path.name
    if not path.is_file():
        raise ModelError(f"{path} does not exist or is not a file.")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            top = _check_entries(name, infos, max_unpacked)
            metadata = _read_archive_metadata(name, archive, f"{top}/metadata.json")
    except (zipfile.BadZipFile, EOFError):
        raise ModelError(
            f"{name} is not a valid .argosmodel file (damaged, truncated or not a zip).") from None
    except OSError as error:
        raise ModelError(f"Cannot read {path}: {error.strerror or error}.") from None
    if metadata.get("type", "translate") != "translate":
        raise ModelError(f"{name} is not a translation model.")
    pair = f"{metadata.get('from_code')}→{metadata.get('to_code')}"
    if not _is_supported_pair(metadata.get("from_code"), metadata.get("to_code")):
        raise ModelError(f"{name} translates {pair}; Duizhao needs a Chinese→English "
                         "(zh→en) model.")
    files = {info.filename for info in infos if not info.is_dir()}
    for required in ("model/model.bin", "sentencepiece.model"):
        if f"{top}/{required}" not in files:
            raise ModelError(f"{name} is incomplete: it has no {required} file.")
    return ArchiveInfo(top=top, metadata=metadata,
                       unpacked_size=sum(info.file_size for info in infos))


def _read_archive_metadata(name: str, archive: zipfile.ZipFile, member: str) -> dict[str, Any]:
    """``metadata.json`` read with a bound: its header may claim any size, and may lie."""
    try:
        with archive.open(member) as source:
            raw = source.read(MAX_METADATA_BYTES + 1)
    except KeyError:
        raise ModelError(f"{name} is not an Argos model: it has no metadata.json.") from None
    except (EOFError, zipfile.BadZipFile):
        raise ModelError(f"{name} is damaged: its metadata.json is truncated.") from None
    if len(raw) > MAX_METADATA_BYTES:
        raise ModelError(f"{name} is not an Argos model: its metadata.json is larger than "
                         f"{MAX_METADATA_BYTES // 1024} kB.")
    try:
        metadata = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ModelError(f"{name} has an unreadable metadata.json.") from None
    if not isinstance(metadata, dict):
        raise ModelError(f"{name} has an unreadable metadata.json.")
    return metadata


def _check_entries(name: str, infos: list[zipfile.ZipInfo], max_unpacked: int) -> str:
    """The archive's one top folder, once its entries are safe to unpack (no path escapes, no
    links, no zip bomb: the checks every zip Duizhao opens passes)."""
    limits = ZipLimits(max_unpacked=max_unpacked, max_entries=MAX_ENTRIES, max_ratio=MAX_RATIO,
                       ratio_free=RATIO_FREE_BYTES)
    check_entries(name, infos, limits, ModelError)
    tops = {PurePosixPath(info.filename.replace("\\", "/")).parts[0] for info in infos}
    if len(tops) != 1 or not any(i.filename.startswith(f"{next(iter(tops))}/") for i in infos):
        raise ModelError(f"{name} is not an Argos model: its files are not in one folder.")
    if next(iter(tops)).startswith("."):  # hidden folders are not packages (ours are temporary)
        raise ModelError(f"{name} is not an Argos model: its folder name is hidden.")
    return next(iter(tops))


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.0f} MB"


def install_from_file(path: str | os.PathLike[str], *, directory: Path | None = None,
                      replace_older: bool = True,
                      max_unpacked: int = MAX_UNPACKED_BYTES) -> InstalledModel:
    """Verify ``path`` and install it into the packages directory, all or nothing.

    The archive is extracted into a temporary folder inside the packages directory and renamed
    into place, so a failure leaves no half-installed package and touches no installed one.
    With ``replace_older``, older versions of the same language pair are removed afterwards.
    """
    archive_path = Path(path)
    info = verify_archive(archive_path, max_unpacked=max_unpacked)
    target_root = directory or packages_dir()
    try:
        target_root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise ModelError(f"Cannot create the packages folder {target_root}: "
                         f"{error.strerror or error}.") from None
    try:
        staging = Path(tempfile.mkdtemp(prefix=_TMP_PREFIX + "install-", dir=target_root))
    except OSError as error:
        raise ModelError(f"Cannot write to the packages folder {target_root}: "
                         f"{error.strerror or error}.") from None
    final = target_root / info.top
    try:
        _extract(archive_path, staging, max_unpacked)
        extracted = staging / info.top
        try:
            _prove_usable(extracted)
        except ModelError as error:
            raise ModelError(f"{archive_path.name} is not a usable Argos model: {error}; "
                             "nothing was installed or replaced.") from None
        with _install_lock, _argos_package().package_lock:
            try:
                _swap_into_place(extracted, final, staging / (".previous-" + info.top))
            except ModelError as error:
                raise ModelError(f"{archive_path.name} is not a usable Argos model once in "
                                 f"place: {error}; the previous one was kept.") from None
    except ModelError:
        raise
    except (OSError, zipfile.BadZipFile, EOFError) as error:
        detail = getattr(error, "strerror", None) or str(error) or type(error).__name__
        raise ModelError(f"Could not install {archive_path.name}: {detail}.") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)  # holds the replaced model, if any
    installed = _read_package(final)
    if replace_older:
        for model in installed_models(target_root):
            if (model.path != installed.path and model.from_code == installed.from_code
                    and version_key(model.version) <= version_key(installed.version)):
                remove_model(model.path.name, target_root)
    return installed


def _swap_into_place(extracted: Path, final: Path, previous: Path) -> None:
    """Rename the proven package into place; the one it replaces is put back on any failure
    and otherwise left in ``previous`` (inside the staging folder) to be deleted with it."""
    had_previous = final.exists()
    if had_previous:
        os.replace(final, previous)
    moved = False
    try:
        os.replace(extracted, final)
        moved = True
        _read_package(final)
    except (OSError, ModelError):
        if moved:
            shutil.rmtree(final, ignore_errors=True)
        if had_previous:
            os.replace(previous, final)
        raise


def _extract(archive_path: Path, dest: Path, max_unpacked: int) -> None:
    written = 0
    with zipfile.ZipFile(archive_path) as archive:
        for info in archive.infolist():
            target = dest.joinpath(*PurePosixPath(info.filename.replace("\\", "/")).parts)
            if info.is_dir():
                target.mkdir(parents=True, exist_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as source, open(target, "wb") as out:
                while chunk := source.read(1 << 20):
                    written += len(chunk)
                    if written > max_unpacked:  # headers can lie; count what really comes out
                        raise ModelError(f"{archive_path.name} unpacks to more than "
                                         f"{_mb(max_unpacked)}; refusing it as a zip bomb.")
                    out.write(chunk)
