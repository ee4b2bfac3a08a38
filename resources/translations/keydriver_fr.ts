<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CharterPage</name>
    <message>
        <source>The aim and the measures come from the diagram.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong today, for whom, and why it matters now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services, sites and people the project covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the project deliberately leaves out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time, money, data and people available; limits to respect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem and background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team and roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and constraints</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Since the revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click: add a vote (V)
Shift+click: take one back (Shift+V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::AboutDialog</name>
    <message>
        <source>About KeyDriver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write, check and present key driver diagrams for quality improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: not yet chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::CharterExport</name>
    <message>
        <source>Export Charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export C&amp;harter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project charter with the diagram in it, as PDF, Word, OpenDocument or a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose a file ending in .pdf, .docx, .odt or .html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exporter for this format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the charter of %1 boxes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::ChecksView</name>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::CollapseController</name>
    <message>
        <source>1 hidden box: click to expand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hidden boxes: click to expand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::DiagramScene</name>
    <message>
        <source>measure not stratified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outside partner named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diagram is too large to draw: %1. The outline, the inspector and the checks still work; split the diagram to see it drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout cancelled: the canvas shows the diagram as it was before the last change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laying out %1 boxes and %2 links…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::DiagramView</name>
    <message>
        <source>Press Enter to write your aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab — add a driver under the selected box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 — present to the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+V — paste an outline of ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4 — park ideas for later (Parking Lot)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::DockShortcuts</name>
    <message>
        <source>Show &amp;Parking Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show E&amp;quity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show C&amp;hecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::EditActions</name>
    <message>
        <source>Cu&amp;t Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” can be linked to no other box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link “%1” with (← a parent, → a child):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Box Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Box to the Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link To…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Strong (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make Weak (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::EntryController</name>
    <message>
        <source>New Box Below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new box below this one and the boxes under it, under the same parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Box to the Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new box one column to the right, linked from this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Box Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the box one column to the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the text (or just start typing); Shift+Enter breaks the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel editing; takes back a box just made and still empty (a new box with text is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the selected boxes (or the selected link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Box Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the box, with the boxes under it, above the one before it under the same parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Box Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the box, with the boxes under it, below the one after it under the same parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global or SMART Aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make the selected aim global (or a global aim SMART again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::EquityPanel</name>
    <message>
        <source> — claimed, but no box carries it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure not stratified: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner or outside partner: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide (16:9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (larger type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent (PNG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark, for dark slides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy (fewer crossings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As a table under the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measurement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change ideas with votes, impact and effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page (PDF, Word)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 boxes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::FileController</name>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on disk %2, after you opened or last saved it (by another program or another window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted or moved away after you opened or last saved it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite: replace it with your version; the changes made on disk are lost.
Save As…: keep both; save your version under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Reload: discard your changes here and open the version on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an untitled diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyDriver did not close cleanly. Unsaved changes to %1 were copied %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore: open the changes in a window, unsaved; save them to keep them.
Discard: delete the copy for good.
Keep for Later: leave the copy; KeyDriver offers it again the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep for Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Outline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Re&amp;vision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Properties…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlines and spreadsheets (*.md *.markdown *.txt *.csv *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed in the theory, and why (one line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

The copy is kept at %2 and offered again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed on disk %2 by another program or window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted or moved away on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes here: saving will ask before replacing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload (Discard My Changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::FindBar</name>
    <message>
        <source>Find in texts, notes, measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::FocusActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llapse Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the boxes drawn under the selected box (not an edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpand Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collapse Branch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::Inspector</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea (not yet tested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. food bank, tenants&apos; association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners from outside the health system, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V adds a vote, Shift+V takes one back; View ▸ Prioritise places the idea by impact and effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong (solid line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak (dashed line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Box&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a box to see and edit its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt; %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 boxes&lt;/b&gt; selected (%2 change ideas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status and owner set here go to every selected change idea, the practices to every selected box, each change one undo step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— mixed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of %1 boxes → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of %1 boxes → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practices of %1 boxes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parking Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Diagram as Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tidy Up (reorder to reduce crossings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;Last Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no revisions saved yet: File ▸ Save Revision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equity Lens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim what does not concern equity and mark the gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Line of Sight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one box selected, dim everything not on a path through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrowheads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small arrowheads where links reach the boxes on their right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prioritise…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About KeyDriver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the selection to the neighbouring box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; middle-drag pans. Drag from a box&apos;s right edge onto another box to link them; drag a box up or down to reorder its column. In the Parking Lot, Enter adds an idea, F2 edits one, Delete removes it, Enter on one lists the drivers to place it under; drag an idea onto a driver to place it, or a change idea out of the canvas into the lot to park it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the find bar, Enter and Shift+Enter go to the next and the previous match and Esc closes it. A click on a collapsed box&apos;s &quot;+N&quot; badge expands it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 boxes, %2 links  ·  checks: %3 errors, %4 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 boxes as an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagram copied as SVG and PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidying %1 boxes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::MeasuresView</name>
    <message>
        <source>+ Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a measure of this type, attached to the selected boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the measure to the selected boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach the measure from the selected boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dimensions this measure is broken down by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other dimension…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratify by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::OutlineView</name>
    <message>
        <source>Also linked here; edit it where it appears in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park (move to the Parking Lot)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::ParkingLotView</name>
    <message>
        <source>Type an idea, press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an idea onto a driver to place it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place Under…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park (move to the Parking Lot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected change ideas out of the diagram and keep their text and notes in the Parking Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no drivers yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place &amp;Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;Notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::PastePreviewDialog</name>
    <message>
        <source>Add 1 box as a new aim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 boxes as a new tree, starting with new aims:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 1 box under the %1 “%2”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 boxes under the %2 “%3”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste Text as Boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste 1 Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste %1 Boxes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::PlaceUnderMenu</name>
    <message>
        <source>Place Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(untitled %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the canvas looks, and the theme exports start with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open documents keep their own style (View ▸ Links changes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved work is copied for recovery at least this often, and shortly after boxes or links are added or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links in new diagrams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery copy every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::PresentationMode</name>
    <message>
        <source>&amp;Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen for a room: Page Down/Up steps through the primary drivers, B blanks, Esc returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: Page Down, Space, Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step: the next primary driver&apos;s branch in focus, the rest dimmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: Page Up, Backspace, Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous step (the first step is the whole diagram)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: Home, End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole diagram, the last primary driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: B or .</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank the screen; any key brings the diagram back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct the selected box&apos;s text live; Enter ends the edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting: Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop editing, or stop presenting (docks and menus come back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole diagram · 1 primary driver · Page Down to step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole diagram · %1 primary drivers · Page Down to step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::PrioritiseView</name>
    <message>
        <source>Impact and effort grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::PrioritiseWindow</name>
    <message>
        <source>Drag each change idea to where the team rates its impact and effort. V adds a vote to the selected idea, Shift+V takes one back; 1–4 place it (Possible, Implement, Challenge, Kill), 0 takes it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Grid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritise — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PDF document (*.pdf);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a file ending in .svg, .pdf or .png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::PropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice 1, establish principle: why equity, for whom, and how you will know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project commits to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::QuickActions</name>
    <message>
        <source>&amp;Idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adopted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Idea &amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Outcome Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Process Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Balancing Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stratify Current Measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a change idea to set its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Status of %n boxes → %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kdd::TemplateChooser</name>
    <message>
        <source>New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from one of these diagrams. It opens as a new, untitled document: the template itself is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::VoteActions</name>
    <message>
        <source>Add &amp;Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One more dot vote for the selected change ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Vo&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take one dot vote back from the selected change ideas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
