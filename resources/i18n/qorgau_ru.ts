<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>New absence</source>
        <translation>Записать пропуск занятий</translation>
    </message>
    <message>
        <source>The reason is valid (excused absence)</source>
        <translation>Причина уважительная (пропуск по уважительной причине)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>По (включительно):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>AbsenceRegisterPanel</name>
    <message>
        <source>Pupil</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Unexcused days</source>
        <translation>Дней без уважительной причины</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>На учёте</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Register of unexcused absence</source>
        <translation>Учёт пропусков занятий без уважительной причины</translation>
    </message>
    <message>
        <source>Put on the register…</source>
        <translation>Поставить на учёт…</translation>
    </message>
    <message>
        <source>Systematic absence: {days} or more unexcused days within {window} days (the school&apos;s setting in the rules file).</source>
        <translation>Систематические пропуски: {days} и более дней без уважительной причины за {window} дней (настройка школы в файле правил).</translation>
    </message>
    <message>
        <source>No pupil has reached the threshold.</source>
        <translation>Порога не достиг ни один обучающийся.</translation>
    </message>
    <message>
        <source>Put these pupils on the register of unexcused absence?

{names}</source>
        <translation>Поставить этих обучающихся на учёт пропусков занятий без уважительной причины?

{names}</translation>
    </message>
</context>
<context>
    <name>AbsenceWorkDialog</name>
    <message>
        <source>Work done about an absence</source>
        <translation>Проведённая работа по пропуску</translation>
    </message>
    <message>
        <source>A call, a home visit, a talk with the family…</source>
        <translation>Звонок, посещение на дому, беседа с семьёй…</translation>
    </message>
    <message>
        <source>The matter is settled</source>
        <translation>Вопрос решён</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Проведённая работа:</translation>
    </message>
