"""Translations (placeholder until written)."""


def translate_demo(home, ref, tree, report):
    return None
