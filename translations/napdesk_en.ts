<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>nap::cli</name>
    <message numerus="yes">
        <location filename="../app/cli/ExportCommand.cpp" line="+103"/>
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1 (%n error)</numerusform>
            <numerusform>%1 (%n errors)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n commitment(s) still have errors: %1.</source>
        <translation>
            <numerusform>%n commitment still has errors: %1.</numerusform>
            <numerusform>%n commitments still have errors: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Exporting %n commitment(s) with open errors; the reason was recorded.</source>
        <translation>
            <numerusform>Exporting %n commitment with open errors; the reason was recorded.</numerusform>
            <numerusform>Exporting %n commitments with open errors; the reason was recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n field(s) have no English text</source>
        <translation>
            <numerusform>%n field has no English text</numerusform>
            <numerusform>%n fields have no English text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n English text(s) are older than the Chinese they translate</source>
        <translation>
            <numerusform>%n English text is older than the Chinese it translates</numerusform>
            <numerusform>%n English texts are older than the Chinese they translate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Warning: English check for %n commitment(s): %1. The export goes ahead with the text as it is.</source>
        <translation>
            <numerusform>Warning: English check for %n commitment: %1. The export goes ahead with the text as it is.</numerusform>
            <numerusform>Warning: English check for %n commitments: %1. The export goes ahead with the text as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Warning: %1 %2 (%3): %n control character(s) left out; no export file can hold them.</source>
        <translation>
            <numerusform>Warning: %1 %2 (%3): %n control character left out; no export file can hold it.</numerusform>
            <numerusform>Warning: %1 %2 (%3): %n control characters left out; no export file can hold them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/CheckCommand.cpp" line="+387"/>
        <source>Note: %n control character(s) in %1 were removed; no export file can hold them.</source>
        <translation>
            <numerusform>Note: %n control character in %1 was removed; no export file can hold it.</numerusform>
            <numerusform>Note: %n control characters in %1 were removed; no export file can hold them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nap::ui::ExportDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/ExportDialog.cpp" line="+326"/>
        <source>Whole plan (%n commitment(s))</source>
        <translation>
            <numerusform>Whole plan (%n commitment)</numerusform>
            <numerusform>Whole plan (%n commitments)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+53"/>
        <source>%n field(s) have no English text</source>
        <translation>
            <numerusform>%n field has no English text</numerusform>
            <numerusform>%n fields have no English text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n English text(s) are older than the Chinese they translate</source>
        <translation>
            <numerusform>%n English text is older than the Chinese it translates</numerusform>
            <numerusform>%n English texts are older than the Chinese they translate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>English check for %n commitment(s): %1. The export goes ahead with the text as it is.</source>
        <translation>
            <numerusform>English check for %n commitment: %1. The export goes ahead with the text as it is.</numerusform>
            <numerusform>English check for %n commitments: %1. The export goes ahead with the text as it is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n file(s) written to %1</source>
        <translation>
            <numerusform>%n file written to %1</numerusform>
            <numerusform>%n files written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>The folder already has %n of these file(s):

%1

Replace them?</source>
        <translation>
            <numerusform>The folder already has %n of these files:

%1

Replace it?</numerusform>
            <numerusform>The folder already has %n of these files:

%1

Replace them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nap::ui::ExportGateDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/ExportGateDialog.cpp" line="+102"/>
        <source>%1  %2 — %n error(s)</source>
        <translation>
            <numerusform>%1  %2 — %n error</numerusform>
            <numerusform>%1  %2 — %n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n commitment(s) in this export still have errors. Reviewers look for exactly these gaps. Fix them first, or give the reason for exporting now; the reason is kept in the workspace with the errors it overrides.</source>
        <translation>
            <numerusform>%n commitment in this export still has errors. Reviewers look for exactly these gaps. Fix them first, or give the reason for exporting now; the reason is kept in the workspace with the errors it overrides.</numerusform>
            <numerusform>%n commitments in this export still have errors. Reviewers look for exactly these gaps. Fix them first, or give the reason for exporting now; the reason is kept in the workspace with the errors it overrides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n commitment(s) in this export still have errors, and the reason for exporting them cannot be recorded because this workspace is open read-only. Fix the errors, or export from the window that can edit the workspace.</source>
        <translation>
            <numerusform>%n commitment in this export still has errors, and the reason for exporting it cannot be recorded because this workspace is open read-only. Fix the errors, or export from the window that can edit the workspace.</numerusform>
            <numerusform>%n commitments in this export still have errors, and the reason for exporting them cannot be recorded because this workspace is open read-only. Fix the errors, or export from the window that can edit the workspace.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nap::ui::FindingsPanel</name>
    <message numerus="yes">
        <location filename="../app/ui/FindingsPanel.cpp" line="+23"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>%n hint</numerusform>
            <numerusform>%n hints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+195"/>
        <source>Plan: %1 of %n commitment(s) ready for export · %2</source>
        <translation>
            <numerusform>Plan: %1 of %n commitment ready for export · %2</numerusform>
            <numerusform>Plan: %1 of %n commitments ready for export · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nap::ui::ImportDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/ImportDialog.cpp" line="+153"/>
        <source>Not placed in any field (%n line(s)): copy by hand what belongs to the commitment</source>
        <translation>
            <numerusform>Not placed in any field (%n line): copy by hand what belongs to the commitment</numerusform>
            <numerusform>Not placed in any field (%n lines): copy by hand what belongs to the commitment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+166"/>
        <source>%n file(s) read. With your choices, commitments added: %1, changed: %2; with conflicts: %3. The import is one step: Edit → Undo takes all of it back.</source>
        <translation>
            <numerusform>%n file read. With your choices, commitments added: %1, changed: %2; with conflicts: %3. The import is one step: Edit → Undo takes all of it back.</numerusform>
            <numerusform>%n files read. With your choices, commitments added: %1, changed: %2; with conflicts: %3. The import is one step: Edit → Undo takes all of it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n milestone(s)</source>
        <translation>
            <numerusform>%n milestone</numerusform>
            <numerusform>%n milestones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nap::ui::ImportFlow</name>
    <message numerus="yes">
        <location filename="../app/ui/ImportFlow.cpp" line="+103"/>
        <source>Imported %n file(s). Commitments added: %1, changed: %2. Edit → Undo takes the import back.</source>
        <translation>
            <numerusform>Imported %n file. Commitments added: %1, changed: %2. Edit → Undo takes the import back.</numerusform>
            <numerusform>Imported %n files. Commitments added: %1, changed: %2. Edit → Undo takes the import back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nap::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/ui/MainWindow.cpp" line="+197"/>
        <source>%1: %n control character(s) removed (no export file can hold them).</source>
        <translation>
            <numerusform>%1: %n control character removed (no export file can hold it).</numerusform>
            <numerusform>%1: %n control characters removed (no export file can hold them).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>Delete area %1 and its %n commitment(s)? Edit → Undo brings them back.</source>
        <translation>
            <numerusform>Delete area %1 and its %n commitment? Edit → Undo brings it back.</numerusform>
            <numerusform>Delete area %1 and its %n commitments? Edit → Undo brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nap::ui::PlanTreeModel</name>
    <message numerus="yes">
        <location filename="../app/ui/PlanTreeModel.cpp" line="+117"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+134"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nap::ui::WorkspaceDocument</name>
    <message numerus="yes">
        <location filename="../app/ui/WorkspaceDocument.cpp" line="+558"/>
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
</context>
</TS>
