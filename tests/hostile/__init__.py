"""The hostile suite: progmap against inputs made to break it (see files.py)."""
