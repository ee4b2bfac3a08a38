<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CharterPage</name>
    <message>
        <source>The aim and the measures come from the diagram.</source>
        <translation>L&apos;objectif et les mesures viennent du diagramme.</translation>
    </message>
    <message>
        <source>What is wrong today, for whom, and why it matters now</source>
        <translation>Ce qui ne va pas aujourd&apos;hui, pour qui, et pourquoi c&apos;est important maintenant</translation>
    </message>
    <message>
        <source>Services, sites and people the project covers</source>
        <translation>Services, sites et personnes que couvre le projet</translation>
    </message>
    <message>
        <source>What the project deliberately leaves out</source>
        <translation>Ce que le projet laisse délibérément de côté</translation>
    </message>
    <message>
        <source>Add Member</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
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
        <source>Add Milestone</source>
        <translation>Ajouter un jalon</translation>
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
        <source>Time, money, data and people available; limits to respect</source>
        <translation>Temps, argent, données et personnes disponibles&#xa0;; limites à respecter</translation>
    </message>
    <message>
        <source>Problem and background</source>
        <translation>Problème et contexte</translation>
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
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <source>Team and roles</source>
        <translation>Équipe et rôles</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Échéancier</translation>
    </message>
    <message>
        <source>Resources and constraints</source>
        <translation>Ressources et contraintes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Brackets</source>
        <translation>&amp;Crochets</translation>
    </message>
    <message>
        <source>&amp;Curves</source>
        <translation>C&amp;ourbes</translation>
    </message>
    <message>
        <source>&amp;Straight</source>
        <translation>&amp;Droits</translation>
    </message>
    <message>
        <source>&amp;Separate</source>
        <translation>&amp;Séparées</translation>
    </message>
    <message>
        <source>S&amp;tacked</source>
        <translation>&amp;Empilées</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Since the revision:</source>
        <translation>Depuis la révision&#xa0;:</translation>
    </message>
    <message>
        <source>Click: add a vote (V)
Shift+click: take one back (Shift+V)</source>
        <translation>Clic&#xa0;: ajouter un vote (V)
Maj+clic&#xa0;: en retirer un (Maj+V)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>%1 measure %2: %3</source>
        <translation>Mesure %2 (%1)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDSA cycle(s)</source>
        <translation>
            <numerusform>%n cycle PDSA</numerusform>
            <numerusform>%n cycles PDSA</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kdd::AboutDialog</name>
    <message>
        <source>About KeyDriver</source>
        <translation>À propos de KeyDriver</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Write, check and present key driver diagrams for quality improvement.</source>
        <translation>Rédiger, vérifier et présenter des diagrammes des moteurs clés pour l&apos;amélioration de la qualité.</translation>
    </message>
    <message>
        <source>Licence: not yet chosen.</source>
        <translation>Licence&#xa0;: pas encore choisie.</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Construit avec</translation>
    </message>
</context>
<context>
    <name>kdd::CanvasAccessibility</name>
    <message>
        <source>Arrow keys move between boxes, Enter adds a box below, Tab a box to the right, F2 edits the text, Ctrl+L links to another box.</source>
        <translation>Les flèches passent d&apos;une boîte à l&apos;autre, Entrée ajoute une boîte en dessous, Tab une boîte à droite, F2 modifie le texte, Ctrl+L la lie à une autre boîte.</translation>
    </message>
    <message>
        <source>%1, status: %2</source>
        <translation>%1, statut&#xa0;: %2</translation>
    </message>
    <message>
        <source>drives: %1</source>
        <translation>influence&#xa0;: %1</translation>
    </message>
    <message>
        <source>driven by: %1</source>
        <translation>influencée par&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>measures: %1</source>
        <translation>mesures&#xa0;: %1</translation>
    </message>
    <message>
        <source>votes: %1</source>
        <translation>votes&#xa0;: %1</translation>
    </message>
    <message>
        <source>collapsed, hidden boxes: %1</source>
        <translation>repliée, boîtes masquées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Diagram canvas</source>
        <translation>Canevas du diagramme</translation>
    </message>
    <message>
        <source>boxes: %1, column by column from the aim to the change ideas</source>
        <translation>boîtes&#xa0;: %1, colonne par colonne, de l&apos;objectif aux idées de changement</translation>
    </message>
    <message>
        <source>Arrow keys move between boxes; Ctrl+2 goes to the outline and Ctrl+1 back to the canvas.</source>
        <translation>Les flèches passent d&apos;une boîte à l&apos;autre&#xa0;; Ctrl+2 va au plan et Ctrl+1 revient au canevas.</translation>
    </message>
    <message>
        <source>PDSA cycles: %1</source>
        <translation>cycles PDSA&#xa0;: %1</translation>
    </message>
    <message>
        <source>latest data: %1</source>
        <translation>dernières données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kdd::ChartCanvas</name>
    <message>
        <source>No measure to chart: add a measure in the Measures dock, or select a box that has one.</source>
        <translation>Aucune mesure à représenter&#xa0;: ajoutez une mesure dans le panneau Mesures ou sélectionnez une boîte qui en a une.</translation>
    </message>
</context>
<context>
    <name>kdd::CharterExport</name>
    <message>
        <source>Export Charter</source>
        <translation>Exporter la charte</translation>
    </message>
    <message>
        <source>Cannot export the charter</source>
        <translation>Impossible d&apos;exporter la charte</translation>
    </message>
    <message>
        <source>Export C&amp;harter…</source>
        <translation>Exporter la &amp;charte…</translation>
    </message>
    <message>
        <source>The project charter with the diagram in it, as PDF, Word, OpenDocument or a web page</source>
        <translation>La charte de projet avec son diagramme, en PDF, Word, OpenDocument ou page web</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .pdf, .docx, .odt or .html</source>
        <translation>%1&#xa0;: choisissez un fichier se terminant par .pdf, .docx, .odt ou .html</translation>
    </message>
    <message>
        <source>Could not write %1:
%2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;:
%2</translation>
    </message>
    <message>
        <source>no exporter for this format</source>
        <translation>aucun exportateur pour ce format</translation>
    </message>
    <message>
        <source>Exporting the charter of %1 boxes…</source>
        <translation>Exportation de la charte de %1 boîtes…</translation>
    </message>
</context>
<context>
    <name>kdd::ChartsView</name>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PDF document (*.pdf);;PNG image (*.png);;CSV table (*.csv)</source>
        <translation>Image SVG (*.svg);;Document PDF (*.pdf);;Image PNG (*.png);;Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export Chart…</source>
        <translation>Exporter le graphique…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Chart type</source>
        <translation>Type de graphique</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Graphique de séquence</translation>
    </message>
    <message>
        <source>I chart</source>
        <translation>Carte I</translation>
    </message>
    <message>
        <source>P chart</source>
        <translation>Carte P</translation>
    </message>
    <message>
        <source>U chart</source>
        <translation>Carte U</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>By stratum</source>
        <translation>Par strate</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Save this chart as SVG, PDF, PNG or CSV</source>
        <translation>Enregistrer ce graphique en SVG, PDF, PNG ou CSV</translation>
    </message>
    <message>
        <source>Name a .svg, .pdf, .png or .csv file.</source>
        <translation>Nommez un fichier .svg, .pdf, .png ou .csv.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>kdd::ChecksView</name>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
</context>
<context>
    <name>kdd::CollapseController</name>
    <message>
        <source>1 hidden box: click to expand</source>
        <translation>1 boîte masquée&#xa0;: cliquez pour déployer</translation>
    </message>
    <message>
        <source>%1 hidden boxes: click to expand</source>
        <translation>%1 boîtes masquées&#xa0;: cliquez pour déployer</translation>
    </message>
