<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AnnexesDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n warning(s): some characters print as empty boxes.</source>
        <translation>
            <numerusform>%n warning: some characters print as empty boxes.</numerusform>
            <numerusform>%n warnings: some characters print as empty boxes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n found</numerusform>
            <numerusform>%n found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message numerus="yes">
        <source>%n of {total} records</source>
        <translation>
            <numerusform>%n of {total} records</numerusform>
            <numerusform>%n of {total} records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) hide</source>
        <translation>
            <numerusform>%n filter hides</numerusform>
            <numerusform>%n filters hide</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Delete %n record(s) from the library? This cannot be undone. Briefings that quote them keep their own copies.</source>
        <translation>
            <numerusform>Delete this record from the library? This cannot be undone. Briefings that quote it keep their own copies.</numerusform>
            <numerusform>Delete these %n records from the library? This cannot be undone. Briefings that quote them keep their own copies.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n record(s)</source>
        <translation>
            <numerusform>Added %n record</numerusform>
            <numerusform>Added %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were in the library already</source>
        <translation>
            <numerusform>%1; %n was in the library already</numerusform>
            <numerusform>%1; %n were in the library already</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>Printed %n page</numerusform>
            <numerusform>Printed %n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