</context>
<context>
    <name>AbsencesPage</name>
    <message>
        <source>Absences needing action</source>
        <translation>Пропуски, требующие мер</translation>
    </message>
    <message>
        <source>Record work done…</source>
        <translation>Записать проведённую работу…</translation>
    </message>
    <message>
        <source>Open pupil card</source>
        <translation>Открыть карточку обучающегося</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Проведённая работа</translation>
    </message>
    <message>
        <source>No unexcused absence needs action. Record absences on a pupil&apos;s card with “New absence”; unexcused ones appear here until the work with the family is done.</source>
        <translation>Пропусков без уважительной причины, требующих мер, нет. Пропуски записываются в карточке обучающегося кнопкой «Записать пропуск занятий»; пропуски без уважительной причины видны здесь, пока не проведена работа с семьёй.</translation>
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
    <message>
        <source>A psychologist&apos;s account starts without the confidential notes key: a psychologist who holds it, or the recovery key, gives it in Settings → Confidential notes key.</source>
        <translation>Учётная запись психолога создаётся без ключа конфиденциальных заметок: его выдаёт психолог, у которого он есть, или ключ восстановления — в Настройках → Ключ конфиденциальных заметок.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Папка для копий:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Хранить последних копий:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> шт.</translation>
    </message>
    <message>
        <source>not chosen: automatic backups are off</source>
        <translation>не выбрана: автоматическое резервное копирование отключено</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Создать копию сейчас</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>В&amp;осстановить…</translation>
    </message>
    <message>
        <source>Once a day, while you are signed in, Qorgau writes an encrypted backup into this folder, for example on a USB stick. A backup opens only with a passphrase or the recovery key; keep the stick away from the computer.</source>
        <translation>Раз в день, пока вы в системе, Qorgau записывает в эту папку зашифрованную резервную копию — например, на флешку. Копия открывается только парольной фразой или ключом восстановления; храните флешку отдельно от компьютера.</translation>
    </message>
    <message>
        <source>Automatic backups are off: choose a folder.</source>
        <translation>Автоматическое резервное копирование отключено: выберите папку.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Резервных копий ещё не было.</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Последняя копия: {when}.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Папка для резервных копий</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Записывается зашифрованная резервная копия…</translation>
    </message>
    <message>
        <source>Backup written: {name} ({when}).</source>
        <translation>Резервная копия записана: {name} ({when}).</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Резервное копирование не удалось: {reason}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Qorgau backups (*.qbk);;All files (*)</source>
        <translation>Резервные копии Qorgau (*.qbk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation>Проверка файла резервной копии…</translation>
    </message>
    <message>
        <source>Restore the backup made on {when}?

Every record made after that moment will be gone from the vault. The current vault is not deleted: it is moved aside into a “replaced-…” folder in the data folder.

Qorgau then closes this session; everyone signs in again with the passphrase that was valid when the backup was made.</source>
        <translation>Восстановить резервную копию от {when}?

Все записи, сделанные после этого момента, исчезнут из хранилища. Текущее хранилище не удаляется: оно переносится в папку «replaced-…» в папке данных.

Затем Qorgau завершит этот сеанс; все входят заново с парольной фразой, действовавшей на момент создания копии.</translation>
    </message>
    <message>
        <source>Warning: this backup belongs to another vault (another installation).</source>
        <translation>Внимание: эта резервная копия относится к другому хранилищу (другой установке).</translation>
    </message>
    <message>
        <source>Restore and sign in again</source>
        <translation>Восстановить и войти заново</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No backup folder is chosen. Choose one in Settings.</source>
        <translation>Папка для резервных копий не выбрана. Выберите её в настройках.</translation>
    </message>
    <message>
        <source>The backup folder is not available. If it is on a USB stick, plug the stick in; the backup will be tried again.</source>
        <translation>Папка для резервных копий недоступна. Если она на флешке, вставьте флешку — копирование будет повторено.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written to (no permission, or the stick is write-protected).</source>
        <translation>В папку для резервных копий нельзя записать (нет прав или флешка защищена от записи).</translation>
    </message>
    <message>
        <source>The backup could not be written (is the disk or stick full?). Your records are intact.</source>
        <translation>Не удалось записать резервную копию (диск или флешка заполнены?). Ваши записи не пострадали.</translation>
    </message>
    <message>
        <source>This file is not a Qorgau backup, or it is damaged. Nothing was changed.</source>
        <translation>Этот файл не является резервной копией Qorgau или повреждён. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Case summary</source>
        <translation>Справка о работе с обучающимся</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Законные представители</translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation>Постановка на учёт</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>Консультации</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Планы и задачи</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Consent to support</source>
        <translation>Согласие на сопровождение</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Дата постановки</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Выявлено</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>What happened; measures</source>
        <translation>Что произошло; принятые меры</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Дата проведения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source>done {0}</source>
        <translation>выполнено {0}</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>срок {0}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Куда направлен</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Case summary: {0}, class {1}</source>
        <translation>Справка о работе с обучающимся: {0}, класс {1}</translation>
    </message>
    <message>
        <source>Prepared by {0} with Qorgau on {1}. Confidential.</source>
        <translation>Подготовил(а) {0} в Qorgau {1}. Конфиденциально.</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>Case summary</source>
        <translation>Справка о работе с обучающимся</translation>
    </message>
    <message>
        <source>Choose what the summary for a referral contains. Confidential notes of sessions are never included. Making the summary is recorded in the audit log.</source>
        <translation>Выберите, что войдёт в справку для направления. Конфиденциальные заметки консультаций в неё никогда не включаются. Создание справки записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Сохранить как…</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Сохранение справки о работе с обучающимся</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Notification certificate</source>
        <translation>Справка об уведомлении</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Incident category</source>
        <translation>Категория случая</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Когда выявлено</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Получатели</translation>
    </message>
    <message>
        <source>Notification created</source>
        <translation>Уведомление создано</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Версия правил</translation>
    </message>
    <message>
        <source>Corrects notification</source>
        <translation>Исправляет уведомление</translation>
    </message>
    <message>
        <source>Receipt of the central server</source>
        <translation>Квитанция центрального сервера</translation>
    </message>
    <message>
        <source>No receipt yet: the notification has not been delivered.</source>
        <translation>Квитанции пока нет: уведомление ещё не доставлено.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Номер квитанции</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Время сервера</translation>
    </message>
    <message>
        <source>Payload hash (SHA-256)</source>
        <translation>Хеш содержимого (SHA-256)</translation>
    </message>
    <message>
        <source>Server signature (Ed25519)</source>
        <translation>Подпись сервера (Ed25519)</translation>
    </message>
    <message>
        <source>Delivered before the deadline</source>
        <translation>Доставлено до истечения срока</translation>
    </message>
    <message>
        <source>Reported by telephone</source>
        <translation>Сообщено по телефону</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Время звонка</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Набранный номер</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Кто ответил</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Phoned before the deadline</source>
        <translation>Сообщено по телефону до истечения срока</translation>
    </message>
    <message>
        <source>Acceptance by law enforcement</source>
        <translation>Принятие правоохранительными органами</translation>
    </message>
    <message>
        <source>Not yet accepted: no officer has accepted this notification so far.</source>
        <translation>Ещё не принято: пока ни один сотрудник не принял это уведомление.</translation>
    </message>
    <message>
        <source>not reported by the server</source>
        <translation>сервер не сообщил</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <source>Registration no. (KUI / ERDR)</source>
        <translation>Регистрационный № (КУИ / ЕРДР)</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Время принятия</translation>
    </message>
    <message>
        <source>Accepted on time (accepted, or delivered and phoned, before the deadline)</source>
        <translation>Принято в срок (принято либо доставлено и сообщено по телефону до срока)</translation>
    </message>
    <message>
        <source>The QR code holds this receipt exactly as the central server signed it. Anyone with the server&apos;s public key can check it without a network connection:</source>
        <translation>QR-код содержит эту квитанцию точно в том виде, в каком её подписал центральный сервер. Любой, у кого есть открытый ключ сервера, может проверить её без подключения к сети:</translation>
    </message>
    <message>
        <source>Acknowledged by the recipient: {0}</source>
        <translation type="vanished">Получение подтверждено получателем: {0}</translation>
    </message>
    <message>
        <source>The receipt is signed by the central server; its payload hash is the SHA-256 of the notification exactly as sent. Prepared with Qorgau on {0}.</source>
        <translation>Квитанция подписана центральным сервером; хеш содержимого — это SHA-256 уведомления точно в том виде, в каком оно было отправлено. Подготовлено в Qorgau {0}.</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Incident</source>
        <translation>Случай</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Совет профилактики</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Решение совета</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Пропуск</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>Put on the register</source>
        <translation>Постановка на учёт</translation>
    </message>
    <message>
        <source>Register review</source>
        <translation>Пересмотр учёта</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Снят с учёта</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>ClarificationDialog</name>
    <message>
        <source>Answer the clarification request</source>
        <translation>Ответ на запрос уточнения</translation>
    </message>
    <message>
        <source>{officer} ({unit}) asks: “{question}”</source>
        <translation>{officer} ({unit}) спрашивает: «{question}»</translation>
    </message>
    <message>
        <source>Your answer is sent as a correction of this notification. Fill in a fact below only if it changes; empty fields stay as they were sent.</source>
        <translation>Ваш ответ будет отправлен как исправление этого уведомления. Заполняйте поле ниже, только если сведения меняются; пустые поля остаются такими, как были отправлены.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <source>What happened (corrected):</source>
        <translation>Что произошло (исправлено):</translation>
    </message>
    <message>
        <source>Place (corrected):</source>
        <translation>Место (исправлено):</translation>
    </message>
    <message>
        <source>Measures taken (corrected):</source>
        <translation>Принятые меры (исправлено):</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Отправить ответ</translation>
    </message>
</context>
<context>
    <name>CloseEntryDialog</name>
    <message>
        <source>Take off the register</source>
        <translation>Снятие с учёта</translation>
    </message>
    <message>
        <source>For example, the council decision and its date</source>
        <translation>Например, решение совета и его дата</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Дата снятия:</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>Prevention council</source>
        <translation>Совет профилактики</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>Открыть заседание</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Новое заседание…</translation>
    </message>
    <message>
        <source>Protocol…</source>
        <translation>Протокол…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Состав</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>No prevention council meeting is planned. Use “New meeting…” to plan one, list the pupils to discuss, and record its decisions — each decision becomes a task.</source>
        <translation>Заседаний совета профилактики не запланировано. Нажмите «Новое заседание…», чтобы запланировать его, указать обучающихся для рассмотрения и записать решения — каждое решение становится задачей.</translation>
    </message>
</context>
<context>
    <name>CouncilProtocol</name>
    <message>
        <source>Protocol of the prevention council</source>
        <translation>Протокол совета профилактики</translation>
    </message>
    <message>
        <source>Protocol No. {0} of the prevention council meeting</source>
        <translation>Протокол заседания совета профилактики № {0}</translation>
    </message>
    <message>
        <source>Date of the meeting: {0}</source>
        <translation>Дата заседания: {0}</translation>
    </message>
    <message>
        <source>Status: {0} (the meeting is not marked as held)</source>
        <translation>Статус: {0} (заседание не отмечено как проведённое)</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Присутствовали</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Повестка</translation>
    </message>
    <message>
        <source>Pupils discussed</source>
        <translation>Рассмотренные обучающиеся</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Решения</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Председатель</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Секретарь</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>signature, full name</source>
        <translation type="vanished">подпись, ФИО</translation>
    </message>
    <message>
        <source>Prepared with Qorgau on {0}.</source>
        <translation>Подготовлено в Qorgau {0}.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation type="vanished">{0} ч {1:02d} мин</translation>
    </message>
    <message>
        <source>{0} min {1:02d} s</source>
        <translation type="vanished">{0} мин {1:02d} с</translation>
    </message>
    <message>
        <source>{0} s</source>
        <translation type="vanished">{0} с</translation>
    </message>
    <message>
        <source>late by {0}</source>
        <translation type="vanished">просрочено на {0}</translation>
    </message>
    <message>
        <source>due in {0}</source>
        <translation type="vanished">осталось {0}</translation>
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
        <source>Clarification requested by the receiving side</source>
        <translation>Запрошено уточнение получателем</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Ожидают отправки:</translation>
    </message>
    <message>
        <source>Last delivery:</source>
        <translation>Последняя доставка:</translation>
    </message>
    <message>
        <source>Waiting since:</source>
        <translation>Ожидают с:</translation>
    </message>
    <message>
        <source>Incidents and notifications per month</source>
        <translation>Случаи и уведомления по месяцам</translation>
    </message>
    <message>
        <source>Open register entries at the end of each month</source>
        <translation>Состоящие на учёте на конец каждого месяца</translation>
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
        <source>{category}: {officer} ({unit}) asks “{question}” — answer it</source>
        <translation>{category}: {officer} ({unit}) спрашивает «{question}» — ответьте</translation>
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
        <source>not enrolled: notifications are not sent (Settings → Server enrollment)</source>
        <translation>не зарегистрирован: уведомления не отправляются (Настройки → Регистрация на сервере)</translation>
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
        <source>Open entries</source>
        <translation>На учёте</translation>
    </message>
    <message>
        <source>Waiting to be sent: {0}</source>
        <translation type="vanished">Ожидают отправки: {0}</translation>
    </message>
    <message>
        <source>Last delivery: {0}</source>
        <translation type="vanished">Последняя доставка: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>не было</translation>
    </message>
    <message>
        <source>Waiting since: {0}</source>
        <translation type="vanished">Ожидают с: {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Choose a date in the calendar</source>
        <translation>Выбрать дату в календаре</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>New decision</source>
        <translation>Новое решение</translation>
    </message>
    <message>
        <source>The whole school (no particular pupil)</source>
        <translation>Вся школа (без конкретного обучающегося)</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Касается:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Решение:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>The decision becomes a task for the person responsible.</source>
        <translation>Решение станет задачей для ответственного.</translation>
    </message>
    <message>
        <source>Put the pupil on the register</source>
        <translation>Поставить обучающегося на учёт</translation>
    </message>
    <message>
        <source>Basis (if empty: the decision)</source>
        <translation>Основание (если пусто — решение)</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>Учёт:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Следующий пересмотр:</translation>
    </message>
    <message>
        <source>Take the pupil off the register</source>
        <translation>Снять обучающегося с учёта</translation>
    </message>
    <message>
        <source>Reason (if empty: the decision)</source>
        <translation>Причина (если пусто — решение)</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Запись учёта:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Create an individual plan</source>
        <translation>Составить индивидуальный план</translation>
    </message>
    <message>
        <source>If empty: the decision</source>
        <translation>Если пусто — решение</translation>
    </message>
    <message>
        <source>Goals (if empty: the decision)</source>
        <translation>Цели (если пусто — решение)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Цели:</translation>
    </message>
    <message>
        <source>{register}, since {date}</source>
        <translation>{register}, с {date}</translation>
    </message>
    <message>
        <source>Registers and plans are changed by the psychologist or social pedagogue.</source>
        <translation>Учёт и планы ведут психолог или социальный педагог.</translation>
    </message>
    <message>
        <source>Choose a pupil to put on or take off the register or to plan for.</source>
        <translation>Выберите обучающегося, чтобы поставить его на учёт, снять с учёта или составить план.</translation>
    </message>
    <message>
        <source>The pupil is on no register.</source>
        <translation>Обучающийся не состоит на учёте.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Страница {0} из {1}</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>Документ сохранён</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation>Документ не сохранён</translation>
    </message>
    <message>
        <source>Save the notification certificate</source>
        <translation>Сохранение справки об уведомлении</translation>
    </message>
    <message>
        <source>Save the council protocol</source>
        <translation>Сохранение протокола совета</translation>
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
        <source>The passphrase is easy to guess (a common password, a pattern, or your own login, name or school). Add another word or two.</source>
        <translation>Парольную фразу легко угадать (распространённый пароль, шаблон или ваши собственные логин, имя или школа). Добавьте ещё одно-два слова.</translation>
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
        <source>The file&apos;s text encoding is unclear: one line does not match the rest. Save the file again as CSV from Excel; nothing was imported.</source>
        <translation>Кодировка текста файла неясна: одна строка не совпадает с остальными. Сохраните файл заново как CSV из Excel; ничего не импортировано.</translation>
    </message>
    <message>
        <source>The file is too large for a pupil list; nothing was imported.</source>
        <translation>Файл слишком велик для списка учащихся; ничего не импортировано.</translation>
    </message>
    <message>
        <source>This is not a file that can be imported.</source>
        <translation>Это не файл, который можно импортировать.</translation>
    </message>
    <message>
        <source>The call time is before the incident was detected. Check the date.</source>
        <translation>Время звонка раньше, чем случай был выявлен. Проверьте дату.</translation>
    </message>
    <message>
        <source>This folder belongs to the vault itself. Choose another folder; nothing was written.</source>
        <translation>Эта папка принадлежит самому хранилищу. Выберите другую папку; ничего не записано.</translation>
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
        <source>This computer is not enrolled with a server, so nothing can be sent yet. Enroll it in Settings → Server enrollment; until then, report urgent cases by phone.</source>
        <translation>Этот компьютер не зарегистрирован на сервере, поэтому отправить пока ничего нельзя. Зарегистрируйте его в разделе Настройки → Регистрация на сервере; до тех пор сообщайте о срочных случаях по телефону.</translation>
    </message>
    <message>
        <source>The disk is full: this change was not saved, and nothing saved earlier was lost. Free some space and try again.</source>
        <translation>Диск заполнен: это изменение не сохранено, ранее сохранённое не потеряно. Освободите место и повторите.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (a read-only disk or no permission). You can read, back up to another disk and export; nothing can be changed.</source>
        <translation>Папку хранилища нельзя изменить (диск только для чтения или нет прав). Можно читать, делать резервную копию на другой диск и экспортировать; изменить ничего нельзя.</translation>
    </message>
    <message>
        <source>Another program kept the vault busy (a large import?). Nothing was changed; try again when it has finished.</source>
        <translation>Другая программа занимала хранилище (большой импорт?). Ничего не изменено; повторите, когда она закончит.</translation>
    </message>
    <message>
        <source>The vault is open in another program or on another account. Close it there and try again; nothing was changed.</source>
        <translation>Хранилище открыто в другой программе или под другой учётной записью. Закройте его там и повторите; ничего не изменено.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete, so it was not used. The vault was not touched; choose another backup.</source>
        <translation>Файл резервной копии повреждён или неполон и не был использован. Хранилище не тронуто; выберите другую резервную копию.</translation>
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
        <source>The server address must start with {secure} (plain {plain} only for a server on this computer).</source>
        <translation>Адрес сервера должен начинаться с {secure} (простой {plain} — только для сервера на этом компьютере).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Choose the certificate file you received with the code.</source>
        <translation>Не удалось проверить сертификат сервера. Выберите файл сертификата, полученный вместе с кодом.</translation>
    </message>
    <message>
        <source>The server could not be reached at this address. Check the address and the connection, then try again.</source>
        <translation>Сервер по этому адресу недоступен. Проверьте адрес и подключение и повторите попытку.</translation>
    </message>
    <message>
        <source>The server did not accept the enrollment. Check the one-time code (it can be used only once and expires) and try again.</source>
        <translation>Сервер не принял регистрацию. Проверьте одноразовый код (его можно использовать только один раз, и срок его действия ограничен) и повторите попытку.</translation>
    </message>
    <message>
        <source>The vault lost its last {0} recorded action(s), made up to {1}, probably in a power cut. A backup made after that time still holds them: restore it.</source>
        <translation>Хранилище потеряло последние записанные действия ({0}), сделанные до {1}, вероятно, при отключении питания. Резервная копия, сделанная после этого времени, их содержит: восстановите её.</translation>
    </message>
    <message>
        <source>The vault&apos;s history up to {1} was altered or cut short. Compare with a backup made after that time.</source>
        <translation>История хранилища до {1} изменена или обрезана. Сравните с резервной копией, сделанной после этого времени.</translation>
    </message>
    <message>
        <source>The disk holding the vault is full. You can read, back up to another disk and export; free some space before changing anything.</source>
        <translation>Диск с хранилищем заполнен. Можно читать, делать резервную копию на другой диск и экспортировать; освободите место, прежде чем что-то менять.</translation>
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
        <translation>{record} от {date}</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ИИН состоит ровно из 12 цифр.</translation>
    </message>
    <message>
        <source>An IIN contains digits only.</source>
        <translation>ИИН содержит только цифры.</translation>
    </message>
    <message>
        <source>The seventh digit of this IIN is not a valid century and sex digit.</source>
        <translation>Седьмая цифра этого ИИН не соответствует ни одному допустимому сочетанию века рождения и пола.</translation>
    </message>
    <message>
        <source>This IIN does not start with a valid birth date.</source>
        <translation>Этот ИИН не начинается с правильной даты рождения.</translation>
    </message>
    <message>
        <source>The check digit of this IIN does not match. Check for a typo.</source>
        <translation>Контрольная цифра этого ИИН не сходится. Проверьте, нет ли опечатки.</translation>
    </message>
    <message>
        <source>This does not match the IIN.</source>
        <translation>Это не совпадает с данными ИИН.</translation>
    </message>
    <message>
        <source>A record with this value already exists.</source>
        <translation>Запись с таким значением уже существует.</translation>
    </message>
    <message>
        <source>This value has the wrong format.</source>
        <translation>Значение имеет неверный формат.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Недопустимое значение.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Выберите значение из списка.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Текст слишком длинный.</translation>
    </message>
    <message>
        <source>This text is too short.</source>
        <translation>Текст слишком короткий.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>Значение вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>Enter a number greater than zero.</source>
        <translation>Введите число больше нуля.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Эта дата не может быть в будущем.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Дата окончания не может быть раньше даты начала.</translation>
    </message>
    <message>
        <source>This date cannot be in the past.</source>
        <translation>Эта дата не может быть в прошлом.</translation>
    </message>
    <message>
        <source>This record is already closed.</source>
        <translation>Эта запись уже закрыта.</translation>
    </message>
    <message>
        <source>This date cannot be before the register entry was opened.</source>
        <translation>Эта дата не может быть раньше постановки на учёт.</translation>
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation>Следующий пересмотр должен быть позже этого.</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>Введите правильные дату и время.</translation>
    </message>
    <message>
        <source>An absence is recorded for at most three months (92 days). Record a longer absence as several periods, each with the work done about it.</source>
        <translation>Пропуск записывается не более чем на три месяца (92 дня). Более долгий пропуск запишите несколькими периодами, для каждого — проведённую работу.</translation>
    </message>
    <message>
        <source>Enter the date as DD.MM.YYYY, for example 10.12.2026.</source>
        <translation>Введите дату в виде ДД.ММ.ГГГГ, например 10.12.2026.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Файл слишком большой.</translation>
    </message>
    <message>
        <source>Choose a role for each pupil.</source>
        <translation>Укажите роль каждого обучающегося.</translation>
    </message>
    <message>
        <source>One of the pupils no longer exists. Remove it and add it again.</source>
        <translation>Одного из обучающихся больше нет в хранилище. Удалите его из списка и добавьте снова.</translation>
    </message>
    <message>
        <source>This does not match the rest of the record.</source>
        <translation>Это не согласуется с остальными данными записи.</translation>
    </message>
    <message>
        <source>Check the field “{field}”: {reason}</source>
        <translation>Проверьте поле «{field}»: {reason}</translation>
    </message>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation>Обучающийся с таким ИИН уже есть в хранилище.</translation>
    </message>
    <message>
        <source>The pupil already has an open register entry of this category.</source>
        <translation>Обучающийся уже состоит на учёте по этой категории.</translation>
    </message>
    <message>
        <source>This register entry is already closed.</source>
        <translation>Обучающийся уже снят с этого учёта.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} дн. {1} ч</translation>
    </message>
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
    <name>ImportDialog</name>
    <message>
        <source>Import pupils</source>
        <translation>Импорт обучающихся</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Списки классов (*.csv *.xlsx);;Файлы CSV (*.csv);;Книги Excel (*.xlsx);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with a class list</source>
        <translation>Файл CSV или Excel (.xlsx) со списком класса</translation>
    </message>
    <message>
        <source>Which column holds what (* required)</source>
        <translation>Какой столбец что содержит (* — обязательно)</translation>
    </message>
    <message>
        <source>The first rows as they will be imported:</source>
        <translation>Первые строки в том виде, в каком они будут импортированы:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: choose a column for every field marked * (the problems are listed below).</source>
        <translation>Пока ничего нельзя импортировать: выберите столбец для каждого поля, отмеченного * (ошибки перечислены ниже).</translation>
    </message>
    <message>
        <source>All {count} rows are valid.</source>
        <translation>Все строки корректны ({count}).</translation>
    </message>
    <message>
        <source>No row is valid. Correct the file and choose it again.</source>
        <translation>Нет ни одной корректной строки. Исправьте файл и выберите его снова.</translation>
    </message>
    <message>
        <source>{bad} rows have problems and would be skipped. {good} rows are valid.</source>
        <translation>Строк с ошибками: {bad}, они будут пропущены. Корректных строк: {good}.</translation>
    </message>
    <message>
        <source>Import all {count}</source>
        <translation>Импортировать все ({count})</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>Импортировать все</translation>
    </message>
    <message>
        <source>Import {count} valid rows only</source>
        <translation>Импортировать только корректные строки ({count})</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>Импортировать только корректные строки</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Imported pupils: {count}.</source>
        <translation>Импортировано обучающихся: {count}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Ничего не импортировано: {reason}</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Законный представитель</translation>
    </message>
    <message>
        <source>The row has more cells than the header.</source>
        <translation>В строке больше ячеек, чем в заголовке.</translation>
    </message>
    <message>
        <source>The file is not a readable Excel (.xlsx) workbook.</source>
        <translation>Файл не является читаемой книгой Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The file is too large for a list of pupils.</source>
        <translation>Файл слишком большой для списка обучающихся.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation>Обучающийся с таким ИИН уже есть в хранилище.</translation>
    </message>
    <message>
        <source>This IIN appears twice in the file.</source>
        <translation>Этот ИИН встречается в файле дважды.</translation>
    </message>
    <message>
        <source>The file has no column for this field.</source>
        <translation>В файле нет столбца для этого поля.</translation>
    </message>
    <message>
        <source>The file has two columns for this field.</source>
        <translation>В файле два столбца для этого поля.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is not a valid CSV file.</source>
        <translation>Файл не является корректным файлом CSV.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read. Save the file as .xlsx or .csv and choose it again.</source>
        <translation>Старые файлы Excel (.xls) не читаются. Сохраните файл в формате .xlsx или .csv и выберите его снова.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation type="vanished">Обучающийся с таким ИИН уже есть в хранилище.</translation>
    </message>
    <message>
        <source>This IIN appears twice in the file.</source>
        <translation type="vanished">Этот ИИН встречается в файле дважды.</translation>
    </message>
    <message>
        <source>The file has no column for this field.</source>
        <translation type="vanished">В файле нет столбца для этого поля.</translation>
    </message>
    <message>
        <source>The file has two columns for this field.</source>
        <translation type="vanished">В файле два столбца для этого поля.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="vanished">Файл пуст.</translation>
    </message>
    <message>
        <source>The file is not a valid CSV file.</source>
        <translation type="vanished">Файл не является корректным файлом CSV.</translation>
    </message>
    <message>
        <source>The row has more cells than the header.</source>
        <translation type="vanished">В строке больше ячеек, чем в заголовке.</translation>
    </message>
    <message>
        <source>Problems in the import file</source>
        <translation type="vanished">Ошибки в файле импорта</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="vanished">Строка</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="vanished">Поле</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Ошибка</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Значение</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file. Correct it and try again.</source>
        <translation type="vanished">Из этого файла ничего нельзя импортировать. Исправьте его и попробуйте снова.</translation>
    </message>
    <message>
        <source>{bad} rows have problems and will be skipped. {good} rows are valid.</source>
        <translation type="vanished">Строк с ошибками: {bad}, они будут пропущены. Корректных строк: {good}.</translation>
    </message>
    <message>
        <source>Import {count} valid rows only</source>
        <translation type="vanished">Импортировать только корректные строки ({count})</translation>
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <source>Incident of {date}</source>
        <translation>Случай от {date}</translation>
    </message>
    <message>
        <source>Category: {name}</source>
        <translation>Категория: {name}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>Что произошло: {text}</translation>
    </message>
    <message>
        <source>Pupils involved: {list}</source>
        <translation>Участвовавшие обучающиеся: {list}</translation>
    </message>
    <message>
        <source>Children who are not pupils of the school: {list}</source>
        <translation>Дети, не обучающиеся в школе: {list}</translation>
    </message>
    <message>
        <source>Learned of outside the school in the course of professional work.</source>
        <translation>Стало известно вне организации образования в ходе профессиональной деятельности.</translation>
    </message>
    <message>
        <source>Legal representatives not informed (against the child&apos;s interest): {why}</source>
        <translation>Законные представители не проинформированы (противоречит интересам ребёнка): {why}</translation>
    </message>
    <message>
        <source>Measures taken: {text}</source>
        <translation>Принятые меры: {text}</translation>
    </message>
    <message>
        <source>Notification to {recipients}: deadline {deadline}, state: {state}.</source>
        <translation>Уведомление (получатели: {recipients}): срок {deadline}, состояние: {state}.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>{d} d {h} h</source>
        <translation type="vanished">{d} дн. {h} ч</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="vanished">{h} ч {m} мин</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="vanished">{m} мин</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation type="vanished">просрочено на {span}</translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation type="vanished">осталось {span}</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Новый случай</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Выберите категорию</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>What happened, in plain words</source>
        <translation>Что произошло — простыми словами</translation>
    </message>
    <message>
        <source>Who told you, or how it was noticed</source>
        <translation>Кто сообщил или как это было замечено</translation>
    </message>
    <message>
        <source>Detected at:</source>
        <translation>Когда выявлено:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Pupils involved:</source>
        <translation>Участвовавшие обучающиеся:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>Принятые меры:</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>Зарегистрировать случай</translation>
    </message>
    <message>
        <source>Record a phone report…</source>
        <translation>Записать сообщение по телефону…</translation>
    </message>
    <message>
        <source>The law requires this incident to be reported. When you save, a notification to {recipients} is created. It must be delivered by {deadline}.</source>
        <translation>По закону об этом случае необходимо сообщить. При сохранении будет создано уведомление (получатели: {recipients}). Его нужно доставить до {deadline}.</translation>
    </message>
    <message>
        <source>No mandatory notification is required for this category.</source>
        <translation>Для этой категории обязательное уведомление не требуется.</translation>
    </message>
    <message>
        <source>Next steps: {steps}</source>
        <translation>Дальнейшие шаги: {steps}</translation>
    </message>
    <message>
        <source>No pupil is attached to this incident.</source>
        <translation>К происшествию не привязан ни один обучающийся.</translation>
    </message>
    <message>
        <source>The notification to {recipients} will say that the child is not identified, and they will have to find out who it is. Attach the pupils involved if you know them.</source>
        <translation>В уведомлении для получателей ({recipients}) будет указано, что ребёнок не установлен, и им придётся самим выяснять, о ком идёт речь. Если вы знаете участвовавших обучающихся, укажите их.</translation>
    </message>
    <message>
        <source>Attach a pupil</source>
        <translation>Указать обучающегося</translation>
    </message>
    <message>
        <source>Record without a pupil</source>
        <translation>Записать без обучающегося</translation>
    </message>
    <message>
        <source>The incident was recorded.</source>
        <translation>Случай зарегистрирован.</translation>
    </message>
    <message>
        <source>A mandatory notification to {recipients} was queued. Deadline: {deadline} ({remaining}).</source>
        <translation>Обязательное уведомление поставлено в очередь (получатели: {recipients}). Срок: {deadline} ({remaining}).</translation>
    </message>
    <message>
        <source>It will be sent to the server automatically.</source>
        <translation type="vanished">Оно будет отправлено на сервер автоматически.</translation>
    </message>
    <message>
        <source>There is no connection to the server now; it will be sent as soon as there is one.</source>
        <translation type="vanished">Сейчас нет связи с сервером; уведомление будет отправлено, как только связь появится.</translation>
    </message>
    <message>
        <source>The deadline is near. Report by phone now:
{numbers}
Then record the call so that the report counts as made in time.</source>
        <translation>Срок истекает. Сообщите по телефону прямо сейчас:
{numbers}
Затем запишите звонок, чтобы сообщение было засчитано как сделанное вовремя.</translation>
    </message>
    <message>
        <source>{task} ({pupil}), due {date}</source>
        <translation>{task} ({pupil}), срок {date}</translation>
    </message>
    <message>
        <source>the incident</source>
        <translation>по случаю в целом</translation>
    </message>
    <message>
        <source>Tasks created (shown on the dashboard):</source>
        <translation>Созданы задачи (видны в сводке):</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server, so the notification cannot be sent from here: report it by phone, and enroll the computer in Settings → Server enrollment.</source>
        <translation>Этот компьютер не зарегистрирован на сервере, поэтому уведомление нельзя отправить отсюда: сообщите по телефону и зарегистрируйте компьютер в разделе Настройки → Регистрация на сервере.</translation>
    </message>
    <message>
        <source>It will be sent to the server {0} automatically.</source>
        <translation>Оно будет автоматически отправлено на сервер {0}.</translation>
    </message>
    <message>
        <source>It will be sent to the server {0} in the background as soon as the server can be reached.</source>
        <translation>Оно будет отправлено на сервер {0} в фоновом режиме, как только сервер станет доступен.</translation>
    </message>
    <message>
        <source>There is no connection to the server {0} now; it will be sent as soon as there is one.</source>
        <translation>Сейчас нет связи с сервером {0}; уведомление будет отправлено, как только связь появится.</translation>
    </message>
    <message>
        <source>The phone report was recorded: called {number} at {time}, answered by {who}.</source>
        <translation>Сообщение по телефону записано: звонок на номер {number} в {time}, ответил(а): {who}.</translation>
    </message>
</context>
<context>
    <name>IncidentExtras</name>
    <message>
        <source>Learned of outside the school in the course of professional work</source>
        <translation>Стало известно вне организации образования в ходе профессиональной деятельности</translation>
    </message>
    <message>
        <source>A child who is not a pupil of the school:</source>
        <translation>Ребёнок, не обучающийся в этой школе:</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Фамилия и имя</translation>
    </message>
    <message>
        <source>Age or birth date (approximate)</source>
        <translation>Возраст или дата рождения (примерно)</translation>
    </message>
    <message>
        <source>Who it is, how to reach them</source>
        <translation>Кто это, как связаться</translation>
    </message>
    <message>
        <source>Add the child</source>
        <translation>Добавить ребёнка</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Informing the legal representatives would be against the child&apos;s interest</source>
        <translation>Информирование законных представителей противоречит интересам ребёнка</translation>
    </message>
    <message>
        <source>Why (recorded with the incident)</source>
        <translation>Почему (записывается вместе со случаем)</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Случаи</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Новый случай…</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Выявлено</translation>
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
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>No incident has been recorded. Use “New incident…” when something happens: if the law requires a notification, it is created for you.</source>
        <translation>Случаев не зарегистрировано. Когда что-то произойдёт, нажмите «Новый случай…»: если по закону нужно уведомление, оно будет создано автоматически.</translation>
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
    <message>
        <source>Reinstalling after a broken disk or on a new computer? Do not create a new vault: choose “Restore from a backup…” below and pick the backup file (.qbk).</source>
        <translation>Переустанавливаете после поломки диска или на новом компьютере? Не создавайте новое хранилище: выберите ниже «Восстановить из резервной копии…» и укажите файл копии (.qbk).</translation>
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
        <source>Reports</source>
        <translation>Отчёты</translation>
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
        <source>Demo: synthetic data in a temporary folder, deleted on exit. Passphrase to unlock: {0}</source>
        <translation>Демо: синтетические данные во временной папке, удаляются при выходе. Парольная фраза для разблокировки: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Not enrolled with a server</source>
        <translation>Не зарегистрирован на сервере</translation>
    </message>
    <message>
        <source>Delivery stopped on an error (see the log); sign out and in again</source>
        <translation>Отправка остановлена из-за ошибки (см. журнал); выйдите и войдите снова</translation>
    </message>
    <message>
        <source>Server {0}: connected</source>
        <translation>Сервер {0}: есть связь</translation>
    </message>
    <message>
        <source>Server {0}: no connection</source>
        <translation>Сервер {0}: нет связи</translation>
    </message>
    <message>
        <source>Server {0}</source>
        <translation>Сервер {0}</translation>
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
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Касается</translation>
    </message>
    <message>
        <source>Why the pupil is discussed</source>
        <translation type="vanished">Причина рассмотрения</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Добавить решение…</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Отметить как проведённое</translation>
    </message>
    <message>
        <source>Pupils discussed:</source>
        <translation>Рассмотренные обучающиеся:</translation>
    </message>
    <message>
        <source>Add a pupil, then type why they are discussed in the “Reason” column.</source>
        <translation>Добавьте обучающегося, затем впишите в столбец «Причина», почему его обсуждают.</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Решения:</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>Вся школа</translation>
    </message>
    <message>
        <source>Prevention council of {date}</source>
        <translation>Заседание совета профилактики от {date}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>Status: {status}. Members: {members}. Agenda: {agenda}</source>
        <translation>Статус: {status}. Состав: {members}. Повестка: {agenda}</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Совет профилактики</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New prevention council meeting</source>
        <translation>Новое заседание совета профилактики</translation>
    </message>
    <message>
        <source>One member per line, with the position: for example, Director A. B. Seitova</source>
        <translation>По одному члену в строке, с должностью: например, директор Сеитова А. Б.</translation>
    </message>
    <message>
        <source>Why the pupil is discussed</source>
        <translation type="vanished">Причина рассмотрения</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Add a pupil, then type why they are discussed in the “Reason” column.</source>
        <translation>Добавьте обучающегося, затем впишите в столбец «Причина», почему его обсуждают.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Состав:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Повестка:</translation>
    </message>
    <message>
        <source>Pupils to discuss:</source>
        <translation>Обучающиеся для рассмотрения:</translation>
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
        <source>The passphrase is easy to guess.</source>
        <translation>Парольную фразу легко угадать.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation type="vanished">Слишком короткая: нужно не меньше 8 символов.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation type="vanished">Слабая: легко угадать. Добавьте слова или символы.</translation>
    </message>
    <message>
        <source>Fair. A few more words would make it strong.</source>
        <translation type="vanished">Средняя. Ещё несколько слов сделают её надёжной.</translation>
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
        <source>Weak: easy to guess.</source>
        <translation>Слабая: легко угадать.</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Совет: четыре и более не связанных слова легко запомнить и трудно угадать.</translation>
    </message>
</context>
<context>
    <name>NotesKeySection</name>
    <message>
        <source>Confidential notes key</source>
        <translation>Ключ конфиденциальных заметок</translation>
    </message>
    <message>
        <source>Accounts holding the key:</source>
        <translation>Учётные записи, у которых есть ключ:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>Psychologists waiting for the key:</source>
        <translation>Психологи, ожидающие ключ:</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Кем создана</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>&amp;Give the key…</source>
        <translation>&amp;Выдать ключ…</translation>
    </message>
    <message>
        <source>You hold the key. Give it only to a colleague psychologist in person, after she has signed in and changed the passphrase she was given.</source>
        <translation>Ключ есть у вас. Выдавайте его только коллеге-психологу лично, после того как она вошла и сменила выданную ей парольную фразу.</translation>
    </message>
    <message>
        <source>not needed: you hold the key</source>
        <translation>не нужен: ключ есть у вас</translation>
    </message>
    <message>
        <source>Confidential notes can be read only with this key. Your account does not hold it: a psychologist who holds it can give it to an account here, or the recovery key can (type it below).</source>
        <translation>Конфиденциальные заметки читаются только с этим ключом. У вашей учётной записи его нет: его может выдать здесь психолог, у которого он есть, или ключ восстановления (введите его ниже).</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>ключ восстановления</translation>
    </message>
    <message>
        <source>cannot be checked without the key</source>
        <translation>нельзя проверить без ключа</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>проверено</translation>
    </message>
    <message>
        <source>NOT VERIFIED: not given through Qorgau, or the account was changed</source>
        <translation>НЕ ПРОВЕРЕНО: выдан не через Qorgau, или учётная запись изменена</translation>
    </message>
    <message>
        <source>set up the vault</source>
        <translation>создала хранилище</translation>
    </message>
    <message>
        <source>{0}, with the recovery key</source>
        <translation>{0}, ключом восстановления</translation>
    </message>
    <message>
        <source>Caution: created with another role; the role was changed later</source>
        <translation>Внимание: создана с другой ролью; роль изменили позже</translation>
    </message>
    <message>
        <source>Give the confidential notes key to {name} ({login})?

The account was created by {by} on {when}.
{caution}Whoever knows this account&apos;s passphrase will read every confidential note. Give the key only to the psychologist herself, after she has changed the passphrase she was given. The hand-over is recorded in the audit log.</source>
        <translation>Выдать ключ конфиденциальных заметок {name} ({login})?

Учётную запись создал(а) {by} {when}.
{caution}Любой, кто знает парольную фразу этой учётной записи, прочитает все конфиденциальные заметки. Выдавайте ключ только самому психологу, после того как она сменила выданную ей парольную фразу. Выдача записывается в журнал аудита.</translation>
    </message>
    <message>
        <source>Give the key</source>
        <translation>Выдать ключ</translation>
    </message>
    <message>
        <source>Giving the key…</source>
        <translation>Выдача ключа…</translation>
    </message>
    <message>
        <source>The key was given to {0}. It takes effect at their next sign-in.</source>
        <translation>Ключ выдан {0}. Он начнёт действовать при следующем входе.</translation>
    </message>
    <message>
        <source>You hold the key now and can write confidential notes.</source>
        <translation>Теперь ключ есть у вас, и вы можете писать конфиденциальные заметки.</translation>
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
        <translation type="vanished">Создано</translation>
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
        <translation type="vanished">Время сервера</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Кем принято</translation>
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
        <source>Clarification answered</source>
        <translation>Уточнение дано</translation>
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
        <source>Clarification requested</source>
        <translation>Запрошено уточнение</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Receipt no. {number}, server time {time}</source>
        <translation>Квитанция № {number}, время сервера {time}</translation>
    </message>
    <message>
        <source>Accepted by {officer} ({unit}), registration no. {reference}, at {time}</source>
        <translation>Принял {officer} ({unit}), регистрационный № {reference}, {time}</translation>
    </message>
    <message>
        <source>{officer} ({unit}) asked on {time}: “{question}”</source>
        <translation>{officer} ({unit}) спросил(а) {time}: «{question}»</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="vanished">Подтверждено</translation>
    </message>
    <message>
        <source>Last delivery attempt failed: {0}</source>
        <translation>Последняя попытка доставки не удалась: {0}</translation>
    </message>
    <message>
        <source>{first} and {count} more</source>
        <translation>{first} и ещё {count}</translation>
    </message>
    <message>
        <source>{officer}, reg. no. {reference}</source>
        <translation>{officer}, рег. № {reference}</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>Вопрос: {0}</translation>
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
        <source>{category} → {recipients}</source>
        <translation type="vanished">{category} → {recipients}</translation>
    </message>
    <message>
        <source>Created {created}, deadline {deadline}</source>
        <translation>Создано {created}, срок {deadline}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Corrects notification {0}</source>
        <translation>Исправляет уведомление {0}</translation>
    </message>
    <message>
        <source>Delivered: receipt no. {number}, server time {time}</source>
        <translation>Доставлено: квитанция № {number}, время сервера {time}</translation>
    </message>
    <message>
        <source>Not delivered to the server yet.</source>
        <translation>Ещё не доставлено на сервер.</translation>
    </message>
    <message>
        <source>Accepted by {officer} ({unit}), registration no. {reference}, at {time}</source>
        <translation>Принял {officer} ({unit}), регистрационный № {reference}, {time}</translation>
    </message>
    <message>
        <source>Not yet accepted by law enforcement.</source>
        <translation>Ещё не принято правоохранительными органами.</translation>
    </message>
    <message>
        <source>Clarification requested: {0}</source>
        <translation>Запрошено уточнение: {0}</translation>
    </message>
    <message>
        <source>Answered with a correction notification.</source>
        <translation>Дан ответ уведомлением-исправлением.</translation>
    </message>
    <message>
        <source>Waiting for your answer: use “Answer clarification…”.</source>
        <translation>Ожидает вашего ответа: нажмите «Ответить на уточнение…».</translation>
    </message>
    <message>
        <source>Phoned {number} at {time}, answered by {who}, reg. no. {reference}</source>
        <translation>Звонок на {number} в {time}, ответил(а) {who}, рег. № {reference}</translation>
    </message>
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
        <source>&amp;Certificate…</source>
        <translation>&amp;Справка…</translation>
    </message>
    <message>
        <source>&amp;Answer clarification…</source>
        <translation>&amp;Ответить на уточнение…</translation>
    </message>
    <message>
        <source>There are no notifications yet. Recording an incident that the rules mark as mandatory creates one.</source>
        <translation>Уведомлений пока нет. Уведомление создаётся при регистрации случая, о котором по правилам нужно сообщить.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server: notifications stay queued here. Enroll it in Settings → Server enrollment; report urgent cases by phone.</source>
        <translation>Этот компьютер не зарегистрирован на сервере: уведомления остаются в очереди. Зарегистрируйте его в разделе Настройки → Регистрация на сервере; о срочных случаях сообщайте по телефону.</translation>
    </message>
    <message>
        <source>Delivered to the server {0}.</source>
        <translation>Доставляются на сервер {0}.</translation>
    </message>
    <message>
        <source>Sending is already under way.</source>
        <translation>Отправка уже идёт.</translation>
    </message>
    <message>
        <source>Delivery is not running (the session is locked, or delivery stopped on an error: sign out and in again). Report urgent cases by phone.</source>
        <translation>Доставка не работает (сеанс заблокирован или доставка остановилась из-за ошибки: выйдите и войдите снова). О срочных случаях сообщите по телефону.</translation>
    </message>
    <message>
        <source>Sending stopped: {0} still queued. Delivery retries in the background; report urgent cases by phone.</source>
        <translation>Отправка прервана: в очереди ещё {0}. Доставка повторится в фоне; о срочных случаях сообщите по телефону.</translation>
    </message>
    <message>
        <source>Sending finished: {0} delivered.</source>
        <translation>Отправка завершена: доставлено {0}.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation.</source>
        <translation type="vanished">Отправка в этой установке не настроена.</translation>
    </message>
    <message>
        <source>{0} → {1}. Deadline: {2}.</source>
        <translation>{0} → {1}. Срок: {2}.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation yet. Use “Record phone report” for urgent notifications.</source>
        <translation type="vanished">Отправка в этой установке ещё не настроена. Для срочных уведомлений используйте «Записать звонок».</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Sending… {0}</source>
        <translation type="vanished">Отправка… {0}</translation>
    </message>
    <message>
        <source>Sending finished.</source>
        <translation type="vanished">Отправка завершена.</translation>
    </message>
    <message>
        <source>Sending failed: {0}</source>
        <translation type="vanished">Отправка не удалась: {0}</translation>
    </message>
</context>
<context>
    <name>OpenEntryDialog</name>
    <message>
        <source>Put on the register</source>
        <translation>Постановка на учёт</translation>
    </message>
    <message>
        <source>The decision or facts the entry rests on</source>
        <translation>Решение или факты, на основании которых ставится на учёт</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Основание:</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Дата постановки:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Следующий пересмотр:</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Слишком короткая: нужно не меньше 8 символов.</translation>
    </message>
    <message>
        <source>This is one of the ten most common passwords.</source>
        <translation>Это один из десяти самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is one of the hundred most common passwords.</source>
        <translation>Это один из ста самых распространённых паролей.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Это очень распространённый пароль.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Это похоже на распространённый пароль.</translation>
    </message>
    <message>
        <source>A single word is easy to guess.</source>
        <translation>Одно слово легко угадать.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Имена и фамилии сами по себе легко угадать.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Распространённые имена и фамилии легко угадать.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Клавиши подряд в одном ряду легко угадать.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Короткие узоры на клавиатуре легко угадать.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation>Повторы вроде «ааа» легко угадать.</translation>
    </message>
    <message>
        <source>Repeats like “abcabcabc” are hardly harder to guess than “abc”.</source>
        <translation>Повторы вроде «абвабвабв» угадать почти так же легко, как «абв».</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Последовательности вроде «абв» или «6543» легко угадать.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Недавние годы легко угадать.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Даты часто легко угадать.</translation>
    </message>
    <message>
        <source>This is easy to guess.</source>
        <translation>Это легко угадать.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Используйте несколько слов, избегайте расхожих фраз.</translation>
    </message>
    <message>
        <source>No need for symbols, digits or capital letters.</source>
        <translation>Символы, цифры и заглавные буквы не обязательны.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Добавьте ещё одно-два слова. Редкие слова лучше.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Используйте более длинный узор на клавиатуре с большим числом поворотов.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Избегайте повторяющихся слов и символов.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Избегайте последовательностей.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Избегайте недавних годов.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Избегайте годов, связанных с вами.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Избегайте дат и годов, связанных с вами.</translation>
    </message>
    <message>
        <source>A capital first letter does not help much.</source>
        <translation>Заглавная первая буква почти не помогает.</translation>
    </message>
    <message>
        <source>All capitals are almost as easy to guess as all lower case.</source>
        <translation>Слово целиком заглавными угадать почти так же легко, как строчными.</translation>
    </message>
    <message>
        <source>Words spelled backwards are not much harder to guess.</source>
        <translation>Слова задом наперёд угадать ненамного труднее.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” do not help much.</source>
        <translation>Предсказуемые замены вроде «@» вместо «а» почти не помогают.</translation>
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
    <name>PeriodReport</name>
    <message>
        <source>Period report</source>
        <translation>Отчёт за период</translation>
    </message>
    <message>
        <source>Quarter {0} of {1}</source>
        <translation>{0} квартал {1} г.</translation>
    </message>
    <message>
        <source>School quarter {0} of the school year {1}/{2}</source>
        <translation>{0}-я четверть {1}/{2} учебного года</translation>
    </message>
    <message>
        <source>Month {0}.{1}</source>
        <translation>Месяц {0}.{1}</translation>
    </message>
    <message>
        <source>Year {0}</source>
        <translation>{0} год</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>не показано</translation>
    </message>
    <message>
        <source>fewer than {0}</source>
        <translation>менее {0}</translation>
    </message>
    <message>
        <source>On time (delivered or phoned before the deadline)</source>
        <translation>В срок (доставлено или сообщено по телефону до истечения срока)</translation>
    </message>
    <message>
        <source>Late (made after the deadline, or overdue)</source>
        <translation>С опозданием (сделано после истечения срока или просрочено)</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Срок ещё не наступил</translation>
    </message>
    <message>
        <source>Reported by telephone (of all)</source>
        <translation>Сообщено по телефону (из всех)</translation>
    </message>
    <message>
        <source>Accepted by law enforcement on time (accepted, or delivered and phoned, before the deadline)</source>
        <translation>Принято правоохранительными органами в срок (принято либо доставлено и сообщено по телефону до срока)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Pupils on the register</source>
        <translation>Обучающиеся на учёте</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>На начало периода</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>На конец периода</translation>
    </message>
    <message>
        <source>Entries opened</source>
        <translation>Поставлено на учёт</translation>
    </message>
    <message>
        <source>Entries closed</source>
        <translation>Снято с учёта</translation>
    </message>
    <message>
        <source>Incidents by category</source>
        <translation>Случаи по категориям</translation>
    </message>
    <message>
        <source>Mandatory notifications</source>
        <translation>Обязательные уведомления</translation>
    </message>
    <message>
        <source>Counselling sessions by kind</source>
        <translation>Консультации по видам</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Направления по адресатам</translation>
    </message>
    <message>
        <source>{0}: {1} – {2}</source>
        <translation>{0}: {1} – {2}</translation>
    </message>
    <message>
        <source>Counts only, without names. Counts from 1 to {0} are shown as “fewer than {1}” so that no child can be recognised.</source>
        <translation>Только количества, без имён. Значения от 1 до {0} показаны как «менее {1}», чтобы ни одного ребёнка нельзя было узнать.</translation>
    </message>
    <message>
        <source>Some other counts are marked “not shown”: with them, a hidden count could be worked out from the others.</source>
        <translation>Некоторые другие значения отмечены «не показано»: иначе скрытое число можно было бы вычислить по остальным.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Совет профилактики</translation>
    </message>
    <message>
        <source>Meetings held: {0}</source>
        <translation>Проведено заседаний: {0}</translation>
    </message>
    <message>
        <source>Prepared with Qorgau on {0}.</source>
        <translation>Подготовлено в Qorgau {0}.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Школа</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Проведено заседаний</translation>
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
        <translation type="vanished">Сообщение по телефону</translation>
    </message>
    <message>
        <source>Call 102 (police) or 111 (child protection)</source>
        <translation type="vanished">Позвоните 102 (полиция) или 111 (защита детей)</translation>
    </message>
    <message>
        <source>{0} → {1}. Deadline: {2}. Record the call as soon as it is made; delivery to the server still follows.</source>
        <translation type="vanished">{0} → {1}. Срок: {2}. Запишите звонок сразу после него; отправка на сервер всё равно последует.</translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation type="vanished">&amp;Время звонка:</translation>
    </message>
    <message>
        <source>&amp;Number called:</source>
        <translation type="vanished">&amp;Набранный номер:</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation type="vanished">&amp;Кто ответил:</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation type="vanished">&amp;Рег. номер:</translation>
    </message>
    <message>
        <source>name and rank of the officer</source>
        <translation type="vanished">ФИО и звание сотрудника</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The pupil list is not available in this build.</source>
        <translation type="vanished">Список обучающихся недоступен в этой сборке.</translation>
    </message>
    <message>
        <source>Record an incident from here or from a pupil&apos;s card. Notifications it creates are listed under Notifications.</source>
        <translation type="vanished">Регистрируйте случай здесь или из карточки обучающегося. Созданные уведомления видны в разделе «Уведомления».</translation>
    </message>
    <message>
        <source>Plans and their tasks are kept on each pupil&apos;s card. Tasks due this week are listed on the Dashboard.</source>
        <translation type="vanished">Планы и задачи ведутся в карточке каждого обучающегося. Задачи на эту неделю видны в сводке.</translation>
    </message>
    <message>
        <source>Plan a prevention council meeting here; decisions become tasks. The next meeting is shown on the Dashboard.</source>
        <translation type="vanished">Планируйте здесь заседания совета профилактики; решения становятся задачами. Ближайшее заседание видно в сводке.</translation>
    </message>
    <message>
        <source>Record unexcused absences from a pupil&apos;s card. Absences needing action are counted on the Dashboard.</source>
        <translation type="vanished">Пропуски без уважительной причины записываются в карточке обучающегося. Пропуски, требующие мер, считаются в сводке.</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation type="vanished">&amp;Новая запись…</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Цели:</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review the plan “{title}”</source>
        <translation>Пересмотр плана «{title}»</translation>
    </message>
    <message>
        <source>Keep the plan active</source>
        <translation>Оставить план действующим</translation>
    </message>
    <message>
        <source>The plan is completed</source>
        <translation>План выполнен</translation>
    </message>
    <message>
        <source>Cancel the plan</source>
        <translation>Отменить план</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Заключение:</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Дата пересмотра:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Tasks due</source>
        <translation type="vanished">Задачи к сроку</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Отметить выполненной</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Новая задача…</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Планы и задачи</translation>
    </message>
    <message>
        <source>Active plans</source>
        <translation>Действующие планы</translation>
    </message>
    <message>
        <source>Tasks not done yet</source>
        <translation>Невыполненные задачи</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Открытые задачи</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без срока</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>No task is waiting. Plans and their tasks are made on a pupil&apos;s card, in the tab “Plans and tasks”; “New task…” adds a task here.</source>
        <translation>Невыполненных задач нет. Планы и их задачи составляются в карточке обучающегося, на вкладке «Планы и задачи»; «Новая задача…» добавляет задачу здесь.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Open pupil</source>
        <translation>Открыть обучающегося</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>No task is overdue or due within {days} days. Plans and their tasks are made on a pupil&apos;s card, in the tab “Plans and tasks”.</source>
        <translation type="vanished">Нет просроченных задач и задач со сроком в ближайшие {days} дн. Планы и задачи составляются в карточке обучающегося, на вкладке «Планы и задачи».</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>about {0} s left</source>
        <translation>осталось около {0} с</translation>
    </message>
    <message>
        <source>about {0} min left</source>
        <translation>осталось около {0} мин</translation>
    </message>
    <message>
        <source>about {0} h {1} min left</source>
        <translation>осталось около {0} ч {1} мин</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Sending {0} of {1}</source>
        <translation>Отправка {0} из {1}</translation>
    </message>
    <message>
        <source>Backing up {0} of {1} MB</source>
        <translation>Резервное копирование: {0} из {1} МБ</translation>
    </message>
    <message>
        <source>Importing row {0} of {1}</source>
        <translation>Импорт: строка {0} из {1}</translation>
    </message>
</context>
<context>
    <name>PupilCard</name>
    <message>
        <source>New incident</source>
        <translation>Новый случай</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Новое направление</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>Записать пропуск занятий</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Справка о работе с обучающимся…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Анкета</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Законные представители</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Учёт</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Планы и задачи</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Изменить анкету…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Кем приходится</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Data processing consent</source>
        <translation>Согласие на обработку данных</translation>
    </message>
    <message>
        <source>Support consent</source>
        <translation>Согласие на сопровождение</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата согласия</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>No legal representative is recorded. Add the parents or guardians with their phone numbers and consents.</source>
        <translation>Законные представители не указаны. Добавьте родителей или опекунов с номерами телефонов и согласиями.</translation>
    </message>
    <message>
        <source>Add representative…</source>
        <translation>Добавить представителя…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Дата постановки</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Следующий пересмотр</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Дата снятия</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Причина снятия</translation>
    </message>
    <message>
        <source>The pupil is not on any register. Use “Put on the register…” when the pupil needs pedagogical accompaniment.</source>
        <translation>Обучающийся не состоит на учёте. Нажмите «Поставить на учёт…», если ему требуется педагогическое сопровождение.</translation>
    </message>
    <message>
        <source>Put on the register…</source>
        <translation>Поставить на учёт…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Пересмотреть…</translation>
    </message>
    <message>
        <source>Take off the register…</source>
        <translation>Снять с учёта…</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this pupil yet. Incidents, sessions, referrals, absences and council decisions will appear here by date.</source>
        <translation>Об этом обучающемся пока ничего не записано. Здесь по датам появятся случаи, консультации, направления, пропуски и решения совета.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>There is no plan yet. Create an accompaniment or rehabilitation plan, then add its tasks.</source>
        <translation>Планов пока нет. Составьте план сопровождения или реабилитации, затем добавьте в него задачи.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Новый план…</translation>
    </message>
    <message>
        <source>Pupil card</source>
        <translation>Карточка обучающегося</translation>
    </message>
    <message>
        <source>Review plan…</source>
        <translation>Пересмотреть план…</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Добавить задачу…</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Отметить задачу выполненной</translation>
    </message>
    <message>
        <source>Tasks about this pupil:</source>
        <translation>Задачи по этому обучающемуся:</translation>
    </message>
    <message>
        <source>Pupil card: {name}</source>
        <translation>Карточка обучающегося: {name}</translation>
    </message>
    <message>
        <source>Class {name}</source>
        <translation>Класс {name}</translation>
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation>ИИН {iin}</translation>
    </message>
    <message>
        <source>On the register: {names}</source>
        <translation>На учёте: {names}</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
</context>
<context>
    <name>PupilForm</name>
    <message>
        <source>12 digits</source>
        <translation>12 цифр</translation>
    </message>
    <message>
        <source>for example 7А</source>
        <translation>например, 7А</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Фамилия:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Отчество:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Класс:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Изменение данных обучающегося</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Новый обучающийся</translation>
    </message>
    <message>
        <source>The IIN says the pupil was born on {date}.</source>
        <translation>По ИИН дата рождения обучающегося — {date}.</translation>
    </message>
    <message>
        <source>The IIN says the pupil is male.</source>
        <translation>По ИИН пол обучающегося — мужской.</translation>
    </message>
    <message>
        <source>The IIN says the pupil is female.</source>
        <translation>По ИИН пол обучающегося — женский.</translation>
    </message>
    <message>
        <source>Birth date and sex are taken from the IIN.</source>
        <translation>Дата рождения и пол взяты из ИИН.</translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <source>Type a surname, IIN or class</source>
        <translation>Введите фамилию, ИИН или класс</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>No pupil found.</source>
        <translation>Обучающиеся не найдены.</translation>
    </message>
</context>
<context>
    <name>PupilsModel</name>
    <message>
        <source>Pupil</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>На учёте</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <source>Search by surname, name, IIN or class</source>
        <translation>Поиск по фамилии, имени, ИИН или классу</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Новый обучающийся</translation>
    </message>
    <message>
        <source>Add a pupil (Ctrl+N)</source>
        <translation>Добавить обучающегося (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="vanished">Импорт из CSV…</translation>
    </message>
    <message>
        <source>Import a class list from a CSV file</source>
        <translation type="vanished">Импортировать список класса из файла CSV</translation>
    </message>
    <message>
        <source>Import CSV or Excel…</source>
        <translation>Импорт из CSV или Excel…</translation>
    </message>
    <message>
        <source>Import a class list from a CSV or Excel (.xlsx) file</source>
        <translation>Импортировать список класса из файла CSV или Excel (.xlsx)</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Все классы</translation>
    </message>
    <message>
        <source>Any register category</source>
        <translation>Любая категория учёта</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Все обучающиеся</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>На учёте</translation>
    </message>
    <message>
        <source>Not on the register</source>
        <translation>Не на учёте</translation>
    </message>
    <message>
        <source>Pupils found: {count}</source>
        <translation>Найдено обучающихся: {count}</translation>
    </message>
    <message>
        <source>No pupil matches the search. Check the spelling or clear the filters.</source>
        <translation>По запросу никого не найдено. Проверьте написание или сбросьте фильтры.</translation>
    </message>
    <message>
        <source>There are no pupils yet. Add one with “New pupil” or import a class list with “Import CSV or Excel…”.</source>
        <translation>Обучающихся пока нет. Добавьте их кнопкой «Новый обучающийся» или импортируйте список класса кнопкой «Импорт из CSV или Excel…».</translation>
    </message>
    <message>
        <source>There are no pupils yet. Add one with “New pupil” or import a class list with “Import CSV…”.</source>
        <translation type="vanished">Обучающихся пока нет. Добавьте их кнопкой «Новый обучающийся» или импортируйте список класса кнопкой «Импорт из CSV…».</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <source>Import pupils</source>
        <translation type="vanished">Импорт обучающихся</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="vanished">Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported pupils: {count}. Pupils found: {total}</source>
        <translation>Импортировано обучающихся: {count}. Найдено обучающихся: {total}</translation>
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
        <translation>Новое направление</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Куда направлен:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <source>Outcome of the referral</source>
        <translation>Результат направления</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Period report (counts only, no names)</source>
        <translation>Отчёт за период (только количества, без имён)</translation>
    </message>
    <message>
        <source>Documents for one record</source>
        <translation>Документы по одной записи</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
    <message>
        <source>Show counts below this as “fewer than”:</source>
        <translation>Показывать значения меньше этого как «менее N»:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>Show &amp;figures</source>
        <translation>Показать &amp;цифры</translation>
    </message>
    <message>
        <source>Figures of the period report</source>
        <translation>Цифры отчёта за период</translation>
    </message>
    <message>
        <source>Notification &amp;certificate…</source>
        <translation>Справка об &amp;уведомлении…</translation>
    </message>
    <message>
        <source>Council &amp;protocol…</source>
        <translation>&amp;Протокол совета…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="vanished">Квартал</translation>
    </message>
    <message>
        <source>School quarter</source>
        <translation>Учебная четверть</translation>
    </message>
    <message>
        <source>Calendar quarter</source>
        <translation>Квартал</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>Таблица CSV</translation>
    </message>
    <message>
        <source>{0} quarter</source>
        <translation>{0}-я четверть</translation>
    </message>
    <message>
        <source>Q{0}</source>
        <translation>{0} кв.</translation>
    </message>
    <message>
        <source>Meeting of {0}</source>
        <translation>Заседание от {0}</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>{period}. Counts below {threshold} are shown as “fewer than {threshold}” and have no bar; a count that would let a reader work one out is “not shown”.</source>
        <translation>{period}. Числа меньше {threshold} показаны как «менее {threshold}» и не имеют столбца; число, по которому можно вычислить скрытое, — «не показано».</translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation>Сохранение отчёта за период</translation>
    </message>
    <message>
        <source>Save the notification certificate</source>
        <translation>Сохранение справки об уведомлении</translation>
    </message>
    <message>
        <source>Save the council protocol</source>
        <translation>Сохранение протокола совета</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Подготовка документа…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <source>The document was not saved: {0}</source>
        <translation>Документ не сохранён: {0}</translation>
    </message>
</context>
<context>
    <name>RepresentativeForm</name>
    <message>
        <source>Mother</source>
        <translation>Мать</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Отец</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Опекун</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Бабушка</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Дедушка</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Согласие на обработку персональных данных дано</translation>
    </message>
    <message>
        <source>Consents to psychological support</source>
        <translation>Согласие на психологическое сопровождение дано</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Кем приходится:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>Дата согласия:</translation>
    </message>
    <message>
        <source>Edit legal representative</source>
        <translation>Изменение данных законного представителя</translation>
    </message>
    <message>
        <source>New legal representative</source>
        <translation>Новый законный представитель</translation>
    </message>
</context>
<context>
    <name>ReviewEntryDialog</name>
    <message>
        <source>Review the register entry</source>
        <translation>Пересмотр учёта</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Заключение:</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Дата пересмотра:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Следующий пересмотр:</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Who is setting Qorgau up?</source>
        <translation>Кто настраивает Qorgau?</translation>
    </message>
    <message>
        <source>Your account is made with this role. Colleagues&apos; accounts are added later in Settings.</source>
        <translation>Ваша учётная запись создаётся с этой ролью. Учётные записи коллег добавляются позже в Настройках.</translation>
    </message>
    <message>
        <source>Choose your own role at the school:</source>
        <translation>Выберите свою роль в школе:</translation>
    </message>
    <message>
        <source>&amp;Psychologist</source>
        <translation>&amp;Педагог-психолог</translation>
    </message>
    <message>
        <source>Records pupils, incidents, counselling sessions and plans; writes and reads confidential session notes (you hold the notes key from the start and can give it to a colleague psychologist); adds colleagues&apos; accounts.</source>
        <translation>Ведёт учёт учеников, инцидентов, консультаций и планов; пишет и читает конфиденциальные заметки консультаций (ключ заметок у вас с самого начала, и вы можете выдать его коллеге-психологу); добавляет учётные записи коллег.</translation>
    </message>
    <message>
        <source>&amp;Social pedagogue</source>
        <translation>&amp;Социальный педагог</translation>
    </message>
    <message>
        <source>Records pupils, incidents, counselling sessions and plans; adds colleagues&apos; accounts. Cannot read psychologists&apos; confidential notes; a psychologist added later receives the notes key with the recovery key.</source>
        <translation>Ведёт учёт учеников, инцидентов, консультаций и планов; добавляет учётные записи коллег. Не может читать конфиденциальные заметки психологов; психолог, добавленный позже, получает ключ заметок с помощью ключа восстановления.</translation>
    </message>
    <message>
        <source>&amp;Administrator who will create the others</source>
        <translation>&amp;Администратор, который создаст остальных</translation>
    </message>
    <message>
        <source>Creates the accounts of the psychologist and the social pedagogue, enrolls the computer and manages backups. Records nothing itself (no incidents or sessions) and never reads confidential notes.</source>
        <translation>Создаёт учётные записи психолога и социального педагога, подключает компьютер к серверу и управляет резервными копиями. Сам ничего не записывает (ни инцидентов, ни консультаций) и никогда не читает конфиденциальные заметки.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School and administrator</source>
        <translation type="vanished">Школа и администратор</translation>
    </message>
    <message>
        <source>The first account administers the vault: it adds the psychologists and social pedagogues.</source>
        <translation type="vanished">Первая учётная запись управляет хранилищем: она добавляет психологов и социальных педагогов.</translation>
    </message>
    <message>
        <source>School and your account</source>
        <translation>Школа и ваша учётная запись</translation>
    </message>
    <message>
        <source>You sign in with this account; it can add colleagues&apos; accounts later.</source>
        <translation>Под этой учётной записью вы входите в программу; позже она сможет добавить учётные записи коллег.</translation>
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
        <source>This computer is enrolled with {0}.</source>
        <translation>Этот компьютер зарегистрирован на сервере {0}.</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation type="vanished">Компьютер зарегистрирован.</translation>
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
        <translation type="vanished">Демо: синтетические данные во временной папке, удаляются при выходе. Парольная фраза для разблокировки: {0}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>First meeting</source>
        <translation>Первичная встреча</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Повторная встреча</translation>
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation>Кризисное вмешательство</translation>
    </message>
    <message>
        <source>Support after violence or bullying</source>
        <translation>Поддержка после насилия или травли</translation>
    </message>
    <message>
        <source>Family consultation</source>
        <translation>Семейная консультация</translation>
    </message>
    <message>
        <source>Talk with a legal representative</source>
        <translation>Беседа с законным представителем</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Групповое занятие</translation>
    </message>
    <message>
        <source>Talk about absences</source>
        <translation>Беседа о пропусках</translation>
    </message>
    <message>
        <source>Conflict mediation</source>
        <translation>Медиация конфликта</translation>
    </message>
    <message>
        <source>New counselling session</source>
        <translation>Новая консультация</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Без шаблона</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>What colleagues may read</source>
        <translation>Что могут прочитать коллеги</translation>
    </message>
    <message>
        <source>Only psychologists can read these notes; they are encrypted separately.</source>
        <translation>Эти заметки могут читать только психологи; они зашифрованы отдельно.</translation>
    </message>
    <message>
        <source>Becomes a task for you</source>
        <translation>Станет вашей задачей</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Held at:</source>
        <translation>Дата проведения:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>Shared summary:</source>
        <translation>Общее резюме:</translation>
    </message>
    <message>
        <source>Confidential notes:</source>
        <translation>Конфиденциальные заметки:</translation>
    </message>
    <message>
        <source>You cannot write confidential notes yet: your account has not been given the confidential notes key. Ask a psychologist who holds it to give it to you in Settings → Confidential notes key, or give it with the recovery key there. After a colleague gives it, sign in again.</source>
        <translation>Вы пока не можете писать конфиденциальные заметки: вашей учётной записи не выдан ключ конфиденциальных заметок. Попросите психолога, у которого он есть, выдать его вам в Настройках → Ключ конфиденциальных заметок, или выдайте его там ключом восстановления. Если ключ выдаст коллега, войдите заново.</translation>
    </message>
    <message>
        <source>Confidential notes can be written by psychologists only.</source>
        <translation>Конфиденциальные заметки могут вести только психологи.</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Следующий шаг:</translation>
    </message>
    <message>
        <source>Next step due:</source>
        <translation>Срок следующего шага:</translation>
    </message>
</context>
<context>
    <name>SessionViewDialog</name>
    <message>
        <source>Counselling session</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Held at:</source>
        <translation>Дата проведения:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>Shared summary:</source>
        <translation>Общее резюме:</translation>
    </message>
    <message>
        <source>Confidential notes:</source>
        <translation>Конфиденциальные заметки:</translation>
    </message>
    <message>
        <source>This session has confidential notes. Only a psychologist who holds the confidential notes key can read them.</source>
        <translation>У этой консультации есть конфиденциальные заметки. Прочитать их может только психолог, у которого есть ключ конфиденциальных заметок.</translation>
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
        <source>Enrollment in the set-up wizard did not succeed. Check the address and the code, then enroll again.</source>
        <translation>Регистрация в мастере настройки не удалась. Проверьте адрес и код и зарегистрируйтесь снова.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server: notifications wait in the outbox. Enter the address and the one-time code from the education department.</source>
        <translation>Этот компьютер не зарегистрирован на сервере: уведомления ждут в очереди отправки. Введите адрес и одноразовый код, полученные от отдела образования.</translation>
    </message>
    <message>
        <source>This computer is enrolled with {url} since {when}.</source>
        <translation>Этот компьютер зарегистрирован на сервере {url} с {when}.</translation>
    </message>
    <message>
        <source>Enrollment is pending: it will be completed when delivery is available in this installation.</source>
        <translation type="vanished">Регистрация ожидает: она будет завершена, когда в этой установке появится отправка.</translation>
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
        <source>This computer is already enrolled with {0}.</source>
        <translation>Этот компьютер уже зарегистрирован на сервере {0}.</translation>
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
        <translation type="vanished">Компьютер зарегистрирован.</translation>
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
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Qorgau backups (*.qbk);;All files (*)</source>
        <translation>Резервные копии Qorgau (*.qbk);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Restore this backup?

File: {name}
Made on: {when}
Size: {size}

The vault is put back as it was when the backup was made: its accounts and records. Everyone signs in with the passphrase that was valid then, or with the recovery key.</source>
        <translation>Восстановить эту резервную копию?

Файл: {name}
Создана: {when}
Размер: {size}

Хранилище вернётся к состоянию на момент создания копии: учётные записи и записи. Каждый входит с парольной фразой, действовавшей тогда, или с ключом восстановления.</translation>
    </message>
    <message>
        <source>Restore and sign in</source>
        <translation>Восстановить и войти</translation>
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
        <source>Next attempt possible in {0}.</source>
        <translation>Следующая попытка возможна через {0}.</translation>
    </message>
    <message>
        <source>Next attempt possible in {0} s.</source>
        <translation type="vanished">Следующая попытка возможна через {0} с.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Никто конкретно</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Задача:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ответственный:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
</context>
<context>
    <name>UnsavedForm</name>
    <message>
        <source>Discard the changes?</source>
        <translation>Отменить внесённые изменения?</translation>
    </message>
    <message>
        <source>What you entered in this form has not been saved.</source>
        <translation>Введённое в эту форму не сохранено.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Продолжить заполнение</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Инициатор</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Индивидуальная</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Групповая</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Семейная</translation>
    </message>
    <message>
        <source>With a legal representative</source>
        <translation>С законным представителем</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Кризисная</translation>
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation>Центр психологической поддержки</translation>
    </message>
    <message>
        <source>Child-friendly office</source>
        <translation>Кабинет помощи детям, пострадавшим от насилия</translation>
    </message>
    <message>
        <source>Medical institution</source>
        <translation>Медицинская организация</translation>
    </message>
    <message>
        <source>Psychological, medical and pedagogical commission (PMPK)</source>
        <translation>Психолого-медико-педагогическая консультация (ПМПК)</translation>
    </message>
    <message>
        <source>Helpline 111</source>
        <translation>Контакт-центр 111</translation>
    </message>
    <message>
        <source>Commissioner for the rights of the child</source>
        <translation>Уполномоченный по правам ребёнка</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Pedagogical accompaniment</source>
        <translation>Педагогическое сопровождение</translation>
    </message>
    <message>
        <source>Social rehabilitation</source>
        <translation>Социальная реабилитация</translation>
    </message>
    <message>
        <source>Work on absences</source>
        <translation>Работа по пропускам</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Выполнен</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Проведено</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Reported by phone</source>
        <translation>Сообщено по телефону</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Доставлено</translation>
    </message>
    <message>
        <source>Accepted by law enforcement</source>
        <translation>Принято правоохранительными органами</translation>
    </message>
    <message>
        <source>Clarification requested</source>
        <translation>Запрошено уточнение</translation>
    </message>
    <message>
        <source>Acknowledged by the recipient</source>
        <translation type="vanished">Получение подтверждено</translation>
    </message>
    <message>
        <source>Consider putting the pupil on the register.</source>
        <translation type="vanished">Рассмотреть постановку обучающегося на учёт.</translation>
    </message>
    <message>
        <source>Draw up a social rehabilitation plan.</source>
        <translation type="vanished">Составить план социальной реабилитации.</translation>
    </message>
    <message>
        <source>Discuss the case at the prevention council.</source>
        <translation type="vanished">Рассмотреть случай на совете профилактики.</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>По уважительной причине</translation>
    </message>
    <message>
        <source>Unexcused</source>
        <translation>Без уважительной причины</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Не выполнена</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнена</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="vanished">Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="vanished">Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation type="vanished">Документ сохранён</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="vanished">Сохранено: {0}</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation type="vanished">Документ не сохранён</translation>
    </message>
    <message>
        <source>Save the notification certificate</source>
        <translation type="vanished">Сохранение справки об уведомлении</translation>
    </message>
    <message>
        <source>Save the council protocol</source>
        <translation type="vanished">Сохранение протокола совета</translation>
    </message>
</context>
</TS>