</context>
<context>
    <name>kdd::DiagramScene</name>
    <message>
        <source>measure not stratified</source>
        <translation>mesure non stratifiée</translation>
    </message>
    <message>
        <source>no outside partner named</source>
        <translation>aucun partenaire externe nommé</translation>
    </message>
    <message>
        <source>This diagram is too large to draw: %1. The outline, the inspector and the checks still work; split the diagram to see it drawn.</source>
        <translation>Ce diagramme est trop grand pour être dessiné&#xa0;: %1. Le plan, l&apos;inspecteur et les vérifications fonctionnent toujours&#xa0;; divisez le diagramme pour le voir dessiné.</translation>
    </message>
    <message>
        <source>Layout cancelled: the canvas shows the diagram as it was before the last change.</source>
        <translation>Disposition annulée&#xa0;: le canevas montre le diagramme tel qu&apos;il était avant la dernière modification.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Disposition</translation>
    </message>
    <message>
        <source>Laying out %1 boxes and %2 links…</source>
        <translation>Disposition de %1 boîtes et %2 liens…</translation>
    </message>
    <message>
        <source>data not stratified</source>
        <translation>données non stratifiées</translation>
    </message>
    <message>
        <source>gap widening: %1</source>
        <translation>écart qui se creuse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>kdd::DiagramView</name>
    <message>
        <source>Press Enter to write your aim</source>
        <translation>Appuyez sur Entrée pour écrire votre objectif</translation>
    </message>
    <message>
        <source>Tab — add a driver under the selected box</source>
        <translation>Tab — ajouter un moteur sous la boîte sélectionnée</translation>
    </message>
    <message>
        <source>F5 — present to the room</source>
        <translation>F5 — présenter à la salle</translation>
    </message>
    <message>
        <source>Ctrl+V — paste an outline of ideas</source>
        <translation>Ctrl+V — coller un plan d&apos;idées</translation>
    </message>
    <message>
        <source>Ctrl+4 — park ideas for later (Parking Lot)</source>
        <translation>Ctrl+4 — mettre des idées de côté (stationnement d&apos;idées)</translation>
    </message>
</context>
<context>
    <name>kdd::DockShortcuts</name>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Show Parking Lot</source>
        <translation>Afficher le stationnement d&apos;idées</translation>
    </message>
    <message>
        <source>Show Measures</source>
        <translation>Afficher les mesures</translation>
    </message>
    <message>
        <source>Show Equity</source>
        <translation>Afficher l&apos;équité</translation>
    </message>
    <message>
        <source>Show Checks</source>
        <translation>Afficher les vérifications</translation>
    </message>
    <message>
        <source>Show History</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <source>Show PDSA Cycles</source>
        <translation>Afficher les cycles PDSA</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>Show Measure Data</source>
        <translation>Afficher les données de mesure</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Show Charts</source>
        <translation>Afficher les graphiques</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
</context>
<context>
    <name>kdd::EditActions</name>
    <message>
        <source>Cu&amp;t Boxes</source>
        <translation>Co&amp;uper les boîtes</translation>
    </message>
    <message>
        <source>&amp;Copy Boxes</source>
        <translation>Co&amp;pier les boîtes</translation>
    </message>
    <message>
        <source>&amp;Paste Boxes</source>
        <translation>C&amp;oller les boîtes</translation>
    </message>
    <message>
        <source>&amp;Link To…</source>
        <translation>&amp;Lier à…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to &amp;Outline</source>
        <translation>Aller au pla&amp;n</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to &amp;Inspector</source>
        <translation>Aller à l&apos;&amp;inspecteur</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>Rien n&apos;a été collé&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” can be linked to no other box</source>
        <translation>«&#xa0;%1&#xa0;» ne peut être lié à aucune autre boîte</translation>
    </message>
    <message>
        <source>Link To</source>
        <translation>Lier à</translation>
    </message>
    <message>
        <source>Link “%1” with (← a parent, → a child):</source>
        <translation>Lier «&#xa0;%1&#xa0;» à (← un parent, → un enfant)&#xa0;:</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>Add Box Below</source>
        <translation>Ajouter une boîte en dessous</translation>
    </message>
    <message>
        <source>Add Box to the Right</source>
        <translation>Ajouter une boîte à droite</translation>
    </message>
    <message>
        <source>Link To…</source>
        <translation>Lier à…</translation>
    </message>
    <message>
        <source>Add Vote</source>
        <translation>Ajouter un vote</translation>
    </message>
    <message>
        <source>Remove Vote</source>
        <translation>Retirer un vote</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Level of Reliability</source>
        <translation>Niveau de fiabilité</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Make Strong (solid)</source>
        <translation>Rendre fort (trait plein)</translation>
    </message>
    <message>
        <source>Make Weak (dashed)</source>
        <translation>Rendre faible (pointillé)</translation>
    </message>
    <message>
        <source>Remove Link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Add Aim</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>Paste Boxes</source>
        <translation>Coller les boîtes</translation>
    </message>
    <message>
        <source>Fit to Window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Go to C&amp;anvas</source>
        <translation>Aller au &amp;canevas</translation>
    </message>
    <message>
        <source>Select Lin&amp;k…</source>
        <translation>&amp;Sélectionner un lien…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source> (weak)</source>
        <translation> (faible)</translation>
    </message>
    <message>
        <source>“%1” has no link</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucun lien</translation>
    </message>
    <message>
        <source>Select Link</source>
        <translation>Sélectionner un lien</translation>
    </message>
    <message>
        <source>Links of “%1” (← from a box on the left, → to a box on the right). Delete removes the selected link; the inspector (Ctrl+3) makes it weak or strong:</source>
        <translation>Liens de «&#xa0;%1&#xa0;» (← depuis une boîte à gauche, → vers une boîte à droite). Suppr retire le lien sélectionné&#xa0;; l&apos;inspecteur (Ctrl+3) le rend faible ou fort&#xa0;:</translation>
    </message>
</context>
<context>
    <name>kdd::EntryController</name>
    <message>
        <source>New Box Below</source>
        <translation>Nouvelle boîte en dessous</translation>
    </message>
    <message>
        <source>new box below this one and the boxes under it, under the same parent</source>
        <translation>nouvelle boîte sous celle-ci et ses boîtes enfants, sous le même parent</translation>
    </message>
    <message>
        <source>New Box to the Right</source>
        <translation>Nouvelle boîte à droite</translation>
    </message>
    <message>
        <source>new box one column to the right, linked from this one</source>
        <translation>nouvelle boîte une colonne à droite, liée depuis celle-ci</translation>
    </message>
    <message>
        <source>Move Box Left</source>
        <translation>Déplacer la boîte à gauche</translation>
    </message>
    <message>
        <source>move the box one column to the left</source>
        <translation>déplacer la boîte d&apos;une colonne vers la gauche</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Modifier le texte</translation>
    </message>
    <message>
        <source>edit the text (or just start typing); Shift+Enter breaks the line</source>
        <translation>modifier le texte (ou commencer à taper)&#xa0;; Maj+Entrée insère un saut de ligne</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>cancel editing; takes back a box just made and still empty (a new box with text is kept)</source>
        <translation>annuler la modification&#xa0;; retire une boîte qui vient d&apos;être créée et reste vide (une nouvelle boîte avec du texte est conservée)</translation>
    </message>
    <message>
        <source>Delete Boxes</source>
        <translation>Supprimer les boîtes</translation>
    </message>
    <message>
        <source>delete the selected boxes (or the selected link)</source>
        <translation>supprimer les boîtes sélectionnées (ou le lien sélectionné)</translation>
    </message>
    <message>
        <source>Move Box Up</source>
        <translation>Monter la boîte</translation>
    </message>
    <message>
        <source>move the box, with the boxes under it, above the one before it under the same parent</source>
        <translation>déplacer la boîte, avec ses boîtes enfants, au-dessus de la précédente sous le même parent</translation>
    </message>
    <message>
        <source>Move Box Down</source>
        <translation>Descendre la boîte</translation>
    </message>
    <message>
        <source>move the box, with the boxes under it, below the one after it under the same parent</source>
        <translation>déplacer la boîte, avec ses boîtes enfants, sous la suivante sous le même parent</translation>
    </message>
    <message>
        <source>Global or SMART Aim</source>
        <translation>Objectif global ou SMART</translation>
    </message>
    <message>
        <source>make the selected aim global (or a global aim SMART again)</source>
        <translation>rendre l&apos;objectif sélectionné global (ou un objectif global de nouveau SMART)</translation>
    </message>
