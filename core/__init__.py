"""Shared helpers at the bottom of the house: no models, imports nothing from the apps above."""
