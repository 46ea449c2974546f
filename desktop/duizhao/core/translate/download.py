"""The Argos package index and model downloads: streamed, with progress, cancel and resume.

The only network access in Duizhao, and only when the user asks for it. A partial download is
kept as ``<name>.argosmodel.part`` in the cache folder and resumed with an HTTP Range request
(or restarted cleanly when the server cannot resume); a cancelled download is deleted.
Nothing reaches the packages directory until the whole file is verified.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import socket
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from duizhao.core.errors import ModelError
from duizhao.core.storage import paths
from duizhao.core.translate.common import CancelToken, OperationCancelled, Progress, check_cancel
from duizhao.core.translate.packages import (
    AvailableModel,
    InstalledModel,
    _is_supported_pair,
    index_url,
    install_from_file,
    version_key,
)

USER_AGENT = "Duizhao (Argos Translate package client)"
TIMEOUT = 30.0
CHUNK = 256 * 1024
_NETWORK_ERRORS = (urllib.error.URLError, http.client.HTTPException, ConnectionError,
                   socket.timeout, TimeoutError, OSError)


def downloads_dir() -> Path:
    return paths.cache_dir() / "downloads"


def fetch_index(url: str | None = None, *, timeout: float = TIMEOUT) -> list[AvailableModel]:
    """Chinese→English packages in the Argos index, newest first."""
    from argostranslate import package as argos_package

    url = url or index_url()
    try:
        request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = json.loads(response.read().decode("utf-8"))
    except _NETWORK_ERRORS as error:
        raise ModelError(f"Cannot reach the Argos package index ({_reason(error)}).") from None
    except (ValueError, UnicodeDecodeError):
        raise ModelError("The Argos package index is not valid JSON.") from None
    if not isinstance(data, list):
        raise ModelError("The Argos package index is not a list of packages.")
    models = []
    for metadata in data:
        if not isinstance(metadata, dict):
            continue
        pkg = argos_package.AvailablePackage(metadata)
        if pkg.type != "translate" or not _is_supported_pair(pkg.from_code, pkg.to_code):
            continue
        links = tuple(link for link in pkg.links or () if isinstance(link, str))
        if not links:
            continue
        models.append(AvailableModel(
            name=argos_package.argospm_package_name(pkg), version=str(pkg.package_version),
            from_code=pkg.from_code, to_code=pkg.to_code, links=links, metadata=metadata))
    models.sort(key=lambda m: version_key(m.version), reverse=True)
    models.sort(key=lambda m: m.from_code != "zh")
    return models


def newest_available(url: str | None = None) -> AvailableModel:
    models = fetch_index(url)
    if not models:
        raise ModelError("The Argos package index has no Chinese→English model.")
    return models[0]


def update_for(installed: InstalledModel, available: list[AvailableModel]) -> AvailableModel | None:
    """The newer package of the same language pair, if the index has one."""
    for model in available:
        if (model.from_code == installed.from_code
                and version_key(model.version) > version_key(installed.version)):
            return model
    return None


def download_model(model: AvailableModel, *, progress: Progress | None = None,
                   cancel: CancelToken | None = None,
                   directory: Path | None = None) -> InstalledModel:
    """Download ``model``, verify it and install it. Returns the installed package.

    ``progress(done, total)`` is called once as soon as the size is known (before any data)
    and then as bytes arrive. Setting ``cancel`` stops the download and deletes the partial
    file; a network failure keeps it so the next call resumes.
    """
    folder = downloads_dir()
    final = folder / f"{model.name}-{model.version}.argosmodel"
    part = final.with_name(final.name + ".part")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise _disk_error(part, error) from None
    if not model.links:
        raise ModelError(f"The package index gives no download link for {model.label}.")
    errors = []
    for url in model.links:
        try:
            _fetch(url, part, progress=progress, cancel=cancel)
            break
        except OperationCancelled:
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
            raise
        except ModelError as error:
            errors.append(str(error))
    else:
        done = part.stat().st_size if part.exists() else 0
        got = f" after {done / 1_000_000:.1f} MB" if done else ""
        raise ModelError(f"Download of {model.label} failed{got}: {errors[-1]} "
                         "Run `duizhao models download` again to resume.")
    os.replace(part, final)
    try:
        return install_from_file(final, directory=directory)
    finally:
        with contextlib.suppress(FileNotFoundError):
            final.unlink()


def _fetch(url: str, part: Path, *, progress: Progress | None,
           cancel: CancelToken | None) -> None:
    check_cancel(cancel, "The download")
    have = part.stat().st_size if part.exists() else 0
    headers = {"User-Agent": USER_AGENT}
    if have:
        headers["Range"] = f"bytes={have}-"
    try:
        response = urllib.request.urlopen(urllib.request.Request(url, headers=headers),
                                          timeout=TIMEOUT)
    except urllib.error.HTTPError as error:
        if error.code == 416 and have:  # our partial file does not fit the server's: restart
            part.unlink()
            return _fetch(url, part, progress=progress, cancel=cancel)
        raise ModelError(f"the server answered {error.code} {error.reason}.") from None
    except _NETWORK_ERRORS as error:
        raise ModelError(f"{_reason(error)}.") from None
    with response:
        start = _resume_offset(response, have)
        if start < 0:
            part.unlink()
            response.close()
            return _fetch(url, part, progress=progress, cancel=cancel)
        length = response.headers.get("Content-Length")
        total = start + int(length) if length and length.isdigit() else 0
        if progress:
            progress(start, total)
        done = start
        try:
            out = open(part, "r+b" if start else "wb")  # noqa: SIM115 - closed below
        except OSError as error:
            raise _disk_error(part, error) from None
        with out:
            try:
                out.seek(start)
                out.truncate()
            except OSError as error:
                raise _disk_error(part, error) from None
            while True:
                check_cancel(cancel, "The download")
                try:
                    chunk = response.read(CHUNK)
                except _NETWORK_ERRORS as error:
                    raise ModelError(f"the connection was lost ({_reason(error)}).") from None
                if not chunk:
                    break
                try:
                    out.write(chunk)
                except OSError as error:
                    raise _disk_error(part, error) from None
                done += len(chunk)
                if progress:
                    progress(done, total)
    if total and done != total:
        raise ModelError(f"the connection was lost after {done:,} of {total:,} bytes.")


def _disk_error(part: Path, error: OSError) -> ModelError:
    return ModelError(f"Cannot write the download to {part.parent} "
                      f"({error.strerror or error}).")


def _resume_offset(response: Any, have: int) -> int:
    """Where the body starts: ``have`` when the server honoured our Range, 0 when it sent the
    whole file (a clean restart), -1 when it sent some other part."""
    if not have or getattr(response, "status", 200) != 206:
        return 0
    content_range = response.headers.get("Content-Range", "")
    # "bytes 100-999/1000": resume only if it starts where our file ends
    with contextlib.suppress(ValueError, IndexError):
        first = int(content_range.split()[1].split("-")[0])
        if first == have:
            return have
    return -1  # a part we did not ask for


def _reason(error: BaseException) -> str:
    if isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError):
        reason = error.reason
        return str(getattr(reason, "strerror", None) or reason)
    return str(getattr(error, "strerror", None) or error) or type(error).__name__
