<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>kdd</name>
    <message>
        <source>aim</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>Aim</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>primary driver</source>
        <translation>moteur primaire</translation>
    </message>
    <message>
        <source>Primary driver</source>
        <translation>Moteur primaire</translation>
    </message>
    <message>
        <source>secondary driver</source>
        <translation>moteur secondaire</translation>
    </message>
    <message>
        <source>Secondary driver</source>
        <translation>Moteur secondaire</translation>
    </message>
    <message>
        <source>tertiary driver</source>
        <translation>moteur tertiaire</translation>
    </message>
    <message>
        <source>Tertiary driver</source>
        <translation>Moteur tertiaire</translation>
    </message>
    <message>
        <source>change idea</source>
        <translation>idée de changement</translation>
    </message>
    <message>
        <source>Change idea</source>
        <translation>Idée de changement</translation>
    </message>
    <message>
        <source>global aim</source>
        <translation>objectif global</translation>
    </message>
    <message>
        <source>Global aim</source>
        <translation>Objectif global</translation>
    </message>
    <message>
        <source>SMART aim</source>
        <translation>objectif SMART</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>En test</translation>
    </message>
    <message>
        <source>Adopted</source>
        <translation>Adoptée</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Balancing</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Pas encore rédigé.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Leaders</source>
        <translation>Responsables</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>The diagram has no aim yet.</source>
        <translation>Le diagramme n&apos;a pas encore d&apos;objectif.</translation>
    </message>
    <message>
        <source>Key driver diagram</source>
        <translation>Diagramme des moteurs clés</translation>
    </message>
    <message>
        <source>%1 primary drivers, %2 secondary drivers, %3 tertiary drivers and %4 change ideas.</source>
        <translation>%1 moteurs primaires, %2 moteurs secondaires, %3 moteurs tertiaires et %4 idées de changement.</translation>
    </message>
    <message>
        <source>Numerator: %1</source>
        <translation>Numérateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Denominator: %1</source>
        <translation>Dénominateur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data source: %1</source>
        <translation>Source des données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Measurement plan</source>
        <translation>Plan de mesure</translation>
    </message>
    <message>
        <source>No measure is defined yet.</source>
        <translation>Aucune mesure n&apos;est encore définie.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Définition</translation>
    </message>
    <message>
        <source>Stratified by</source>
        <translation>Stratifiée par</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Change ideas</source>
        <translation>Idées de changement</translation>
    </message>
    <message>
        <source>No change idea yet.</source>
        <translation>Aucune idée de changement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Drivers</source>
        <translation>Moteurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Team and roles</source>
        <translation>Équipe et rôles</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Not stated.</source>
        <translation>Non précisé.</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>Dans la portée</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Hors de la portée</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Équité</translation>
    </message>
    <message>
        <source>No equity statement yet.</source>
        <translation>Aucun énoncé d&apos;équité pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>The seven practices</source>
        <translation>Les sept pratiques</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Pratique</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Boxes that carry it</source>
        <translation>Boîtes qui la portent</translation>
    </message>
    <message>
        <source>Revision history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <source>This revision</source>
        <translation>Cette révision</translation>
    </message>
    <message>
        <source>No revision has been kept yet.</source>
        <translation>Aucune révision n&apos;a encore été conservée.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>Project charter</source>
        <translation>Charte de projet</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>Problem statement</source>
        <translation>Énoncé du problème</translation>
    </message>
    <message>
        <source>Resources and constraints</source>
        <translation>Ressources et contraintes</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Implement</source>
        <translation>Implanter</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Défi</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Not placed</source>
        <translation>Non placée</translation>
    </message>
    <message>
        <source>low effort, low impact</source>
        <translation>effort faible, impact faible</translation>
    </message>
    <message>
        <source>low effort, high impact</source>
        <translation>effort faible, impact élevé</translation>
    </message>
    <message>
        <source>high effort, high impact</source>
        <translation>effort élevé, impact élevé</translation>
    </message>
    <message>
        <source>high effort, low impact</source>
        <translation>effort élevé, impact faible</translation>
    </message>
    <message>
        <source>impact and effort not rated yet</source>
        <translation>impact et effort pas encore évalués</translation>
    </message>
    <message>
        <source>Impact × effort (PICK): %1, %2</source>
        <translation>Impact × effort (PICK)&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>1 change idea</source>
        <translation>1 idée de changement</translation>
    </message>
    <message>
        <source>%1 change ideas</source>
        <translation>%1 idées de changement</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 votes</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Pas encore placées</translation>
    </message>
    <message>
        <source>drag each idea into the grid</source>
        <translation>glissez chaque idée dans la grille</translation>
    </message>
    <message>
        <source>Low effort</source>
        <translation>Effort faible</translation>
    </message>
    <message>
        <source>High effort</source>
        <translation>Effort élevé</translation>
    </message>
    <message>
        <source>High impact</source>
        <translation>Impact élevé</translation>
    </message>
    <message>
        <source>Low impact</source>
        <translation>Impact faible</translation>
    </message>
    <message>
        <source>Adopted: </source>
        <translation>Adoptée&#xa0;: </translation>
    </message>
    <message>
        <source>Abandoned: </source>
        <translation>Abandonnée&#xa0;: </translation>
    </message>
    <message>
        <source>Strong link</source>
        <translation>Lien fort</translation>
    </message>
    <message>
        <source>Weak link</source>
        <translation>Lien faible</translation>
    </message>
