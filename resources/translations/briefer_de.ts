<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About briefer</source>
        <translation>Über briefer</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>the records you imported</source>
        <translation>die importierten Datensätze</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>errors briefer did not expect</source>
        <translation>unerwartete Fehler</translation>
    </message>
    <message>
        <source>none written yet</source>
        <translation>noch keines geschrieben</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>unsaved briefings, kept until saved</source>
        <translation>nicht gespeicherte Vorlagen, aufbewahrt bis zum Speichern</translation>
    </message>
    <message>
        <source>Your templates</source>
        <translation>Eigene Layouts</translation>
    </message>
    <message>
        <source>searched before the bundled ones</source>
        <translation>werden vor den mitgelieferten durchsucht</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Compiles ministerial briefings from consultations and statements, offline.</source>
        <translation>Erstellt Vorlagen und Gesprächsunterlagen für die Leitung aus Konsultationen und Erklärungen – offline.</translation>
    </message>
    <message>
        <source>Where your things are</source>
        <translation>Wo Ihre Daten liegen</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>briefer is free software under the {licence} licence.</source>
        <translation>briefer ist freie Software unter der {licence}-Lizenz.</translation>
    </message>
    <message>
        <source>Libraries it runs on</source>
        <translation>Verwendete Programmbibliotheken</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fonts embedded in the PDFs&lt;/b&gt; (unmodified; their licence texts are in {folder})</source>
        <translation>&lt;b&gt;In die PDF-Dateien eingebettete Schriften&lt;/b&gt; (unverändert; ihre Lizenztexte liegen in {folder})</translation>
    </message>
    <message>
        <source>Spell checking uses the Hunspell dictionaries installed on this computer, under their own licences.</source>
        <translation>Die Rechtschreibprüfung nutzt die auf diesem Rechner installierten Hunspell-Wörterbücher unter deren eigenen Lizenzen.</translation>
    </message>
</context>
<context>
    <name>AnnexTableModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Annex {number}</source>
        <translation>Anlage {number}</translation>
    </message>
    <message>
        <source>Rename annex</source>
        <translation>Anlage umbenennen</translation>
    </message>
</context>
<context>
    <name>AnnexesDialog</name>
    <message>
        <source>Original release</source>
        <translation>Originalmeldung</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>{format} image, {width} × {height} pixels, {size}</source>
        <translation>{format}-Bild, {width} × {height} Pixel, {size}</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <source>Annexes follow the sources in the PDF, each from a new page, and are listed in the contents. Word lists a PDF annex as attached separately. To attach a record&apos;s original release, right-click it in the outline or the library.</source>
        <translation>Anlagen folgen in der PDF-Datei auf die Quellen, jede auf einer neuen Seite, und stehen im Inhaltsverzeichnis. In Word wird eine PDF-Anlage als gesondert beigefügt aufgeführt. Um die Originalmeldung eines Datensatzes beizufügen, klicken Sie ihn in der Gliederung oder der Bibliothek mit der rechten Maustaste an.</translation>
    </message>
    <message>
        <source>Attach File…</source>
        <translation>Datei beifügen…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move annex</source>
        <translation>Anlage verschieben</translation>
    </message>
    <message>
        <source>Remove annex</source>
        <translation>Anlage entfernen</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong: {error}.

The briefing you are editing is autosaved; save it under a new name to be safe. The details are in {log}.</source>
        <translation>Etwas ist schiefgegangen: {error}.

Die bearbeitete Vorlage ist automatisch gesichert; speichern Sie sie sicherheitshalber unter einem neuen Namen. Einzelheiten stehen in {log}.</translation>
    </message>
    <message>
        <source>briefer did not close properly. Restore the unsaved changes to “{title}”{file}?</source>
        <translation>briefer wurde nicht ordnungsgemäß beendet. Die nicht gespeicherten Änderungen an „{title}“{file} wiederherstellen?</translation>
    </message>
    <message>
        <source>Restore briefing?</source>
        <translation>Vorlage wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>BriefingDocument</name>
    <message>
        <source>Untitled briefing</source>
        <translation>Unbenannte Vorlage</translation>
    </message>
    <message>
        <source>New briefing</source>
        <translation>Neue Vorlage</translation>
    </message>
