<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <source>ImportDialog</source>
        <comment>Surname</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>Name</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>Patronymic</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>Class</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>Birth date</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>Sex</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>Address</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>Legal representative</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>Phone</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message numerus="yes">
        <source>ImportDialog</source>
        <comment>Old Excel files (.xls) cannot be read. Save the file as .xlsx or .csv and choose it again.</comment>
        <translation type="vanished">
            <numerusform>ImportDialog</numerusform>
            <numerusform>ImportDialog</numerusform>
        </translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>The file is not a readable Excel (.xlsx) workbook.</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>The file is empty.</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>The file is not a valid CSV file.</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
    <message>
        <source>ImportDialog</source>
        <comment>The file is too large for a list of pupils.</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>New absence</source>
        <translation>New absence</translation>
    </message>
    <message>
        <source>The reason is valid (excused absence)</source>
        <translation>The reason is valid (excused absence)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>To (inclusive):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>AbsenceRegisterPanel</name>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Unexcused days</source>
        <translation>Unexcused days</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>On the register</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Register of unexcused absence</source>
        <translation>Register of unexcused absence</translation>
    </message>
    <message>
        <source>Put on the register…</source>
        <translation>Put on the register…</translation>
    </message>
    <message>
        <source>Systematic absence: {days} or more unexcused days within {window} days (the school&apos;s setting in the rules file).</source>
        <translation>Systematic absence: {days} or more unexcused days within {window} days (the school&apos;s setting in the rules file).</translation>
    </message>
    <message>
        <source>No pupil has reached the threshold.</source>
        <translation>No pupil has reached the threshold.</translation>
    </message>
    <message>
        <source>Put these pupils on the register of unexcused absence?

{names}</source>
        <translation>Put these pupils on the register of unexcused absence?

{names}</translation>
    </message>
</context>
<context>
    <name>AbsenceWorkDialog</name>
    <message>
        <source>Work done about an absence</source>
        <translation>Work done about an absence</translation>
    </message>
    <message>
        <source>A call, a home visit, a talk with the family…</source>
        <translation>A call, a home visit, a talk with the family…</translation>
    </message>
    <message>
        <source>The matter is settled</source>
        <translation>The matter is settled</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Work done:</translation>
    </message>
</context>
<context>
    <name>AbsencesPage</name>
    <message>
        <source>Absences needing action</source>
        <translation>Absences needing action</translation>
    </message>
    <message>
        <source>Record work done…</source>
        <translation>Record work done…</translation>
    </message>
    <message>
        <source>Open pupil card</source>
        <translation>Open pupil card</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Work done</translation>
    </message>
    <message>
        <source>No unexcused absence needs action. Record absences on a pupil&apos;s card with “New absence”; unexcused ones appear here until the work with the family is done.</source>
        <translation>No unexcused absence needs action. Record absences on a pupil&apos;s card with “New absence”; unexcused ones appear here until the work with the family is done.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Give the colleague the passphrase in person; they can change it in Settings after signing in.</source>
        <translation>Give the colleague the passphrase in person; they can change it in Settings after signing in.</translation>
    </message>
    <message>
        <source>A psychologist&apos;s account starts without the confidential notes key: a psychologist who holds it, or the recovery key, gives it in Settings → Confidential notes key.</source>
        <translation>A psychologist&apos;s account starts without the confidential notes key: a psychologist who holds it, or the recovery key, gives it in Settings → Confidential notes key.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Keep the last:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> backups</translation>
    </message>
    <message>
        <source>not chosen: automatic backups are off</source>
        <translation>not chosen: automatic backups are off</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Turn off</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Once a day, while you are signed in, Qorgau writes an encrypted backup into this folder, for example on a USB stick. A backup opens only with a passphrase or the recovery key; keep the stick away from the computer.</source>
        <translation>Once a day, while you are signed in, Qorgau writes an encrypted backup into this folder, for example on a USB stick. A backup opens only with a passphrase or the recovery key; keep the stick away from the computer.</translation>
    </message>
    <message>
        <source>Automatic backups are off: choose a folder.</source>
        <translation>Automatic backups are off: choose a folder.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>No backup has been made yet.</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Last backup: {when}.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Writing an encrypted backup…</translation>
    </message>
    <message>
        <source>Backup written: {name} ({when}).</source>
        <translation>Backup written: {name} ({when}).</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>The backup failed: {reason}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Qorgau backups (*.qbk);;All files (*)</source>
        <translation>Qorgau backups (*.qbk);;All files (*)</translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation>Checking the backup file…</translation>
    </message>
    <message>
        <source>Restore the backup made on {when}?

Every record made after that moment will be gone from the vault. The current vault is not deleted: it is moved aside into a “replaced-…” folder in the data folder.

Qorgau then closes this session; everyone signs in again with the passphrase that was valid when the backup was made.</source>
        <translation>Restore the backup made on {when}?

Every record made after that moment will be gone from the vault. The current vault is not deleted: it is moved aside into a “replaced-…” folder in the data folder.

