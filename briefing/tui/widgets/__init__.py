"""Widgets of the main screen, one module per area: header, lists, source pane, search bar."""
