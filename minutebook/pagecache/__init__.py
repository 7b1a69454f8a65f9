"""Rendered pages kept and served again until anything in the database changes.

The busiest pages (dashboard, meeting, action tracker, search) cost tens of milliseconds to
build and are asked for again and again. A page is kept per viewer's session and reused only
while the database's generation, a token replaced after every write, is the one it was built
under; so no page outlives a change, on any of several app servers sharing one database.
"""