</context>
<context>
    <name>kdd::AddLinkCommand</name>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
</context>
<context>
    <name>kdd::AddMeasureCommand</name>
    <message>
        <source>Add %1 measure</source>
        <translation>Ajouter une mesure (%1)</translation>
    </message>
</context>
<context>
    <name>kdd::AddNodeCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
</context>
<context>
    <name>kdd::CharterDocument</name>
    <message>
        <source>en</source>
        <comment>BCP 47 tag of the language of this translation</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>kdd::Document</name>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
</context>
<context>
    <name>kdd::InsertParkedIdeaCommand</name>
    <message>
        <source>Park “%1”</source>
        <translation>Stationner «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>kdd::MoveNodeCommand</name>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>kdd::PptxExporter</name>
    <message>
        <source>Part %1 of %2 of this branch.</source>
        <translation>Partie %1 sur %2 de cette branche.</translation>
    </message>
    <message>
        <source>Too large for 12 pt on one slide: text here is %1 pt.</source>
        <translation>Trop grand pour du 12 pt sur une diapositive&#xa0;: le texte est ici en %1 pt.</translation>
    </message>
    <message>
        <source>Key driver diagram</source>
        <translation>Diagramme des moteurs clés</translation>
    </message>
    <message>
        <source>Text here is %1 pt: each primary driver&apos;s branch follows on a slide of its own, in larger type.</source>
        <translation>Le texte est ici en %1 pt&#xa0;: la branche de chaque moteur primaire suit sur sa propre diapositive, en plus gros caractères.</translation>
    </message>
</context>
<context>
    <name>kdd::RemoveLinkCommand</name>
    <message>
        <source>Remove link</source>
        <translation>Supprimer le lien</translation>
    </message>
</context>
<context>
    <name>kdd::RemoveMeasureCommand</name>
    <message>
        <source>Delete measure “%1”</source>
        <translation>Supprimer la mesure «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>kdd::RemoveNodesCommand</name>
    <message>
        <source>Delete %1 “%2”</source>
        <translation>Supprimer %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Delete %1 boxes</source>
        <translation>Supprimer %1 boîtes</translation>
    </message>
</context>
<context>
    <name>kdd::RemoveParkedIdeaCommand</name>
    <message>
        <source>Delete parked idea “%1”</source>
        <translation>Supprimer l&apos;idée stationnée «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>kdd::SaveRevisionCommand</name>
    <message>
        <source>Save revision “%1”</source>
        <translation>Enregistrer la révision «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>kdd::SetDocumentInfoCommand</name>
    <message>
        <source>Change document properties</source>
        <translation>Modifier les propriétés du document</translation>
    </message>
</context>
<context>
    <name>kdd::SetLayoutSettingsCommand</name>
    <message>
        <source>Lay out tidily</source>
        <translation>Disposer en réduisant les croisements</translation>
    </message>
    <message>
        <source>Keep my order</source>
        <translation>Garder mon ordre</translation>
    </message>
    <message>
        <source>Draw links as brackets</source>
        <translation>Dessiner les liens en crochets</translation>
    </message>
    <message>
        <source>Draw links as curves</source>
        <translation>Dessiner les liens en courbes</translation>
    </message>
    <message>
        <source>Draw links straight</source>
        <translation>Dessiner les liens droits</translation>
    </message>
    <message>
        <source>Stack change ideas</source>
        <translation>Empiler les idées de changement</translation>
    </message>
    <message>
        <source>Separate change ideas</source>
        <translation>Séparer les idées de changement</translation>
    </message>
    <message>
        <source>Change layout options</source>
        <translation>Modifier les options de disposition</translation>
    </message>
