"""Realistic bilingual files for the format tests: inline markup, notes, states, several
<file> elements, PO plural forms and format placeholders."""

from __future__ import annotations

from pathlib import Path

XLIFF12 = """<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by a CAT tool -->
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="news.html" source-language="en-US" target-language="de-DE" datatype="html">
    <header><note>project Contoso</note></header>
    <body>
      <trans-unit id="1" resname="title">
        <source>Available in <g id="1">Azure AI Foundry</g> now &amp; later.</source>
        <target state="needs-review-translation">Jetzt &amp; später in <g id="1">Azure Ai Giesel</g> erhältlich.</target>
        <note from="pm">product name, keep it</note>
      </trans-unit>
      <trans-unit id="2">
        <source>Click <x id="1"/> to open GitHub.</source>
        <target state='translated'>Klicken Sie auf <x id="1"/>, um Github zu öffnen.</target>
        <alt-trans><target>Klicke <x id="1"/>, um Github zu öffnen.</target></alt-trans>
      </trans-unit>
      <group id="g1">
        <trans-unit id="3">
          <source>The model is free.</source>
          <target state="final">Das Modell ist kostenlos.</target>
        </trans-unit>
      </group>
    </body>
  </file>
  <file original="faq.html" source-language="en-US" target-language="de-DE" datatype="html">
    <body>
      <trans-unit id="1">
        <source>It runs on <bpt id="1">&lt;b&gt;</bpt>15,000<ept id="1">&lt;/b&gt;</ept> GPUs.</source>
        <target>Es läuft auf <bpt id="1">&lt;b&gt;</bpt>15.000<ept id="1">&lt;/b&gt;</ept> GPUs.</target>
      </trans-unit>
    </body>
  </file>
</xliff>
"""

XLIFF2 = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
  <file id="f1" original="news.html">
    <unit id="u1">
      <notes>
        <note category="context">headline</note>
      </notes>
      <segment id="s1" state="translated">
        <source>Available in <pc id="1">Azure AI Foundry</pc>.</source>
        <target>Erhältlich in <pc id="1">Azure Ai Giesel</pc>.</target>
      </segment>
    </unit>
    <unit id="u2">
      <segment state="translated">
        <source>Use <ph id="1"/> on GitHub.</source>
        <target>Verwenden Sie <ph id="1"/> auf Github.</target>
      </segment>
      <ignorable><source> </source></ignorable>
      <segment state="final">
        <source>It is fine.</source>
        <target>Es ist gut.</target>
      </segment>
    </unit>
  </file>
  <file id="f2">
    <unit id="u1">
      <segment>
        <source>The <mrk id="m1" translate="no">OpenAI</mrk> board met.</source>
        <target>Der <mrk id="m1" translate="no">OpenAI</mrk> Vorstand traf sich.</target>
      </segment>
    </unit>
  </file>
</xliff>
"""

PO = """# German translation of the app.
msgid ""
msgstr ""
"Project-Id-Version: app 1.0\\n"
"Language: de\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#. shown on the start page
#: app/views.py:10
#, fuzzy, python-format
msgid "Open %(name)s in Azure AI Foundry"
msgstr "Öffne %(name)s in Azure Ai Giesel"

#: app/views.py:22
msgid "One file on GitHub"
msgid_plural "{count} files on GitHub"
msgstr[0] "Eine Datei auf Github"
msgstr[1] "{count} Dateien auf Github"

#: app/views.py:30
msgid "The model is free."
msgstr "Das Modell ist kostenlos."

msgctxt "menu"
msgid "A long text that wraps"
msgstr ""
"Ein langer Text, der "
"umgebrochen wird."

#~ msgid "old"
#~ msgstr "alt"
"""

TMX = """<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/>
  <body>
    <tu tuid="t1">
      <tuv xml:lang="en"><seg>Available in Azure AI Foundry.</seg></tuv>
      <tuv xml:lang="de"><seg>Erhältlich in Azure Ai Giesel.</seg></tuv>
    </tu>
    <tu tuid="t2">
      <tuv xml:lang="en"><seg>The model is free.</seg></tuv>
      <tuv xml:lang="de"><seg>Das Modell ist kostenlos.</seg></tuv>
    </tu>
  </body>
</tmx>
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
