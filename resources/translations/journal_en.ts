<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AutoBackup</name>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago.</source>
        <translation>
            <numerusform>The last backup was made %n day ago.</numerusform>
            <numerusform>The last backup was made %n days ago.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrokenItemsText</name>
    <message numerus="yes">
        <source>%n planner item(s) hold a value out of range and are left out of the horizon. Fix or delete them in %1.</source>
        <translation>
            <numerusform>%n planner item holds a value out of range and is left out of the horizon. Fix or delete it in %1.</numerusform>
            <numerusform>%n planner items hold a value out of range and are left out of the horizon. Fix or delete them in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) exported. Delete the file when you no longer need it.</source>
        <translation>
            <numerusform>%n deadline exported. Delete the file when you no longer need it.</numerusform>
            <numerusform>%n deadlines exported. Delete the file when you no longer need it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteJournalDialog</name>
    <message numerus="yes">
        <source>%n backup file(s) will be deleted as well.</source>
        <translation>
            <numerusform>%n backup file will be deleted as well.</numerusform>
            <numerusform>%n backup files will be deleted as well.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Expired %n day ago</numerusform>
            <numerusform>Expired %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start renewing now; expires in %n day(s)</source>
        <translation>
            <numerusform>Start renewing now; expires in %n day</numerusform>
            <numerusform>Start renewing now; expires in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1. This copy is not encrypted.</source>
        <translation>
            <numerusform>%n entry exported to %1. This copy is not encrypted.</numerusform>
            <numerusform>%n entries exported to %1. This copy is not encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HorizonView</name>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Next %n day</numerusform>
            <numerusform>Next %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) imported.</source>
        <translation>
            <numerusform>%n entry imported.</numerusform>
            <numerusform>%n entries imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here and left as they were.</source>
        <translation>
            <numerusform>%n already here and left as it was.</numerusform>
            <numerusform>%n already here and left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept twice because this journal had another version.</source>
        <translation>
            <numerusform>%n kept twice because this journal had another version.</numerusform>
            <numerusform>%n kept twice because this journal had another version.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n entry added</numerusform>
            <numerusform>%n entries added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept twice because both copies had changed</source>
        <translation>
            <numerusform>%n kept twice because both copies had changed</numerusform>
            <numerusform>%n kept twice because both copies had changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), deadline(s), trip(s) or file(s) added or updated</source>
        <translation>
            <numerusform>%n document, deadline, trip or file added or updated</numerusform>
            <numerusform>%n documents, deadlines, trips or files added or updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already the same</source>
        <translation>
            <numerusform>%n already the same</numerusform>
            <numerusform>%n already the same</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerPlurals</name>
    <message numerus="yes">
        <source>%n day(s) per entry</source>
        <translation>
            <numerusform>%n day per entry</numerusform>
            <numerusform>%n days per entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) per calendar year</source>
        <translation>
            <numerusform>%n day per calendar year</numerusform>
            <numerusform>%n days per calendar year</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n item overdue</numerusform>
            <numerusform>%n items overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within two weeks</source>
        <translation>
            <numerusform>%n due within two weeks</numerusform>
            <numerusform>%n due within two weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the limit in %1 by %n day(s), since %2</source>
        <translation>
            <numerusform>Over the limit in %1 by %n day, since %2</numerusform>
            <numerusform>Over the limit in %1 by %n days, since %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are over the limit in %1 by %n day(s) since %2.</source>
        <translation>
            <numerusform>You are over the limit in %1 by %n day since %2.</numerusform>
            <numerusform>You are over the limit in %1 by %n days since %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over by %n day(s)</source>
        <translation>
            <numerusform>over by %n day</numerusform>
            <numerusform>over by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>%n day left</numerusform>
            <numerusform>%n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trip is %Ln day(s) long.</source>
        <translation>
            <numerusform>The trip is %Ln day long.</numerusform>
            <numerusform>The trip is %Ln days long.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reminder, %n day(s) before %1, would have started before today.</source>
        <translation>
            <numerusform>The reminder, %n day before %1, would have started before today.</numerusform>
            <numerusform>The reminder, %n days before %1, would have started before today.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message numerus="yes">
        <source>%n deadline(s) today</source>
        <translation>
            <numerusform>%n deadline today</numerusform>
            <numerusform>%n deadlines today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>The passphrase needs at least %n character.</numerusform>
            <numerusform>The passphrase needs at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RulePlurals</name>
    <message numerus="yes">
        <source>%n month(s) per entry</source>
        <translation>
            <numerusform>%n month per entry</numerusform>
            <numerusform>%n months per entry</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in any</source>
        <translation>
            <numerusform>%n day in any</numerusform>
            <numerusform>%n days in any</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar month(s)</source>
        <translation>
            <numerusform>%n calendar month</numerusform>
            <numerusform>%n calendar months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n entry(ies) in any</source>
        <translation>
            <numerusform>at most %n entry in any</numerusform>
            <numerusform>at most %n entries in any</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) outside before entering again</source>
        <translation>
            <numerusform>%n day outside before entering again</numerusform>
            <numerusform>%n days outside before entering again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register within %n hour(s)</source>
        <translation>
            <numerusform>Register within %n hour</numerusform>
            <numerusform>Register within %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register within %n working day(s)</source>
        <translation>
            <numerusform>Register within %n working day</numerusform>
            <numerusform>Register within %n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register within %n day(s)</source>
        <translation>
            <numerusform>Register within %n day</numerusform>
            <numerusform>Register within %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>if the stay is longer than %n day(s)</source>
        <translation>
            <numerusform>if the stay is longer than %n day</numerusform>
            <numerusform>if the stay is longer than %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>%n entry found</numerusform>
            <numerusform>%n entries found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StayAnswers</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the limit by %n day(s)</source>
        <translation>
            <numerusform>Over the limit by %n day</numerusform>
            <numerusform>Over the limit by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Earliest entry for %n day(s):</source>
        <translation>
            <numerusform>Earliest entry for %n day:</numerusform>
            <numerusform>Earliest entry for %n days:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaysView</name>
    <message numerus="yes">
        <source>Register within %n day(s) of arrival.</source>
        <translation>
            <numerusform>Register within %n day of arrival.</numerusform>
            <numerusform>Register within %n days of arrival.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the zone %1 and its %n trip(s)? Its deadlines stay.</source>
        <translation>
            <numerusform>Delete the zone %1 and its %n trip? Its deadlines stay.</numerusform>
            <numerusform>Delete the zone %1 and its %n trips? Its deadlines stay.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Delete %n entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n entry for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n entries for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message numerus="yes">
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passphrases. You can try again in %n second.</numerusform>
            <numerusform>Too many wrong passphrases. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Wait %n s</numerusform>
            <numerusform>Wait %n s</numerusform>
        </translation>
    </message>
</context>
</TS>
