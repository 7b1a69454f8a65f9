""".doc, .rtf and .wpd: converted to .docx by LibreOffice headless, then read as .docx.

Going through DOCX keeps what the DOCX reader already knows: tables, merged cells and an
ACTION column survive. Starting LibreOffice costs seconds, so many files go through one
process (``prepare``); the results wait in a small cache keyed by the file's hash until
the reader asks for them. Each process has a time limit; a batch that runs out of time is
tried again file by file, so that one file LibreOffice chokes on fails alone.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import cache

from ..errors import MinutesError

LEGACY = (".doc", ".rtf", ".wpd")
PACKAGE = "libreoffice-writer-nogui"
# A file LibreOffice takes longer than this over is not a document it will finish.
FILE_SECONDS = 60
# A batch gets the start-up once, then a share per file.
START_SECONDS, PER_FILE_SECONDS = 30, 10
BATCH_FILES = 25
_CACHE_FILES = 64
_cache: OrderedDict[str, bytes | MinutesError] = OrderedDict()
# One conversion at a time: each LibreOffice process would take a core of its own.
_LOCK = threading.Lock()


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def missing_reason(ext: str) -> str:
    return (f"cannot read {ext} files: LibreOffice is not installed "
            f"(install the Debian package {PACKAGE})")


def to_docx(data: bytes, ext: str, name: str | None) -> bytes:
    """The .docx LibreOffice makes of data (a .doc, .rtf or .wpd), or MinutesError."""
    if data.startswith(b"PK"):
        return data  # a .docx saved under an old name is read as what it is
    key = _key(data, ext)
    with _LOCK:
        found = _cache.pop(key, None)
    if found is None:
        found = _convert([(data, ext)])[0]
    if isinstance(found, MinutesError):
        raise MinutesError(name, found.reason)
    return found


def prepare(files: list[tuple[bytes, str]]) -> None:
    """Convert many (data, ext) at once, ahead of reading them; failures wait as errors."""
    todo, seen = [], set()
    for data, ext in files:
        key = _key(data, ext)
        if ext in LEGACY and not data.startswith(b"PK") and key not in seen:
            seen.add(key)
            todo.append((data, ext))
    for start in range(0, len(todo), BATCH_FILES):
        batch = todo[start:start + BATCH_FILES]
        results = _convert(batch)
        with _LOCK:
            for (data, ext), result in zip(batch, results, strict=True):
                _cache[_key(data, ext)] = result
            while len(_cache) > _CACHE_FILES:
                _cache.popitem(last=False)


def check_converted(text: str, name: str | None) -> None:
    """LibreOffice opens bytes it cannot read as a document as plain text in some encoding;
    minutes are written in a Latin alphabet, and a page of other signs is a damaged file."""
    signs = [ch for ch in text if not ch.isspace()]
    latin = sum(1 for ch in signs if ch < "\u0250" or "\u2000" <= ch <= "\u20cf")
    if signs and latin < 0.6 * len(signs):
        raise MinutesError(name, "LibreOffice could not read it as a document (damaged, or "
                                 "not the kind of file its name says)")


def prepare_paths(paths: list[str], max_bytes: int,
                  known: Callable[[set[str]], set[str]] | None = None) -> None:
    """prepare() for the old-format files among paths; any it cannot open are left to fail
    when they are read, with their own reason. known, given the files' SHA-256 hashes,
    names those that need no reading (already imported)."""
    files = []
    for path in paths:
        ext = os.path.splitext(path)[1].lower()
        if ext not in LEGACY:
            continue
        try:
            if os.path.getsize(path) > max_bytes:
                continue
            with open(path, "rb") as fh:
                files.append((fh.read(), ext))
        except OSError:
            continue
    if known is not None:
        shas = [hashlib.sha256(data).hexdigest() for data, _ in files]
        skip = known(set(shas))
        files = [file for file, sha in zip(files, shas, strict=True) if sha not in skip]
    prepare(files)


def _key(data: bytes, ext: str) -> str:
    return ext + ":" + hashlib.sha256(data).hexdigest()


def _convert(files: list[tuple[bytes, str]]) -> list[bytes | MinutesError]:
    program = soffice()
    if program is None:
        return [MinutesError(None, missing_reason(ext)) for _, ext in files]
    with _LOCK, tempfile.TemporaryDirectory(prefix="minutebook-office-") as tmp:
        names = []
        for n, (data, ext) in enumerate(files):
            names.append(f"in{n}{ext}")
            with open(os.path.join(tmp, names[-1]), "wb") as fh:
                fh.write(data)
        seconds = START_SECONDS + PER_FILE_SECONDS * len(files)
        if len(files) == 1:
            seconds = FILE_SECONDS
        if _run(program, tmp, names, seconds):
            return [_output(tmp, name) for name in names]
        if len(files) == 1:
            return [MinutesError(None, f"LibreOffice did not finish converting it within "
                                       f"{FILE_SECONDS} seconds")]
    # The batch ran out of time: each file on its own, so only the slow one fails.
    return [_convert([file])[0] for file in files]


@cache
def _profile() -> str:
    """This process's own LibreOffice profile: made once (2 s), kept while it runs."""
    path = tempfile.mkdtemp(prefix="minutebook-soffice-")
    atexit.register(shutil.rmtree, path, ignore_errors=True)
    return path


def _run(program: str, tmp: str, names: list[str], seconds: float) -> bool:
    """One LibreOffice, this process's profile, every named file; False when out of time."""
    profile = _profile()
    command = [program, "--headless", "--norestore", "--nolockcheck",
               f"-env:UserInstallation=file://{profile}",
               "--convert-to", "docx:MS Word 2007 XML", "--outdir", os.path.join(tmp, "out"),
               *names]
    # Its own session, so that on time-out the whole process group goes, helpers and all.
    process = subprocess.Popen(command, cwd=tmp, stdin=subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True, env={**os.environ, "HOME": profile})
    try:
        process.wait(timeout=seconds)
        return True
    except subprocess.TimeoutExpired:
        _kill(process)
        return False
    except BaseException:  # Ctrl-C: in a session of its own, LibreOffice did not see it
        _kill(process)
        raise


def _kill(process: subprocess.Popen) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def _output(tmp: str, name: str) -> bytes | MinutesError:
    path = os.path.join(tmp, "out", os.path.splitext(name)[0] + ".docx")
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError:
        data = b""
    if not data.startswith(b"PK"):
        return MinutesError(None, "LibreOffice could not convert it (damaged, "
                                  "password-protected, or not the kind of file its name says)")
    return data
