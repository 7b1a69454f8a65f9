"""The one exception the minutes package raises for unreadable input."""

import os


class MinutesError(Exception):
    """A document could not be read or parsed.

    ``str(err)`` is one line: the file's name and the reason, e.g.
    ``report.docx: not a valid .docx (not a zip archive)``.
    """

    def __init__(self, filename: str | os.PathLike | None, reason: str):
        self.filename = os.fspath(filename) if filename is not None else None
        # Keep the message on one line whatever the underlying error said.
        self.reason = " ".join(str(reason).split())
        name = os.path.basename(self.filename) if self.filename else "<text>"
        super().__init__(f"{name}: {self.reason}")
