<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
        <translation>Пропуски, требующие мер</translation>
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
        <translation>Добавить учётную запись</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>Give the colleague the passphrase in person; they can change it in Settings after signing in.</source>
        <translation>Передайте коллеге парольную фразу лично; после входа её можно сменить в настройках.</translation>
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
        <translation>{0} ч {1:02d} мин</translation>
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
        <translation>просрочено на {0}</translation>
    </message>
    <message>
        <source>due in {0}</source>
        <translation>осталось {0}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Notifications due or late</source>
        <translation>Уведомления: срок подходит или истёк</translation>
    </message>
    <message>
        <source>Tasks: overdue and due this week</source>
        <translation>Задачи: просроченные и на этой неделе</translation>
    </message>
    <message>
        <source>Register entries to review</source>
        <translation>Учёт: пора пересмотреть</translation>
    </message>
    <message>
        <source>Absences needing action</source>
        <translation>Пропуски, требующие мер</translation>
    </message>
    <message>
        <source>Next prevention council</source>
        <translation>Ближайший совет профилактики</translation>
    </message>
    <message>
        <source>Delivery to the server</source>
        <translation>Отправка на сервер</translation>
    </message>
    <message>
        <source>Overdue since {0}: {1}</source>
        <translation>Просрочено с {0}: {1}</translation>
    </message>
    <message>
        <source>Due {0}: {1}</source>
        <translation>Срок {0}: {1}</translation>
    </message>
    <message>
        <source>No tasks are due this week. Tasks come from plans, counselling sessions and council decisions.</source>
        <translation>На этой неделе задач нет. Задачи появляются из планов, консультаций и решений совета.</translation>
    </message>
    <message>
        <source>{0} — review due {1}</source>
        <translation>{0} — пересмотр до {1}</translation>
    </message>
    <message>
        <source>No register entries need a review this week.</source>
        <translation>На этой неделе пересматривать учёт не нужно.</translation>
    </message>
    <message>
        <source>Unexcused absences without recorded work: {0}</source>
        <translation>Пропуски без уважительной причины без проведённой работы: {0}</translation>
    </message>
    <message>
        <source>No unexcused absences are waiting for action.</source>
        <translation>Пропусков без уважительной причины, ожидающих мер, нет.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>no agenda yet</source>
        <translation>повестка ещё не составлена</translation>
    </message>
    <message>
        <source>No council meeting is planned. Plan one in “Council”.</source>
        <translation>Заседание совета не запланировано. Запланируйте его в разделе «Совет».</translation>
    </message>
    <message>
        <source>No notifications are waiting. When you record an incident that must be reported, its notification and deadline appear here.</source>
        <translation>Ожидающих уведомлений нет. Когда вы зарегистрируете случай, о котором нужно сообщить, здесь появятся уведомление и его срок.</translation>
    </message>
    <message>
        <source>Notifications due or late ({0} late)</source>
        <translation>Уведомления: срок подходит или истёк (просрочено: {0})</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>Waiting to be sent: {0}</source>
        <translation>Ожидают отправки: {0}</translation>
    </message>
    <message>
        <source>Last delivery: {0}</source>
        <translation>Последняя доставка: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>не было</translation>
    </message>
    <message>
        <source>Waiting since: {0}</source>
        <translation>Ожидают с: {0}</translation>
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
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>School name</source>
        <translation>Название школы</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <source>Enrollment code</source>
        <translation>Код регистрации</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>Парольная фраза слишком короткая: нужно не меньше 8 символов.</translation>
    </message>
    <message>
        <source>“{0}” must be filled in.</source>
        <translation>Поле «{0}» нужно заполнить.</translation>
    </message>
    <message>
        <source>A login is 1 to 64 characters without spaces.</source>
        <translation>Логин — от 1 до 64 символов без пробелов.</translation>
    </message>
    <message>
        <source>“{0}” has a value that cannot be accepted.</source>
        <translation>Значение поля «{0}» не может быть принято.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Wait {0} s before the next attempt.</source>
        <translation>Неверная парольная фраза. Следующая попытка — через {0} с.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Check the keyboard layout and Caps Lock, then try again.</source>
        <translation>Неверная парольная фраза. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <source>No vault was found in the data folder. Create one with the setup wizard.</source>
        <translation>В папке данных нет хранилища. Создайте его мастером настройки.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder; nothing was changed.</source>
        <translation>В этой папке уже есть хранилище; ничего не изменено.</translation>
    </message>
    <message>
        <source>There is no account with this login.</source>
        <translation>Учётной записи с таким логином нет.</translation>
    </message>
    <message>
        <source>The recovery key is mistyped. Check each group of characters.</source>
        <translation>В ключе восстановления опечатка. Проверьте каждую группу символов.</translation>
    </message>
    <message>
        <source>The key file of the vault is missing or damaged. Your records are intact; ask the administrator to restore the key file from its backup copy.</source>
        <translation>Файл ключей хранилища отсутствует или повреждён. Записи не пострадали; попросите администратора восстановить файл ключей из резервной копии.</translation>
    </message>
    <message>
        <source>The vault database is damaged and was left untouched. Restore it from a backup.</source>
        <translation>База данных хранилища повреждена и оставлена без изменений. Восстановите её из резервной копии.</translation>
    </message>
    <message>
        <source>This installation cannot encrypt data, so it refuses to store any. Reinstall Qorgau.</source>
        <translation>Эта установка не может шифровать данные и поэтому не сохраняет их. Переустановите Qorgau.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Ваша роль не позволяет это действие.</translation>
    </message>
    <message>
        <source>The record no longer exists. Refresh the view.</source>
        <translation>Запись больше не существует. Обновите список.</translation>
    </message>
    <message>
        <source>The change clashes with existing data (for example, the login or IIN is already taken).</source>
        <translation>Изменение противоречит существующим данным (например, логин или ИИН уже заняты).</translation>
    </message>
    <message>
        <source>A file could not be read or written (disk full or no permission?). Nothing was lost.</source>
        <translation>Не удалось прочитать или записать файл (диск заполнен или нет прав?). Ничего не потеряно.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your data is safe; the details were written to the log file.</source>
        <translation>Произошла непредвиденная ошибка. Данные в безопасности; подробности записаны в журнал.</translation>
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
        <translation>Роль</translation>
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
        <translation>Случаи</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Обучающиеся</translation>
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
        <translation>Добро пожаловать в Qorgau</translation>
    </message>
    <message>
        <source>Choose the language of the program. You can change it later in Settings.</source>
        <translation>Выберите язык программы. Его можно сменить позже в настройках.</translation>
    </message>
    <message>
        <source>Qorgau keeps the records of pupils who need increased attention encrypted on this computer and delivers mandatory notifications as soon as a connection exists. This wizard sets up the vault in a few steps.</source>
        <translation>Qorgau хранит в зашифрованном виде на этом компьютере записи об обучающихся, требующих повышенного внимания, и отправляет обязательные уведомления, как только появляется связь. Мастер настроит хранилище за несколько шагов.</translation>
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
        <translation>(демо-данные)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Планы и задачи</translation>
    </message>
    <message>
        <source>Council</source>
        <translation>Совет</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Пропуски</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход из программы</translation>
    </message>
    <message>
        <source>New &amp;pupil…</source>
        <translation>Новый &amp;обучающийся…</translation>
    </message>
    <message>
        <source>Record &amp;incident…</source>
        <translation>Зарегистрировать &amp;случай…</translation>
    </message>
    <message>
        <source>&amp;Find pupil</source>
        <translation>&amp;Найти обучающегося</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>О&amp;бновить</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;About Qorgau</source>
        <translation>&amp;О программе Qorgau</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Сеанс</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translation>&amp;Записи</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Переход</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>С&amp;правка</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>About Qorgau</source>
        <translation>О программе Qorgau</translation>
    </message>
    <message>
        <source>Qorgau {0}