</context>
<context>
    <name>DateFilterEdit</name>
    <message>
        <source>Filter by date: {bound}</source>
        <translation>Nach Datum filtern: {bound}</translation>
    </message>
    <message>
        <source>Date: {bound}</source>
        <translation>Datum: {bound}</translation>
    </message>
    <message>
        <source>Clear the date: {bound}</source>
        <translation>Datum löschen: {bound}</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>yyyy-MM-dd</source>
        <comment>a date in fields and tables</comment>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>readout</source>
        <translation>Gesprächszusammenfassung</translation>
    </message>
    <message>
        <source>joint statement</source>
        <translation>Gemeinsame Erklärung</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Release {name}</source>
        <translation>Meldung {name}</translation>
    </message>
    <message>
        <source>Tinted fields were inferred rather than read from the release: check them first (their tooltips say how).</source>
        <translation>Farbig hinterlegte Felder wurden erschlossen, nicht aus der Meldung gelesen: Prüfen Sie diese zuerst (der Tooltip sagt, wie sie ermittelt wurden).</translation>
    </message>
    <message>
        <source>Store this release</source>
        <translation>Diese Meldung übernehmen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Statement {number}</source>
        <translation>Erklärung {number}</translation>
    </message>
    <message>
        <source>Fields read from {name}</source>
        <translation>Aus {name} gelesene Felder</translation>
    </message>
</context>
<context>
    <name>EditorSpelling</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Correct spelling</source>
        <translation>Rechtschreibung korrigieren</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Select a section or an entry of the briefing.</source>
        <translation>Wählen Sie einen Abschnitt oder einen Eintrag der Vorlage.</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>Abschnittstitel</translation>
    </message>
    <message>
        <source>Text format</source>
        <translation>Textformat</translation>
    </message>
    <message>
        <source>Printable (unticked: internal, left out of shareable exports)</source>
        <translation>Druckbar (ohne Haken: intern, fehlt in der Fassung zur Weitergabe)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Library record</source>
        <translation>Datensatz der Bibliothek</translation>
    </message>
    <message>
        <source>Update from library</source>
        <translation>Aus der Bibliothek aktualisieren</translation>
    </message>
    <message>
        <source>The library&apos;s record has changed since it was added to the briefing. Below, the briefing&apos;s copy with the library&apos;s changes: struck through what the library no longer has, underlined what it added.</source>
        <translation>Der Datensatz in der Bibliothek hat sich geändert, seit er in die Vorlage übernommen wurde. Unten steht die Fassung der Vorlage mit den Änderungen der Bibliothek: durchgestrichen, was die Bibliothek nicht mehr enthält, unterstrichen, was hinzugekommen ist.</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Abschnitt umbenennen</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Edit image</source>
        <translation>Bild bearbeiten</translation>
    </message>
    <message>
        <source>Printable</source>
        <translation>Druckbar</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export briefing</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <source>Internal (everything)</source>
        <translation>Intern (vollständig)</translation>
    </message>
    <message>
        <source>Shareable (internal notes left out)</source>
        <translation>Zur Weitergabe (ohne interne Vermerke)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): some characters print as empty boxes.</source>
        <translation>
            <numerusform>%n Warnung: Einige Zeichen werden als leere Kästchen gedruckt.</numerusform>
            <numerusform>%n Warnungen: Einige Zeichen werden als leere Kästchen gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in briefing</source>
        <translation>In der Vorlage suchen</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n found</source>
        <translation>
            <numerusform>%n gefunden</numerusform>
            <numerusform>%n gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>{at} of {count}</source>
        <translation>{at} von {count}</translation>
    </message>
</context>
<context>
    <name>ImageDialog</name>
    <message>
        <source>Insert image: {name}</source>
        <translation>Bild einfügen: {name}</translation>
    </message>