</context>
<context>
    <name>kdd::EquityPanel</name>
    <message>
        <source> — claimed, but no box carries it</source>
        <translation> — revendiquée, mais aucune boîte ne la porte</translation>
    </message>
    <message>
        <source> — claimed</source>
        <translation> — revendiquée</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Lacunes</translation>
    </message>
    <message>
        <source>Measure not stratified: </source>
        <translation>Mesure non stratifiée&#xa0;: </translation>
    </message>
    <message>
        <source>No owner or outside partner: </source>
        <translation>Aucun porteur ni partenaire externe&#xa0;: </translation>
    </message>
    <message>
        <source>Stratified measure, data without strata: </source>
        <translation>Mesure stratifiée, données sans strates&#xa0;: </translation>
    </message>
    <message>
        <source>%1 widening</source>
        <translation>%1 se creuse</translation>
    </message>
    <message>
        <source>Gap widening in %1: %2</source>
        <translation>Écart qui se creuse dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The latest signal on the gap chart moves away from zero.</source>
        <translation>Le signal le plus récent du graphique des écarts s&apos;éloigne de zéro.</translation>
    </message>
    <message>
        <source>No data by %2 yet in %1</source>
        <extracomment>%1 a measure&apos;s name, %2 the dimensions (&quot;language, insurance&quot;).</extracomment>
        <translation>Pas encore de données par %2 pour %1</translation>
    </message>
    <message>
        <source>The measure is to be stratified by these too, but no data point is split by them: the gaps along them cannot be seen.</source>
        <translation>La mesure doit aussi être stratifiée ainsi, mais aucun point de données ne l&apos;est&#xa0;: les écarts selon ces dimensions restent invisibles.</translation>
    </message>
</context>
<context>
    <name>kdd::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Fit the diagram</source>
        <translation>Ajusté au diagramme</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>Slide (16:9)</source>
        <translation>Diapositive (16:9)</translation>
    </message>
    <message>
        <source>Automatic (larger type)</source>
        <translation>Automatique (plus gros caractères)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Transparent (PNG)</source>
        <translation>Transparent (PNG)</translation>
    </message>
    <message>
        <source>Dark, for dark slides</source>
        <translation>Sombre, pour diapositives sombres</translation>
    </message>
    <message>
        <source>As in the document</source>
        <translation>Comme dans le document</translation>
    </message>
    <message>
        <source>Keep my order</source>
        <translation>Garder mon ordre</translation>
    </message>
    <message>
        <source>Tidy (fewer crossings)</source>
        <translation>Ordonné (moins de croisements)</translation>
    </message>
    <message>
        <source>Not shown</source>
        <translation>Non affiché</translation>
    </message>
    <message>
        <source>As a table under the diagram</source>
        <translation>En tableau sous le diagramme</translation>
    </message>
    <message>
        <source>One row per box</source>
        <translation>Une ligne par boîte</translation>
    </message>
    <message>
        <source>The measurement plan</source>
        <translation>Le plan de mesure</translation>
    </message>
    <message>
        <source>The change ideas with votes, impact and effort</source>
        <translation>Les idées de changement avec votes, impact et effort</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Page (PDF, Word)</source>
        <translation>Page (PDF, Word)</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>PNG resolution</source>
        <translation>Résolution PNG</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Measurement plan</source>
        <translation>Plan de mesure</translation>
    </message>
    <message>
        <source>CSV rows</source>
        <translation>Lignes CSV</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>*.%1</source>
        <translation>*.%1</translation>
    </message>
    <message>
        <source>Exporting %1 boxes…</source>
        <translation>Exportation de %1 boîtes…</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
    <message>
        <source>The PDSA cycles of the change ideas</source>
        <translation>Les cycles PDSA des idées de changement</translation>
    </message>
</context>
<context>
    <name>kdd::FileController</name>
    <message>
        <source>Save As</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“%1” was changed on disk %2, after you opened or last saved it (by another program or another window).</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur le disque %2, après que vous l&apos;avez ouvert ou enregistré (par un autre programme ou une autre fenêtre).</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved away after you opened or last saved it.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé ou déplacé après que vous l&apos;avez ouvert ou enregistré.</translation>
    </message>
    <message>
        <source>Overwrite: replace it with your version; the changes made on disk are lost.
Save As…: keep both; save your version under another name.</source>
        <translation>Écraser&#xa0;: le remplacer par votre version&#xa0;; les modifications faites sur le disque sont perdues.
Enregistrer sous…&#xa0;: garder les deux&#xa0;; enregistrer votre version sous un autre nom.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Écraser</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>
Reload: discard your changes here and open the version on disk.</source>
        <translation>
Recharger&#xa0;: abandonner vos modifications ici et ouvrir la version du disque.</translation>
    </message>
    <message>
        <source>an untitled diagram</source>
        <translation>un diagramme sans titre</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>KeyDriver did not close cleanly. Unsaved changes to %1 were copied %2.</source>
        <translation>KeyDriver ne s&apos;est pas fermé correctement. Les modifications non enregistrées de %1 ont été copiées %2.</translation>
    </message>
    <message>
        <source>before</source>
        <translation>auparavant</translation>
    </message>
    <message>
        <source>Restore: open the changes in a window, unsaved; save them to keep them.
Discard: delete the copy for good.
Keep for Later: leave the copy; KeyDriver offers it again the next time it starts.</source>
        <translation>Restaurer&#xa0;: ouvrir les modifications dans une fenêtre, non enregistrées&#xa0;; enregistrez-les pour les garder.