Records of pupils who need increased attention and mandatory notifications, kept encrypted on this computer.</source>
        <translation>Qorgau {0}
Записи об обучающихся, требующих повышенного внимания, и обязательные уведомления, зашифрованные на этом компьютере.</translation>
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
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>П&amp;овторите её:</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>не меньше 8 символов</translation>
    </message>
    <message>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Парольная фраза должна содержать не меньше 8 символов.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Слишком короткая: нужно не меньше 8 символов.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation>Слабая: легко угадать. Добавьте слова или символы.</translation>
    </message>
    <message>
        <source>Fair. A few more words would make it strong.</source>
        <translation>Средняя. Ещё несколько слов сделают её надёжной.</translation>
    </message>
    <message>
        <source>Good.</source>
        <translation>Хорошая.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Надёжная.</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Совет: четыре и более не связанных слова легко запомнить и трудно угадать.</translation>
    </message>
</context>
<context>
    <name>NotificationsModel</name>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>№ квитанции</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Время сервера</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Phone report</source>
        <translation>Сообщено по телефону</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Phoned</source>
        <translation>Сообщено по телефону</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Last delivery attempt failed: {0}</source>
        <translation>Последняя попытка доставки не удалась: {0}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>{0}, {1}, reg. no. {2}</source>
        <translation>{0}, {1}, рег. № {2}</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <source>Mandatory notifications</source>
        <translation>Обязательные уведомления</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Отправить сейчас</translation>
    </message>
    <message>
        <source>Record &amp;phone report…</source>
        <translation>Записать &amp;звонок…</translation>
    </message>
    <message>
        <source>There are no notifications yet. Recording an incident that the rules mark as mandatory creates one.</source>
        <translation>Уведомлений пока нет. Уведомление создаётся при регистрации случая, о котором по правилам нужно сообщить.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation.</source>
        <translation>Отправка в этой установке не настроена.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation yet. Use “Record phone report” for urgent notifications.</source>
        <translation>Отправка в этой установке ещё не настроена. Для срочных уведомлений используйте «Записать звонок».</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Sending… {0}</source>
        <translation>Отправка… {0}</translation>
    </message>
    <message>
        <source>Sending finished.</source>
        <translation>Отправка завершена.</translation>
    </message>
    <message>
        <source>Sending failed: {0}</source>
        <translation>Отправка не удалась: {0}</translation>
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
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>The passphrase unlocks the vault. Nobody can recover it for you — only the recovery key on the next page can.</source>
        <translation>Парольная фраза открывает хранилище. Никто не сможет восстановить её за вас — только ключ восстановления на следующей странице.</translation>
    </message>
    <message>
        <source>Use a long passphrase that you do not use anywhere else.</source>
        <translation>Используйте длинную парольную фразу, которую вы больше нигде не применяете.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Создать хранилище</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Создаётся зашифрованное хранилище…</translation>
    </message>
