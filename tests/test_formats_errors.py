"""Bad bilingual input: one line naming the file and line, exit code 2; hostile XML is
refused before any parser expands or fetches anything."""

from __future__ import annotations

import pytest
from bilingual_files import PO, XLIFF2, XLIFF12, write
from test_cli_errors import assert_one_line_error

from feinschliff.cli.main import main

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE xliff [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="en" target-language="de" datatype="plaintext"><body>
  <trans-unit id="1"><source>Laugh</source><target>&lol9;</target></trans-unit>
 </body></file>
</xliff>
"""


def xxe(secret_path) -> str:
    return f"""<?xml version="1.0"?>
<!DOCTYPE xliff [ <!ENTITY secret SYSTEM "file://{secret_path}"> ]>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="a" source-language="en" target-language="de" datatype="plaintext"><body>
  <trans-unit id="1"><source>Read</source><target>Geheim: &secret;</target></trans-unit>
 </body></file>
</xliff>
"""


def run(capsys, *argv):
    code = main(["check", "--retranslate", "none", "--no-glossary", *map(str, argv)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_billion_laughs_is_refused_with_its_line(tmp_path, capsys):
    code, out, err = run(capsys, write(tmp_path, "bomb.xlf", BILLION_LAUGHS))
    assert code == 2 and not out
    assert_one_line_error(err, "bomb.xlf:3: ", "entity declarations are not allowed")
    assert "lollol" not in err


@pytest.mark.parametrize("command", ["check", "review", "export"])
def test_external_entity_never_reads_the_file(tmp_path, capsys, command):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711\n", encoding="utf-8")
    path = write(tmp_path, "xxe.xlf", xxe(secret))
    (tmp_path / "xxe.xlf.feinschliff-session.sqlite").touch() if command == "export" else None
    code = main([command, "--retranslate", "none", "--no-glossary", str(path)])
    captured = capsys.readouterr()
    assert code == 2
    assert_one_line_error(captured.err, "xxe.xlf:2: ", "entity declarations are not allowed")
    assert "TOPSECRET" not in captured.out + captured.err
    assert not list(tmp_path.glob("xxe.repaired*"))


def test_the_hardened_parser_alone_does_not_expand_or_fetch(tmp_path):
    """Below the refusal: lxml as configured resolves no entity even if one got through."""
    from lxml import etree

    from feinschliff.core.formats.safexml import hardened_parser

    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET-4711", encoding="utf-8")
    root = etree.fromstring(xxe(secret).encode(), parser=hardened_parser())
    assert "TOPSECRET" not in etree.tostring(root, encoding="unicode")
    try:
        bomb = etree.fromstring(BILLION_LAUGHS.encode(), parser=hardened_parser())
    except etree.XMLSyntaxError as exc:  # libxml2's amplification limit stops it
        assert "amplification" in str(exc)
    else:
        assert len(etree.tostring(bomb)) < 10_000


def test_malformed_xml_names_the_line(tmp_path, capsys):
    broken = XLIFF12.replace('<target state="final">Das Modell ist kostenlos.</target>',
                             '<target state="final">Das Modell ist kostenlos.</targte>')
    line = broken[: broken.index("</targte>")].count("\n") + 1
    code, _, err = run(capsys, write(tmp_path, "project.xlf", broken))
    assert code == 2
    assert_one_line_error(err, f"project.xlf:{line}: malformed XML: ", "mismatch")


def test_xliff_without_target_language(tmp_path, capsys):
    code, _, err = run(capsys, write(tmp_path, "nolang.xlf", XLIFF2.replace(' trgLang="de"', "")))
    assert code == 2
    assert_one_line_error(err, "nolang.xlf:2: ", "no target language", "trgLang")
    code, _, err = run(capsys, write(tmp_path, "nolang12.xlf", XLIFF12.replace(' target-language="de-DE"', "")))
    assert code == 2
    assert_one_line_error(err, "nolang12.xlf:", "no target language", "target-language")


def test_unit_without_target(tmp_path, capsys):
    text = XLIFF2.replace("<target>Es ist gut.</target>", "")
    line = text[: text.index('<segment state="final">')].count("\n") + 1
    code, _, err = run(capsys, write(tmp_path, "partial.xlf", text))
    assert code == 2
    assert_one_line_error(err, f"partial.xlf:{line}: ", "has no <target>")


def test_unit_with_an_empty_target(tmp_path, capsys):
    text = XLIFF12.replace('<target state="final">Das Modell ist kostenlos.</target>', '<target state="final"/>')
    line = text[: text.index('<trans-unit id="3">')].count("\n") + 1
    code, _, err = run(capsys, write(tmp_path, "empty.xlf", text))
    assert code == 2
    assert_one_line_error(err, f"empty.xlf:{line}: ", "has an empty <target>")


def test_po_syntax_error(tmp_path, capsys):
    text = PO.replace('msgstr "Das Modell ist kostenlos."', 'msgstr "Das Modell ist kostenlos.')
    line = text[: text.index('msgstr "Das Modell')].count("\n") + 1
    code, _, err = run(capsys, write(tmp_path, "messages.po", text))
    assert code == 2
    assert_one_line_error(err, f"messages.po:{line}: PO syntax error")


def test_po_entry_without_translation(tmp_path, capsys):
    text = PO.replace('msgstr "Das Modell ist kostenlos."', 'msgstr ""')
    line = text[: text.index('msgstr ""\n\nmsgctxt')].count("\n") + 1
    code, _, err = run(capsys, write(tmp_path, "messages.po", text))
    assert code == 2
    assert_one_line_error(err, f"messages.po:{line}: ", "has no translation")


def test_source_flag_is_refused_for_bilingual_files(tmp_path, capsys):
    source = write(tmp_path, "source.en.txt", "Hello.\n")
    code, _, err = run(capsys, write(tmp_path, "news.xlf", XLIFF12), "--source", source)
    assert code == 2
    assert_one_line_error(err, "news.xlf is a bilingual file")
