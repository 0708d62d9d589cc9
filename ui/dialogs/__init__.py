"""Dialogs: record forms, the pupil card, sign-in, the setup wizard, import and phone report.
A dialog never imports a page."""
