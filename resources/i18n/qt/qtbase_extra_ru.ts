<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that the qtbase_ru.qm shipped with PySide6 lacks (Qt 6 renamed them).
     Written by hand; installed after qtbase_ru by ui/i18n.py. -->
<TS version="2.1" language="ru_RU">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
    </message>
</context>
</TS>
