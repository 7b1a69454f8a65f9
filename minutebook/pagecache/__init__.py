"""Rendered pages kept and served again until a body they show changes.

The busiest pages (dashboard, meeting, action tracker, search) cost tens of milliseconds to
build and are asked for again and again. A page is kept per viewer's session and reused only
while the generations it was built under, tokens in the database (a global one, and one per
body it shows), are unchanged; so no page outlives a change to what it shows, on any of
several app servers sharing one database. See pages.py for the few seconds a stale page may
still be served while it is rebuilt, and writes.py for which writes count for which body.
"""
