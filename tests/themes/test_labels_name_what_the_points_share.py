import re

from minutebook.themes.engine import Point, combine

# An invented consultation: three ideas, each put by several forums in their own words.
ROWS = [
    ("L1", "Northmoor Forum", "Library opening hours are too short on Saturdays"),
    ("L2", "Eastwick Forum", "Opening hours at the library should be longer at weekends"),
    ("L3", "Northmoor Forum", "Longer library opening hours would help working parents"),
    ("L4", "Eastwick Forum", "I think the library opening hours suit nobody who works"),
    ("R1", "Northmoor Forum", "Potholes on rural roads damage cars and bikes"),
    ("R2", "Eastwick Forum", "Rural roads are full of potholes after the winter"),
    ("R3", "Eastwick Forum", "Our rural roads need their potholes filled before spring"),
    ("R4", "Northmoor Forum", "Cyclists fall on the potholes along rural roads"),
    ("G1", "Northmoor Forum", "Park toilets close far too early in summer"),
    ("G2", "Eastwick Forum", "Toilets in the park are locked by five in summer"),
    ("G3", "Northmoor Forum", "Families leave the park because the toilets are shut"),
]


def labels(fake):
    report = combine([Point(*r) for r in ROWS], embedder=fake)
    return {t.label: set(t.point_ids) for t in report.all_themes()}, report


def test_a_label_names_the_words_its_points_share(fake):
    found, _ = labels(fake)
    by_first = {min(ids): label.lower() for label, ids in found.items()}
    assert "opening hours" in by_first["L1"] or "library" in by_first["L1"]
    assert "pothole" in by_first["R1"] or "rural roads" in by_first["R1"]
    assert "toilet" in by_first["G1"] or "park" in by_first["G1"]


def test_a_label_is_a_short_heading_not_a_copied_point(fake):
    found, _ = labels(fake)
    texts = {text.lower().rstrip(".") for _, _, text in ROWS}
    for label in found:
        words = label.split()
        assert 2 <= len(words) <= 8, label
        assert label[0].isupper()
        assert label.lower() not in texts


def test_a_label_never_names_another_themes_point(fake):
    found, _ = labels(fake)
    text_of = {pid: text.lower() for pid, _, text in ROWS}
    for label, ids in found.items():
        words = re.findall(r"[a-z]+", label.lower())
        phrase = " ".join(words)
        others = [text_of[p] for p in text_of if p not in ids]
        mine = [text_of[p] for p in ids]
        assert any(phrase in " ".join(re.findall(r"[a-z]+", t)) for t in mine), label
        assert not any(phrase in " ".join(re.findall(r"[a-z]+", t)) for t in others), label


def test_a_clerks_label_is_kept_as_written(fake):
    from minutebook.themes.engine import Constraints

    _, first = labels(fake)
    theme = next(t for t in first.all_themes() if "R1" in t.point_ids)
    edits = Constraints(pinned={"R1": theme.key}, labels={theme.key: "Roads"})
    again = combine([Point(*r) for r in ROWS], embedder=fake, constraints=edits)
    assert [t.label for t in again.all_themes() if "R1" in t.point_ids] == ["Roads"]
