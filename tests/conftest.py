"""Every test runs offscreen with its own user directories, so nothing leaks between tests
or into the developer's real settings, caches or Argos packages. Shared fixtures: the sample,
the tiny real Argos model and a package index serving it on 127.0.0.1."""

from __future__ import annotations

import http.server
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_bacf4da327376ca6.txt"
SAMPLE_GLOSSARY = ROOT / "seeds" / "000_bacf4da327376ca6.glossary.csv"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("DUIZHAO_HOME", str(home / "duizhao"))
    monkeypatch.setenv("ARGOS_PACKAGES_DIR", str(home / "argos-packages"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    return home


@pytest.fixture
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Message boxes shown, recorded instead of blocking the test on a modal dialog; a
    question is answered Yes."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []

    def record(_parent: object, _title: str, text: str, *args: object, **kwargs: object
               ) -> QMessageBox.StandardButton:
        shown.append(text)
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record))
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def sample_glossary_path() -> Path:
    return SAMPLE_GLOSSARY


@pytest.fixture(scope="session")
def tiny_argos_package(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """A tiny but real Argos zh→en ``.argosmodel`` (random weights: nonsense output), built
    once per test session; see ``tests/tinymodel.py``."""
    from tinymodel import build_tiny_package  # tests/ is on sys.path (rootdir conftest)

    return build_tiny_package(tmp_path_factory.mktemp("tiny-argos"))


@dataclass
class IndexServer:
    url: str  # the ARGOS_PACKAGE_INDEX base
    files: dict[str, bytes]
    requests: list[tuple[str, str | None]] = field(default_factory=list)  # (path, Range)
    cut_after: int | None = None  # drop the connection after this many body bytes (once)
    ignore_range: bool = False


@pytest.fixture
def index_server(tiny_argos_package) -> Iterator[IndexServer]:  # type: ignore[no-untyped-def]
    """``index.json`` + the tiny ``.argosmodel`` over HTTP on 127.0.0.1 (Range supported)."""
    archive = tiny_argos_package.archive
    state = IndexServer(url="", files={})

    class Handler(http.server.BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            path = self.path.split("?")[0]
            range_header = self.headers.get("Range")
            state.requests.append((path, range_header))
            body = state.files.get(path)
            if body is None:
                self.send_error(404)
                return
            start = 0
            if range_header and not state.ignore_range:
                start = int(range_header.split("=")[1].split("-")[0])
                if start >= len(body):
                    self.send_error(416)
                    return
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{len(body) - 1}/{len(body)}")
            else:
                self.send_response(200)
            payload = body[start:]
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            if state.cut_after is not None and path.endswith(".argosmodel"):
                limit, state.cut_after = state.cut_after, None
                self.wfile.write(payload[:limit])
                self.wfile.flush()
                self.close_connection = True
                return
            self.wfile.write(payload)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    metadata = {
        "package_version": tiny_argos_package.package_version, "argos_version": "1.0",
        "from_code": "zh", "from_name": "Chinese", "to_code": "en", "to_name": "English",
        "type": "translate", "code": "translate-zh_en",
        "links": [f"{base}/packages/{archive.name}"],
    }
    other = dict(metadata, from_code="ja", from_name="Japanese",
                 links=[f"{base}/packages/ja.argosmodel"])
    state.files["/index.json"] = json.dumps([other, metadata]).encode("utf-8")
    state.files[f"/packages/{archive.name}"] = archive.read_bytes()
    state.url = base + "/"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def index(index_server: IndexServer, monkeypatch: pytest.MonkeyPatch) -> IndexServer:
    """The package index above, as the one Duizhao asks (``ARGOS_PACKAGE_INDEX``)."""
    monkeypatch.setenv("ARGOS_PACKAGE_INDEX", index_server.url)
    return index_server


@pytest.fixture
def installed_tiny(tiny_argos_package):  # type: ignore[no-untyped-def]
    """The tiny model installed in this test's own packages folder."""
    from duizhao.core.translate import install_from_file

    return install_from_file(tiny_argos_package.archive)
