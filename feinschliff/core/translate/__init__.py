"""Re-translate stage (loaded on first use): DeepL, memory and file backends, one protocol.
Entry points: ``make_translator``/``open_deepl``/``push_glossary``/``prepare_deepl_glossary``/
``rephrase``/``usage``, ``open_memory`` with ``import_tmx``/``export_tmx``."""

from importlib import import_module

#: entry point → the module that defines it (``module.attribute`` where the names differ: a
#: submodule, once imported, is an attribute of this package and would shadow a same-named one)
_HOMES = {
    "make_translator": "factory", "open_deepl": "factory", "push_glossary": "factory", "rephrase": "factory",
    "usage": "factory", "FORMALITIES": "deepl_settings", "settings_from": "deepl_settings",
    "add_write_candidates": "deepl_write", "prepare_deepl_glossary": "deepl_glossary.deepl_glossary",
    "base_lang": "memory",
    "open_memory": "memory_seed", "export_tmx": "memory_tmx", "import_tmx": "memory_tmx",
}
__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, _, attribute = _HOMES[name].partition(".")
    return getattr(import_module(f".{module}", __name__), attribute or name)
