from minutebook.minutes import parse_text


def names(people):
    return [p.name for p in people]


def test_a_present_line_that_also_names_the_clerk_and_the_public():
    parsed = parse_text("PRESENT (five Councillors): - Ola Frey (OF), Bart Gale (BG) – Chair, "
                        "Cleo Hart (CH) Dev Imre (DI), and Eve Jonas (EJ). Parish Clerk: Finn Kerr "
                        "In attendance: three members of the public.\n")
    assert names(parsed.present) == ["Ola Frey", "Bart Gale", "Cleo Hart", "Dev Imre",
                                     "Eve Jonas", "Finn Kerr"]
    assert parsed.present[1].role == "Chair"


def test_a_numbered_item_that_is_the_attendance_list():
    parsed = parse_text("1. Those attending: Mr G Lowe (Chairman) Mrs H Mair, (Vice Chairman)\n\n"
                        "Mr I Nash, Mrs J Oakes\n\n2. Apologies for absence were received from "
                        "Mr K Pryce\n")
    assert names(parsed.present) == ["Mr G Lowe", "Mrs H Mair", "Mr I Nash", "Mrs J Oakes"]
    assert parsed.present[1].role == "Vice Chairman"
    assert names(parsed.apologies) == ["Mr K Pryce"]


def test_names_not_split_by_commas_are_split_at_their_brackets():
    parsed = parse_text("Present: Lia Moss (LM) Nat Orr (NO) Pip Quinn (PQ)\n")
    assert names(parsed.present) == ["Lia Moss", "Nat Orr", "Pip Quinn"]


def test_apologies_in_the_sentences_clerks_write():
    for text, who in [
        ("Apologies had been received from Rob Sim (RS) who was away at work.", ["Rob Sim"]),
        ("Apologies were received and accepted from Rob Sim and Tia Udal.", ["Rob Sim", "Tia Udal"]),
        ("Apologies from Borough Councillor R Sim noted.", ["R Sim"]),
        ("Rob Sim sent his apologies.", ["Rob Sim"]),
        ("No apologies were received.", []),
    ]:
        assert names(parse_text("Present: Val West\n\n1. Apologies\n" + text + "\n").apologies) == who
