"""Opening zip-based documents (.docx, .odt) without trusting their headers."""

from __future__ import annotations

import io
import struct
import xml.etree.ElementTree as ET
import zipfile
import zlib

from ..errors import MinutesError

MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024
MAX_MEMBERS = 5000
# Real office documents compress XML maybe 10-30 times; bombs far more.
MAX_RATIO = 200
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# What zipfile raises on a damaged archive: its headers, versions and deflate streams can all
# be garbage, and each failure surfaces as a different type.
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, struct.error, OSError, ValueError, EOFError,
              RuntimeError, NotImplementedError)


def open_zip(data: bytes, filename: str | None, label: str) -> zipfile.ZipFile:
    if data.startswith(OLE_SIGNATURE):
        raise MinutesError(filename, _ole_reason(data, label))
    if not data.startswith(b"PK"):
        raise MinutesError(filename, f"not a valid {label} (not a zip archive)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except ZIP_ERRORS as exc:
        raise MinutesError(filename, f"not a valid {label} (damaged or truncated zip: {exc})") \
            from None
    _check_sizes(infos, filename, label)
    return zf


def _ole_reason(data: bytes, label: str) -> str:
    if "EncryptionInfo".encode("utf-16-le") in data:
        return f"is password-protected (encrypted); remove the password and save as {label}"
    return f"is an old binary Office file, not {label}; save it as {label} first"


def _check_sizes(infos: list[zipfile.ZipInfo], filename: str | None, label: str) -> None:
    if len(infos) > MAX_MEMBERS:
        raise MinutesError(filename, f"not a valid {label} (too many files inside)")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(
                info.compress_size, 1):
            raise MinutesError(filename, f"refused: {info.filename} inflates suspiciously "
                                         "(possible zip bomb)")
    if total > MAX_UNCOMPRESSED_BYTES:
        raise MinutesError(filename, f"refused: would unpack to {total // (1024 * 1024)} MB "
                                     f"(limit {MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB)")


def read_member(zf: zipfile.ZipFile, name: str, filename: str | None, label: str) -> bytes:
    """Read one member, never more than the limit even if headers lie."""
    try:
        with zf.open(name) as fh:
            data = fh.read(MAX_UNCOMPRESSED_BYTES + 1)
    except KeyError:
        raise MinutesError(filename, f"not a valid {label} (no {name} inside)") from None
    except ZIP_ERRORS as exc:
        if "encrypted" in str(exc).lower() or "password" in str(exc).lower():
            raise MinutesError(filename, "is password-protected (encrypted)") from None
        raise MinutesError(filename, f"not a valid {label} (damaged: {exc})") from None
    if len(data) > MAX_UNCOMPRESSED_BYTES:
        raise MinutesError(filename, "refused: unpacks beyond the size limit (possible zip bomb)")
    return data


def parse_xml(data: bytes, filename: str | None, label: str) -> ET.Element:
    # Office XML never needs a DTD; refusing one avoids entity expansion attacks.
    if b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
        raise MinutesError(filename, f"not a valid {label} (XML with a DTD is not accepted)")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise MinutesError(filename, f"not a valid {label} (damaged XML: {exc})") from None