</context>
<context>
    <name>ImageFields</name>
    <message>
        <source>Describe the image for readers who cannot see it</source>
        <translation>Beschreiben Sie das Bild für Leserinnen und Leser, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Optional; printed as “Figure 1: …” under the image</source>
        <translation>Optional; wird als „Abbildung 1: …“ unter das Bild gedruckt</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Alt text</source>
        <translation>Alternativtext</translation>
    </message>
    <message>
        <source>{kind}, {width} × {height} pixels, {size}</source>
        <translation>{kind}, {width} × {height} Pixel, {size}</translation>
    </message>
    <message>
        <source>Alt text is required: describe the image for readers who cannot see it.</source>
        <translation>Ein Alternativtext ist erforderlich: Beschreiben Sie das Bild für Leserinnen und Leser, die es nicht sehen können.</translation>
    </message>
    <message>
        <source>Alt text may have at most {count} characters.</source>
        <translation>Der Alternativtext darf höchstens {count} Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>{name} is damaged: its pixels cannot be read ({error}). Open it in an image editor, save it again and insert it again.</source>
        <translation>{name} ist beschädigt: Die Bildpunkte können nicht gelesen werden ({error}). Öffnen Sie die Datei in einem Bildbearbeitungsprogramm, speichern Sie sie erneut und fügen Sie sie noch einmal ein.</translation>
    </message>
    <message>
        <source>{name} turned upright {error}.</source>
        <translation>{name}, aufgerichtet: {error}.</translation>
    </message>
