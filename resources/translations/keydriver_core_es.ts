<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>kdd</name>
    <message>
        <source>aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tertiary driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertiary driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>global aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMART aim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idea</source>
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
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagram has no aim yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key driver diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 primary drivers, %2 secondary drivers, %3 tertiary drivers and %4 change ideas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure is defined yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stratified by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change idea yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
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
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team and roles</source>
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
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated.</source>
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
        <source>Timeline</source>
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
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No equity statement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seven practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boxes that carry it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revision has been kept yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project charter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources and constraints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low effort, low impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low effort, high impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high effort, high impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high effort, low impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact and effort not rated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact × effort (PICK): %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change ideas</source>
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
        <source>Not placed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drag each idea into the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopted: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::AddLinkCommand</name>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::AddMeasureCommand</name>
    <message>
        <source>Add %1 measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::AddNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::CharterDocument</name>
    <message>
        <source>en</source>
        <comment>BCP 47 tag of the language of this translation</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::Document</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::InsertParkedIdeaCommand</name>
    <message>
        <source>Park “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::MoveNodeCommand</name>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::PptxExporter</name>
    <message>
        <source>Part %1 of %2 of this branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too large for 12 pt on one slide: text here is %1 pt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key driver diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text here is %1 pt: each primary driver&apos;s branch follows on a slide of its own, in larger type.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::RemoveLinkCommand</name>
    <message>
        <source>Remove link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::RemoveMeasureCommand</name>
    <message>
        <source>Delete measure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::RemoveNodesCommand</name>
    <message>
        <source>Delete %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 boxes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::RemoveParkedIdeaCommand</name>
    <message>
        <source>Delete parked idea “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::SaveRevisionCommand</name>
    <message>
        <source>Save revision “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::SetDocumentInfoCommand</name>
    <message>
        <source>Change document properties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::SetLayoutSettingsCommand</name>
    <message>
        <source>Lay out tidily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw links as brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw links as curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw links straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack change ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate change ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change layout options</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::SetLinkStrengthCommand</name>
    <message>
        <source>Make link weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make link strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::SetMeasureCommand</name>
    <message>
        <source>Attach measure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change measure “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::SetNodeCommand</name>
    <message>
        <source>%1 of %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit text of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
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
        <source>Practices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove vote from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 out of the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::SetNodeOrderCommand</name>
    <message>
        <source>Tidy up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::SetParkedIdeaCommand</name>
    <message>
        <source>Edit parked idea “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of parked idea “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::SlideWriter</name>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::cli</name>
    <message>
        <source>option --lang needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no translation for the language &apos;%1&apos;; choose one of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kdd::edit</name>
    <message>
        <source>Move left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place under “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change box and its links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste %1 boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 parked ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move parked idea “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place “%1” under “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place “%1” in the diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park %1 change ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vote for %n change ideas</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove votes from %n change ideas</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
