"""A .doc or .rtf copy of a Word document goes through LibreOffice and parses as the original."""

from collections import OrderedDict

import pytest
from archive_copies import closed, require, saved_as
from layouts import (
    action_column_docx,
    action_table_docx,
    attendance_grid_docx,
    heading_table_docx,
    merged_cells_docx,
)

from minutebook.minutes import parse_file, read_document
from minutebook.minutes.readers import office

BUILDERS = [action_column_docx, action_table_docx, attendance_grid_docx, heading_table_docx,
            merged_cells_docx]


def key_fields(parsed):
    return {"date": parsed.date,
            "present": [p.name for p in parsed.present],
            "apologies": [p.name for p in parsed.apologies],
            "absent": [p.name for p in parsed.absent],
            "actions": [(a.text, a.owners, a.due) for a in parsed.actions]}


def forget_prepared(monkeypatch):
    # The fixture's batch may still hold this file's conversion, depending on which
    # tests ran before in this worker; these tests are about converting it now.
    monkeypatch.setattr(office, "_cache", OrderedDict())


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    require("soffice", "libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("archive")
    originals = [closed(build(folder / f"{build.__name__}.docx")) for build in BUILDERS]
    made = {ext: saved_as(originals, ext, folder / ext[1:]) for ext in (".doc", ".rtf")}
    # Read back as an import reads them: all through one LibreOffice.
    office.prepare([(p.read_bytes(), p.suffix) for p in made[".doc"] + made[".rtf"]])
    return originals, made


@pytest.mark.parametrize("ext", [".doc", ".rtf"])
@pytest.mark.parametrize("n", range(len(BUILDERS)), ids=[b.__name__ for b in BUILDERS])
def test_the_copy_gives_the_date_attendance_and_actions_of_the_original(copies, ext, n):
    originals, made = copies
    word, copy = parse_file(originals[n]), parse_file(made[ext][n])
    assert key_fields(copy) == key_fields(word)


@pytest.mark.parametrize("ext", [".doc", ".rtf"])
def test_the_action_column_survives_the_conversion(copies, ext):
    _, made = copies
    copy = parse_file(made[ext][0])
    assert copy.date == "2024-05-14"
    assert [a.owners for a in copy.actions] == [["OP"], ["RT"], ["MA"]]
    rows = [b.cells for b in read_document(made[ext][0]) if b.kind == "row"]
    assert rows[0] == ("Item", "Minute", "ACTION")


def test_a_batch_gives_what_each_file_gives_alone_and_the_same_the_second_time(copies):
    _, made = copies
    paths = made[".doc"] + made[".rtf"]
    office.prepare([(p.read_bytes(), p.suffix) for p in paths])
    batched = [read_document(p) for p in paths]
    assert all(any(b.kind == "row" for b in blocks) for blocks in batched)
    # The batch's results are used once; these two go through LibreOffice anew, alone.
    assert [read_document(paths[0]), read_document(paths[-1])] == [batched[0], batched[-1]]


def test_a_damaged_file_fails_alone_in_its_batch(copies, tmp_path):
    _, made = copies
    broken = tmp_path / "broken.doc"
    broken.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 8)
    office.prepare([(p.read_bytes(), p.suffix) for p in [made[".doc"][1], broken]])
    assert parse_file(made[".doc"][1]).actions
    with pytest.raises(Exception) as err:
        read_document(broken)
    assert str(err.value) == ("broken.doc: LibreOffice could not read it as a document "
                              "(damaged, or not the kind of file its name says)")
    assert "\n" not in str(err.value)


def test_a_batch_out_of_time_is_done_again_file_by_file(copies, monkeypatch):
    _, made = copies
    monkeypatch.setattr(office, "START_SECONDS", 0)
    monkeypatch.setattr(office, "PER_FILE_SECONDS", 0.01)
    files = [(p.read_bytes(), p.suffix) for p in made[".rtf"][:3]]
    results = office._convert(files)
    assert all(isinstance(r, bytes) and r.startswith(b"PK") for r in results)


def test_a_file_out_of_time_is_refused_in_one_line(copies, monkeypatch):
    _, made = copies
    monkeypatch.setattr(office, "FILE_SECONDS", 0.01)
    forget_prepared(monkeypatch)
    with pytest.raises(Exception) as err:
        read_document(made[".rtf"][2])
    assert "did not finish converting it within" in str(err.value)


def test_without_libreoffice_the_file_names_the_package_to_install(copies, tmp_path,
                                                                    monkeypatch):
    _, made = copies
    monkeypatch.setenv("PATH", str(tmp_path))
    forget_prepared(monkeypatch)
    with pytest.raises(Exception) as err:
        read_document(made[".doc"][3])
    assert str(err.value) == (f"{made['.doc'][3].name}: cannot read .doc files: LibreOffice "
                              "is not installed (install the Debian package "
                              "libreoffice-writer-nogui)")
