<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>New absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reason is valid (excused absence)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AbsenceWorkDialog</name>
    <message>
        <source>Work done about an absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A call, a home visit, a talk with the family…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The matter is settled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work done:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AbsencesView</name>
    <message>
        <source>Absences needing action</source>
        <translation>Шара қажет ететін сабаққа келмеулер</translation>
    </message>
    <message>
        <source>Record work done…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open pupil card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No unexcused absence needs action. Record absences on a pupil's card with “New absence”; unexcused ones appear here until the work with the family is done.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Тіркелгі қосу</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Аты-жөні:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Рөлі:</translation>
    </message>
    <message>
        <source>Give the colleague the passphrase in person; they can change it in Settings after signing in.</source>
        <translation>Құпия фразаны әріптесіңізге жеке беріңіз; кіргеннен кейін оны баптауларда өзгертуге болады.</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention council</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Council decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put on the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken off the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CloseEntryDialog</name>
    <message>
        <source>Take off the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example, the council decision and its date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed on:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CouncilView</name>
    <message>
        <source>Prevention council</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New meeting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No prevention council meeting is planned. Use “New meeting…” to plan one, list the pupils to discuss, and record its decisions — each decision becomes a task.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation>{0} сағ {1:02d} мин</translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation>{0} мин {1:02d} с</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation>{0} с</translation>
    </message>
    <message>
        <source>late by {0}</source>
        <translation>{0} кешікті</translation>
    </message>
    <message>
        <source>due in {0}</source>
        <translation>{0} қалды</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Бүгін</translation>
    </message>
    <message>
        <source>Notifications due or late</source>
        <translation>Хабарламалар: мерзімі жақын немесе өтіп кеткен</translation>
    </message>
    <message>
        <source>Tasks: overdue and due this week</source>
        <translation>Тапсырмалар: мерзімі өткен және осы аптадағы</translation>
    </message>
    <message>
        <source>Register entries to review</source>
        <translation>Есеп: қайта қарау уақыты келді</translation>
    </message>
    <message>
        <source>Absences needing action</source>
        <translation>Шара қажет ететін сабаққа келмеулер</translation>
    </message>
    <message>
        <source>Next prevention council</source>
        <translation>Құқық бұзушылықтың алдын алу кеңесінің келесі отырысы</translation>
    </message>
    <message>
        <source>Delivery to the server</source>
        <translation>Серверге жіберу</translation>
    </message>
    <message>
        <source>Overdue since {0}: {1}</source>
        <translation>{0} бастап мерзімі өтті: {1}</translation>
    </message>
    <message>
        <source>Due {0}: {1}</source>
        <translation>Мерзімі {0}: {1}</translation>
    </message>
    <message>
        <source>No tasks are due this week. Tasks come from plans, counselling sessions and council decisions.</source>
        <translation>Осы аптада тапсырма жоқ. Тапсырмалар жоспарлардан, кеңес берулерден және кеңес шешімдерінен пайда болады.</translation>
    </message>
    <message>
        <source>{0} — review due {1}</source>
        <translation>{0} — {1} дейін қайта қарау</translation>
    </message>
    <message>
        <source>No register entries need a review this week.</source>
        <translation>Осы аптада есепті қайта қарау қажет емес.</translation>
    </message>
    <message>
        <source>Unexcused absences without recorded work: {0}</source>
        <translation>Жұмыс жүргізілмеген дәлелсіз себеппен сабаққа келмеулер: {0}</translation>
    </message>
    <message>
        <source>No unexcused absences are waiting for action.</source>
        <translation>Шара күтіп тұрған дәлелсіз себеппен сабаққа келмеулер жоқ.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>no agenda yet</source>
        <translation>күн тәртібі әлі жасалмаған</translation>
    </message>
    <message>
        <source>No council meeting is planned. Plan one in “Council”.</source>
        <translation>Кеңес отырысы жоспарланбаған. Оны «Кеңес» бөлімінде жоспарлаңыз.</translation>
    </message>
    <message>
        <source>No notifications are waiting. When you record an incident that must be reported, its notification and deadline appear here.</source>
        <translation>Күтіп тұрған хабарламалар жоқ. Хабарлануы тиіс оқиғаны тіркегенде, хабарлама мен оның мерзімі осында пайда болады.</translation>
    </message>
    <message>
        <source>Notifications due or late ({0} late)</source>
        <translation>Хабарламалар: мерзімі жақын немесе өтіп кеткен (кешіккені: {0})</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {0}</source>
        <translation>Жіберуді күтуде: {0}</translation>
    </message>
    <message>
        <source>Last delivery: {0}</source>
        <translation>Соңғы жеткізу: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>болған жоқ</translation>
    </message>
    <message>
        <source>Waiting since: {0}</source>
        <translation>Күтуде, басталуы: {0}</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>New decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole school (no particular pupil)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decision becomes a task for the person responsible.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Мектеп атауы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Сервер мекенжайы</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Тіркеу коды</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>Құпия фраза тым қысқа: кемінде 8 таңба қажет.</translation>
    </message>
    <message>
        <source>“{0}” must be filled in.</source>
        <translation>«{0}» өрісін толтыру керек.</translation>
    </message>
    <message>
        <source>A login is 1 to 64 characters without spaces.</source>
        <translation>Логин — бос орынсыз 1–64 таңба.</translation>
    </message>
    <message>
        <source>“{0}” has a value that cannot be accepted.</source>
        <translation>«{0}» өрісінің мәні қабылданбайды.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Wait {0} s before the next attempt.</source>
        <translation>Құпия фраза қате. Келесі әрекет — {0} с кейін.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Құпия фраза қате. Пернетақта тілін және Caps Lock пернесін тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>No vault was found in the data folder. Create one with the setup wizard.</source>
        <translation>Деректер қалтасында қойма жоқ. Оны баптау шеберімен жасаңыз.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; nothing was changed.</source>
        <translation>Бұл қалтада қойма бар; ештеңе өзгертілмеді.</translation>
    </message>
    <message>
        <source>There is no account with this login.</source>
        <translation>Мұндай логині бар тіркелгі жоқ.</translation>
    </message>
    <message>
        <source>The recovery key is mistyped. Check each group of characters.</source>
        <translation>Қалпына келтіру кілтінде қате бар. Әр таңбалар тобын тексеріңіз.</translation>
    </message>
    <message>
        <source>The key file of the vault is missing or damaged. Your records are intact; ask the administrator to restore the key file from its backup copy.</source>
        <translation>Қойманың кілттер файлы жоқ немесе зақымдалған. Жазбалар сақталған; әкімшіден кілттер файлын сақтық көшірмеден қалпына келтіруді сұраңыз.</translation>
    </message>
    <message>
        <source>The vault database is damaged and was left untouched. Restore it from a backup.</source>
        <translation>Қойманың дерекқоры зақымдалған, ол өзгертілмеді. Оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>This installation cannot encrypt data, so it refuses to store any. Reinstall Qorgau.</source>
        <translation>Бұл орнату деректерді шифрлай алмайды, сондықтан оларды сақтамайды. Qorgau-ды қайта орнатыңыз.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Сіздің рөліңіз бұл әрекетке рұқсат бермейді.</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the view.</source>
        <translation>Жазба енді жоқ. Тізімді жаңартыңыз.</translation>
    </message>
    <message>
        <source>The change clashes with existing data (for example, the login or IIN is already taken).</source>
        <translation>Өзгеріс бар деректерге қайшы келеді (мысалы, логин немесе ЖСН бос емес).</translation>
    </message>
    <message>
        <source>A file could not be read or written (disk full or no permission?). Nothing was lost.</source>
        <translation>Файлды оқу не жазу мүмкін болмады (диск толы ма, рұқсат жоқ па?). Ештеңе жоғалған жоқ.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your data is safe; the details were written to the log file.</source>
        <translation>Күтпеген қате орын алды. Деректер қауіпсіз; толығырақ журналға жазылды.</translation>
    </message>
    <message>
        <source>Qorgau</source>
        <translation>Qorgau</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An IIN contains digits only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The seventh digit of this IIN is not a valid century and sex digit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This IIN does not start with a valid birth date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The check digit of this IIN does not match. Check for a typo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This does not match the IIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A record with this value already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value has the wrong format.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This text is too short.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a number greater than zero.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This date cannot be in the past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record is already closed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This date cannot be before the register entry was opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a role for each pupil.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One of the pupils no longer exists. Remove it and add it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This does not match the rest of the record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the field “{field}”: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pupil already has an open register entry of this category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This register entry is already closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This IIN appears twice in the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no column for this field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has two columns for this field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not a valid CSV file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The row has more cells than the header.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems in the import file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing can be imported from this file. Correct it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{bad} rows have problems and will be skipped. {good} rows are valid.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import {count} valid rows only</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <source>Incident of {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupils involved: {list}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures taken: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notification to {recipients}: deadline {deadline}, state: {state}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>{d} d {h} h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>in {span}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened, in plain words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who told you, or how it was noticed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupils involved:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Measures taken:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record a phone report…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The law requires this incident to be reported. When you save, a notification to {recipients} is created. It must be delivered by {deadline}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No mandatory notification is required for this category.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next steps: {steps}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The incident was recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A mandatory notification to {recipients} was queued. Deadline: {deadline} ({remaining}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It will be sent to the server automatically.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no connection to the server now; it will be sent as soon as there is one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deadline is near. Report by phone now:
{numbers}
Then record the call so that the report counts as made in time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone report was recorded: called {number} at {time}, answered by {who}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Білім алушылар</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No incident has been recorded. Use “New incident…” when something happens: if the law requires a notification, it is created for you.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>Welcome to Qorgau</source>
        <translation>Qorgau-ға қош келдіңіз</translation>
    </message>
    <message>
        <source>Choose the language of the program. You can change it later in Settings.</source>
        <translation>Бағдарлама тілін таңдаңыз. Оны кейін баптауларда өзгертуге болады.</translation>
    </message>
    <message>
        <source>Qorgau keeps the records of pupils who need increased attention encrypted on this computer and delivers mandatory notifications as soon as a connection exists. This wizard sets up the vault in a few steps.</source>
        <translation>Qorgau ерекше назар аударуды қажет ететін білім алушылар туралы жазбаларды осы компьютерде шифрланған түрде сақтайды және байланыс пайда болған бойда міндетті хабарламаларды жібереді. Шебер қойманы бірнеше қадамда баптайды.</translation>
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
        <translation>(демо деректер)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Шолу</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Білім алушылар</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Хабарламалар</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Жоспарлар мен тапсырмалар</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Кеңес</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Сабаққа келмеулер</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Құлыптау</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Бағдарламадан ш&amp;ығу</translation>
    </message>
    <message>
        <source>New &amp;pupil…</source>
        <translation>Жаңа &amp;білім алушы…</translation>
    </message>
    <message>
        <source>Record &amp;incident…</source>
        <translation>&amp;Оқиғаны тіркеу…</translation>
    </message>
    <message>
        <source>&amp;Find pupil</source>
        <translation>Білім алушыны &amp;табу</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Баптаулар</translation>
    </message>
    <message>
        <source>&amp;About Qorgau</source>
        <translation>Qorgau &amp;туралы</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Жазбалар</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Өту</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>About Qorgau</source>
        <translation>Qorgau туралы</translation>
    </message>
    <message>
        <source>Qorgau {0}
Records of pupils who need increased attention and mandatory notifications, kept encrypted on this computer.</source>
        <translation>Qorgau {0}
Ерекше назар аударуды қажет ететін білім алушылар туралы жазбалар мен міндетті хабарламалар осы компьютерде шифрланып сақталады.</translation>
    </message>
</context>
<context>
    <name>MeetingDetailDialog</name>
    <message>
        <source>Pupil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the pupil is discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add decision…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark as held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupils discussed:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The whole school</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention council of {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status: {status}. Members: {members}. Agenda: {agenda}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prevention council</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New prevention council meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One member per line, with the position: for example, Director A. B. Seitova</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the pupil is discussed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Members:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agenda:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupils to discuss:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Қайталаңыз:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>кемінде 8 таңба</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Құпия фраза кемінде 8 таңбадан тұруы керек.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Тым қысқа: кемінде 8 таңба қажет.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>Әлсіз: оңай табылады. Сөз немесе таңба қосыңыз.</translation>
    </message>
    <message>
        <source>Fair. A few more words would make it strong.</source>
        <translation>Орташа. Тағы бірнеше сөз оны берік етеді.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Жақсы.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Берік.</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Кеңес: өзара байланыссыз төрт не одан көп сөзді есте сақтау оңай, ал табу қиын.</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>State</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Жасалған</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Түбіртек №</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Сервер уақыты</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Кешіккен</translation>
    </message>
    <message>
        <source>Phone report</source>
        <translation>Телефонмен хабарланды</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Кезекте</translation>
    </message>
    <message>
        <source>Phoned</source>
        <translation>Телефонмен хабарланды</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Жеткізілді</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Расталды</translation>
    </message>
    <message>
        <source>Last delivery attempt failed: {0}</source>
        <translation>Соңғы жеткізу әрекеті сәтсіз: {0}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>кешікті</translation>
    </message>
    <message>
        <source>{0}, {1}, reg. no. {2}</source>
        <translation>{0}, {1}, тірк. № {2}</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Mandatory notifications</source>
        <translation>Міндетті хабарламалар</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>Қазір &amp;жіберу</translation>
    </message>
    <message>
        <source>Record &amp;phone report…</source>
        <translation>Қоңырауды &amp;жазу…</translation>
    </message>
    <message>
        <source>There are no notifications yet. Recording an incident that the rules mark as mandatory creates one.</source>
        <translation>Хабарламалар әзірге жоқ. Ережелер бойынша хабарлануы міндетті оқиға тіркелгенде хабарлама жасалады.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation.</source>
        <translation>Бұл орнатуда жіберу бапталмаған.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation yet. Use “Record phone report” for urgent notifications.</source>
        <translation>Бұл орнатуда жіберу әлі бапталмаған. Шұғыл хабарламалар үшін «Қоңырауды жазу» батырмасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Жіберілуде…</translation>
    </message>
    <message>
        <source>Sending… {0}</source>
        <translation>Жіберілуде… {0}</translation>
    </message>
    <message>
        <source>Sending finished.</source>
        <translation>Жіберу аяқталды.</translation>
    </message>
    <message>
        <source>Sending failed: {0}</source>
        <translation>Жіберу сәтсіз: {0}</translation>
    </message>
</context>
<context>
    <name>OpenEntryDialog</name>
    <message>
        <source>Put on the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The decision or facts the entry rests on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opened on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <source>The passphrase unlocks the vault. Nobody can recover it for you — only the recovery key on the next page can.</source>
        <translation>Құпия фраза қойманы ашады. Оны сіз үшін ешкім қалпына келтіре алмайды — тек келесі беттегі қалпына келтіру кілті ғана.</translation>
    </message>
    <message>
        <source>Use a long passphrase that you do not use anywhere else.</source>
        <translation>Басқа еш жерде қолданбайтын ұзын құпия фразаны пайдаланыңыз.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Қойманы &amp;жасау</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Шифрланған қойма жасалуда…</translation>
    </message>
</context>
<context>
    <name>PhoneReportDialog</name>
    <message>
        <source>Record a phone report</source>
        <translation>Телефон арқылы хабарлауды жазу</translation>
    </message>
    <message>
        <source>Name and position of the person</source>
        <translation>Сөйлескен адамның аты-жөні мен лауазымы</translation>
    </message>
    <message>
        <source>Registration number given on the phone</source>
        <translation>Телефонмен айтылған тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Called at:</source>
        <translation>Қоңырау уақыты:</translation>
    </message>
    <message>
        <source>Number called:</source>
        <translation>Терілген нөмір:</translation>
    </message>
    <message>
        <source>Answered by:</source>
        <translation>Кім жауап берді:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>Report by telephone</source>
        <translation>Телефон арқылы хабарлау</translation>
    </message>
    <message>
        <source>Call 102 (police) or 111 (child protection)</source>
        <translation>102 (полиция) немесе 111 (балаларды қорғау) нөміріне қоңырау шалыңыз</translation>
    </message>
    <message>
        <source>{0} → {1}. Deadline: {2}. Record the call as soon as it is made; delivery to the server still follows.</source>
        <translation>{0} → {1}. Мерзімі: {2}. Қоңырауды бірден жазып қойыңыз; серверге жіберу бәрібір орындалады.</translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation>Қоңырау &amp;уақыты:</translation>
    </message>
    <message>
        <source>&amp;Number called:</source>
        <translation>Терілген &amp;нөмір:</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>&amp;Кім жауап берді:</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation>&amp;Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>name and rank of the officer</source>
        <translation>қызметкердің аты-жөні мен атағы</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The pupil list is not available in this build.</source>
        <translation>Бұл жинақта білім алушылар тізімі жоқ.</translation>
    </message>
    <message>
        <source>Record an incident from here or from a pupil's card. Notifications it creates are listed under Notifications.</source>
        <translation>Оқиғаны осы жерден немесе білім алушының карточкасынан тіркеңіз. Жасалған хабарламалар «Хабарламалар» бөлімінде көрсетіледі.</translation>
    </message>
    <message>
        <source>Plans and their tasks are kept on each pupil's card. Tasks due this week are listed on the Dashboard.</source>
        <translation>Жоспарлар мен тапсырмалар әр білім алушының карточкасында жүргізіледі. Осы аптадағы тапсырмалар шолуда көрсетіледі.</translation>
    </message>
    <message>
        <source>Plan a prevention council meeting here; decisions become tasks. The next meeting is shown on the Dashboard.</source>
        <translation>Құқық бұзушылықтың алдын алу кеңесінің отырысын осы жерде жоспарлаңыз; шешімдер тапсырмаға айналады. Келесі отырыс шолуда көрсетіледі.</translation>
    </message>
    <message>
        <source>Record unexcused absences from a pupil's card. Absences needing action are counted on the Dashboard.</source>
        <translation>Дәлелсіз себеппен сабаққа келмеулер білім алушының карточкасында жазылады. Шара қажет ететіндері шолуда саналады.</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Жаңа жазба…</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review the plan “{title}”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep the plan active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The plan is completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel the plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlansView</name>
    <message>
        <source>Tasks due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No task is overdue or due within {days} days. Plans and their tasks are made on a pupil's card, in the tab “Plans and tasks”.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PupilCard</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New absence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal representatives</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Жоспарлар мен тапсырмалар</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit profile…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Data processing consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No legal representative is recorded. Add the parents or guardians with their phone numbers and consents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add representative…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for closing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The pupil is not on any register. Use “Put on the register…” when the pupil needs pedagogical accompaniment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put on the register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take off the register…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has been recorded about this pupil yet. Incidents, sessions, referrals, absences and council decisions will appear here by date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no plan yet. Create an accompaniment or rehabilitation plan, then add its tasks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review plan…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add task…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark task done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks about this pupil:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupil card: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the register: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PupilForm</name>
    <message>
        <source>12 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for example 7А</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IIN:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Surname:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patronymic:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit pupil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New pupil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IIN says the pupil was born on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IIN says the pupil is male.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The IIN says the pupil is female.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date and sex are taken from the IIN.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <source>Type a surname, IIN or class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pupil found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PupilsModel</name>
    <message>
        <source>Pupil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>IIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the register</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PupilsView</name>
    <message>
        <source>Search by surname, name, IIN or class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New pupil</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a pupil (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import a class list from a CSV file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any register category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All pupils</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not on the register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupils found: {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No pupil matches the search. Check the spelling or clear the filters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no pupils yet. Add one with “New pupil” or import a class list with “Import CSV…”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pupils</source>
        <translation>Білім алушылар</translation>
    </message>
    <message>
        <source>Import pupils</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported pupils: {count}. Pupils found: {total}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover access</source>
        <translation>Қолжетімділікті қалпына келтіру</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or wrote down when the vault was created, then choose a new passphrase.</source>
        <translation>Қойма жасалғанда басып шығарған немесе жазып алған қалпына келтіру кілтін енгізіп, жаңа құпия фраза таңдаңыз.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Тіркелгі:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Қалпына келтіру &amp;кілті:</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Жаңа құпия фраза орнату</translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>Қалпына келтіру кілті тексерілуде…</translation>
    </message>
    <message>
        <source>This recovery key does not open the vault.</source>
        <translation>Бұл қалпына келтіру кілті қойманы ашпайды.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>This key is shown only once. Print it or write it down and keep it locked away from the computer.</source>
        <translation>Кілт тек бір рет көрсетіледі. Оны басып шығарыңыз немесе жазып алып, компьютерден бөлек құлыпта сақтаңыз.</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way to open the vault. Anyone who holds it can read the records.</source>
        <translation>Барлық құпия фраза ұмытылса, қойманы тек осы кілт ашады. Кілті бар кез келген адам жазбаларды оқи алады.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>Кілтті &amp;жазып алдым немесе басып шығардым</translation>
    </message>
    <message>
        <source>Qorgau recovery key</source>
        <translation>Qorgau қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>School: {0}</source>
        <translation>Мектеп: {0}</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone who holds it can open the vault.</source>
        <translation>Бұл парақты құлыпта сақтаңыз. Ол кімде болса, сол қойманы аша алады.</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>New referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referred to:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <source>Outcome of the referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RepresentativeForm</name>
    <message>
        <source>Mother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Father</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guardian</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grandmother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grandfather</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consents to psychological support</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relation:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent given on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit legal representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New legal representative</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewEntryDialog</name>
    <message>
        <source>Review the register entry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conclusion:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next review:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School and administrator</source>
        <translation>Мектеп және әкімші</translation>
    </message>
    <message>
        <source>The first account administers the vault: it adds the psychologists and social pedagogues.</source>
        <translation>Бірінші тіркелгі қойманы басқарады: ол психологтар мен әлеуметтік педагогтарды қосады.</translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation>&amp;Мектеп атауы:</translation>
    </message>
    <message>
        <source>&amp;Your full name:</source>
        <translation>&amp;Сіздің аты-жөніңіз:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>for example, Secondary school No. 7</source>
        <translation>мысалы, № 7 жалпы білім беретін мектеп</translation>
    </message>
    <message>
        <source>The login is what you choose at sign-in; no spaces.</source>
        <translation>Логин кіру кезінде таңдалады; бос орынсыз.</translation>
    </message>
    <message>
        <source>A login is 1 to 64 characters without spaces.</source>
        <translation>Логин — бос орынсыз 1–64 таңба.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server (optional)</source>
        <translation>Сервер (міндетті емес)</translation>
    </message>
    <message>
        <source>Notifications are delivered to the server of the education department. You can also do this later in Settings.</source>
        <translation>Хабарламалар білім бөлімінің серверіне жіберіледі. Мұны кейін баптауларда да жасауға болады.</translation>
    </message>
    <message>
        <source>Enter the address and the one-time enrollment code you received. Leave both empty to work offline for now.</source>
        <translation>Алған мекенжай мен бір реттік тіркеу кодын енгізіңіз. Әзірге желісіз жұмыс істеу үшін екеуін де бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Enrollment &amp;code:</source>
        <translation>Тіркеу &amp;коды:</translation>
    </message>
    <message>
        <source>Fill in both the address and the code, or neither.</source>
        <translation>Мекенжай мен кодты толтырыңыз — не екеуін де бос қалдырыңыз.</translation>
    </message>
    <message>
        <source>Enrolling this computer with the server…</source>
        <translation>Компьютер серверде тіркелуде…</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Компьютер тіркелді.</translation>
    </message>
    <message>
        <source>Enrollment failed: {0} You can retry later in Settings.</source>
        <translation>Тіркеу сәтсіз: {0} Кейін баптауларда қайталаңыз.</translation>
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
        <translation>Демо деректер дайындалуда…</translation>
    </message>
    <message>
        <source>Demo: synthetic data in a temporary folder, deleted on exit. Passphrase to unlock: {0}</source>
        <translation>Демо: уақытша қалтадағы синтетикалық деректер, шыққанда жойылады. Құлыпты ашу үшін құпия фраза: {0}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>First meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Support after violence or bullying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk with a legal representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Talk about absences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict mediation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New counselling session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No template</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>What colleagues may read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only psychologists can read these notes; they are encrypted separately.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Becomes a task for you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Template:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held at:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared summary:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidential notes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confidential notes can be written by psychologists only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next step due:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Psychologist</source>
        <translation>Педагог-психолог</translation>
    </message>
    <message>
        <source>Social pedagogue</source>
        <translation>Әлеуметтік педагог</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Әкімші</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Жалпы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Әрекетсіздіктен кейін құлыптау:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Құпия фразаны өзгерту</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Қазіргі құпия фраза:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>Құпия фразаны ө&amp;згерту</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>Тіркелгілер мен рөлдер</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Тіркелгі &amp;қосу…</translation>
    </message>
    <message>
        <source>Server enrollment</source>
        <translation>Серверде тіркелу</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Сервер &amp;мекенжайы:</translation>
    </message>
    <message>
        <source>Enrollment &amp;code:</source>
        <translation>Тіркеу &amp;коды:</translation>
    </message>
    <message>
        <source>Server certificate (CA):</source>
        <translation>Сервер сертификаты (КО):</translation>
    </message>
    <message>
        <source>optional, a .pem file</source>
        <translation>міндетті емес, .pem файлы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Шолу…</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer</source>
        <translation>Компьютерді &amp;тіркеу</translation>
    </message>
    <message>
        <source>Enrollment is pending: it will be completed when delivery is available in this installation.</source>
        <translation>Тіркеу күтуде: бұл орнатуда жіберу мүмкіндігі пайда болғанда аяқталады.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Құпия фраза өзгертілуде…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from the next sign-in.</source>
        <translation>Құпия фраза өзгертілді. Келесі кіруде жаңасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Қазіргі құпия фраза қате.</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Сервер сертификаты</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Сертификаттар (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Fill in both the address and the code.</source>
        <translation>Мекенжай мен кодты толтырыңыз.</translation>
    </message>
    <message>
        <source>Enrolling this computer with the server…</source>
        <translation>Компьютер серверде тіркелуде…</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Компьютер тіркелді.</translation>
    </message>
    <message>
        <source>Enrollment failed: {0}</source>
        <translation>Тіркеу сәтсіз: {0}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Qorgau — first start</source>
        <translation>Qorgau — алғашқы іске қосу</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>&amp;Демо деректермен көру</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Qorgau — sign in</source>
        <translation>Qorgau — кіру</translation>
    </message>
    <message>
        <source>Sign in to Qorgau</source>
        <translation>Qorgau-ға кіру</translation>
    </message>
    <message>
        <source>Qorgau is locked</source>
        <translation>Qorgau құлыпталған</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Тіркелгі:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Құпия фраза:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Кіру</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Құлыпты &amp;ашу</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation>Құпия фразаны &amp;ұмыттыңыз ба?</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Құпия фраза тексерілуде…</translation>
    </message>
    <message>
        <source>Next attempt possible in {0} s.</source>
        <translation>Келесі әрекет {0} с кейін мүмкін.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Victim</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initiator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Individual</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With a legal representative</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Child-friendly office</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medical institution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Psychological, medical and pedagogical commission (PMPK)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Helpline 111</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Commissioner for the rights of the child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pedagogical accompaniment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social rehabilitation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Work on absences</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Held</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported by phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation>Жеткізілді</translation>
    </message>
    <message>
        <source>Acknowledged by the recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consider putting the pupil on the register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draw up a social rehabilitation plan.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discuss the case at the prevention council.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unexcused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
