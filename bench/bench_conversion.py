#!/usr/bin/env python3
"""What old Word files and scans cost to read: LibreOffice per file, in batches and alone,
and OCR per page.

    python bench/bench_conversion.py [DOC_COUNT] [SCAN_COUNT]

The documents are bench_import's generated minutes: saved as .doc by LibreOffice, and as
PDFs rendered to 200 dpi pictures a degree askew (neither timed). Wall time is given
beside CPU time, ours and the child processes' (LibreOffice, tesseract).
"""

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_import import minutes, write, write_docx  # noqa: E402


def clock():
    t = os.times()
    return time.perf_counter(), t.user + t.system, t.children_user + t.children_system


def since(start) -> tuple[float, float, float]:
    return tuple(b - a for a, b in zip(start, clock(), strict=True))


def word_file(m: dict, path: Path) -> Path:
    """Minutes m as a .docx ending as Word ends a document: with a paragraph, never a table."""
    import docx

    write_docx(m, path)
    document = docx.Document(path)
    document.add_paragraph("Signed as a true record.")
    document.save(path)
    return path


def save_as_doc(sources: list[Path], outdir: Path) -> list[Path]:
    """The .docx files saved as Word 97 files in outdir by one LibreOffice."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                        "--convert-to", "doc:MS Word 97", "--outdir", str(outdir),
                        *map(str, sources)], check=True, capture_output=True)
    return [outdir / (p.stem + ".doc") for p in sources]


def scan_of(pdf: Path, out: Path, degrees: float = 1.0, dpi: int = 200) -> int:
    """A PDF printed and scanned: each page a grey picture at dpi, turned by degrees, in an
    image-only PDF at out. Returns its number of pages."""
    import pypdfium2 as pdfium
    from PIL import Image

    document = pdfium.PdfDocument(str(pdf))
    pages = [document[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
             .rotate(degrees, resample=Image.BICUBIC, fillcolor=255) for i in range(len(document))]
    pages[0].save(out, "PDF", save_all=True, append_images=pages[1:], resolution=dpi)
    return len(pages)


def old_word_files(folder: Path, count: int, rng: random.Random) -> list[Path]:
    sources = [word_file(minutes(n, rng), folder / f"m{n:03}.docx") for n in range(count)]
    return sorted(save_as_doc(sources, folder / "doc"))


def scans(folder: Path, count: int, rng: random.Random) -> list[Path]:
    out = []
    for n in range(count):
        typed = folder / f"typed{n}.pdf"
        write(minutes(500 + n, rng), ".pdf", typed)
        out.append(folder / f"scan{n}.pdf")
        scan_of(typed, out[-1])
    return out


def main() -> int:
    from minutebook.minutes import parse_file
    from minutebook.minutes.readers import office, read_document

    docs = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    scan_count = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    rng = random.Random(17)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = old_word_files(folder, docs, rng)
        start = clock()
        office.prepare([(p.read_bytes(), ".doc") for p in files])
        wall, cpu, child = since(start)
        actions = sum(len(parse_file(p).actions) for p in files)
        print(f".doc in batches of {office.BATCH_FILES}: {len(files)} files in {wall:.1f} s "
              f"({wall / len(files) * 1000:.0f} ms a file; CPU ours {cpu:.1f} s, "
              f"LibreOffice {child:.1f} s); {actions} actions read")
        alone = files[:5]
        start = clock()
        for path in alone:
            read_document(path)
        wall, cpu, child = since(start)
        print(f".doc one at a time: {wall / len(alone):.2f} s a file "
              f"(CPU ours {cpu / len(alone):.2f} s, LibreOffice {child / len(alone):.2f} s)")
        pdfs = scans(folder, scan_count, rng)
        start = clock()
        pages = 0
        for path in pdfs:
            pages += len(read_document(path).ocr_pages)
        wall, cpu, child = since(start)
        print(f"scans at 200 dpi: {pages} pages of {len(pdfs)} files in {wall:.1f} s, "
              f"{wall / pages:.2f} s a page (CPU ours {cpu / pages:.2f} s, tesseract "
              f"{child / pages:.2f} s a page)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
