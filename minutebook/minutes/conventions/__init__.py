"""The conventions committees write their minutes in, one family to a module.

Each module holds its words and patterns as data at the top and the rules that use
them below. The parser (``..parser``) walks the reader's blocks and asks each family
in turn; adding a convention is one entry in a family's table and a test.

    names           titles, roles and contact details around a name; lists of names
    attendance      Present / Apologies / Absent lists and sentences
    meeting         the title block: body, title, meeting date and venue
    dates           dates as clerks write them
    items           numbered, lettered and standing items; section headings
    tables          minutes laid out in table rows, ACTION columns
    actions         ACTION lines, action lists and "X to ..." sentences
    owners          who an action belongs to
    decisions       RESOLVED, "It was agreed that ...", minutes agreed as a true record
    next_meetings   dates of the next and future meetings
    notes           what each line of discussion is: speakers, notes, confidential material
    initials        initials resolved against the attendance
    labels          "Label: value" lines, built from the families' LABELS tables
    words           marks and words every family shares
"""
