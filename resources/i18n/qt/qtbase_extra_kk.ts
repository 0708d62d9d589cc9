<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings that the qtbase_kk.qm shipped with PySide6 may lack (older builds have
     only the Qt 5 spelling). Written by hand; installed after qtbase_kk by ui/i18n.py. -->
<TS version="2.1" language="kk_KZ">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Қайда қ&amp;арау:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Файлдар &amp;түрі:</translation>
    </message>
</context>
</TS>