</context>
<context>
    <name>ImportReviewDialog</name>
    <message>
        <source>Review import</source>
        <translation>Import prüfen</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Nicht importiert:</translation>
    </message>
    <message>
        <source>Releases to import</source>
        <translation>Zu importierende Meldungen</translation>
    </message>
    <message>
        <source>Store in Library</source>
        <translation>In die Bibliothek übernehmen</translation>
    </message>
    <message>
        <source>record {id}</source>
        <translation>Datensatz {id}</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>a date: 6 May 2026</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>record {id}, imported on {date}</source>
        <translation>Datensatz {id}, importiert am {date}</translation>
    </message>
    <message>
        <source>Imported before</source>
        <translation>Bereits importiert</translation>
    </message>
    <message>
        <source>{name} is in the library already.</source>
        <translation>{name} ist bereits in der Bibliothek.</translation>
    </message>
    <message>
        <source>It is the source of the {kind} “{heading}” ({record}). Importing it again adds only what differs from the records already there.</source>
        <translation>Sie ist die Quelle der {kind} „{heading}“ ({record}). Ein erneuter Import fügt nur hinzu, was von den vorhandenen Datensätzen abweicht.</translation>
    </message>
    <message>
        <source>Import Anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>Unexpected error: {error}</source>
        <translation>Unerwarteter Fehler: {error}</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every record the search text matches</source>
        <translation>Alle Datensätze zeigen, auf die der Suchtext passt</translation>
    </message>
    <message>
        <source>Filters in use</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Ausgewählter Datensatz</translation>
    </message>
    <message>
        <source>Library records</source>
        <translation>Datensätze der Bibliothek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Filter: {name}</source>
        <translation>Filter: {name}</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} records</source>
        <translation>
            <numerusform>%n von {total} Datensätzen</numerusform>
            <numerusform>%n von {total} Datensätzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n filter(s) hide</source>
        <translation>
            <numerusform>%n Filter blendet</numerusform>
            <numerusform>%n Filter blenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Datensatz aus</numerusform>
            <numerusform>%n Datensätze aus</numerusform>
        </translation>
    </message>
    <message>
        <source>no records</source>
        <translation>keine Datensätze aus</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>LibraryTableModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>(no longer in the library)</source>
        <translation>(nicht mehr in der Bibliothek)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>to import a press release use File ▸ Import Press Releases</source>
        <translation>um eine Pressemitteilung zu importieren, wählen Sie Datei ▸ Pressemitteilungen importieren</translation>
    </message>
    <message>
        <source>a briefing is a .briefing file saved by briefer</source>
        <translation>eine Vorlage ist eine von briefer gespeicherte .briefing-Datei</translation>
    </message>
    <message>
        <source>{name} is {kind}, not a briefing; {hint}.</source>
        <translation>{name} ist {kind}, keine Vorlage; {hint}.</translation>
    </message>
    <message>
        <source>Briefing outline</source>
        <translation>Gliederung der Vorlage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Press Releases…</source>
        <translation>Pressemitteilungen &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Find in &amp;Briefing</source>
        <translation>In der &amp;Vorlage suchen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Fit Width</source>
        <translation>&amp;Seitenbreite</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>V&amp;orherige Seite</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Go to &amp;Library</source>
        <translation>Zur &amp;Bibliothek</translation>
    </message>
    <message>
        <source>Go to O&amp;utline</source>
        <translation>Zur G&amp;liederung</translation>
    </message>
    <message>
        <source>Go to &amp;Editor</source>
        <translation>Zum &amp;Editor</translation>
    </message>
    <message>
        <source>Go to Pre&amp;view</source>
        <translation>Zur &amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bib&amp;liothek</translation>
    </message>
    <message>
        <source>&amp;Add Selected to Briefing</source>
        <translation>Auswahl in die Vorlage &amp;übernehmen</translation>
    </message>
    <message>
        <source>Import &amp;Pasted Text</source>
        <translation>&amp;Eingefügten Text importieren</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Edit Record…</source>
        <translation>Datensatz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Records…</source>
        <translation>Ausgewählte Datensätze &amp;löschen…</translation>
    </message>
    <message>
        <source>Attach Original Re&amp;lease</source>
        <translation>Original&amp;meldung beifügen</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>&amp;Vorlage</translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation>&amp;Eigenschaften…</translation>
    </message>
    <message>
        <source>Add &amp;Section</source>
        <translation>&amp;Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name Section</source>
        <translation>Abschnitt &amp;umbenennen</translation>
    </message>
    <message>
        <source>Add &amp;Background</source>
        <translation>&amp;Sachstand hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Talking Points</source>
        <translation>S&amp;prechpunkte hinzufügen</translation>
    </message>
    <message>
        <source>Add Internal &amp;Note</source>
        <translation>Internen &amp;Vermerk hinzufügen</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach un&amp;ten</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Update from Library</source>
        <translation>Aus der Bibliothek a&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Attach &amp;Annex…</source>
        <translation>A&amp;nlage beifügen…</translation>
    </message>
    <message>
        <source>Anne&amp;xes…</source>
        <translation>Anla&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Insert</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Image…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Insert an image (PNG or JPEG) with a caption</source>
        <translation>Ein Bild (PNG oder JPEG) mit Bildunterschrift einfügen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About briefer</source>
        <translation>Ü&amp;ber briefer</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Add section</source>
        <translation>Abschnitt hinzufügen</translation>
    </message>
    <message>
        <source>Add text</source>
        <translation>Text hinzufügen</translation>
    </message>
    <message>
        <source>Insert image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>{name} was not inserted: with it, {error}. Use a smaller image.</source>
        <translation>{name} wurde nicht eingefügt ({error}). Verwenden Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>Delete records</source>
        <translation>Datensätze löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s) from the library? This cannot be undone. Briefings that quote them keep their own copies.</source>
        <translation>
            <numerusform>%n Datensatz aus der Bibliothek löschen? Das kann nicht rückgängig gemacht werden. Vorlagen, die ihn zitieren, behalten ihre eigene Kopie.</numerusform>
            <numerusform>%n Datensätze aus der Bibliothek löschen? Das kann nicht rückgängig gemacht werden. Vorlagen, die sie zitieren, behalten ihre eigenen Kopien.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add from library</source>
        <translation>Aus der Bibliothek übernehmen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Update from library</source>
        <translation>Aus der Bibliothek aktualisieren</translation>
    </message>
    <message>
        <source>Attach annex</source>
        <translation>Anlage beifügen</translation>
    </message>
    <message>
        <source>PDF files and images (*.pdf *.png *.jpg *.jpeg);;All files (*)</source>
        <translation>PDF-Dateien und Bilder (*.pdf *.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message>
        <source>Attached “{title}” as Annex {number}</source>
        <translation>„{title}“ als Anlage {number} beigefügt</translation>
    </message>
    <message>
        <source>Select a record to attach its original release</source>
        <translation>Wählen Sie einen Datensatz, um seine Originalmeldung beizufügen</translation>
    </message>
    <message>
        <source>{error}; its original release cannot be attached.</source>
        <translation>{error}; seine Originalmeldung kann nicht beigefügt werden.</translation>
    </message>
    <message>
        <source>That release is attached already, as Annex {number}</source>
        <translation>Diese Meldung ist bereits beigefügt, als Anlage {number}</translation>
    </message>
    <message>
        <source>Import press releases</source>
        <translation>Pressemitteilungen importieren</translation>
    </message>
    <message>
        <source>Press releases (*.txt *.htm *.html *.docx *.pdf);;All files (*)</source>
        <translation>Pressemitteilungen (*.txt *.htm *.html *.docx *.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing imported: skipped what was imported before</source>
        <translation>Nichts importiert: bereits Importiertes übersprungen</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored</source>
        <translation>Import abgebrochen; nichts wurde übernommen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n record(s)</source>
        <translation>
            <numerusform>%n Datensatz hinzugefügt</numerusform>
            <numerusform>%n Datensätze hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n were in the library already</source>
        <translation>
            <numerusform>%1; %n war bereits in der Bibliothek</numerusform>
            <numerusform>%1; %n waren bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Open briefing</source>
        <translation>Vorlage öffnen</translation>
    </message>
    <message>
        <source>Briefings (*.briefing)</source>
        <translation>Vorlagen (*.briefing)</translation>
    </message>
    <message>
        <source>Save briefing</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
    <message>
        <source>The preview is being brought up to date; try again</source>
        <translation>Die Vorschau wird gerade aktualisiert; bitte erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n page(s)</source>
        <translation>
            <numerusform>%n Seite gedruckt</numerusform>
            <numerusform>%n Seiten gedruckt</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to {title}?</source>
        <translation>Änderungen an {title} speichern?</translation>
    </message>
    <message>
        <source>Could not autosave: {error}. Save your work to be safe.</source>
        <translation>Automatische Sicherung fehlgeschlagen: {error}. Speichern Sie sicherheitshalber Ihre Arbeit.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>persönlich</translation>
    </message>
    <message>
        <source>video teleconference</source>
        <translation>Videokonferenz</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>Telefonat</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <source>{title}: date</source>
        <translation>{title}: Datum</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Topics (one a line)</source>
        <translation>Themen (eines je Zeile)</translation>
    </message>
    <message>
        <source>{title}: title</source>
        <translation>{title}: Titel</translation>
    </message>
    <message>
        <source>{title}: format</source>
        <translation>{title}: Format</translation>
    </message>
    <message>
        <source>{title}: place</source>
        <translation>{title}: Ort</translation>
    </message>
    <message>
        <source>{title}: topics</source>
        <translation>{title}: Themen</translation>
    </message>
    <message>
        <source>{title}: summary</source>
        <translation>{title}: Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Background</source>
        <translation>Sachstand</translation>
    </message>
    <message>
        <source>Talking points</source>
        <translation>Sprechpunkte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Vermerk</translation>
    </message>
    <message>
        <source>New section</source>
        <translation>Neuer Abschnitt</translation>
    </message>
    <message>
        <source>Image: {caption}</source>
        <translation>Bild: {caption}</translation>
    </message>
    <message>
        <source>{name} (internal)</source>
        <translation>{name} (intern)</translation>
    </message>
    <message>
        <source>Changed in the library since it was added: Briefing ▸ Update from Library</source>
        <translation>Seit der Übernahme in der Bibliothek geändert: Vorlage ▸ Aus der Bibliothek aktualisieren</translation>
    </message>
    <message>
        <source>Alt text: {text}</source>
        <translation>Alternativtext: {text}</translation>
    </message>
    <message>
        <source>Rename section</source>
        <translation>Abschnitt umbenennen</translation>
    </message>
    <message>
        <source>Add from library</source>
        <translation>Aus der Bibliothek übernehmen</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschieben</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Library file</source>
        <translation>Bibliotheksdatei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Language of the app</source>
        <translation>Sprache der Anwendung</translation>
    </message>
    <message>
        <source>System (the computer&apos;s language)</source>
        <translation>System (Sprache des Rechners)</translation>
    </message>
    <message>
        <source>A new language applies from the next start.</source>
        <translation>Eine andere Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>New briefings start with</source>
        <translation>Neue Vorlagen beginnen mit</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Autosave after an edit</source>
        <translation>Automatisch sichern nach einer Änderung</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Library in use</source>
        <translation>Verwendete Bibliothek</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In Verwendung</translation>
    </message>
    <message>
        <source>From the next start</source>
        <translation>Ab dem nächsten Start</translation>
    </message>
    <message>
        <source>Library file (a new name makes a new library)</source>
        <translation>Bibliotheksdatei (ein neuer Name legt eine neue Bibliothek an)</translation>
    </message>
    <message>
        <source>briefer libraries (*.sqlite);;All files (*)</source>
        <translation>briefer-Bibliotheken (*.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Preview of the briefing</source>
        <translation>Vorschau der Vorlage</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Preview variant</source>
        <translation>Fassung in der Vorschau</translation>
    </message>
    <message>
        <source>Which export the preview shows</source>
        <translation>Welche Fassung die Vorschau zeigt</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Intern</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Zur Weitergabe</translation>
    </message>
    <message>
        <source>Preview template</source>
        <translation>Layout der Vorschau</translation>
    </message>
    <message>
        <source>The template the preview uses</source>
        <translation>Das Layout, das die Vorschau verwendet</translation>
    </message>
    <message>
        <source>Briefing&apos;s template</source>
        <translation>Layout der Vorlage</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>An Seitenbreite anpassen</translation>
    </message>
    <message>
        <source>Preview: {message}</source>
        <translation>Vorschau: {message}</translation>
    </message>
    <message>
        <source>Page {current} of {count}</source>
        <translation>Seite {current} von {count}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>{name} cannot be printed: it could not be read</source>
        <translation>{name} kann nicht gedruckt werden: Die Datei konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>The printer could not be started</source>
        <translation>Der Drucker konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Briefing properties</source>
        <translation>Eigenschaften der Vorlage</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Occasion</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Prepared for</source>
        <translation>Adressat</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>{level} may not be written or printed on an ordinary office computer: use only a system approved for this level.</source>
        <translation>{level} darf nicht auf einem gewöhnlichen Büro-Rechner geschrieben oder gedruckt werden: Verwenden Sie nur ein für diesen Geheimhaltungsgrad zugelassenes System.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Edit statement</source>
        <translation>Erklärung bearbeiten</translation>
    </message>
    <message>
        <source>Edit consultation</source>
        <translation>Konsultation bearbeiten</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>Fields of the record</source>
        <translation>Felder des Datensatzes</translation>
    </message>
    <message>
        <source>Source: {title}</source>
        <translation>Quelle: {title}</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Inferred, not read: {how}. Check it.</source>
        <translation>Erschlossen, nicht gelesen: {how}. Bitte prüfen.</translation>
    </message>
    <message>
        <source>e.g. 16 March 2021 · 16.03.2021 · 16 mars 2021</source>
        <translation>z. B. 16. März 2021 · 16.03.2021 · 16 March 2021</translation>
    </message>
    <message>
        <source>Write the date as you would: March 16, 2021 · 16 March 2021 · 16.03.2021 · 16. März 2021 · 16 mars 2021 · 2021-03-16</source>
        <translation>Schreiben Sie das Datum wie gewohnt: 16. März 2021 · 16.03.2021 · 16 March 2021 · March 16, 2021 · 16 mars 2021 · 2021-03-16</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>Teilnehmende Person {number}</translation>
    </message>
</context>
<context>
    <name>RichTextView</name>
    <message>
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Kursiv</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Aufzählungszeichen</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Nummerierung</translation>
    </message>
    <message>
        <source>B</source>
        <comment>the bold button: the first letter of Bold</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>I</source>
        <comment>the italic button: the first letter of Italic</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Einzug verkleinern</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Einzug vergrößern</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Link…</translation>
    </message>
    <message>
        <source>Not bold</source>
        <translation>Nicht fett</translation>
    </message>
    <message>
        <source>Not italic</source>
        <translation>Nicht kursiv</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Web or e-mail address (empty for no link):</source>
        <translation>Web- oder E-Mail-Adresse (leer für keinen Link):</translation>
    </message>
    <message>
        <source>“{text}” cannot be a link: a link is a web address (https://…) or an e-mail address.</source>
        <translation>„{text}“ kann kein Link sein: Ein Link ist eine Webadresse (https://…) oder eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>No link</source>
        <translation>Kein Link</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>SourceView</name>
    <message>
        <source>The release&apos;s text</source>
        <translation>Der Text der Meldung</translation>
    </message>
    <message>
        <source>Select a field to see where the release says it.</source>
        <translation>Wählen Sie ein Feld, um zu sehen, wo die Meldung es nennt.</translation>
    </message>
    <message>
        <source>The release</source>
        <translation>Die Meldung</translation>
    </message>
    <message>
        <source>the highlighted words are the nearest that bear on it</source>
        <translation>die markierten Wörter kommen dem am nächsten</translation>
    </message>
    <message>
        <source>the release does not say it</source>
        <translation>die Meldung nennt es nicht</translation>
    </message>
    <message>
        <source>{label}: inferred, not read ({inferred}); {said}. Check it.</source>
        <translation>{label}: erschlossen, nicht gelesen ({inferred}); {said}. Bitte prüfen.</translation>
    </message>
    <message>
        <source>{label}: highlighted where the release says it.</source>
        <translation>{label}: markiert, wo die Meldung es nennt.</translation>
    </message>
    <message>
        <source>{label} is empty.</source>
        <translation>{label} ist leer.</translation>
    </message>
    <message>
        <source>{label}: not found in the release&apos;s text (edited, or read from its metadata).</source>
        <translation>{label}: nicht im Text der Meldung gefunden (bearbeitet oder aus den Metadaten gelesen).</translation>
    </message>
</context>
<context>
    <name>SpellingService</name>
    <message>
        <source>Names in the library may be marked as misspelled: {message}</source>
        <translation>Namen aus der Bibliothek werden womöglich als falsch geschrieben markiert: {message}</translation>
    </message>
</context>
<context>
    <name>SpellingSettingsView</name>
    <message>
        <source>Check spelling as you type</source>
        <translation>Rechtschreibung bei der Eingabe prüfen</translation>
    </message>
    <message>
        <source>Your word list</source>
        <translation>Eigene Wortliste</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
    <message>
        <source>Your word list (words never marked as misspelled)</source>
        <translation>Eigene Wortliste (Wörter, die nie als falsch markiert werden)</translation>
    </message>
    <message>
        <source>{language}: {tag} dictionary</source>
        <translation>{language}: Wörterbuch {tag}</translation>
    </message>
</context>
<context>
    <name>StatementEditor</name>
    <message>
        <source>(none: a spokesperson)</source>
        <translation>(keiner: ein Sprecher oder eine Sprecherin)</translation>
    </message>
    <message>
        <source>{title}: date</source>
        <translation>{title}: Datum</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>From {source}</source>
        <translation>Aus {source}</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>{title}: speaker</source>
        <translation>{title}: Sprecher</translation>
    </message>
    <message>
        <source>{title}: role</source>
        <translation>{title}: Funktion</translation>
    </message>
    <message>
        <source>{title}: country</source>
        <translation>{title}: Land</translation>
    </message>
    <message>
        <source>{title}: the words</source>
        <translation>{title}: Wortlaut</translation>
    </message>
</context>
<context>
    <name>SteadyUndoAction</name>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
</TS>
