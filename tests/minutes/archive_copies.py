"""Copies of the layouts' documents as an old archive holds them: saved by LibreOffice as
Word 97 (.doc) or RTF, and printed and scanned (pages as pictures, a little askew).

Nothing here is committed as a binary: every copy is made from layouts.py when a test runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

FILTERS = {".doc": "doc:MS Word 97", ".rtf": "rtf:Rich Text Format"}


def require(program: str, package: str) -> None:
    """A converter a test needs: under CI its absence fails the test, elsewhere skips it."""
    if shutil.which(program):
        return
    reason = f"{program} is not installed (Debian package {package})"
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason}; CI must install it (.ci/run)")
    pytest.skip(reason)


def closed(docx_path: Path) -> Path:
    """The document with a last paragraph after its last table, as Word always writes one.

    (LibreOffice's Word 97 export drops a table that ends the document.)
    """
    import docx

    document = docx.Document(docx_path)
    document.add_paragraph("Signed as a true record by the chair.")
    document.save(docx_path)
    return docx_path


def saved_as(paths: list[Path], ext: str, outdir: Path) -> list[Path]:
    """Each document saved by one LibreOffice as ext (.doc or .rtf), in outdir."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", FILTERS[ext], "--outdir", str(outdir),
                        *map(str, paths)],
                       check=True, capture_output=True, timeout=180,
                       env={**os.environ, "HOME": profile})
    out = [outdir / (p.stem + ext) for p in paths]
    missing = [p for p in out if not p.exists()]
    assert not missing, f"LibreOffice did not write {missing}"
    return out


def scanned(pdf_path: Path, out: Path, dpi: int = 200, turns: tuple[float, ...] = (0.0,)) -> Path:
    """The PDF printed and scanned: every page a grey picture at dpi, page n turned by
    turns[n % len(turns)] degrees, saved as a PDF with no text at all."""
    import pypdfium2 as pdfium
    from PIL import Image

    document = pdfium.PdfDocument(str(pdf_path))
    images = []
    for n in range(len(document)):
        picture = document[n].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        angle = turns[n % len(turns)]
        if angle:
            picture = picture.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
        images.append(picture)
    document.close()
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out


def joined(parts: list[Path], out: Path) -> Path:
    """The pages of several PDFs one after the other, as a clerk's scanner merges them."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(str(part))
    with open(out, "wb") as fh:
        writer.write(fh)
    return out


def wordperfect(lines: list[str], path: Path) -> Path:
    """A WordPerfect 6 document of plain paragraphs, written byte by byte.

    Nothing here writes .wpd, so the file is made as WordPerfect lays it out: a 16-byte
    header (its mark, where the text starts, product 1, file type 10 = a document,
    version 2.0, not encrypted), then the text with 0x80 for a space and 0xCC for the
    end of a paragraph.
    """
    header = b"\xffWPC" + (16).to_bytes(4, "little") + bytes([1, 10, 2, 0]) + bytes(8)
    text = b"\xcc".join(line.encode("ascii").replace(b" ", b"\x80") for line in lines)
    path.write_bytes(header + text + b"\xcc")
    return path


def stamped(scan_pdf: Path, out: Path, stamp: str) -> Path:
    """A scan as some copiers save it: each page's picture, and one line of real text over
    it (the copier's stamp) in the text layer."""
    import base64
    import io

    import pypdfium2 as pdfium
    from weasyprint import HTML

    document = pdfium.PdfDocument(str(scan_pdf))
    pages = []
    for n in range(len(document)):
        buffer = io.BytesIO()
        document[n].render(scale=150 / 72, grayscale=True).to_pil().save(buffer, "PNG")
        src = "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
        pages.append(f'<div class="page"><p class="stamp">{stamp} · {n + 1}</p>'
                     f'<img src="{src}"></div>')
    document.close()
    css = ("@page { size: A4; margin: 0 } .page { position: relative; height: 297mm; "
           "break-after: page } img { width: 210mm; height: 297mm } "
           ".stamp { position: absolute; top: 3mm; left: 5mm; margin: 0; font-size: 7pt }")
    HTML(string=f"<html><head><style>{css}</style></head><body>{''.join(pages)}"
                "</body></html>").write_pdf(out)
    return out