Abandonner&#xa0;: supprimer la copie définitivement.
Garder pour plus tard&#xa0;: laisser la copie&#xa0;; KeyDriver la proposera de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep for Later</source>
        <translation>Garder pour plus tard</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save Re&amp;vision…</source>
        <translation>Enregistrer une ré&amp;vision…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Import Outline</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>Outlines and spreadsheets (*.md *.markdown *.txt *.csv *.tsv);;All files (*)</source>
        <translation>Plans et tableurs (*.md *.markdown *.txt *.csv *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Impossible d&apos;ouvrir</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard all changes since the last save?</source>
        <translation>Abandonner toutes les modifications depuis le dernier enregistrement&#xa0;?</translation>
    </message>
    <message>
        <source>Cannot revert</source>
        <translation>Impossible de revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Save Revision</source>
        <translation>Enregistrer une révision</translation>
    </message>
    <message>
        <source>What changed in the theory, and why (one line):</source>
        <translation>Ce qui a changé dans la théorie, et pourquoi (une ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Impossible de récupérer</translation>
    </message>
    <message>
        <source>%1

The copy is kept at %2 and offered again next time.</source>
        <translation>%1

La copie est conservée dans %2 et sera proposée de nouveau la prochaine fois.</translation>
    </message>
    <message>
        <source>Cannot reload</source>
        <translation>Impossible de recharger</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>“%1” was changed on disk %2 by another program or window.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié sur le disque %2 par un autre programme ou une autre fenêtre.</translation>
    </message>
    <message>
        <source>“%1” was deleted or moved away on disk.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé ou déplacé sur le disque.</translation>
    </message>
    <message>
        <source>You have unsaved changes here: saving will ask before replacing it.</source>
        <translation>Vous avez des modifications non enregistrées ici&#xa0;: l&apos;enregistrement demandera confirmation avant de le remplacer.</translation>
    </message>
    <message>
        <source>Save to write it again.</source>
        <translation>Enregistrez pour l&apos;écrire de nouveau.</translation>
    </message>
    <message>
        <source>Reload (Discard My Changes)</source>
        <translation>Recharger (abandonner mes modifications)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Impossible d&apos;imprimer</translation>
    </message>
    <message>
        <source>KeyDriver diagrams (*.kdd)</source>
        <translation>Diagrammes KeyDriver (*.kdd)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New from Te&amp;mplate…</source>
        <translation>Nouveau à partir d&apos;un modè&amp;le…</translation>
    </message>
    <message>
        <source>Import O&amp;utline…</source>
        <translation>I&amp;mporter un plan…</translation>
    </message>
    <message>
        <source>Rever&amp;t</source>
        <translation>Revenir à la version enre&amp;gistrée</translation>
    </message>
    <message>
        <source>Propert&amp;ies…</source>
        <translation>&amp;Propriétés…</translation>
    </message>
    <message>
        <source>Import Measure &amp;Data…</source>
        <translation>Importer des &amp;données de mesure…</translation>
    </message>
</context>
<context>
    <name>kdd::FindBar</name>
    <message>
        <source>Find in texts, notes, measures</source>
        <translation>Rechercher dans les textes, notes, mesures</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter, Shift+F3)</source>
        <translation>Résultat précédent (Maj+Entrée, Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>Résultat suivant (Entrée, F3)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>kdd::FocusActions</name>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Hide the boxes drawn under the selected box (not an edit)</source>
        <translation>Masquer les boîtes dessinées sous la boîte sélectionnée (pas une modification)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Alt+Shift+Right</source>
        <translation>Alt+Shift+Right</translation>
    </message>
    <message>
        <source>Expand Branch</source>
        <translation>Déployer la branche</translation>
    </message>
    <message>
        <source>Collapse Branch</source>
        <translation>Replier la branche</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <source>Expand All</source>
        <translation>Tout déployer</translation>
    </message>
</context>
<context>
    <name>kdd::ImportDataDialog</name>
    <message>
        <source>Import Measure Data</source>
        <translation>Importer des données de mesure</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure&#xa0;:</translation>
    </message>
    <message>
        <source>A CSV with the columns period and value, or period, numerator and denominator</source>
        <translation>Un CSV avec les colonnes period et value, ou period, numerator et denominator</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>M&amp;erge: a period already there is replaced, new periods are added</source>
        <translation>F&amp;usionner&#xa0;: une période déjà présente est remplacée, les nouvelles sont ajoutées</translation>
    </message>
    <message>
        <source>&amp;Replace the measure&apos;s data with the file&apos;s</source>
        <translation>&amp;Remplacer les données de la mesure par celles du fichier</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>there is no measure %1</source>
        <translation>la mesure %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Import data into “%1”</source>
        <translation>Importer des données dans « %1 »</translation>
    </message>
    <message>
        <source>This diagram has no measures yet. Add one in the Measures dock, then import its data.</source>
        <translation>Ce diagramme n&apos;a pas encore de mesure. Ajoutez-en une dans le panneau Mesures, puis importez ses données.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Nothing was imported from “%1”.</source>
        <translation>Rien n&apos;a été importé de « %1 ».</translation>
    </message>
    <message>
        <source>%1: %2 points added, %3 replaced</source>
        <translation>%1&#xa0;: %2 points ajoutés, %3 remplacés</translation>
    </message>
    <message>
        <source>Measure Data</source>
        <translation>Données de mesure</translation>
    </message>
</context>
<context>
    <name>kdd::Inspector</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Idea (not yet tested)</source>
        <translation>Idée (pas encore testée)</translation>
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
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <source>e.g. food bank, tenants&apos; association</source>
        <translation>p. ex. banque alimentaire, association de locataires</translation>
    </message>
    <message>
        <source>Partners from outside the health system, separated by commas</source>
        <translation>Partenaires hors du système de santé, séparés par des virgules</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
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
        <source>V adds a vote, Shift+V takes one back; View ▸ Prioritise places the idea by impact and effort</source>
        <translation>V ajoute un vote, Maj+V en retire un&#xa0;; Affichage ▸ Prioriser place l&apos;idée selon l&apos;impact et l&apos;effort</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Practices</source>
        <translation>Pratiques</translation>
    </message>
    <message>
        <source>Strong (solid line)</source>
        <translation>Fort (trait plein)</translation>
    </message>
    <message>
        <source>Weak (dashed line)</source>
        <translation>Faible (trait pointillé)</translation>
    </message>
    <message>
        <source>Link strength</source>
        <translation>Force du lien</translation>
    </message>
    <message>
        <source>&lt;b&gt;Box&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>&lt;b&gt;Boîte&lt;/b&gt; &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>not placed</source>
        <translation>non placée</translation>
    </message>
    <message>
        <source> (</source>
        <translation> (</translation>
    </message>
    <message>
        <source>)</source>
        <translation>)</translation>
    </message>
    <message>
        <source>%1 boxes selected</source>
        <translation>%1 boîtes sélectionnées</translation>
    </message>
    <message>
        <source>Select a box to see and edit its details.</source>
        <translation>Sélectionnez une boîte pour voir et modifier ses détails.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Link&lt;/b&gt; %1 → %2</source>
        <translation>&lt;b&gt;Lien&lt;/b&gt; %1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 boxes&lt;/b&gt; selected (%2 change ideas)</source>
        <translation>&lt;b&gt;%1 boîtes&lt;/b&gt; sélectionnées (%2 idées de changement)</translation>
    </message>
    <message>
        <source>The status and owner set here go to every selected change idea, the practices to every selected box, each change one undo step.</source>
        <translation>Le statut et le porteur choisis ici s&apos;appliquent à chaque idée de changement sélectionnée, les pratiques à chaque boîte sélectionnée&#xa0;; chaque modification s&apos;annule en une étape.</translation>
    </message>
    <message>
        <source>— mixed —</source>
        <translation>— mixte —</translation>
    </message>
    <message>
        <source>Status of %1 boxes → %2</source>
        <translation>Statut de %1 boîtes → %2</translation>
    </message>
    <message>
        <source>Owner of %1 boxes → %2</source>
        <translation>Porteur de %1 boîtes → %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Practices of %1 boxes</source>
        <translation>Pratiques de %1 boîtes</translation>
    </message>
</context>
<context>
    <name>kdd::MainToolBar</name>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Main Tool&amp;bar</source>
        <translation>&amp;Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>kdd::MainWindow</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing?</source>
        <translation>Enregistrer les modifications de «&#xa0;%1&#xa0;» avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Parking Lot</source>
        <translation>Stationnement d&apos;idées</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Équité</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouvert&gt;</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Taille &amp;réelle</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Ajuster à la f&amp;enêtre</translation>
    </message>
    <message>
        <source>Ctrl+9</source>
        <translation>Ctrl+9</translation>
    </message>
    <message>
        <source>Fit &amp;Width</source>
        <translation>A&amp;juster à la largeur</translation>
    </message>
    <message>
        <source>Ctrl+8</source>
        <translation>Ctrl+8</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Compare with Revision</source>
        <translation>&amp;Comparer à une révision</translation>
    </message>
    <message>
        <source>(no revisions saved yet: File ▸ Save Revision)</source>
        <translation>(aucune révision enregistrée&#xa0;: Fichier ▸ Enregistrer une révision)</translation>
    </message>
    <message>
        <source>Stop Comparing</source>
        <translation>Arrêter la comparaison</translation>
    </message>
    <message>
        <source>&amp;Equity Lens</source>
        <translation>&amp;Optique d&apos;équité</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Dim what does not concern equity and mark the gaps</source>
        <translation>Estomper ce qui ne concerne pas l&apos;équité et signaler les lacunes</translation>
    </message>
    <message>
        <source>With one box selected, dim everything not on a path through it</source>
        <translation>Avec une boîte sélectionnée, estomper tout ce qui n&apos;est pas sur un chemin qui la traverse</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Small arrowheads where links reach the boxes on their right</source>
        <translation>Petites pointes de flèche là où les liens atteignent les boîtes à leur droite</translation>
    </message>
    <message>
        <source>&amp;Prioritise…</source>
        <translation>Pr&amp;ioriser…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard</source>
        <translation>&amp;Clavier</translation>
    </message>
    <message>
        <source>&amp;About KeyDriver</source>
        <translation>À &amp;propos de KeyDriver</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Links</source>
        <translation>Lie&amp;ns</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>move the selection to the neighbouring box</source>
        <translation>déplacer la sélection vers la boîte voisine</translation>
    </message>
    <message>
        <source>Keyboard</source>
        <translation>Clavier</translation>
    </message>
    <message>
        <source>Ctrl+wheel zooms; middle-drag pans. Drag from a box&apos;s right edge onto another box to link them; drag a box up or down to reorder its column. In the Parking Lot, Enter adds an idea, F2 edits one, Delete removes it, Enter on one lists the drivers to place it under; drag an idea onto a driver to place it, or a change idea out of the canvas into the lot to park it.</source>
        <translation>Ctrl+molette zoome&#xa0;; glisser avec le bouton du milieu déplace la vue. Glissez du bord droit d&apos;une boîte vers une autre boîte pour les lier&#xa0;; glissez une boîte vers le haut ou le bas pour réordonner sa colonne. Dans le stationnement d&apos;idées, Entrée ajoute une idée, F2 la modifie, Suppr la supprime, Entrée sur une idée liste les moteurs sous lesquels la placer&#xa0;; glissez une idée sur un moteur pour l&apos;y placer, ou une idée de changement du canevas vers le stationnement pour l&apos;y stationner.</translation>
    </message>
    <message>
        <source>In the find bar, Enter and Shift+Enter go to the next and the previous match and Esc closes it. A click on a collapsed box&apos;s &quot;+N&quot; badge expands it.</source>
        <translation>Dans la barre de recherche, Entrée et Maj+Entrée vont au résultat suivant et précédent, et Échap la ferme. Un clic sur le badge «&#xa0;+N&#xa0;» d&apos;une boîte repliée la déploie.</translation>
    </message>
    <message>
        <source>Copying %1 boxes as an image…</source>
        <translation>Copie de %1 boîtes comme image…</translation>
    </message>
    <message>
        <source>Diagram copied as SVG and PNG</source>
        <translation>Diagramme copié en SVG et PNG</translation>
    </message>
    <message>
        <source>Tidying %1 boxes…</source>
        <translation>Rangement de %1 boîtes…</translation>
    </message>
    <message>
        <source>Copy Dia&amp;gram as Image</source>
        <translation>Copier le &amp;diagramme comme image</translation>
    </message>
    <message>
        <source>Tid&amp;y Up (reorder to reduce crossings)</source>
        <translation>Ran&amp;ger (réordonner pour réduire les croisements)</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <source>Compare with Last &amp;Revision</source>
        <translation>Comparer à la &amp;dernière révision</translation>
    </message>
    <message>
        <source>Line of &amp;Sight</source>
        <translation>Ligne de &amp;mire</translation>
    </message>
    <message>
        <source>Arrow&amp;heads</source>
        <translation>Pointes de &amp;flèche</translation>
    </message>
    <message>
        <source>Change I&amp;deas</source>
        <translation>Idées de chan&amp;gement</translation>
    </message>
    <message>
        <source>%1[*] — KeyDriver</source>
        <translation>%1[*] — KeyDriver</translation>
    </message>
    <message>
        <source>%1, %2  ·  checks: %3, %4</source>
        <translation>%1, %2  ·  vérifications&#xa0;: %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n boxes</source>
        <translation>
            <numerusform>%n boîte</numerusform>
            <numerusform>%n boîtes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n links</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n errors</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>PDSA Cycles</source>
        <translation>Cycles PDSA</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
</context>
<context>
    <name>kdd::MeasureDataView</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Mieux</translation>
    </message>
    <message>
        <source>Which way is an improvement for this measure</source>
        <translation>Dans quel sens cette mesure s&apos;améliore</translation>
    </message>
    <message>
        <source>Direction not set</source>
        <translation>Sens non indiqué</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas est mieux</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>The chart drawn from the data; Automatic draws a P chart for numerator and denominator, else a run chart</source>
        <translation>Le graphique tracé à partir des données&#xa0;; Automatique trace une carte P pour des numérateurs et dénominateurs, sinon un graphique de séquence</translation>
    </message>
    <message>
        <source>Automatic chart</source>
        <translation>Graphique automatique</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Graphique de séquence</translation>
    </message>
    <message>
        <source>I chart</source>
        <translation>Carte I</translation>
    </message>
    <message>
        <source>P chart</source>
        <translation>Carte P</translation>
    </message>
    <message>
        <source>U chart</source>
        <translation>Carte U</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a point for the period after the last one</source>
        <translation>Ajouter un point pour la période qui suit la dernière</translation>
    </message>
    <message>
        <source>Delete Rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Delete the points of the selected rows</source>
        <translation>Supprimer les points des lignes sélectionnées</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Paste cells copied from a spreadsheet (Ctrl+V in the table)</source>
        <translation>Coller des cellules copiées d&apos;un tableur (Ctrl+V dans le tableau)</translation>
    </message>
    <message>
        <source>“%1” is not a period: write 2025-07, 2025-07-14 or Jul 2025</source>
        <translation>« %1 » n&apos;est pas une période&#xa0;: écrivez 2025-07, 2025-07-14 ou Jul 2025</translation>
    </message>
    <message>
        <source>“%1” is not a number: write it with a decimal point and no thousands separators, such as 1234.5</source>
        <translation>« %1 » n&apos;est pas un nombre&#xa0;: écrivez-le avec un point décimal et sans séparateur de milliers, comme 1234.5</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Non modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit data of “%1”</source>
        <translation>Modifier les données de « %1 »</translation>
    </message>
    <message>
        <source>Add a measure first: the data belong to a measure</source>
        <translation>Ajoutez d&apos;abord une mesure&#xa0;: les données appartiennent à une mesure</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Nothing pasted:</source>
        <translation>Rien n&apos;a été collé&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing pasted: %1</source>
        <translation>Rien n&apos;a été collé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paste data into “%1”</source>
        <translation>Coller des données dans « %1 »</translation>
    </message>
    <message>
        <source>Nothing changed: the pasted points are already there</source>
        <translation>Rien n&apos;a changé&#xa0;: les points collés y sont déjà</translation>
    </message>
    <message>
        <source>%1: %2 points added, %3 replaced</source>
        <translation>%1&#xa0;: %2 points ajoutés, %3 remplacés</translation>
    </message>
    <message>
        <source>Add a data point to “%1”</source>
        <translation>Ajouter un point de données à « %1 »</translation>
    </message>
    <message>
        <source>Delete data points of “%1”</source>
        <translation>Supprimer des points de données de « %1 »</translation>
    </message>
</context>
<context>
    <name>kdd::MeasuresView</name>
    <message>
        <source>+ Outcome</source>
        <translation>+ Résultat</translation>
    </message>
    <message>
        <source>+ Process</source>
        <translation>+ Processus</translation>
    </message>
    <message>
        <source>+ Balancing</source>
        <translation>+ Équilibre</translation>
    </message>
    <message>
        <source>Add a measure of this type, attached to the selected boxes</source>
        <translation>Ajouter une mesure de ce type, rattachée aux boîtes sélectionnées</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Rattacher</translation>
    </message>
    <message>
        <source>Attach the measure to the selected boxes</source>
        <translation>Rattacher la mesure aux boîtes sélectionnées</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>Détacher</translation>
    </message>
    <message>
        <source>Detach the measure from the selected boxes</source>
        <translation>Détacher la mesure des boîtes sélectionnées</translation>
    </message>
    <message>
        <source>Stratify</source>
        <translation>Stratifier</translation>
    </message>
    <message>
        <source>Choose the dimensions this measure is broken down by</source>
        <translation>Choisir les dimensions selon lesquelles cette mesure est ventilée</translation>
    </message>
    <message>
        <source>&amp;Other dimension…</source>
        <translation>&amp;Autre dimension…</translation>
    </message>
    <message>
        <source>Stratify by</source>
        <translation>Stratifier par</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>Dimension&#xa0;:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the measure</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Numérateur</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Dénominateur</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Stratified by</source>
        <translation>Stratifiée par</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>Rattachée à</translation>
    </message>
</context>
<context>
    <name>kdd::OutlineView</name>
    <message>
        <source>Also linked here; edit it where it appears in full.</source>
        <translation>Aussi liée ici&#xa0;; modifiez-la là où elle apparaît en entier.</translation>
    </message>
    <message>
        <source>Park (move to the Parking Lot)</source>
        <translation>Stationner (déplacer vers le stationnement d&apos;idées)</translation>
    </message>
</context>
<context>
    <name>kdd::ParkingLotView</name>
    <message>
        <source>Type an idea, press Enter</source>
        <translation>Tapez une idée puis Entrée</translation>
    </message>
    <message>
        <source>Drag an idea onto a driver to place it</source>
        <translation>Glissez une idée sur un moteur pour la placer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Place Under…</source>
        <translation>Placer sous…</translation>
    </message>
    <message>
        <source>Park (move to the Parking Lot)</source>
        <translation>Stationner (déplacer vers le stationnement d&apos;idées)</translation>
    </message>
    <message>
        <source>Take the selected change ideas out of the diagram and keep their text and notes in the Parking Lot</source>
        <translation>Retirer du diagramme les idées de changement sélectionnées et garder leur texte et leurs notes dans le stationnement d&apos;idées</translation>
    </message>
    <message>
        <source>(no drivers yet)</source>
        <translation>(aucun moteur pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Place &amp;Under</source>
        <translation>&amp;Placer sous</translation>
    </message>
    <message>
        <source>&amp;Edit Text</source>
        <translation>&amp;Modifier le texte</translation>
    </message>
    <message>
        <source>Edit &amp;Notes…</source>
        <translation>Modifier les &amp;notes…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;New Idea</source>
        <translation>Nouvelle &amp;idée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Notes for “%1”</source>
        <translation>Notes de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>kdd::PastePreviewDialog</name>
    <message>
        <source>Add 1 box as a new aim:</source>
        <translation>Ajouter 1 boîte comme nouvel objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Add %1 boxes as a new tree, starting with new aims:</source>
        <translation>Ajouter %1 boîtes comme nouvel arbre, en commençant par de nouveaux objectifs&#xa0;:</translation>
    </message>
    <message>
        <source>Add 1 box under the %1 “%2”:</source>
        <translation>Ajouter 1 boîte sous %1 «&#xa0;%2&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Add %1 boxes under the %2 “%3”:</source>
        <translation>Ajouter %1 boîtes sous %2 «&#xa0;%3&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Paste Text as Boxes</source>
        <translation>Coller du texte comme boîtes</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Boîte</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Paste 1 Box</source>
        <translation>&amp;Coller 1 boîte</translation>
    </message>
    <message>
        <source>&amp;Paste %1 Boxes</source>
        <translation>&amp;Coller %1 boîtes</translation>
    </message>
</context>
<context>
    <name>kdd::PdsaPanel</name>
    <message>
        <source>Set Status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>Prédiction</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Study</source>
        <translation>Étude</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>PDSA cycles</source>
        <translation>Cycles PDSA</translation>
    </message>
    <message>
        <source>New Cycle</source>
        <translation>Nouveau cycle</translation>
    </message>
    <message>
        <source>Delete Cycle</source>
        <translation>Supprimer le cycle</translation>
    </message>
    <message>
        <source>What will be tried, where, with whom</source>
        <translation>Ce qui sera essayé, où et avec qui</translation>
    </message>
    <message>
        <source>What the team expects to happen</source>
        <translation>Ce que l&apos;équipe s&apos;attend à voir</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>What was learned, compared with the prediction</source>
        <translation>Ce qui a été appris, comparé à la prédiction</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(pas encore décidé)</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1 boxes are selected. Select one change idea to see and edit its PDSA cycles.</source>
        <translation>%1 boîtes sont sélectionnées. Sélectionnez une seule idée de changement pour voir et modifier ses cycles PDSA.</translation>
    </message>
    <message>
        <source>Select a change idea to see and edit the PDSA (Plan-Do-Study-Act) cycles the team ran on it.</source>
        <translation>Sélectionnez une idée de changement pour voir et modifier les cycles PDSA (Planifier-Faire-Étudier-Agir) que l&apos;équipe a menés sur elle.</translation>
    </message>
    <message>
        <source>PDSA cycle %1</source>
        <translation>Cycle PDSA %1</translation>
    </message>
    <message>
        <source>No cycle yet: New Cycle starts one.</source>
        <translation>Aucun cycle pour l&apos;instant&#xa0;: Nouveau cycle en commence un.</translation>
    </message>
    <message>
        <source>The latest decision (%1) suggests the status %2.</source>
        <translation>La dernière décision (%1) suggère le statut %2.</translation>
    </message>
    <message>
        <source>The start “%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>Le début «&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez-le sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The end “%1” is not a date: write it as YYYY-MM-DD.</source>
        <translation>La fin «&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;: écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The cycle cannot end (%1) before it starts (%2).</source>
        <translation>Le cycle ne peut pas finir (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>Edit PDSA cycle %1 of “%2”</source>
        <translation>Modifier le cycle PDSA %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Add PDSA cycle %1 to “%2”</source>
        <translation>Ajouter le cycle PDSA %1 à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Delete PDSA cycle %1 of “%2”</source>
        <translation>Supprimer le cycle PDSA %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Status of “%1” → %2</source>
        <translation>Statut de «&#xa0;%1&#xa0;» → %2</translation>
    </message>
</context>
<context>
    <name>kdd::PhasesEditor</name>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>From each phase&apos;s start the charts compute the centre and limits afresh, e.g. after a change was adopted</source>
        <translation>À partir du début de chaque phase, les graphiques recalculent la ligne centrale et les limites, par exemple après l&apos;adoption d&apos;un changement</translation>
    </message>
    <message>
        <source>New Phase</source>
        <translation>Nouvelle phase</translation>
    </message>
    <message>
        <source>Start a phase at the period of the selected data row (or the last period)</source>
        <translation>Commencer une phase à la période de la ligne de données sélectionnée (ou à la dernière période)</translation>
    </message>
    <message>
        <source>Remove Phase</source>
        <translation>Supprimer la phase</translation>
    </message>
    <message>
        <source>Remove the selected phase: its points join the phase before</source>
        <translation>Supprimer la phase sélectionnée&#xa0;: ses points rejoignent la phase précédente</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a period: write a month (2025-07) or a day (2025-07-14)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une période&#xa0;: écrivez un mois (2025-07) ou un jour (2025-07-14)</translation>
    </message>
    <message>
        <source>A phase already starts at %1</source>
        <translation>Une phase commence déjà à %1</translation>
    </message>
    <message>
        <source>Add data first: a phase starts at one of the measure&apos;s periods</source>
        <translation>Ajoutez d&apos;abord des données&#xa0;: une phase commence à l&apos;une des périodes de la mesure</translation>
    </message>
</context>
<context>
    <name>kdd::PlaceUnderMenu</name>
    <message>
        <source>Place Under</source>
        <translation>Placer sous</translation>
    </message>
    <message>
        <source>(untitled %1)</source>
        <translation>(%1 sans titre)</translation>
    </message>
</context>
<context>
    <name>kdd::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>How the canvas looks, and the theme exports start with</source>
        <translation>L&apos;apparence du canevas, et le thème de départ des exportations</translation>
    </message>
    <message>
        <source>Brackets</source>
        <translation>Crochets</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>Courbes</translation>
    </message>
    <message>
        <source>Straight</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Open documents keep their own style (View ▸ Links changes it)</source>
        <translation>Les documents ouverts gardent leur propre style (Affichage ▸ Liens le modifie)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Unsaved work is copied for recovery at least this often, and shortly after boxes or links are added or removed</source>
        <translation>Le travail non enregistré est copié pour récupération au moins à cet intervalle, et peu après l&apos;ajout ou la suppression de boîtes ou de liens</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Links in new diagrams:</source>
        <translation>&amp;Liens des nouveaux diagrammes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Recovery copy every:</source>
        <translation>Copie de &amp;récupération toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>L&amp;angue&#xa0;:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes the next time KeyDriver starts.</source>
        <translation>La langue change au prochain démarrage de KeyDriver.</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Open documents keep their own size (View ▸ Text Size changes it)</source>
        <translation>Les documents ouverts gardent leur taille (Affichage ▸ Taille du texte la modifie)</translation>
    </message>
    <message>
        <source>Te&amp;xt size of new diagrams:</source>
        <translation>Taille du te&amp;xte des nouveaux diagrammes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>kdd::PresentationMode</name>
    <message>
        <source>Full screen for a room: Page Down/Up steps through the primary drivers, B blanks, Esc returns</source>
        <translation>Plein écran pour une salle&#xa0;: Pg suiv/Pg préc parcourt les moteurs primaires, B masque l&apos;écran, Échap revient</translation>
    </message>
    <message>
        <source>Presenting: Page Down, Space, Right</source>
        <translation>Présentation&#xa0;: Pg suiv, Espace, Droite</translation>
    </message>
    <message>
        <source>next step: the next primary driver&apos;s branch in focus, the rest dimmed</source>
        <translation>étape suivante&#xa0;: la branche du moteur primaire suivant en évidence, le reste estompé</translation>
    </message>
    <message>
        <source>Presenting: Page Up, Backspace, Left</source>
        <translation>Présentation&#xa0;: Pg préc, Retour arrière, Gauche</translation>
    </message>
    <message>
        <source>previous step (the first step is the whole diagram)</source>
        <translation>étape précédente (la première étape est le diagramme entier)</translation>
    </message>
    <message>
        <source>Presenting: Home, End</source>
        <translation>Présentation&#xa0;: Début, Fin</translation>
    </message>
    <message>
        <source>the whole diagram, the last primary driver</source>
        <translation>le diagramme entier, le dernier moteur primaire</translation>
    </message>
    <message>
        <source>Presenting: B or .</source>
        <translation>Présentation&#xa0;: B ou .</translation>
    </message>
    <message>
        <source>blank the screen; any key brings the diagram back</source>
        <translation>masquer l&apos;écran&#xa0;; n&apos;importe quelle touche ramène le diagramme</translation>
    </message>
    <message>
        <source>Presenting: F2</source>
        <translation>Présentation&#xa0;: F2</translation>
    </message>
    <message>
        <source>correct the selected box&apos;s text live; Enter ends the edit</source>
        <translation>corriger en direct le texte de la boîte sélectionnée&#xa0;; Entrée termine la modification</translation>
    </message>
    <message>
        <source>Presenting: Esc</source>
        <translation>Présentation&#xa0;: Échap</translation>
    </message>
    <message>
        <source>stop editing, or stop presenting (docks and menus come back)</source>
        <translation>arrêter la modification, ou arrêter la présentation (les panneaux et menus reviennent)</translation>
    </message>
    <message>
        <source>Whole diagram · 1 primary driver · Page Down to step</source>
        <translation>Diagramme entier · 1 moteur primaire · Pg suiv pour avancer</translation>
    </message>
    <message>
        <source>Whole diagram · %1 primary drivers · Page Down to step</source>
        <translation>Diagramme entier · %1 moteurs primaires · Pg suiv pour avancer</translation>
    </message>
    <message>
        <source>Prese&amp;nt</source>
        <translation>&amp;Présenter</translation>
    </message>
</context>
<context>
    <name>kdd::PrioritiseView</name>
    <message>
        <source>Impact and effort grid</source>
        <translation>Grille d&apos;impact et d&apos;effort</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 votes</translation>
    </message>
</context>
<context>
    <name>kdd::PrioritiseWindow</name>
    <message>
        <source>Drag each change idea to where the team rates its impact and effort. V adds a vote to the selected idea, Shift+V takes one back; 1–4 place it (Possible, Implement, Challenge, Kill), 0 takes it out.</source>
        <translation>Glissez chaque idée de changement là où l&apos;équipe évalue son impact et son effort. V ajoute un vote à l&apos;idée sélectionnée, Maj+V en retire un&#xa0;; 1–4 la classent (Possible, Implanter, Défi, Écarter), 0 l&apos;en retire.</translation>
    </message>
    <message>
        <source>Export Grid…</source>
        <translation>Exporter la grille…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Prioritise — %1</source>
        <translation>Prioriser — %1</translation>
    </message>
    <message>
        <source>Export Grid</source>
        <translation>Exporter la grille</translation>
    </message>
    <message>
        <source>SVG image (*.svg);;PDF document (*.pdf);;PNG image (*.png)</source>
        <translation>Image SVG (*.svg);;Document PDF (*.pdf);;Image PNG (*.png)</translation>
    </message>
    <message>
        <source>choose a file ending in .svg, .pdf or .png</source>
        <translation>choisissez un fichier se terminant par .svg, .pdf ou .png</translation>
    </message>
    <message>
        <source>Cannot export</source>
        <translation>Impossible d&apos;exporter</translation>
    </message>
</context>
<context>
    <name>kdd::PropertiesDialog</name>
    <message>
        <source>Document Properties</source>
        <translation>Propriétés du document</translation>
    </message>
    <message>
        <source>Practice 1, establish principle: why equity, for whom, and how you will know</source>
        <translation>Pratique 1, établir le principe&#xa0;: pourquoi l&apos;équité, pour qui, et comment vous le saurez</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Leaders (comma-separated)</source>
        <translation>Responsables (séparés par des virgules)</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Revision date</source>
        <translation>Date de révision</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Equity statement</source>
        <translation>Énoncé d&apos;équité</translation>
    </message>
    <message>
        <source>The project commits to</source>
        <translation>Le projet s&apos;engage à</translation>
    </message>
    <message>
        <source>Column %1 title</source>
        <translation>Titre de la colonne %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <source>Same as the program</source>
        <translation>Comme le programme</translation>
    </message>
    <message>
        <source>The language of the diagram&apos;s own words in exports and on the canvas: default column titles, the key, the charter&apos;s headings</source>
        <translation>La langue des mots propres au diagramme dans les exportations et sur le canevas&#xa0;: titres de colonnes par défaut, légende, intitulés de la charte</translation>
    </message>
    <message>
        <source>Document &amp;language</source>
        <translation>&amp;Langue du document</translation>
    </message>
</context>
<context>
    <name>kdd::QuickActions</name>
    <message>
        <source>&amp;Idea</source>
        <translation>&amp;Idée</translation>
    </message>
    <message>
        <source>&amp;Testing</source>
        <translation>En &amp;test</translation>
    </message>
    <message>
        <source>&amp;Adopted</source>
        <translation>&amp;Adoptée</translation>
    </message>
    <message>
        <source>A&amp;bandoned</source>
        <translation>A&amp;bandonnée</translation>
    </message>
    <message>
        <source>Change Idea &amp;Status</source>
        <translation>S&amp;tatut de l&apos;idée de changement</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>Add &amp;Outcome Measure</source>
        <translation>Ajouter une mesure de &amp;résultat</translation>
    </message>
    <message>
        <source>Add &amp;Process Measure</source>
        <translation>Ajouter une mesure de &amp;processus</translation>
    </message>
    <message>
        <source>Add &amp;Balancing Measure</source>
        <translation>Ajouter une mesure d&apos;é&amp;quilibre</translation>
    </message>
    <message>
        <source>Ctrl+Alt+O</source>
        <translation>Ctrl+Alt+O</translation>
    </message>
    <message>
        <source>Ctrl+Alt+P</source>
        <translation>Ctrl+Alt+P</translation>
    </message>
    <message>
        <source>Ctrl+Alt+B</source>
        <translation>Ctrl+Alt+B</translation>
    </message>
    <message>
        <source>&amp;Stratify Current Measure…</source>
        <translation>&amp;Stratifier la mesure courante…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Select a change idea to set its status</source>
        <translation>Sélectionnez une idée de changement pour définir son statut</translation>
    </message>
    <message numerus="yes">
        <source>Status of %n boxes → %1</source>
        <translation>
            <numerusform>Statut de %n boîte → %1</numerusform>
            <numerusform>Statut de %n boîtes → %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kdd::SparklineText</name>
    <message>
        <source>Improving (special-cause signal)</source>
        <translation>En amélioration (signal de cause spéciale)</translation>
    </message>
    <message>
        <source>Deteriorating (special-cause signal)</source>
        <translation>En dégradation (signal de cause spéciale)</translation>
    </message>
    <message>
        <source>Special-cause signal (which way is better is not set)</source>
        <translation>Signal de cause spéciale (le sens de l&apos;amélioration n&apos;est pas indiqué)</translation>
    </message>
    <message>
        <source>No signal (common-cause variation only)</source>
        <translation>Aucun signal (variation de cause commune seulement)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Last value: %1 in %2</source>
        <translation>Dernière valeur&#xa0;: %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more measure(s) with data on this box</source>
        <translation>
            <numerusform>%n autre mesure avec des données sur cette boîte</numerusform>
            <numerusform>%n autres mesures avec des données sur cette boîte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: last value %2 in %3, %4</source>
        <translation>%1&#xa0;: dernière valeur %2 en %3, %4</translation>
    </message>
</context>
<context>
    <name>kdd::TemplateChooser</name>
    <message>
        <source>New from Template</source>
        <translation>Nouveau à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Start from one of these diagrams. It opens as a new, untitled document: the template itself is never changed.</source>
        <translation>Partez de l&apos;un de ces diagrammes. Il s&apos;ouvre comme un nouveau document sans titre&#xa0;: le modèle lui-même n&apos;est jamais modifié.</translation>
    </message>
</context>
<context>
    <name>kdd::TextSizeActions</name>
    <message>
        <source>&amp;Larger</source>
        <translation>Plus &amp;grand</translation>
    </message>
    <message>
        <source>Ctrl+]</source>
        <translation>Ctrl+]</translation>
    </message>
    <message>
        <source>Make the diagram&apos;s text one point larger (saved with the file)</source>
        <translation>Agrandit le texte du diagramme d&apos;un point (enregistré avec le fichier)</translation>
    </message>
    <message>
        <source>&amp;Smaller</source>
        <translation>Plus &amp;petit</translation>
    </message>
    <message>
        <source>Ctrl+[</source>
        <translation>Ctrl+[</translation>
    </message>
    <message>
        <source>Make the diagram&apos;s text one point smaller (saved with the file)</source>
        <translation>Réduit le texte du diagramme d&apos;un point (enregistré avec le fichier)</translation>
    </message>
    <message>
        <source>&amp;Default Size</source>
        <translation>Taille par &amp;défaut</translation>
    </message>
    <message>
        <source>The text size of new diagrams (Edit ▸ Preferences)</source>
        <translation>La taille du texte des nouveaux diagrammes (Édition ▸ Préférences)</translation>
    </message>
    <message>
        <source>Te&amp;xt Size</source>
        <translation>Taille du te&amp;xte</translation>
    </message>
    <message>
        <source>Text size: %1 pt</source>
        <translation>Taille du texte&#xa0;: %1 pt</translation>
    </message>
</context>
<context>
    <name>kdd::VoteActions</name>
    <message>
        <source>Add &amp;Vote</source>
        <translation>Ajouter un &amp;vote</translation>
    </message>
    <message>
        <source>One more dot vote for the selected change ideas</source>
        <translation>Un vote par point de plus pour les idées de changement sélectionnées</translation>
    </message>
    <message>
        <source>Take one dot vote back from the selected change ideas</source>
        <translation>Retirer un vote par point aux idées de changement sélectionnées</translation>
    </message>
    <message>
        <source>Remove Vot&amp;e</source>
        <translation>Retirer un vot&amp;e</translation>
    </message>
</context>
</TS>