</context>
<context>
    <name>PhoneReportDialog</name>
    <message>
        <source>Record a phone report</source>
        <translation>Записать сообщение по телефону</translation>
    </message>
    <message>
        <source>Name and position of the person</source>
        <translation>ФИО и должность собеседника</translation>
    </message>
    <message>
        <source>Registration number given on the phone</source>
        <translation>Регистрационный номер, названный по телефону</translation>
    </message>
    <message>
        <source>Called at:</source>
        <translation>Время звонка:</translation>
    </message>
    <message>
        <source>Number called:</source>
        <translation>Набранный номер:</translation>
    </message>
    <message>
        <source>Answered by:</source>
        <translation>Кто ответил:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Регистрационный номер:</translation>
    </message>
    <message>
        <source>Report by telephone</source>
        <translation>Сообщение по телефону</translation>
    </message>
    <message>
        <source>Call 102 (police) or 111 (child protection)</source>
        <translation>Позвоните 102 (полиция) или 111 (защита детей)</translation>
    </message>
    <message>
        <source>{0} → {1}. Deadline: {2}. Record the call as soon as it is made; delivery to the server still follows.</source>
        <translation>{0} → {1}. Срок: {2}. Запишите звонок сразу после него; отправка на сервер всё равно последует.</translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation>&amp;Время звонка:</translation>
    </message>
    <message>
        <source>&amp;Number called:</source>
        <translation>&amp;Набранный номер:</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation>&amp;Кто ответил:</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation>&amp;Рег. номер:</translation>
    </message>
    <message>
        <source>name and rank of the officer</source>
        <translation>ФИО и звание сотрудника</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The pupil list is not available in this build.</source>
        <translation>Список обучающихся недоступен в этой сборке.</translation>
    </message>
    <message>
        <source>Record an incident from here or from a pupil's card. Notifications it creates are listed under Notifications.</source>
        <translation>Регистрируйте случай здесь или из карточки обучающегося. Созданные уведомления видны в разделе «Уведомления».</translation>
    </message>
    <message>
        <source>Plans and their tasks are kept on each pupil's card. Tasks due this week are listed on the Dashboard.</source>
        <translation>Планы и задачи ведутся в карточке каждого обучающегося. Задачи на эту неделю видны в сводке.</translation>
    </message>
    <message>
        <source>Plan a prevention council meeting here; decisions become tasks. The next meeting is shown on the Dashboard.</source>
        <translation>Планируйте здесь заседания совета профилактики; решения становятся задачами. Ближайшее заседание видно в сводке.</translation>
    </message>
    <message>
        <source>Record unexcused absences from a pupil's card. Absences needing action are counted on the Dashboard.</source>
        <translation>Пропуски без уважительной причины записываются в карточке обучающегося. Пропуски, требующие мер, считаются в сводке.</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Новая запись…</translation>
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
        <translation>Планы и задачи</translation>
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
        <translation>ФИО</translation>
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
        <translation>Категория</translation>
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
        <translation>Обучающиеся</translation>
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
        <translation>Восстановление доступа</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or wrote down when the vault was created, then choose a new passphrase.</source>
        <translation>Введите ключ восстановления, который вы распечатали или записали при создании хранилища, и задайте новую парольную фразу.</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Задать новую парольную фразу</translation>
    </message>
    <message>
        <source>Checking the recovery key…</source>
        <translation>Проверка ключа восстановления…</translation>
    </message>
    <message>
        <source>This recovery key does not open the vault.</source>
        <translation>Этот ключ восстановления не открывает хранилище.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>This key is shown only once. Print it or write it down and keep it locked away from the computer.</source>
        <translation>Ключ показывается только один раз. Распечатайте или запишите его и храните под замком отдельно от компьютера.</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way to open the vault. Anyone who holds it can read the records.</source>
        <translation>Если все парольные фразы забыты, только этот ключ откроет хранилище. Любой, у кого он есть, может прочитать записи.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>I have &amp;written it down or printed it</source>
        <translation>Я &amp;записал(а) или распечатал(а) ключ</translation>
    </message>
    <message>
        <source>Qorgau recovery key</source>
        <translation>Ключ восстановления Qorgau</translation>
    </message>
    <message>
        <source>School: {0}</source>
        <translation>Школа: {0}</translation>
    </message>
    <message>
        <source>Keep this sheet locked away. Anyone who holds it can open the vault.</source>
        <translation>Храните этот лист под замком. Любой, у кого он есть, может открыть хранилище.</translation>
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
        <translation>Школа и администратор</translation>
    </message>
    <message>
        <source>The first account administers the vault: it adds the psychologists and social pedagogues.</source>
        <translation>Первая учётная запись управляет хранилищем: она добавляет психологов и социальных педагогов.</translation>
    </message>
    <message>
        <source>&amp;School name:</source>
        <translation>&amp;Название школы:</translation>
    </message>
    <message>
        <source>&amp;Your full name:</source>
        <translation>&amp;Ваше ФИО:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>for example, Secondary school No. 7</source>
        <translation>например, Средняя школа № 7</translation>
    </message>
    <message>
        <source>The login is what you choose at sign-in; no spaces.</source>
        <translation>Логин выбирается при входе; без пробелов.</translation>
    </message>
    <message>
        <source>A login is 1 to 64 characters without spaces.</source>
        <translation>Логин — от 1 до 64 символов без пробелов.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>Server (optional)</source>
        <translation>Сервер (необязательно)</translation>
    </message>
    <message>
        <source>Notifications are delivered to the server of the education department. You can also do this later in Settings.</source>
        <translation>Уведомления отправляются на сервер отдела образования. Это можно настроить и позже в настройках.</translation>
    </message>
    <message>
        <source>Enter the address and the one-time enrollment code you received. Leave both empty to work offline for now.</source>
        <translation>Введите полученные адрес и одноразовый код регистрации. Оставьте оба поля пустыми, чтобы пока работать без сети.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Enrollment &amp;code:</source>
        <translation>&amp;Код регистрации:</translation>
    </message>
    <message>
        <source>Fill in both the address and the code, or neither.</source>
        <translation>Заполните и адрес, и код — или оставьте оба пустыми.</translation>
    </message>
    <message>
        <source>Enrolling this computer with the server…</source>
        <translation>Регистрация компьютера на сервере…</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Компьютер зарегистрирован.</translation>
    </message>
    <message>
        <source>Enrollment failed: {0} You can retry later in Settings.</source>
        <translation>Регистрация не удалась: {0} Повторите позже в настройках.</translation>
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
        <translation>Подготовка демо-данных…</translation>
    </message>
    <message>
        <source>Demo: synthetic data in a temporary folder, deleted on exit. Passphrase to unlock: {0}</source>
        <translation>Демо: синтетические данные во временной папке, удаляются при выходе. Парольная фраза для разблокировки: {0}</translation>
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
        <translation>Социальный педагог</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>General</source>
        <translation>Общие</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Блокировать после простоя:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Change your passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Текущая парольная фраза:</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>С&amp;менить парольную фразу</translation>
    </message>
    <message>
        <source>Accounts and roles</source>
        <translation>Учётные записи и роли</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Добавить учётную запись…</translation>
    </message>
    <message>
        <source>Server enrollment</source>
        <translation>Регистрация на сервере</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Enrollment &amp;code:</source>
        <translation>&amp;Код регистрации:</translation>
    </message>
    <message>
        <source>Server certificate (CA):</source>
        <translation>Сертификат сервера (ЦС):</translation>
    </message>
    <message>
        <source>optional, a .pem file</source>
        <translation>необязательно, файл .pem</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>&amp;Enroll this computer</source>
        <translation>&amp;Зарегистрировать компьютер</translation>
    </message>
    <message>
        <source>Enrollment is pending: it will be completed when delivery is available in this installation.</source>
        <translation>Регистрация ожидает: она будет завершена, когда в этой установке появится отправка.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Use the new one from the next sign-in.</source>
        <translation>Парольная фраза изменена. Используйте новую при следующем входе.</translation>
    </message>
    <message>
        <source>The current passphrase is wrong.</source>
        <translation>Текущая парольная фраза неверна.</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Сертификат сервера</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt)</source>
        <translation>Сертификаты (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Fill in both the address and the code.</source>
        <translation>Заполните и адрес, и код.</translation>
    </message>
    <message>
        <source>Enrolling this computer with the server…</source>
        <translation>Регистрация компьютера на сервере…</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation>Компьютер зарегистрирован.</translation>
    </message>
    <message>
        <source>Enrollment failed: {0}</source>
        <translation>Регистрация не удалась: {0}</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Qorgau — first start</source>
        <translation>Qorgau — первый запуск</translation>
    </message>
    <message>
        <source>Try with &amp;demo data</source>
        <translation>Попробовать на &amp;демо-данных</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Qorgau — sign in</source>
        <translation>Qorgau — вход</translation>
    </message>
    <message>
        <source>Sign in to Qorgau</source>
        <translation>Вход в Qorgau</translation>
    </message>
    <message>
        <source>Qorgau is locked</source>
        <translation>Qorgau заблокирован</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>&amp;Forgot passphrase?</source>
        <translation>&amp;Забыли парольную фразу?</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Проверка парольной фразы…</translation>
    </message>
    <message>
        <source>Next attempt possible in {0} s.</source>
        <translation>Следующая попытка возможна через {0} с.</translation>
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
        <translation>Доставлено</translation>
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
