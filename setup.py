"""Ships the repository's glossary/ directory inside the package as feinschliff.glossaries."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["feinschliff", "feinschliff.*"]), "feinschliff.glossaries"],
    package_dir={"feinschliff.glossaries": "glossary"},
    package_data={
        "": ["*.tsv", "*.csv", "*.tbx", "*.tmx", "*.tcss", "*.txt", "*.json", "*.toml"],
        "feinschliff": ["core/translate/seed/*.tmx", "data/*.tsv", "data/*.tsv.gz", "reports/templates/*.html.j2"],
    },
)
