from minutebook.minutes import parse_text


def test_a_list_of_name_comma_company_lines_keeps_one_person_a_line():
    parsed = parse_text("## Members present\n\n- Oskar Lind, Fjord Lighting Ltd\n"
                        "- Petra Vale, Northwind Studios\n- Quinn Abara, Hollow Oak, Inc.\n"
                        "- Rhea Moss, Independent\n\n## Notes\n\nWe met.\n")
    assert [p.name for p in parsed.present] == ["Oskar Lind", "Petra Vale", "Quinn Abara",
                                               "Rhea Moss"]
    assert parsed.present[0].role == "Fjord Lighting Ltd"


def test_a_bullet_holding_two_names_among_single_names_is_two_people():
    parsed = parse_text("## Other attendees\n\n- Sana Iqbal, Tomas Rudd (Harbour Trust)\n"
                        "- Uma Pell (Harbour Trust)\n- Vic Orme\n\n## Notes\n\nWe met.\n")
    assert [p.name for p in parsed.present] == ["Sana Iqbal", "Tomas Rudd", "Uma Pell",
                                               "Vic Orme"]
