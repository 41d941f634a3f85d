<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>nap::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/ui/MainWindow.cpp" line="+314"/>
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
        <location filename="../app/ui/PlanTreeModel.cpp" line="+189"/>
        <source>%n commitment(s)</source>
        <translation>
            <numerusform>%n commitment</numerusform>
            <numerusform>%n commitments</numerusform>
        </translation>
    </message>
</context>
</TS>
