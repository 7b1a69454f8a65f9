"""A blank page between typed ones (the back of a sheet) is passed over, tables and all."""

from archive_copies import joined
from conftest import make_blank_pdf
from layouts import ACTIONS, action_table_pdf

from minutebook.minutes import parse_file


def test_the_pages_around_a_blank_one_are_read_as_they_are_alone(tmp_path):
    typed = action_table_pdf(tmp_path / "typed.pdf")
    blank = tmp_path / "blank.pdf"
    blank.write_bytes(make_blank_pdf())
    both = parse_file(joined([typed, blank], tmp_path / "with-blank.pdf"))
    alone = parse_file(typed)
    assert [(a.text, a.owners) for a in both.actions] == [(a.text, a.owners)
                                                          for a in alone.actions]
    assert [a.owners for a in both.actions] == [[owner] for _, owner, _ in ACTIONS]
    assert both.date == alone.date == "2024-05-14"