</context>
<context>
    <name>kdd::SetLinkStrengthCommand</name>
    <message>
        <source>Make link weak</source>
        <translation>Rendre le lien faible</translation>
    </message>
    <message>
        <source>Make link strong</source>
        <translation>Rendre le lien fort</translation>
    </message>
</context>
<context>
    <name>kdd::SetMeasureCommand</name>
    <message>
        <source>Attach measure “%1”</source>
        <translation>Rattacher la mesure «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change measure “%1”</source>
        <translation>Modifier la mesure «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>kdd::SetNodeCommand</name>
    <message>
        <source>%1 of %2 → %3</source>
        <translation>%1 de %2 → %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Edit text of %1</source>
        <translation>Modifier le texte de %1</translation>
    </message>
    <message>
        <source>Edit notes of %1</source>
        <translation>Modifier les notes de %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Practices of %1</source>
        <translation>Pratiques de %1</translation>
    </message>
    <message>
        <source>Vote for %1</source>
        <translation>Voter pour %1</translation>
    </message>
    <message>
        <source>Remove vote from %1</source>
        <translation>Retirer un vote de %1</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Place %1 in %2</source>
        <translation>Classer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Take %1 out of the grid</source>
        <translation>Retirer %1 de la grille</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>Change %1 %2</source>
        <translation>Modifier %1 %2</translation>
    </message>
</context>
<context>
    <name>kdd::SetNodeOrderCommand</name>
    <message>
        <source>Tidy up</source>
        <translation>Ranger</translation>
    </message>
</context>
<context>
    <name>kdd::SetParkedIdeaCommand</name>
    <message>
        <source>Edit parked idea “%1”</source>
        <translation>Modifier l&apos;idée stationnée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Notes of parked idea “%1”</source>
        <translation>Notes de l&apos;idée stationnée «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>kdd::SlideWriter</name>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Légende&#xa0;: %1</translation>
    </message>
    <message>
        <source>Link %1 to %2</source>
        <translation>Lien de %1 à %2</translation>
    </message>
</context>
<context>
    <name>kdd::cli</name>
    <message>
        <source>option --lang needs a value</source>
        <translation>l&apos;option --lang demande une valeur</translation>
    </message>
    <message>
        <source>no translation for the language &apos;%1&apos;; choose one of %2</source>
        <translation>aucune traduction pour la langue «&#xa0;%1&#xa0;»&#xa0;; choisissez parmi %2</translation>
    </message>
</context>
<context>
    <name>kdd::edit</name>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Place under “%1”</source>
        <translation>Placer sous «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change box and its links</source>
        <translation>Modifier la boîte et ses liens</translation>
    </message>
    <message>
        <source>Paste %1 boxes</source>
        <translation>Coller %1 boîtes</translation>
    </message>
    <message>
        <source>Delete %1 parked ideas</source>
        <translation>Supprimer %1 idées stationnées</translation>
    </message>
    <message>
        <source>Move parked idea “%1”</source>
        <translation>Déplacer l&apos;idée stationnée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Place “%1” under “%2”</source>
        <translation>Placer «&#xa0;%1&#xa0;» sous «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Place “%1” in the diagram</source>
        <translation>Placer «&#xa0;%1&#xa0;» dans le diagramme</translation>
    </message>
    <message>
        <source>Park “%1”</source>
        <translation>Stationner «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Park %1 change ideas</source>
        <translation>Stationner %1 idées de changement</translation>
    </message>
    <message numerus="yes">
        <source>Vote for %n change ideas</source>
        <translation>
            <numerusform>Voter pour %n idée de changement</numerusform>
            <numerusform>Voter pour %n idées de changement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove votes from %n change ideas</source>
        <translation>
            <numerusform>Retirer un vote de %n idée de changement</numerusform>
            <numerusform>Retirer un vote de %n idées de changement</numerusform>
        </translation>
    </message>
</context>
</TS>
