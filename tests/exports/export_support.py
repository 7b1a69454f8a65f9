"""Reading exported documents back: DOCX tables and XML, PDF text."""

import io
import zipfile

import docx
from pypdf import PdfReader

CANARY = "formal support"  # only in the demo's confidential entries


def docx_of(response):
    return docx.Document(io.BytesIO(response.content))


def docx_xml(response) -> str:
    """Every XML part of the package, so nothing hides in headers, footers or properties."""
    with zipfile.ZipFile(io.BytesIO(response.content)) as z:
        return "".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xml"))


def rows_of(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def pdf_text(response) -> str:
    assert response.content.startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