Qorgau then closes this session; everyone signs in again with the passphrase that was valid when the backup was made.</translation>
    </message>
    <message>
        <source>Warning: this backup belongs to another vault (another installation).</source>
        <translation>Warning: this backup belongs to another vault (another installation).</translation>
    </message>
    <message>
        <source>Restore and sign in again</source>
        <translation>Restore and sign in again</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No backup folder is chosen. Choose one in Settings.</source>
        <translation>No backup folder is chosen. Choose one in Settings.</translation>
    </message>
    <message>
        <source>The backup folder is not available. If it is on a USB stick, plug the stick in; the backup will be tried again.</source>
        <translation>The backup folder is not available. If it is on a USB stick, plug the stick in; the backup will be tried again.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written to (no permission, or the stick is write-protected).</source>
        <translation>The backup folder cannot be written to (no permission, or the stick is write-protected).</translation>
    </message>
    <message>
        <source>The backup could not be written (is the disk or stick full?). Your records are intact.</source>
        <translation>The backup could not be written (is the disk or stick full?). Your records are intact.</translation>
    </message>
    <message>
        <source>This file is not a Qorgau backup, or it is damaged. Nothing was changed.</source>
        <translation>This file is not a Qorgau backup, or it is damaged. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Legal representatives</translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation>Register entries</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>Counselling sessions</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Plans and tasks</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Consent to support</source>
        <translation>Consent to support</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>What happened; measures</source>
        <translation>What happened; measures</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>done {0}</source>
        <translation>done {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>due {0}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Case summary: {0}, class {1}</source>
        <translation>Case summary: {0}, class {1}</translation>
    </message>
    <message>
        <source>Prepared by {0} with Qorgau on {1}. Confidential.</source>
        <translation>Prepared by {0} with Qorgau on {1}. Confidential.</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>Case summary</source>
        <translation>Case summary</translation>
    </message>
    <message>
        <source>Choose what the summary for a referral contains. Confidential notes of sessions are never included. Making the summary is recorded in the audit log.</source>
        <translation>Choose what the summary for a referral contains. Confidential notes of sessions are never included. Making the summary is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Save the case summary</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Notification certificate</source>
        <translation>Notification certificate</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Incident category</source>
        <translation>Incident category</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Detected at</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Notification created</source>
        <translation>Notification created</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Rules version</translation>
    </message>
    <message>
        <source>Corrects notification</source>
        <translation>Corrects notification</translation>
    </message>
    <message>
        <source>Receipt of the central server</source>
        <translation>Receipt of the central server</translation>
    </message>
    <message>
        <source>No receipt yet: the notification has not been delivered.</source>
        <translation>No receipt yet: the notification has not been delivered.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Receipt number</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Server time</translation>
    </message>
    <message>
        <source>Payload hash (SHA-256)</source>
        <translation>Payload hash (SHA-256)</translation>
    </message>
    <message>
        <source>Server signature (Ed25519)</source>
        <translation>Server signature (Ed25519)</translation>
    </message>
    <message>
        <source>Delivered before the deadline</source>
        <translation>Delivered before the deadline</translation>
    </message>
    <message>
        <source>Reported by telephone</source>
        <translation>Reported by telephone</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Called at</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Number called</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <source>Phoned before the deadline</source>
        <translation>Phoned before the deadline</translation>
    </message>
    <message>
        <source>Acceptance by law enforcement</source>
        <translation>Acceptance by law enforcement</translation>
    </message>
    <message>
        <source>Not yet accepted: no officer has accepted this notification so far.</source>
        <translation>Not yet accepted: no officer has accepted this notification so far.</translation>
    </message>
    <message>
        <source>not reported by the server</source>
        <translation>not reported by the server</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Registration no. (KUI / ERDR)</source>
        <translation>Registration no. (KUI / ERDR)</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Accepted at</translation>
    </message>
    <message>
        <source>Accepted on time (accepted, or delivered and phoned, before the deadline)</source>
        <translation>Accepted on time (accepted, or delivered and phoned, before the deadline)</translation>
    </message>
    <message>
        <source>The QR code holds this receipt exactly as the central server signed it. Anyone with the server&apos;s public key can check it without a network connection:</source>
        <translation>The QR code holds this receipt exactly as the central server signed it. Anyone with the server&apos;s public key can check it without a network connection:</translation>
    </message>
    <message>
        <source>Acknowledged by the recipient: {0}</source>
        <translation type="vanished">Acknowledged by the recipient: {0}</translation>
    </message>
    <message>
        <source>The receipt is signed by the central server; its payload hash is the SHA-256 of the notification exactly as sent. Prepared with Qorgau on {0}.</source>
        <translation>The receipt is signed by the central server; its payload hash is the SHA-256 of the notification exactly as sent. Prepared with Qorgau on {0}.</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Prevention council</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Council decision</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Put on the register</source>
        <translation>Put on the register</translation>
    </message>
    <message>
        <source>Register review</source>
        <translation>Register review</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Taken off the register</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ClarificationDialog</name>
    <message>
        <source>Answer the clarification request</source>
        <translation>Answer the clarification request</translation>
    </message>
    <message>
        <source>{officer} ({unit}) asks: “{question}”</source>
        <translation>{officer} ({unit}) asks: “{question}”</translation>
    </message>
    <message>
        <source>Your answer is sent as a correction of this notification. Fill in a fact below only if it changes; empty fields stay as they were sent.</source>
        <translation>Your answer is sent as a correction of this notification. Fill in a fact below only if it changes; empty fields stay as they were sent.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Answer:</translation>
    </message>
    <message>
        <source>What happened (corrected):</source>
        <translation>What happened (corrected):</translation>
    </message>
    <message>
        <source>Place (corrected):</source>
        <translation>Place (corrected):</translation>
    </message>
    <message>
        <source>Measures taken (corrected):</source>
        <translation>Measures taken (corrected):</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Send the answer</translation>
    </message>
</context>
<context>
    <name>CloseEntryDialog</name>
    <message>
        <source>Take off the register</source>
        <translation>Take off the register</translation>
    </message>
    <message>
        <source>For example, the council decision and its date</source>
        <translation>For example, the council decision and its date</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Closed on:</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>Prevention council</source>
        <translation>Prevention council</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>Open meeting</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Protocol…</source>
        <translation>Protocol…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>No prevention council meeting is planned. Use “New meeting…” to plan one, list the pupils to discuss, and record its decisions — each decision becomes a task.</source>
        <translation>No prevention council meeting is planned. Use “New meeting…” to plan one, list the pupils to discuss, and record its decisions — each decision becomes a task.</translation>
    </message>
</context>
<context>
    <name>CouncilProtocol</name>
    <message>
        <source>Protocol of the prevention council</source>
        <translation>Protocol of the prevention council</translation>
    </message>
    <message>
        <source>Protocol No. {0} of the prevention council meeting</source>
        <translation>Protocol No. {0} of the prevention council meeting</translation>
    </message>
    <message>
        <source>Date of the meeting: {0}</source>
        <translation>Date of the meeting: {0}</translation>
    </message>
    <message>
        <source>Status: {0} (the meeting is not marked as held)</source>
        <translation>Status: {0} (the meeting is not marked as held)</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Members present</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Pupils discussed</source>
        <translation>Pupils discussed</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>full name</translation>
    </message>
    <message>
        <source>signature, full name</source>
        <translation type="vanished">signature, full name</translation>
    </message>
    <message>
        <source>Prepared with Qorgau on {0}.</source>
        <translation>Prepared with Qorgau on {0}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation type="vanished">{0} h {1:02d} min</translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation type="vanished">{0} min {1:02d} s</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="vanished">{0} s</translation>
    </message>
    <message>
        <source>late by {0}</source>
        <translation type="vanished">late by {0}</translation>
    </message>
    <message>
        <source>due in {0}</source>
        <translation type="vanished">due in {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Notifications due or late</source>
        <translation>Notifications due or late</translation>
    </message>
    <message>
        <source>Tasks: overdue and due this week</source>
        <translation>Tasks: overdue and due this week</translation>
    </message>
    <message>
        <source>Register entries to review</source>
        <translation>Register entries to review</translation>
    </message>
    <message>
        <source>Absences needing action</source>
        <translation>Absences needing action</translation>
    </message>
    <message>
        <source>Next prevention council</source>
        <translation>Next prevention council</translation>
    </message>
    <message>
        <source>Delivery to the server</source>
        <translation>Delivery to the server</translation>
    </message>
    <message>
        <source>Clarification requested by the receiving side</source>
        <translation>Clarification requested by the receiving side</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Waiting to be sent:</translation>
    </message>
    <message>
        <source>Last delivery:</source>
        <translation>Last delivery:</translation>
    </message>
    <message>
        <source>Waiting since:</source>
        <translation>Waiting since:</translation>
    </message>
    <message>
        <source>Incidents and notifications per month</source>
        <translation>Incidents and notifications per month</translation>
    </message>
    <message>
        <source>Open register entries at the end of each month</source>
        <translation>Open register entries at the end of each month</translation>
    </message>
    <message>
        <source>Overdue since {0}: {1}</source>
        <translation>Overdue since {0}: {1}</translation>
    </message>
    <message>
        <source>Due {0}: {1}</source>
        <translation>Due {0}: {1}</translation>
    </message>
    <message>
        <source>No tasks are due this week. Tasks come from plans, counselling sessions and council decisions.</source>
        <translation>No tasks are due this week. Tasks come from plans, counselling sessions and council decisions.</translation>
    </message>
    <message>
        <source>{0} — review due {1}</source>
        <translation>{0} — review due {1}</translation>
    </message>
    <message>
        <source>No register entries need a review this week.</source>
        <translation>No register entries need a review this week.</translation>
    </message>
    <message>
        <source>Unexcused absences without recorded work: {0}</source>
        <translation>Unexcused absences without recorded work: {0}</translation>
    </message>
    <message>
        <source>No unexcused absences are waiting for action.</source>
        <translation>No unexcused absences are waiting for action.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>no agenda yet</source>
        <translation>no agenda yet</translation>
    </message>
    <message>
        <source>No council meeting is planned. Plan one in “Council”.</source>
        <translation>No council meeting is planned. Plan one in “Council”.</translation>
    </message>
    <message>
        <source>{category}: {officer} ({unit}) asks “{question}” — answer it</source>
        <translation>{category}: {officer} ({unit}) asks “{question}” — answer it</translation>
    </message>
    <message>
        <source>No notifications are waiting. When you record an incident that must be reported, its notification and deadline appear here.</source>
        <translation>No notifications are waiting. When you record an incident that must be reported, its notification and deadline appear here.</translation>
    </message>
    <message>
        <source>Notifications due or late ({0} late)</source>
        <translation>Notifications due or late ({0} late)</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>not enrolled: notifications are not sent (Settings → Server enrollment)</source>
        <translation>not enrolled: notifications are not sent (Settings → Server enrollment)</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Open entries</source>
        <translation>Open entries</translation>
    </message>
    <message>
        <source>Waiting to be sent: {0}</source>
        <translation type="vanished">Waiting to be sent: {0}</translation>
    </message>
    <message>
        <source>Last delivery: {0}</source>
        <translation type="vanished">Last delivery: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Waiting since: {0}</source>
        <translation type="vanished">Waiting since: {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Choose a date in the calendar</source>
        <translation>Choose a date in the calendar</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>The whole school (no particular pupil)</source>
        <translation>The whole school (no particular pupil)</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>About:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>The decision becomes a task for the person responsible.</source>
        <translation>The decision becomes a task for the person responsible.</translation>
    </message>
    <message>
        <source>Put the pupil on the register</source>
        <translation>Put the pupil on the register</translation>
    </message>
    <message>
        <source>Basis (if empty: the decision)</source>
        <translation>Basis (if empty: the decision)</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>Register:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Next review:</translation>
    </message>
    <message>
        <source>Take the pupil off the register</source>
        <translation>Take the pupil off the register</translation>
    </message>
    <message>
        <source>Reason (if empty: the decision)</source>
        <translation>Reason (if empty: the decision)</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Entry:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Create an individual plan</source>
        <translation>Create an individual plan</translation>
    </message>
    <message>
        <source>If empty: the decision</source>
        <translation>If empty: the decision</translation>
    </message>
    <message>
        <source>Goals (if empty: the decision)</source>
        <translation>Goals (if empty: the decision)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
    <message>
        <source>{register}, since {date}</source>
        <translation>{register}, since {date}</translation>
    </message>
    <message>
        <source>Registers and plans are changed by the psychologist or social pedagogue.</source>
        <translation>Registers and plans are changed by the psychologist or social pedagogue.</translation>
    </message>
    <message>
        <source>Choose a pupil to put on or take off the register or to plan for.</source>
        <translation>Choose a pupil to put on or take off the register or to plan for.</translation>
    </message>
    <message>
        <source>The pupil is on no register.</source>
        <translation>The pupil is on no register.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} of {1}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation>The document was not saved</translation>
    </message>
    <message>
        <source>Save the notification certificate</source>
        <translation>Save the notification certificate</translation>
    </message>
    <message>
        <source>Save the council protocol</source>
        <translation>Save the council protocol</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>School name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>The passphrase is too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>The passphrase is easy to guess (a common password, a pattern, or your own login, name or school). Add another word or two.</source>
        <translation>The passphrase is easy to guess (a common password, a pattern, or your own login, name or school). Add another word or two.</translation>
    </message>
    <message>
        <source>“{0}” must be filled in.</source>
        <translation>“{0}” must be filled in.</translation>
    </message>
    <message>
        <source>A login is 1 to 64 characters without spaces.</source>
        <translation>A login is 1 to 64 characters without spaces.</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding is unclear: one line does not match the rest. Save the file again as CSV from Excel; nothing was imported.</source>
        <translation>The file&apos;s text encoding is unclear: one line does not match the rest. Save the file again as CSV from Excel; nothing was imported.</translation>
    </message>
    <message>
        <source>The file is too large for a pupil list; nothing was imported.</source>
        <translation>The file is too large for a pupil list; nothing was imported.</translation>
    </message>
    <message>
        <source>This is not a file that can be imported.</source>
        <translation>This is not a file that can be imported.</translation>
    </message>
    <message>
        <source>The call time is before the incident was detected. Check the date.</source>
        <translation>The call time is before the incident was detected. Check the date.</translation>
    </message>
    <message>
        <source>This folder belongs to the vault itself. Choose another folder; nothing was written.</source>
        <translation>This folder belongs to the vault itself. Choose another folder; nothing was written.</translation>
    </message>
    <message>
        <source>“{0}” has a value that cannot be accepted.</source>
        <translation>“{0}” has a value that cannot be accepted.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Wait {0} s before the next attempt.</source>
        <translation>Wrong passphrase. Wait {0} s before the next attempt.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</translation>
    </message>
    <message>
        <source>No vault was found in the data folder. Create one with the setup wizard.</source>
        <translation>No vault was found in the data folder. Create one with the setup wizard.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; nothing was changed.</source>
        <translation>A vault already exists in this folder; nothing was changed.</translation>
    </message>
    <message>
        <source>There is no account with this login.</source>
        <translation>There is no account with this login.</translation>
    </message>
    <message>
        <source>The recovery key is mistyped. Check each group of characters.</source>
        <translation>The recovery key is mistyped. Check each group of characters.</translation>
    </message>
    <message>
        <source>The key file of the vault is missing or damaged. Your records are intact; ask the administrator to restore the key file from its backup copy.</source>
        <translation>The key file of the vault is missing or damaged. Your records are intact; ask the administrator to restore the key file from its backup copy.</translation>
    </message>
    <message>
        <source>The vault database is damaged and was left untouched. Restore it from a backup.</source>
        <translation>The vault database is damaged and was left untouched. Restore it from a backup.</translation>
    </message>
    <message>
        <source>This installation cannot encrypt data, so it refuses to store any. Reinstall Qorgau.</source>
        <translation>This installation cannot encrypt data, so it refuses to store any. Reinstall Qorgau.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the view.</source>
        <translation>The record no longer exists. Refresh the view.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server, so nothing can be sent yet. Enroll it in Settings → Server enrollment; until then, report urgent cases by phone.</source>
        <translation>This computer is not enrolled with a server, so nothing can be sent yet. Enroll it in Settings → Server enrollment; until then, report urgent cases by phone.</translation>
    </message>
    <message>
        <source>The disk is full: this change was not saved, and nothing saved earlier was lost. Free some space and try again.</source>
        <translation>The disk is full: this change was not saved, and nothing saved earlier was lost. Free some space and try again.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (a read-only disk or no permission). You can read, back up to another disk and export; nothing can be changed.</source>
        <translation>The vault&apos;s folder cannot be written (a read-only disk or no permission). You can read, back up to another disk and export; nothing can be changed.</translation>
    </message>
    <message>
        <source>Another program kept the vault busy (a large import?). Nothing was changed; try again when it has finished.</source>
        <translation>Another program kept the vault busy (a large import?). Nothing was changed; try again when it has finished.</translation>
    </message>
    <message>
        <source>The vault is open in another program or on another account. Close it there and try again; nothing was changed.</source>
        <translation>The vault is open in another program or on another account. Close it there and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete, so it was not used. The vault was not touched; choose another backup.</source>
        <translation>This backup file is damaged or incomplete, so it was not used. The vault was not touched; choose another backup.</translation>
    </message>
    <message>
        <source>The change clashes with existing data (for example, the login or IIN is already taken).</source>
        <translation>The change clashes with existing data (for example, the login or IIN is already taken).</translation>
    </message>
    <message>
        <source>A file could not be read or written (disk full or no permission?). Nothing was lost.</source>
        <translation>A file could not be read or written (disk full or no permission?). Nothing was lost.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your data is safe; the details were written to the log file.</source>
        <translation>Something unexpected went wrong. Your data is safe; the details were written to the log file.</translation>
    </message>
    <message>
        <source>The server address must start with {secure} (plain {plain} only for a server on this computer).</source>
        <translation>The server address must start with {secure} (plain {plain} only for a server on this computer).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Choose the certificate file you received with the code.</source>
        <translation>The server&apos;s certificate could not be verified. Choose the certificate file you received with the code.</translation>
    </message>
    <message>
        <source>The server could not be reached at this address. Check the address and the connection, then try again.</source>
        <translation>The server could not be reached at this address. Check the address and the connection, then try again.</translation>
    </message>
    <message>
        <source>The server did not accept the enrollment. Check the one-time code (it can be used only once and expires) and try again.</source>
        <translation>The server did not accept the enrollment. Check the one-time code (it can be used only once and expires) and try again.</translation>
    </message>
    <message>
        <source>The vault lost its last {0} recorded action(s), made up to {1}, probably in a power cut. A backup made after that time still holds them: restore it.</source>
        <translation>The vault lost its last {0} recorded action(s), made up to {1}, probably in a power cut. A backup made after that time still holds them: restore it.</translation>
    </message>
    <message>
        <source>The vault&apos;s history up to {1} was altered or cut short. Compare with a backup made after that time.</source>
        <translation>The vault&apos;s history up to {1} was altered or cut short. Compare with a backup made after that time.</translation>
    </message>
    <message>
        <source>The disk holding the vault is full. You can read, back up to another disk and export; free some space before changing anything.</source>
        <translation>The disk holding the vault is full. You can read, back up to another disk and export; free some space before changing anything.</translation>
    </message>
    <message>
        <source>Qorgau</source>
        <translation>Qorgau</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>{record} of {date}</source>
        <translation>{record} of {date}</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>An IIN has exactly 12 digits.</translation>
    </message>
    <message>
        <source>An IIN contains digits only.</source>
        <translation>An IIN contains digits only.</translation>
    </message>
    <message>
        <source>The seventh digit of this IIN is not a valid century and sex digit.</source>
        <translation>The seventh digit of this IIN is not a valid century and sex digit.</translation>
    </message>
    <message>
        <source>This IIN does not start with a valid birth date.</source>
        <translation>This IIN does not start with a valid birth date.</translation>
    </message>
    <message>
        <source>The check digit of this IIN does not match. Check for a typo.</source>
        <translation>The check digit of this IIN does not match. Check for a typo.</translation>
    </message>
    <message>
        <source>This does not match the IIN.</source>
        <translation>This does not match the IIN.</translation>
    </message>
    <message>
        <source>A record with this value already exists.</source>
        <translation>A record with this value already exists.</translation>
    </message>
    <message>
        <source>This value has the wrong format.</source>
        <translation>This value has the wrong format.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>This value is not valid.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Choose a value from the list.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>This text is too long.</translation>
    </message>
    <message>
        <source>This text is too short.</source>
        <translation>This text is too short.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>This value is out of range.</translation>
    </message>
    <message>
        <source>Enter a number greater than zero.</source>
        <translation>Enter a number greater than zero.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>This date cannot be in the future.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>This date cannot be in the past.</source>
        <translation>This date cannot be in the past.</translation>
    </message>
    <message>
        <source>This record is already closed.</source>
        <translation>This record is already closed.</translation>
    </message>
    <message>
        <source>This date cannot be before the register entry was opened.</source>
        <translation>This date cannot be before the register entry was opened.</translation>
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation>The next review must come after this one.</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>Enter a valid date and time.</translation>
    </message>
    <message>
        <source>An absence is recorded for at most three months (92 days). Record a longer absence as several periods, each with the work done about it.</source>
        <translation>An absence is recorded for at most three months (92 days). Record a longer absence as several periods, each with the work done about it.</translation>
    </message>
    <message>
        <source>Enter the date as DD.MM.YYYY, for example 10.12.2026.</source>
        <translation>Enter the date as DD.MM.YYYY, for example 10.12.2026.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>The file is too large.</translation>
    </message>
    <message>
        <source>Choose a role for each pupil.</source>
        <translation>Choose a role for each pupil.</translation>
    </message>
    <message>
        <source>One of the pupils no longer exists. Remove it and add it again.</source>
        <translation>One of the pupils no longer exists. Remove it and add it again.</translation>
    </message>
    <message>
        <source>This does not match the rest of the record.</source>
        <translation>This does not match the rest of the record.</translation>
    </message>
    <message>
        <source>Check the field “{field}”: {reason}</source>
        <translation>Check the field “{field}”: {reason}</translation>
    </message>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation>A pupil with this IIN is already in the vault.</translation>
    </message>
    <message>
        <source>The pupil already has an open register entry of this category.</source>
        <translation>The pupil already has an open register entry of this category.</translation>
    </message>
    <message>
        <source>This register entry is already closed.</source>
        <translation>This register entry is already closed.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation>{0} min {1:02d} s</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} s</translation>
    </message>
    <message>
        <source>late by {0}</source>
        <translation>late by {0}</translation>
    </message>
    <message>
        <source>due in {0}</source>
        <translation>due in {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import pupils</source>
        <translation>Import pupils</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Class lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with a class list</source>
        <translation>A CSV or Excel (.xlsx) file with a class list</translation>
    </message>
    <message>
        <source>Which column holds what (* required)</source>
        <translation>Which column holds what (* required)</translation>
    </message>
    <message>
        <source>The first rows as they will be imported:</source>
        <translation>The first rows as they will be imported:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: choose a column for every field marked * (the problems are listed below).</source>
        <translation>Nothing can be imported yet: choose a column for every field marked * (the problems are listed below).</translation>
    </message>
    <message>
        <source>All {count} rows are valid.</source>
        <translation>All {count} rows are valid.</translation>
    </message>
    <message>
        <source>No row is valid. Correct the file and choose it again.</source>
        <translation>No row is valid. Correct the file and choose it again.</translation>
    </message>
    <message>
        <source>{bad} rows have problems and would be skipped. {good} rows are valid.</source>
        <translation>{bad} rows have problems and would be skipped. {good} rows are valid.</translation>
    </message>
    <message>
        <source>Import all {count}</source>
        <translation>Import all {count}</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>Import all</translation>
    </message>
    <message>
        <source>Import {count} valid rows only</source>
        <translation>Import {count} valid rows only</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>Import valid rows only</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported pupils: {count}.</source>
        <translation>Imported pupils: {count}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Nothing was imported: {reason}</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Patronymic</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>The row has more cells than the header.</source>
        <translation>The row has more cells than the header.</translation>
    </message>
    <message>
        <source>The file is not a readable Excel (.xlsx) workbook.</source>
        <translation>The file is not a readable Excel (.xlsx) workbook.</translation>
    </message>
    <message>
        <source>The file is too large for a list of pupils.</source>
        <translation>The file is too large for a list of pupils.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation>A pupil with this IIN is already in the vault.</translation>
    </message>
    <message>
        <source>This IIN appears twice in the file.</source>
        <translation>This IIN appears twice in the file.</translation>
    </message>
    <message>
        <source>The file has no column for this field.</source>
        <translation>The file has no column for this field.</translation>
    </message>
    <message>
        <source>The file has two columns for this field.</source>
        <translation>The file has two columns for this field.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>The file is not a valid CSV file.</source>
        <translation>The file is not a valid CSV file.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read. Save the file as .xlsx or .csv and choose it again.</source>
        <translation>Old Excel files (.xls) cannot be read. Save the file as .xlsx or .csv and choose it again.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation type="vanished">A pupil with this IIN is already in the vault.</translation>
    </message>
    <message>
        <source>This IIN appears twice in the file.</source>
        <translation type="vanished">This IIN appears twice in the file.</translation>
    </message>
    <message>
        <source>The file has no column for this field.</source>
        <translation type="vanished">The file has no column for this field.</translation>
    </message>
    <message>
        <source>The file has two columns for this field.</source>
        <translation type="vanished">The file has two columns for this field.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="vanished">The file is empty.</translation>
    </message>
    <message>
        <source>The file is not a valid CSV file.</source>
        <translation type="vanished">The file is not a valid CSV file.</translation>
    </message>
    <message>
        <source>The row has more cells than the header.</source>
        <translation type="vanished">The row has more cells than the header.</translation>
    </message>
    <message>
        <source>Problems in the import file</source>
        <translation type="vanished">Problems in the import file</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="vanished">Line</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="vanished">Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Value</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file. Correct it and try again.</source>
        <translation type="vanished">Nothing can be imported from this file. Correct it and try again.</translation>
    </message>
    <message>
        <source>{bad} rows have problems and will be skipped. {good} rows are valid.</source>
        <translation type="vanished">{bad} rows have problems and will be skipped. {good} rows are valid.</translation>
    </message>
    <message>
        <source>Import {count} valid rows only</source>
        <translation type="vanished">Import {count} valid rows only</translation>
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <source>Incident of {date}</source>
        <translation>Incident of {date}</translation>
    </message>
    <message>
        <source>Category: {name}</source>
        <translation>Category: {name}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>What happened: {text}</translation>
    </message>
    <message>
        <source>Pupils involved: {list}</source>
        <translation>Pupils involved: {list}</translation>
    </message>
    <message>
        <source>Children who are not pupils of the school: {list}</source>
        <translation>Children who are not pupils of the school: {list}</translation>
    </message>
    <message>
        <source>Learned of outside the school in the course of professional work.</source>
        <translation>Learned of outside the school in the course of professional work.</translation>
    </message>
    <message>
        <source>Legal representatives not informed (against the child&apos;s interest): {why}</source>
        <translation>Legal representatives not informed (against the child&apos;s interest): {why}</translation>
    </message>
    <message>
        <source>Measures taken: {text}</source>
        <translation>Measures taken: {text}</translation>
    </message>
    <message>
        <source>Notification to {recipients}: deadline {deadline}, state: {state}.</source>
        <translation>Notification to {recipients}: deadline {deadline}, state: {state}.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>{d} d {h} h</source>
        <translation type="vanished">{d} d {h} h</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="vanished">{h} h {m} min</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="vanished">{m} min</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation type="vanished">overdue by {span}</translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation type="vanished">in {span}</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>What happened, in plain words</source>
        <translation>What happened, in plain words</translation>
    </message>
    <message>
        <source>Who told you, or how it was noticed</source>
        <translation>Who told you, or how it was noticed</translation>
    </message>
    <message>
        <source>Detected at:</source>
        <translation>Detected at:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Pupils involved:</source>
        <translation>Pupils involved:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>What happened:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>Measures taken:</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>Record incident</translation>
    </message>
    <message>
        <source>Record a phone report…</source>
        <translation>Record a phone report…</translation>
    </message>
    <message>
        <source>The law requires this incident to be reported. When you save, a notification to {recipients} is created. It must be delivered by {deadline}.</source>
        <translation>The law requires this incident to be reported. When you save, a notification to {recipients} is created. It must be delivered by {deadline}.</translation>
    </message>
    <message>
        <source>No mandatory notification is required for this category.</source>
        <translation>No mandatory notification is required for this category.</translation>
    </message>
    <message>
        <source>Next steps: {steps}</source>
        <translation>Next steps: {steps}</translation>
    </message>
    <message>
        <source>No pupil is attached to this incident.</source>
        <translation>No pupil is attached to this incident.</translation>
    </message>
    <message>
        <source>The notification to {recipients} will say that the child is not identified, and they will have to find out who it is. Attach the pupils involved if you know them.</source>
        <translation>The notification to {recipients} will say that the child is not identified, and they will have to find out who it is. Attach the pupils involved if you know them.</translation>
    </message>
    <message>
        <source>Attach a pupil</source>
        <translation>Attach a pupil</translation>
    </message>
    <message>
        <source>Record without a pupil</source>
        <translation>Record without a pupil</translation>
    </message>
    <message>
        <source>The incident was recorded.</source>
        <translation>The incident was recorded.</translation>
    </message>
    <message>
        <source>A mandatory notification to {recipients} was queued. Deadline: {deadline} ({remaining}).</source>
        <translation>A mandatory notification to {recipients} was queued. Deadline: {deadline} ({remaining}).</translation>
    </message>
    <message>
        <source>It will be sent to the server automatically.</source>
        <translation type="vanished">It will be sent to the server automatically.</translation>
    </message>
    <message>
        <source>There is no connection to the server now; it will be sent as soon as there is one.</source>
        <translation type="vanished">There is no connection to the server now; it will be sent as soon as there is one.</translation>
    </message>
    <message>
        <source>The deadline is near. Report by phone now:
{numbers}
Then record the call so that the report counts as made in time.</source>
        <translation>The deadline is near. Report by phone now:
{numbers}
Then record the call so that the report counts as made in time.</translation>
    </message>
    <message>
        <source>{task} ({pupil}), due {date}</source>
        <translation>{task} ({pupil}), due {date}</translation>
    </message>
    <message>
        <source>the incident</source>
        <translation>the incident</translation>
    </message>
    <message>
        <source>Tasks created (shown on the dashboard):</source>
        <translation>Tasks created (shown on the dashboard):</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server, so the notification cannot be sent from here: report it by phone, and enroll the computer in Settings → Server enrollment.</source>
        <translation>This computer is not enrolled with a server, so the notification cannot be sent from here: report it by phone, and enroll the computer in Settings → Server enrollment.</translation>
    </message>
    <message>
        <source>It will be sent to the server {0} automatically.</source>
        <translation>It will be sent to the server {0} automatically.</translation>
    </message>
    <message>
        <source>It will be sent to the server {0} in the background as soon as the server can be reached.</source>
        <translation>It will be sent to the server {0} in the background as soon as the server can be reached.</translation>
    </message>
    <message>
        <source>There is no connection to the server {0} now; it will be sent as soon as there is one.</source>
        <translation>There is no connection to the server {0} now; it will be sent as soon as there is one.</translation>
    </message>
    <message>
        <source>The phone report was recorded: called {number} at {time}, answered by {who}.</source>
        <translation>The phone report was recorded: called {number} at {time}, answered by {who}.</translation>
    </message>
</context>
<context>
    <name>IncidentExtras</name>
    <message>
        <source>Learned of outside the school in the course of professional work</source>
        <translation>Learned of outside the school in the course of professional work</translation>
    </message>
    <message>
        <source>A child who is not a pupil of the school:</source>
        <translation>A child who is not a pupil of the school:</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Surname and name</translation>
    </message>
    <message>
        <source>Age or birth date (approximate)</source>
        <translation>Age or birth date (approximate)</translation>
    </message>
    <message>
        <source>Who it is, how to reach them</source>
        <translation>Who it is, how to reach them</translation>
    </message>
    <message>
        <source>Add the child</source>
        <translation>Add the child</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Informing the legal representatives would be against the child&apos;s interest</source>
        <translation>Informing the legal representatives would be against the child&apos;s interest</translation>
    </message>
    <message>
        <source>Why (recorded with the incident)</source>
        <translation>Why (recorded with the incident)</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>New incident…</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Detected</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>No incident has been recorded. Use “New incident…” when something happens: if the law requires a notification, it is created for you.</source>
        <translation>No incident has been recorded. Use “New incident…” when something happens: if the law requires a notification, it is created for you.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Qorgau</source>
        <translation>Welcome to Qorgau</translation>
    </message>
    <message>
        <source>Choose the language of the program. You can change it later in Settings.</source>
        <translation>Choose the language of the program. You can change it later in Settings.</translation>
    </message>
    <message>
        <source>Qorgau keeps the records of pupils who need increased attention encrypted on this computer and delivers mandatory notifications as soon as a connection exists. This wizard sets up the vault in a few steps.</source>
        <translation>Qorgau keeps the records of pupils who need increased attention encrypted on this computer and delivers mandatory notifications as soon as a connection exists. This wizard sets up the vault in a few steps.</translation>
    </message>
    <message>
        <source>Reinstalling after a broken disk or on a new computer? Do not create a new vault: choose “Restore from a backup…” below and pick the backup file (.qbk).</source>
        <translation>Reinstalling after a broken disk or on a new computer? Do not create a new vault: choose “Restore from a backup…” below and pick the backup file (.qbk).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Qorgau — {0}</source>
        <translation>Qorgau — {0}</translation>
    </message>
    <message>
        <source>(demo data)</source>
        <translation>(demo data)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Plans and tasks</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Council</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>New &amp;pupil…</source>
        <translation>New &amp;pupil…</translation>
    </message>
    <message>
        <source>Record &amp;incident…</source>
        <translation>Record &amp;incident…</translation>
    </message>
    <message>
        <source>&amp;Find pupil</source>
        <translation>&amp;Find pupil</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;About Qorgau</source>
        <translation>&amp;About Qorgau</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Records</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Demo: synthetic data in a temporary folder, deleted on exit. Passphrase to unlock: {0}</source>
        <translation>Demo: synthetic data in a temporary folder, deleted on exit. Passphrase to unlock: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Not enrolled with a server</source>
        <translation>Not enrolled with a server</translation>
    </message>
    <message>
        <source>Delivery stopped on an error (see the log); sign out and in again</source>
        <translation>Delivery stopped on an error (see the log); sign out and in again</translation>
    </message>
    <message>
        <source>Server {0}: connected</source>
        <translation>Server {0}: connected</translation>
    </message>
    <message>
        <source>Server {0}: no connection</source>
        <translation>Server {0}: no connection</translation>
    </message>
    <message>
        <source>Server {0}</source>
        <translation>Server {0}</translation>
    </message>
    <message>
        <source>About Qorgau</source>
        <translation>About Qorgau</translation>
    </message>
    <message>
        <source>Qorgau {0}
Records of pupils who need increased attention and mandatory notifications, kept encrypted on this computer.</source>
        <translation>Qorgau {0}
Records of pupils who need increased attention and mandatory notifications, kept encrypted on this computer.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailDialog</name>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Why the pupil is discussed</source>
        <translation type="vanished">Why the pupil is discussed</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Add decision…</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Mark as held</translation>
    </message>
    <message>
        <source>Pupils discussed:</source>
        <translation>Pupils discussed:</translation>
    </message>
    <message>
        <source>Add a pupil, then type why they are discussed in the “Reason” column.</source>
        <translation>Add a pupil, then type why they are discussed in the “Reason” column.</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Decisions:</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>The whole school</translation>
    </message>
    <message>
        <source>Prevention council of {date}</source>
        <translation>Prevention council of {date}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Status: {status}. Members: {members}. Agenda: {agenda}</source>
        <translation>Status: {status}. Members: {members}. Agenda: {agenda}</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Prevention council</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New prevention council meeting</source>
        <translation>New prevention council meeting</translation>
    </message>
    <message>
        <source>One member per line, with the position: for example, Director A. B. Seitova</source>
        <translation>One member per line, with the position: for example, Director A. B. Seitova</translation>
    </message>
    <message>
        <source>Why the pupil is discussed</source>
        <translation type="vanished">Why the pupil is discussed</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Add a pupil, then type why they are discussed in the “Reason” column.</source>
        <translation>Add a pupil, then type why they are discussed in the “Reason” column.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <source>Pupils to discuss:</source>
        <translation>Pupils to discuss:</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repeat it:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>The passphrase needs at least 8 characters.</translation>
    </message>
    <message>
        <source>The passphrase is easy to guess.</source>
        <translation>The passphrase is easy to guess.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation type="vanished">Too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation type="vanished">Weak: easy to guess. Add words or characters.</translation>
    </message>
    <message>
        <source>Fair. A few more words would make it strong.</source>
        <translation type="vanished">Fair. A few more words would make it strong.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Good.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Strong.</translation>
    </message>
    <message>
        <source>Weak: easy to guess.</source>
        <translation>Weak: easy to guess.</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Tip: four or more unrelated words are easy to remember and hard to guess.</translation>
    </message>
</context>
<context>
    <name>NotesKeySection</name>
    <message>
        <source>Confidential notes key</source>
        <translation>Confidential notes key</translation>
    </message>
    <message>
        <source>Accounts holding the key:</source>
        <translation>Accounts holding the key:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Given by</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Psychologists waiting for the key:</source>
        <translation>Psychologists waiting for the key:</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Created on</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Give the key…</source>
        <translation>&amp;Give the key…</translation>
    </message>
    <message>
        <source>You hold the key. Give it only to a colleague psychologist in person, after she has signed in and changed the passphrase she was given.</source>
        <translation>You hold the key. Give it only to a colleague psychologist in person, after she has signed in and changed the passphrase she was given.</translation>
    </message>
    <message>
        <source>not needed: you hold the key</source>
        <translation>not needed: you hold the key</translation>
    </message>
    <message>
        <source>Confidential notes can be read only with this key. Your account does not hold it: a psychologist who holds it can give it to an account here, or the recovery key can (type it below).</source>
        <translation>Confidential notes can be read only with this key. Your account does not hold it: a psychologist who holds it can give it to an account here, or the recovery key can (type it below).</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>recovery key</translation>
    </message>
    <message>
        <source>cannot be checked without the key</source>
        <translation>cannot be checked without the key</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>NOT VERIFIED: not given through Qorgau, or the account was changed</source>
        <translation>NOT VERIFIED: not given through Qorgau, or the account was changed</translation>
    </message>
    <message>
        <source>set up the vault</source>
        <translation>set up the vault</translation>
    </message>
    <message>
        <source>{0}, with the recovery key</source>
        <translation>{0}, with the recovery key</translation>
    </message>
    <message>
        <source>Caution: created with another role; the role was changed later</source>
        <translation>Caution: created with another role; the role was changed later</translation>
    </message>
    <message>
        <source>Give the confidential notes key to {name} ({login})?

The account was created by {by} on {when}.
{caution}Whoever knows this account&apos;s passphrase will read every confidential note. Give the key only to the psychologist herself, after she has changed the passphrase she was given. The hand-over is recorded in the audit log.</source>
        <translation>Give the confidential notes key to {name} ({login})?

The account was created by {by} on {when}.
{caution}Whoever knows this account&apos;s passphrase will read every confidential note. Give the key only to the psychologist herself, after she has changed the passphrase she was given. The hand-over is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Give the key</source>
        <translation>Give the key</translation>
    </message>
    <message>
        <source>Giving the key…</source>
        <translation>Giving the key…</translation>
    </message>
    <message>
        <source>The key was given to {0}. It takes effect at their next sign-in.</source>
        <translation>The key was given to {0}. It takes effect at their next sign-in.</translation>
    </message>
    <message>
        <source>You hold the key now and can write confidential notes.</source>
        <translation>You hold the key now and can write confidential notes.</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="vanished">Created</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation type="vanished">Server time</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Phone report</source>
        <translation>Phone report</translation>
    </message>
    <message>
        <source>Clarification answered</source>
        <translation>Clarification answered</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Phoned</source>
        <translation>Phoned</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Clarification requested</source>
        <translation>Clarification requested</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Receipt no. {number}, server time {time}</source>
        <translation>Receipt no. {number}, server time {time}</translation>
    </message>
    <message>
        <source>Accepted by {officer} ({unit}), registration no. {reference}, at {time}</source>
        <translation>Accepted by {officer} ({unit}), registration no. {reference}, at {time}</translation>
    </message>
    <message>
        <source>{officer} ({unit}) asked on {time}: “{question}”</source>
        <translation>{officer} ({unit}) asked on {time}: “{question}”</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="vanished">Acknowledged</translation>
    </message>
    <message>
        <source>Last delivery attempt failed: {0}</source>
        <translation>Last delivery attempt failed: {0}</translation>
    </message>
    <message>
        <source>{first} and {count} more</source>
        <translation>{first} and {count} more</translation>
    </message>
    <message>
        <source>{officer}, reg. no. {reference}</source>
        <translation>{officer}, reg. no. {reference}</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>Question: {0}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>{0}, {1}, reg. no. {2}</source>
        <translation>{0}, {1}, reg. no. {2}</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>{category} → {recipients}</source>
        <translation type="vanished">{category} → {recipients}</translation>
    </message>
    <message>
        <source>Created {created}, deadline {deadline}</source>
        <translation>Created {created}, deadline {deadline}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Corrects notification {0}</source>
        <translation>Corrects notification {0}</translation>
    </message>
    <message>
        <source>Delivered: receipt no. {number}, server time {time}</source>
        <translation>Delivered: receipt no. {number}, server time {time}</translation>
    </message>
    <message>
        <source>Not delivered to the server yet.</source>
        <translation>Not delivered to the server yet.</translation>
    </message>
    <message>
        <source>Accepted by {officer} ({unit}), registration no. {reference}, at {time}</source>
        <translation>Accepted by {officer} ({unit}), registration no. {reference}, at {time}</translation>
    </message>
    <message>
        <source>Not yet accepted by law enforcement.</source>
        <translation>Not yet accepted by law enforcement.</translation>
    </message>
    <message>
        <source>Clarification requested: {0}</source>
        <translation>Clarification requested: {0}</translation>
    </message>
    <message>
        <source>Answered with a correction notification.</source>
        <translation>Answered with a correction notification.</translation>
    </message>
    <message>
        <source>Waiting for your answer: use “Answer clarification…”.</source>
        <translation>Waiting for your answer: use “Answer clarification…”.</translation>
    </message>
    <message>
        <source>Phoned {number} at {time}, answered by {who}, reg. no. {reference}</source>
        <translation>Phoned {number} at {time}, answered by {who}, reg. no. {reference}</translation>
    </message>
    <message>
        <source>Mandatory notifications</source>
        <translation>Mandatory notifications</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Send now</translation>
    </message>
    <message>
        <source>Record &amp;phone report…</source>
        <translation>Record &amp;phone report…</translation>
    </message>
    <message>
        <source>&amp;Certificate…</source>
        <translation>&amp;Certificate…</translation>
    </message>
    <message>
        <source>&amp;Answer clarification…</source>
        <translation>&amp;Answer clarification…</translation>
    </message>
    <message>
        <source>There are no notifications yet. Recording an incident that the rules mark as mandatory creates one.</source>
        <translation>There are no notifications yet. Recording an incident that the rules mark as mandatory creates one.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server: notifications stay queued here. Enroll it in Settings → Server enrollment; report urgent cases by phone.</source>
        <translation>This computer is not enrolled with a server: notifications stay queued here. Enroll it in Settings → Server enrollment; report urgent cases by phone.</translation>
    </message>
    <message>
        <source>Delivered to the server {0}.</source>
        <translation>Delivered to the server {0}.</translation>
    </message>
    <message>
        <source>Sending is already under way.</source>
        <translation>Sending is already under way.</translation>
    </message>
    <message>
        <source>Delivery is not running (the session is locked, or delivery stopped on an error: sign out and in again). Report urgent cases by phone.</source>
        <translation>Delivery is not running (the session is locked, or delivery stopped on an error: sign out and in again). Report urgent cases by phone.</translation>
    </message>
    <message>
        <source>Sending stopped: {0} still queued. Delivery retries in the background; report urgent cases by phone.</source>
        <translation>Sending stopped: {0} still queued. Delivery retries in the background; report urgent cases by phone.</translation>
    </message>
    <message>
        <source>Sending finished: {0} delivered.</source>
        <translation>Sending finished: {0} delivered.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation.</source>
        <translation type="vanished">Delivery is not set up in this installation.</translation>
    </message>
    <message>
        <source>{0} → {1}. Deadline: {2}.</source>
        <translation>{0} → {1}. Deadline: {2}.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation yet. Use “Record phone report” for urgent notifications.</source>
        <translation type="vanished">Delivery is not set up in this installation yet. Use “Record phone report” for urgent notifications.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Sending… {0}</source>
        <translation type="vanished">Sending… {0}</translation>
    </message>
    <message>
        <source>Sending finished.</source>
        <translation type="vanished">Sending finished.</translation>
    </message>
    <message>
        <source>Sending failed: {0}</source>
        <translation type="vanished">Sending failed: {0}</translation>
    </message>
</context>
<context>
    <name>OpenEntryDialog</name>
    <message>
        <source>Put on the register</source>
        <translation>Put on the register</translation>
    </message>
    <message>
        <source>The decision or facts the entry rests on</source>
        <translation>The decision or facts the entry rests on</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Opened on:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Next review:</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Too short: use at least 8 characters.</translation>
    </message>
    <message>
        <source>This is one of the ten most common passwords.</source>
        <translation>This is one of the ten most common passwords.</translation>
    </message>
    <message>
        <source>This is one of the hundred most common passwords.</source>
        <translation>This is one of the hundred most common passwords.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>This is a very common password.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>This is similar to a commonly used password.</translation>
    </message>
    <message>
        <source>A single word is easy to guess.</source>
        <translation>A single word is easy to guess.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Names and surnames by themselves are easy to guess.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Common names and surnames are easy to guess.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Straight rows of keys are easy to guess.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Short keyboard patterns are easy to guess.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation>Repeats like “aaa” are easy to guess.</translation>
    </message>
    <message>
        <source>Repeats like “abcabcabc” are hardly harder to guess than “abc”.</source>
        <translation>Repeats like “abcabcabc” are hardly harder to guess than “abc”.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Sequences like “abc” or “6543” are easy to guess.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Recent years are easy to guess.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Dates are often easy to guess.</translation>
    </message>
    <message>
        <source>This is easy to guess.</source>
        <translation>This is easy to guess.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Use a few words, avoid common phrases.</translation>
    </message>
    <message>
        <source>No need for symbols, digits or capital letters.</source>
        <translation>No need for symbols, digits or capital letters.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Add another word or two. Uncommon words are better.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Use a longer keyboard pattern with more turns.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Avoid repeated words and characters.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Avoid sequences.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Avoid recent years.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Avoid years that are associated with you.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Avoid dates and years that are associated with you.</translation>
    </message>
    <message>
        <source>A capital first letter does not help much.</source>
        <translation>A capital first letter does not help much.</translation>
    </message>
    <message>
        <source>All capitals are almost as easy to guess as all lower case.</source>
        <translation>All capitals are almost as easy to guess as all lower case.</translation>
    </message>
    <message>
        <source>Words spelled backwards are not much harder to guess.</source>
        <translation>Words spelled backwards are not much harder to guess.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” do not help much.</source>
        <translation>Predictable substitutions like “@” for “a” do not help much.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The passphrase unlocks the vault. Nobody can recover it for you — only the recovery key on the next page can.</source>
        <translation>The passphrase unlocks the vault. Nobody can recover it for you — only the recovery key on the next page can.</translation>
    </message>
    <message>
        <source>Use a long passphrase that you do not use anywhere else.</source>
        <translation>Use a long passphrase that you do not use anywhere else.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Creating the encrypted vault…</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Period report</source>
        <translation>Period report</translation>
    </message>
    <message>
        <source>Quarter {0} of {1}</source>
        <translation>Quarter {0} of {1}</translation>
    </message>
    <message>
        <source>School quarter {0} of the school year {1}/{2}</source>
        <translation>School quarter {0} of the school year {1}/{2}</translation>
    </message>
    <message>
        <source>Month {0}.{1}</source>
        <translation>Month {0}.{1}</translation>
    </message>
    <message>
        <source>Year {0}</source>
        <translation>Year {0}</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>not shown</translation>
    </message>
    <message>
        <source>fewer than {0}</source>
        <translation>fewer than {0}</translation>
    </message>
    <message>
        <source>On time (delivered or phoned before the deadline)</source>
        <translation>On time (delivered or phoned before the deadline)</translation>
    </message>
    <message>
        <source>Late (made after the deadline, or overdue)</source>
        <translation>Late (made after the deadline, or overdue)</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Reported by telephone (of all)</source>
        <translation>Reported by telephone (of all)</translation>
    </message>
    <message>
        <source>Accepted by law enforcement on time (accepted, or delivered and phoned, before the deadline)</source>
        <translation>Accepted by law enforcement on time (accepted, or delivered and phoned, before the deadline)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Pupils on the register</source>
        <translation>Pupils on the register</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>At the start</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>At the end</translation>
    </message>
    <message>
        <source>Entries opened</source>
        <translation>Entries opened</translation>
    </message>
    <message>
        <source>Entries closed</source>
        <translation>Entries closed</translation>
    </message>
    <message>
        <source>Incidents by category</source>
        <translation>Incidents by category</translation>
    </message>
    <message>
        <source>Mandatory notifications</source>
        <translation>Mandatory notifications</translation>
    </message>
    <message>
        <source>Counselling sessions by kind</source>
        <translation>Counselling sessions by kind</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Referrals by destination</translation>
    </message>
    <message>
        <source>{0}: {1} – {2}</source>
        <translation>{0}: {1} – {2}</translation>
    </message>
    <message>
        <source>Counts only, without names. Counts from 1 to {0} are shown as “fewer than {1}” so that no child can be recognised.</source>
        <translation>Counts only, without names. Counts from 1 to {0} are shown as “fewer than {1}” so that no child can be recognised.</translation>
    </message>
    <message>
        <source>Some other counts are marked “not shown”: with them, a hidden count could be worked out from the others.</source>
        <translation>Some other counts are marked “not shown”: with them, a hidden count could be worked out from the others.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Prevention council</translation>
    </message>
    <message>
        <source>Meetings held: {0}</source>
        <translation>Meetings held: {0}</translation>
    </message>
    <message>
        <source>Prepared with Qorgau on {0}.</source>
        <translation>Prepared with Qorgau on {0}.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>School</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Meetings held</translation>
    </message>
</context>
<context>
    <name>PhoneReportDialog</name>
    <message>
        <source>Record a phone report</source>
        <translation>Record a phone report</translation>
    </message>
    <message>
        <source>Name and position of the person</source>
        <translation>Name and position of the person</translation>
    </message>
    <message>
        <source>Registration number given on the phone</source>
        <translation>Registration number given on the phone</translation>
    </message>
    <message>
        <source>Called at:</source>
        <translation>Called at:</translation>
    </message>
    <message>
        <source>Number called:</source>
        <translation>Number called:</translation>
    </message>
    <message>
        <source>Answered by:</source>
        <translation>Answered by:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Registration number:</translation>
    </message>
    <message>
        <source>Report by telephone</source>
        <translation type="vanished">Report by telephone</translation>
    </message>
    <message>
        <source>Call 102 (police) or 111 (child protection)</source>
        <translation type="vanished">Call 102 (police) or 111 (child protection)</translation>
    </message>
    <message>
        <source>{0} → {1}. Deadline: {2}. Record the call as soon as it is made; delivery to the server still follows.</source>
        <translation type="vanished">{0} → {1}. Deadline: {2}. Record the call as soon as it is made; delivery to the server still follows.</translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation type="vanished">Called &amp;at:</translation>
    </message>
    <message>
        <source>&amp;Number called:</source>
        <translation type="vanished">&amp;Number called:</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation type="vanished">&amp;Who answered:</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation type="vanished">&amp;Registration no.:</translation>
    </message>
    <message>
        <source>name and rank of the officer</source>
        <translation type="vanished">name and rank of the officer</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The pupil list is not available in this build.</source>
        <translation type="vanished">The pupil list is not available in this build.</translation>
    </message>
    <message>
        <source>Record an incident from here or from a pupil&apos;s card. Notifications it creates are listed under Notifications.</source>
        <translation type="vanished">Record an incident from here or from a pupil&apos;s card. Notifications it creates are listed under Notifications.</translation>
    </message>
    <message>
        <source>Plans and their tasks are kept on each pupil&apos;s card. Tasks due this week are listed on the Dashboard.</source>
        <translation type="vanished">Plans and their tasks are kept on each pupil&apos;s card. Tasks due this week are listed on the Dashboard.</translation>
    </message>
    <message>
        <source>Plan a prevention council meeting here; decisions become tasks. The next meeting is shown on the Dashboard.</source>
        <translation type="vanished">Plan a prevention council meeting here; decisions become tasks. The next meeting is shown on the Dashboard.</translation>
    </message>
    <message>
        <source>Record unexcused absences from a pupil&apos;s card. Absences needing action are counted on the Dashboard.</source>
        <translation type="vanished">Record unexcused absences from a pupil&apos;s card. Absences needing action are counted on the Dashboard.</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation type="vanished">&amp;New record…</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Goals:</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review the plan “{title}”</source>
        <translation>Review the plan “{title}”</translation>
    </message>
    <message>
        <source>Keep the plan active</source>
        <translation>Keep the plan active</translation>
    </message>
    <message>
        <source>The plan is completed</source>
        <translation>The plan is completed</translation>
    </message>
    <message>
        <source>Cancel the plan</source>
        <translation>Cancel the plan</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Reviewed on:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Tasks due</source>
        <translation type="vanished">Tasks due</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>New task…</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Plans and tasks</translation>
    </message>
    <message>
        <source>Active plans</source>
        <translation>Active plans</translation>
    </message>
    <message>
        <source>Tasks not done yet</source>
        <translation>Tasks not done yet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>No task is waiting. Plans and their tasks are made on a pupil&apos;s card, in the tab “Plans and tasks”; “New task…” adds a task here.</source>
        <translation>No task is waiting. Plans and their tasks are made on a pupil&apos;s card, in the tab “Plans and tasks”; “New task…” adds a task here.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Open pupil</source>
        <translation>Open pupil</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>No task is overdue or due within {days} days. Plans and their tasks are made on a pupil&apos;s card, in the tab “Plans and tasks”.</source>
        <translation type="vanished">No task is overdue or due within {days} days. Plans and their tasks are made on a pupil&apos;s card, in the tab “Plans and tasks”.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>about {0} s left</source>
        <translation>about {0} s left</translation>
    </message>
    <message>
        <source>about {0} min left</source>
        <translation>about {0} min left</translation>
    </message>
    <message>
        <source>about {0} h {1} min left</source>
        <translation>about {0} h {1} min left</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Sending {0} of {1}</source>
        <translation>Sending {0} of {1}</translation>
    </message>
    <message>
        <source>Backing up {0} of {1} MB</source>
        <translation>Backing up {0} of {1} MB</translation>
    </message>
    <message>
        <source>Importing row {0} of {1}</source>
        <translation>Importing row {0} of {1}</translation>
    </message>
</context>
<context>
    <name>PupilCard</name>
    <message>
        <source>New incident</source>
        <translation>New incident</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>New absence</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Case summary…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Legal representatives</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Chronology</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Plans and tasks</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>IIN:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Edit profile…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Data processing consent</source>
        <translation>Data processing consent</translation>
    </message>
    <message>
        <source>Support consent</source>
        <translation>Support consent</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>No legal representative is recorded. Add the parents or guardians with their phone numbers and consents.</source>
        <translation>No legal representative is recorded. Add the parents or guardians with their phone numbers and consents.</translation>
    </message>
    <message>
        <source>Add representative…</source>
        <translation>Add representative…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Next review</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>The pupil is not on any register. Use “Put on the register…” when the pupil needs pedagogical accompaniment.</source>
        <translation>The pupil is not on any register. Use “Put on the register…” when the pupil needs pedagogical accompaniment.</translation>
    </message>
    <message>
        <source>Put on the register…</source>
        <translation>Put on the register…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Take off the register…</source>
        <translation>Take off the register…</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this pupil yet. Incidents, sessions, referrals, absences and council decisions will appear here by date.</source>
        <translation>Nothing has been recorded about this pupil yet. Incidents, sessions, referrals, absences and council decisions will appear here by date.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Goals</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>There is no plan yet. Create an accompaniment or rehabilitation plan, then add its tasks.</source>
        <translation>There is no plan yet. Create an accompaniment or rehabilitation plan, then add its tasks.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>New plan…</translation>
    </message>
    <message>
        <source>Pupil card</source>
        <translation>Pupil card</translation>
    </message>
    <message>
        <source>Review plan…</source>
        <translation>Review plan…</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Mark task done</translation>
    </message>
    <message>
        <source>Tasks about this pupil:</source>
        <translation>Tasks about this pupil:</translation>
    </message>
    <message>
        <source>Pupil card: {name}</source>
        <translation>Pupil card: {name}</translation>
    </message>
    <message>
        <source>Class {name}</source>
        <translation>Class {name}</translation>
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation>IIN {iin}</translation>
    </message>
    <message>
        <source>On the register: {names}</source>
        <translation>On the register: {names}</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
</context>
<context>
    <name>PupilForm</name>
    <message>
        <source>12 digits</source>
        <translation>12 digits</translation>
    </message>
    <message>
        <source>for example 7А</source>
        <translation>for example 7А</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>IIN:</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Surname:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Patronymic:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Class:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Birth date:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sex:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Edit pupil</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>New pupil</translation>
    </message>
    <message>
        <source>The IIN says the pupil was born on {date}.</source>
        <translation>The IIN says the pupil was born on {date}.</translation>
    </message>
    <message>
        <source>The IIN says the pupil is male.</source>
        <translation>The IIN says the pupil is male.</translation>
    </message>
    <message>
        <source>The IIN says the pupil is female.</source>
        <translation>The IIN says the pupil is female.</translation>
    </message>
    <message>
        <source>Birth date and sex are taken from the IIN.</source>
        <translation>Birth date and sex are taken from the IIN.</translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <source>Type a surname, IIN or class</source>
        <translation>Type a surname, IIN or class</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>No pupil found.</source>
        <translation>No pupil found.</translation>
    </message>
</context>
<context>
    <name>PupilsModel</name>
    <message>
        <source>Pupil</source>
        <translation>Pupil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>IIN</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>On the register</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <source>Search by surname, name, IIN or class</source>
        <translation>Search by surname, name, IIN or class</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>New pupil</translation>
    </message>
    <message>
        <source>Add a pupil (Ctrl+N)</source>
        <translation>Add a pupil (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="vanished">Import CSV…</translation>
    </message>
    <message>
        <source>Import a class list from a CSV file</source>
        <translation type="vanished">Import a class list from a CSV file</translation>
    </message>
    <message>
        <source>Import CSV or Excel…</source>
        <translation>Import CSV or Excel…</translation>
    </message>
    <message>
        <source>Import a class list from a CSV or Excel (.xlsx) file</source>
        <translation>Import a class list from a CSV or Excel (.xlsx) file</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Any register category</source>
        <translation>Any register category</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>All pupils</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>On the register</translation>
    </message>
    <message>
        <source>Not on the register</source>
        <translation>Not on the register</translation>
    </message>
    <message>
        <source>Pupils found: {count}</source>
        <translation>Pupils found: {count}</translation>
    </message>
    <message>
        <source>No pupil matches the search. Check the spelling or clear the filters.</source>
        <translation>No pupil matches the search. Check the spelling or clear the filters.</translation>
    </message>
    <message>
        <source>There are no pupils yet. Add one with “New pupil” or import a class list with “Import CSV or Excel…”.</source>
        <translation>There are no pupils yet. Add one with “New pupil” or import a class list with “Import CSV or Excel…”.</translation>
    </message>
    <message>
        <source>There are no pupils yet. Add one with “New pupil” or import a class list with “Import CSV…”.</source>
        <translation type="vanished">There are no pupils yet. Add one with “New pupil” or import a class list with “Import CSV…”.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Pupils</translation>
    </message>
    <message>
        <source>Import pupils</source>
        <translation type="vanished">Import pupils</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="vanished">CSV files (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Imported pupils: {count}. Pupils found: {total}</source>
        <translation>Imported pupils: {count}. Pupils found: {total}</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>ImportDialog</source>
        <comment>IIN</comment>
        <translation type="vanished">ImportDialog</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover access</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or wrote down when the vault was created, then choose a new passphrase.</source>
        <translation>Type the recovery key you printed or wrote down when the vault was created, then choose a new passphrase.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Set new passphrase</translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>Checking the recovery key…</translation>
    </message>
    <message>
        <source>This recovery key does not open the vault.</source>
        <translation>This recovery key does not open the vault.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>This key is shown only once. Print it or write it down and keep it locked away from the computer.</source>
        <translation>This key is shown only once. Print it or write it down and keep it locked away from the computer.</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way to open the vault. Anyone who holds it can read the records.</source>
        <translation>If every passphrase is forgotten, this key is the only way to open the vault. Anyone who holds it can read the records.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>I have &amp;written it down or printed it</translation>
    </message>
    <message>
        <source>Qorgau recovery key</source>
        <translation>Qorgau recovery key</translation>
    </message>
    <message>
        <source>School: {0}</source>
        <translation>School: {0}</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone who holds it can open the vault.</source>
        <translation>Keep this sheet locked away. Anyone who holds it can open the vault.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Referred to:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <source>Outcome of the referral</source>
        <translation>Outcome of the referral</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Period report (counts only, no names)</source>
        <translation>Period report (counts only, no names)</translation>
    </message>
    <message>
        <source>Documents for one record</source>
        <translation>Documents for one record</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Show counts below this as “fewer than”:</source>
        <translation>Show counts below this as “fewer than”:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Show &amp;figures</source>
        <translation>Show &amp;figures</translation>
    </message>
    <message>
        <source>Figures of the period report</source>
        <translation>Figures of the period report</translation>
    </message>
    <message>
        <source>Notification &amp;certificate…</source>
        <translation>Notification &amp;certificate…</translation>
    </message>
    <message>
        <source>Council &amp;protocol…</source>
        <translation>Council &amp;protocol…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="vanished">Quarter</translation>
    </message>
    <message>
        <source>School quarter</source>
        <translation>School quarter</translation>
    </message>
    <message>
        <source>Calendar quarter</source>
        <translation>Calendar quarter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV table</translation>
    </message>
    <message>
        <source>{0} quarter</source>
        <translation>{0} quarter</translation>
    </message>
    <message>
        <source>Q{0}</source>
        <translation>Q{0}</translation>
    </message>
    <message>
        <source>Meeting of {0}</source>
        <translation>Meeting of {0}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>{period}. Counts below {threshold} are shown as “fewer than {threshold}” and have no bar; a count that would let a reader work one out is “not shown”.</source>
        <translation>{period}. Counts below {threshold} are shown as “fewer than {threshold}” and have no bar; a count that would let a reader work one out is “not shown”.</translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation>Save the period report</translation>
    </message>
    <message>
        <source>Save the notification certificate</source>
        <translation>Save the notification certificate</translation>
    </message>
    <message>
        <source>Save the council protocol</source>
        <translation>Save the council protocol</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Saved {0}</translation>
    </message>
    <message>
        <source>The document was not saved: {0}</source>
        <translation>The document was not saved: {0}</translation>
    </message>
</context>
<context>
    <name>RepresentativeForm</name>
    <message>
        <source>Mother</source>
        <translation>Mother</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Father</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Grandmother</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Grandfather</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Consents to the processing of personal data</translation>
    </message>
    <message>
        <source>Consents to psychological support</source>
        <translation>Consents to psychological support</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relation:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>Consent given on:</translation>
    </message>
    <message>
        <source>Edit legal representative</source>
        <translation>Edit legal representative</translation>
    </message>
    <message>
        <source>New legal representative</source>
        <translation>New legal representative</translation>
    </message>
</context>
<context>
    <name>ReviewEntryDialog</name>
    <message>
        <source>Review the register entry</source>
        <translation>Review the register entry</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Conclusion:</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Reviewed on:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Next review:</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Who is setting Qorgau up?</source>
        <translation>Who is setting Qorgau up?</translation>
    </message>
    <message>
        <source>Your account is made with this role. Colleagues&apos; accounts are added later in Settings.</source>
        <translation>Your account is made with this role. Colleagues&apos; accounts are added later in Settings.</translation>
    </message>
    <message>
        <source>Choose your own role at the school:</source>
        <translation>Choose your own role at the school:</translation>
    </message>
    <message>
        <source>&amp;Psychologist</source>
        <translation>&amp;Psychologist</translation>
    </message>
    <message>
        <source>Records pupils, incidents, counselling sessions and plans; writes and reads confidential session notes (you hold the notes key from the start and can give it to a colleague psychologist); adds colleagues&apos; accounts.</source>
        <translation>Records pupils, incidents, counselling sessions and plans; writes and reads confidential session notes (you hold the notes key from the start and can give it to a colleague psychologist); adds colleagues&apos; accounts.</translation>
    </message>
    <message>
        <source>&amp;Social pedagogue</source>
        <translation>&amp;Social pedagogue</translation>
    </message>
    <message>
        <source>Records pupils, incidents, counselling sessions and plans; adds colleagues&apos; accounts. Cannot read psychologists&apos; confidential notes; a psychologist added later receives the notes key with the recovery key.</source>
        <translation>Records pupils, incidents, counselling sessions and plans; adds colleagues&apos; accounts. Cannot read psychologists&apos; confidential notes; a psychologist added later receives the notes key with the recovery key.</translation>
    </message>
    <message>
        <source>&amp;Administrator who will create the others</source>
        <translation>&amp;Administrator who will create the others</translation>
    </message>
    <message>
        <source>Creates the accounts of the psychologist and the social pedagogue, enrolls the computer and manages backups. Records nothing itself (no incidents or sessions) and never reads confidential notes.</source>
        <translation>Creates the accounts of the psychologist and the social pedagogue, enrolls the computer and manages backups. Records nothing itself (no incidents or sessions) and never reads confidential notes.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School and administrator</source>
        <translation type="vanished">School and administrator</translation>
    </message>
    <message>
        <source>The first account administers the vault: it adds the psychologists and social pedagogues.</source>
        <translation type="vanished">The first account administers the vault: it adds the psychologists and social pedagogues.</translation>
    </message>
    <message>
        <source>School and your account</source>
        <translation>School and your account</translation>
    </message>
    <message>
        <source>You sign in with this account; it can add colleagues&apos; accounts later.</source>
        <translation>You sign in with this account; it can add colleagues&apos; accounts later.</translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation>&amp;School name:</translation>
    </message>
    <message>
        <source>&amp;Your full name:</source>
        <translation>&amp;Your full name:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>for example, Secondary school No. 7</source>
        <translation>for example, Secondary school No. 7</translation>
    </message>
    <message>
        <source>The login is what you choose at sign-in; no spaces.</source>
        <translation>The login is what you choose at sign-in; no spaces.</translation>
    </message>
    <message>
        <source>A login is 1 to 64 characters without spaces.</source>
        <translation>A login is 1 to 64 characters without spaces.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server (optional)</source>
        <translation>Server (optional)</translation>
    </message>
    <message>
        <source>Notifications are delivered to the server of the education department. You can also do this later in Settings.</source>
        <translation>Notifications are delivered to the server of the education department. You can also do this later in Settings.</translation>
    </message>
    <message>
        <source>Enter the address and the one-time enrollment code you received. Leave both empty to work offline for now.</source>
        <translation>Enter the address and the one-time enrollment code you received. Leave both empty to work offline for now.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Enrollment &amp;code:</source>
        <translation>Enrollment &amp;code:</translation>
    </message>
    <message>
        <source>Fill in both the address and the code, or neither.</source>
        <translation>Fill in both the address and the code, or neither.</translation>
    </message>
    <message>
        <source>Enrolling this computer with the server…</source>
        <translation>Enrolling this computer with the server…</translation>
    </message>
    <message>
        <source>This computer is enrolled with {0}.</source>
        <translation>This computer is enrolled with {0}.</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation type="vanished">This computer is enrolled.</translation>
    </message>
    <message>
        <source>Enrollment failed: {0} You can retry later in Settings.</source>
        <translation>Enrollment failed: {0} You can retry later in Settings.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Qorgau</source>
        <translation>Qorgau</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Preparing demo data…</translation>
    </message>
    <message>
        <source>Demo: synthetic data in a temporary folder, deleted on exit. Passphrase to unlock: {0}</source>
        <translation type="vanished">Demo: synthetic data in a temporary folder, deleted on exit. Passphrase to unlock: {0}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>First meeting</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Follow-up meeting</translation>
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation>Crisis intervention</translation>
    </message>
    <message>
        <source>Support after violence or bullying</source>
        <translation>Support after violence or bullying</translation>
    </message>
    <message>
        <source>Family consultation</source>
        <translation>Family consultation</translation>
    </message>
    <message>
        <source>Talk with a legal representative</source>
        <translation>Talk with a legal representative</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Group session</translation>
    </message>
    <message>
        <source>Talk about absences</source>
        <translation>Talk about absences</translation>
    </message>
    <message>
        <source>Conflict mediation</source>
        <translation>Conflict mediation</translation>
    </message>
    <message>
        <source>New counselling session</source>
        <translation>New counselling session</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>No template</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What colleagues may read</source>
        <translation>What colleagues may read</translation>
    </message>
    <message>
        <source>Only psychologists can read these notes; they are encrypted separately.</source>
        <translation>Only psychologists can read these notes; they are encrypted separately.</translation>
    </message>
    <message>
        <source>Becomes a task for you</source>
        <translation>Becomes a task for you</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Held at:</source>
        <translation>Held at:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Shared summary:</source>
        <translation>Shared summary:</translation>
    </message>
    <message>
        <source>Confidential notes:</source>
        <translation>Confidential notes:</translation>
    </message>
    <message>
        <source>You cannot write confidential notes yet: your account has not been given the confidential notes key. Ask a psychologist who holds it to give it to you in Settings → Confidential notes key, or give it with the recovery key there. After a colleague gives it, sign in again.</source>
        <translation>You cannot write confidential notes yet: your account has not been given the confidential notes key. Ask a psychologist who holds it to give it to you in Settings → Confidential notes key, or give it with the recovery key there. After a colleague gives it, sign in again.</translation>
    </message>
    <message>
        <source>Confidential notes can be written by psychologists only.</source>
        <translation>Confidential notes can be written by psychologists only.</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Next step:</translation>
    </message>
    <message>
        <source>Next step due:</source>
        <translation>Next step due:</translation>
    </message>
</context>
<context>
    <name>SessionViewDialog</name>
    <message>
        <source>Counselling session</source>
        <translation>Counselling session</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>Held at:</source>
        <translation>Held at:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Shared summary:</source>
        <translation>Shared summary:</translation>
    </message>
    <message>
        <source>Confidential notes:</source>
        <translation>Confidential notes:</translation>
    </message>
    <message>
        <source>This session has confidential notes. Only a psychologist who holds the confidential notes key can read them.</source>
        <translation>This session has confidential notes. Only a psychologist who holds the confidential notes key can read them.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Psychologist</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Social pedagogue</source>
        <translation>Social pedagogue</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Lock after idle:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Change your passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Current passphrase:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>C&amp;hange passphrase</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>Accounts and roles</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Add account…</translation>
    </message>
    <message>
        <source>Server enrollment</source>
        <translation>Server enrollment</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>Enrollment &amp;code:</source>
        <translation>Enrollment &amp;code:</translation>
    </message>
    <message>
        <source>Server certificate (CA):</source>
        <translation>Server certificate (CA):</translation>
    </message>
    <message>
        <source>optional, a .pem file</source>
        <translation>optional, a .pem file</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer</source>
        <translation>&amp;Enroll this computer</translation>
    </message>
    <message>
        <source>Enrollment in the set-up wizard did not succeed. Check the address and the code, then enroll again.</source>
        <translation>Enrollment in the set-up wizard did not succeed. Check the address and the code, then enroll again.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server: notifications wait in the outbox. Enter the address and the one-time code from the education department.</source>
        <translation>This computer is not enrolled with a server: notifications wait in the outbox. Enter the address and the one-time code from the education department.</translation>
    </message>
    <message>
        <source>This computer is enrolled with {url} since {when}.</source>
        <translation>This computer is enrolled with {url} since {when}.</translation>
    </message>
    <message>
        <source>Enrollment is pending: it will be completed when delivery is available in this installation.</source>
        <translation type="vanished">Enrollment is pending: it will be completed when delivery is available in this installation.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from the next sign-in.</source>
        <translation>The passphrase was changed. Use the new one from the next sign-in.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>The current passphrase is wrong.</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Server certificate</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>This computer is already enrolled with {0}.</source>
        <translation>This computer is already enrolled with {0}.</translation>
    </message>
    <message>
        <source>Fill in both the address and the code.</source>
        <translation>Fill in both the address and the code.</translation>
    </message>
    <message>
        <source>Enrolling this computer with the server…</source>
        <translation>Enrolling this computer with the server…</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation type="vanished">This computer is enrolled.</translation>
    </message>
    <message>
        <source>Enrollment failed: {0}</source>
        <translation>Enrollment failed: {0}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Qorgau — first start</source>
        <translation>Qorgau — first start</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Try with &amp;demo data</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Qorgau backups (*.qbk);;All files (*)</source>
        <translation>Qorgau backups (*.qbk);;All files (*)</translation>
    </message>
    <message>
        <source>Restore this backup?

File: {name}
Made on: {when}
Size: {size}

The vault is put back as it was when the backup was made: its accounts and records. Everyone signs in with the passphrase that was valid then, or with the recovery key.</source>
        <translation>Restore this backup?

File: {name}
Made on: {when}
Size: {size}

The vault is put back as it was when the backup was made: its accounts and records. Everyone signs in with the passphrase that was valid then, or with the recovery key.</translation>
    </message>
    <message>
        <source>Restore and sign in</source>
        <translation>Restore and sign in</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Qorgau — sign in</source>
        <translation>Qorgau — sign in</translation>
    </message>
    <message>
        <source>Sign in to Qorgau</source>
        <translation>Sign in to Qorgau</translation>
    </message>
    <message>
        <source>Qorgau is locked</source>
        <translation>Qorgau is locked</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation>&amp;Forgot passphrase?</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>Next attempt possible in {0}.</source>
        <translation>Next attempt possible in {0}.</translation>
    </message>
    <message>
        <source>Next attempt possible in {0} s.</source>
        <translation type="vanished">Next attempt possible in {0} s.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Nobody in particular</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Task:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Responsible:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
</context>
<context>
    <name>UnsavedForm</name>
    <message>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <source>What you entered in this form has not been saved.</source>
        <translation>What you entered in this form has not been saved.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Victim</source>
        <translation>Victim</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Witness</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>With a legal representative</source>
        <translation>With a legal representative</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Crisis</translation>
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation>Psychological support centre</translation>
    </message>
    <message>
        <source>Child-friendly office</source>
        <translation>Child-friendly office</translation>
    </message>
    <message>
        <source>Medical institution</source>
        <translation>Medical institution</translation>
    </message>
    <message>
        <source>Psychological, medical and pedagogical commission (PMPK)</source>
        <translation>Psychological, medical and pedagogical commission (PMPK)</translation>
    </message>
    <message>
        <source>Helpline 111</source>
        <translation>Helpline 111</translation>
    </message>
    <message>
        <source>Commissioner for the rights of the child</source>
        <translation>Commissioner for the rights of the child</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Pedagogical accompaniment</source>
        <translation>Pedagogical accompaniment</translation>
    </message>
    <message>
        <source>Social rehabilitation</source>
        <translation>Social rehabilitation</translation>
    </message>
    <message>
        <source>Work on absences</source>
        <translation>Work on absences</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <source>Reported by phone</source>
        <translation>Reported by phone</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Accepted by law enforcement</source>
        <translation>Accepted by law enforcement</translation>
    </message>
    <message>
        <source>Clarification requested</source>
        <translation>Clarification requested</translation>
    </message>
    <message>
        <source>Acknowledged by the recipient</source>
        <translation type="vanished">Acknowledged by the recipient</translation>
    </message>
    <message>
        <source>Consider putting the pupil on the register.</source>
        <translation type="vanished">Consider putting the pupil on the register.</translation>
    </message>
    <message>
        <source>Draw up a social rehabilitation plan.</source>
        <translation type="vanished">Draw up a social rehabilitation plan.</translation>
    </message>
    <message>
        <source>Discuss the case at the prevention council.</source>
        <translation type="vanished">Discuss the case at the prevention council.</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Unexcused</source>
        <translation>Unexcused</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="vanished">PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="vanished">CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation type="vanished">Document saved</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="vanished">Saved {0}</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation type="vanished">The document was not saved</translation>
    </message>
    <message>
        <source>Save the notification certificate</source>
        <translation type="vanished">Save the notification certificate</translation>
    </message>
    <message>
        <source>Save the council protocol</source>
        <translation type="vanished">Save the council protocol</translation>
    </message>
</context>
</TS>
