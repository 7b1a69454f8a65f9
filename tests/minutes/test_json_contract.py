import json

from minutebook.minutes import parse_file

TOP_KEYS = {"body", "title", "date", "venue", "present", "apologies", "absent", "items",
            "actions", "decisions", "next_meetings", "initials", "warnings"}


def test_it_keeps_every_key_and_shape_of_the_contract(fixtures):
    data = parse_file(fixtures / "wealdshire-primary-forum-2011-02-09.txt").to_json()
    assert TOP_KEYS <= set(data)
    json.dumps(data)  # serialisable as is
    person = data["present"][0]
    assert {"name", "initials", "role"} <= set(person)
    item = data["items"][2]
    assert {"number", "title", "children"} <= set(item)
    assert item["children"][0]["number"] == "1"
    action = data["actions"][0]
    assert {"text", "owners", "due"} <= set(action) and isinstance(action["owners"], list)
    assert set(data["decisions"][0]) >= {"text"}
    assert set(data["next_meetings"][0]) >= {"date", "kind"}
    assert data["initials"]["KF"] is None
    assert all(isinstance(w, str) for w in data["warnings"])


def test_it_adds_entries_for_the_importer(fixtures):
    data = parse_file(fixtures / "wealdshire-primary-forum-2011-02-09.txt").to_json()
    falling = data["items"][2]["children"][1]
    kinds = [e["kind"] for e in falling["entries"]]
    assert kinds == ["contribution", "action", "note", "action"]
    assert falling["entries"][0]["confidential"] is True
    assert falling["entries"][0]["speakers"] == ["TW"]
