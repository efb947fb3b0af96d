"""Actors: names found in the text, their kinds, roles and aliases, bylines set apart."""
