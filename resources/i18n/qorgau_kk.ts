<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>New absence</source>
        <translation>Сабаққа келмеуді тіркеу</translation>
    </message>
    <message>
        <source>The reason is valid (excused absence)</source>
        <translation>Себебі дәлелді (дәлелді себеппен сабаққа келмеу)</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Басталуы:</translation>
    </message>
    <message>
        <source>To (inclusive):</source>
        <translation>Аяқталуы (қоса алғанда):</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
</context>
<context>
    <name>AbsenceRegisterPanel</name>
    <message>
        <source>Pupil</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Unexcused days</source>
        <translation>Дәлелсіз күндер</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>Есепте</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>Register of unexcused absence</source>
        <translation>Дәлелсіз себеппен сабаққа келмеу есебі</translation>
    </message>
    <message>
        <source>Put on the register…</source>
        <translation>Есепке қою…</translation>
    </message>
    <message>
        <source>Systematic absence: {days} or more unexcused days within {window} days (the school&apos;s setting in the rules file).</source>
        <translation>Жүйелі түрде сабаққа келмеу: {window} күн ішінде дәлелсіз себеппен {days} және одан көп күн (мектептің ережелер файлындағы баптауы).</translation>
    </message>
    <message>
        <source>No pupil has reached the threshold.</source>
        <translation>Ешбір білім алушы шекке жеткен жоқ.</translation>
    </message>
    <message>
        <source>Put these pupils on the register of unexcused absence?

{names}</source>
        <translation>Осы білім алушыларды дәлелсіз себеппен сабаққа келмеу есебіне қою керек пе?

{names}</translation>
    </message>
</context>
<context>
    <name>AbsenceWorkDialog</name>
    <message>
        <source>Work done about an absence</source>
        <translation>Сабаққа келмеу бойынша жүргізілген жұмыс</translation>
    </message>
    <message>
        <source>A call, a home visit, a talk with the family…</source>
        <translation>Қоңырау, үйге бару, отбасымен әңгіме…</translation>
    </message>
    <message>
        <source>The matter is settled</source>
        <translation>Мәселе шешілді</translation>
    </message>
    <message>
        <source>Work done:</source>
        <translation>Жүргізілген жұмыс:</translation>
    </message>
</context>
<context>
    <name>AbsencesPage</name>
    <message>
        <source>Absences needing action</source>
        <translation>Шара қажет ететін сабаққа келмеулер</translation>
    </message>
    <message>
        <source>Record work done…</source>
        <translation>Жүргізілген жұмысты жазу…</translation>
    </message>
    <message>
        <source>Open pupil card</source>
        <translation>Білім алушының карточкасын ашу</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Күн саны</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Work done</source>
        <translation>Жүргізілген жұмыс</translation>
    </message>
    <message>
        <source>No unexcused absence needs action. Record absences on a pupil&apos;s card with “New absence”; unexcused ones appear here until the work with the family is done.</source>
        <translation>Шара қажет ететін дәлелсіз себеппен сабаққа келмеулер жоқ. Сабаққа келмеулер білім алушының карточкасында «Сабаққа келмеуді тіркеу» батырмасымен жазылады; дәлелсіз себеппен келмеулер отбасымен жұмыс жүргізілгенге дейін осында көрсетіледі.</translation>
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
    <message>
        <source>A psychologist&apos;s account starts without the confidential notes key: a psychologist who holds it, or the recovery key, gives it in Settings → Confidential notes key.</source>
        <translation>Психолог тіркелгісі құпия жазбалар кілтінсіз жасалады: оны кілті бар психолог немесе қалпына келтіру кілті береді — Баптаулар → Құпия жазбалар кілті бөлімінде.</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Backups</source>
        <translation>Сақтық көшірмелер</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Көшірмелер &amp;қалтасы:</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Соңғы көшірмелерді сақтау:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> көшірме</translation>
    </message>
    <message>
        <source>not chosen: automatic backups are off</source>
        <translation>таңдалмаған: автоматты сақтық көшіру өшірулі</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Таңдау…</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Көшірмені қазір &amp;жасау</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Қалпына &amp;келтіру…</translation>
    </message>
    <message>
        <source>Once a day, while you are signed in, Qorgau writes an encrypted backup into this folder, for example on a USB stick. A backup opens only with a passphrase or the recovery key; keep the stick away from the computer.</source>
        <translation>Жүйеде болған кезіңізде Qorgau күніне бір рет осы қалтаға, мысалы, флешкаға шифрланған сақтық көшірме жазады. Көшірме тек құпия фразамен немесе қалпына келтіру кілтімен ашылады; флешканы компьютерден бөлек сақтаңыз.</translation>
    </message>
    <message>
        <source>Automatic backups are off: choose a folder.</source>
        <translation>Автоматты сақтық көшіру өшірулі: қалтаны таңдаңыз.</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Сақтық көшірме әлі жасалмаған.</translation>
    </message>
    <message>
        <source>Last backup: {when}.</source>
        <translation>Соңғы көшірме: {when}.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Сақтық көшірмелер қалтасы</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Шифрланған сақтық көшірме жазылуда…</translation>
    </message>
    <message>
        <source>Backup written: {name} ({when}).</source>
        <translation>Сақтық көшірме жазылды: {name} ({when}).</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>Сақтық көшіру сәтсіз: {reason}</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Qorgau backups (*.qbk);;All files (*)</source>
        <translation>Qorgau сақтық көшірмелері (*.qbk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Checking the backup file…</source>
        <translation>Сақтық көшірме файлы тексерілуде…</translation>
    </message>
    <message>
        <source>Restore the backup made on {when}?

Every record made after that moment will be gone from the vault. The current vault is not deleted: it is moved aside into a “replaced-…” folder in the data folder.

Qorgau then closes this session; everyone signs in again with the passphrase that was valid when the backup was made.</source>
        <translation>{when} жасалған сақтық көшірмені қалпына келтіресіз бе?

Осы сәттен кейін жасалған барлық жазбалар қоймадан жойылады. Қазіргі қойма жойылмайды: ол деректер қалтасындағы «replaced-…» қалтасына көшіріледі.

Содан кейін Qorgau осы сеансты жабады; барлығы көшірме жасалған кездегі құпия фразамен қайта кіреді.</translation>
    </message>
    <message>
        <source>Warning: this backup belongs to another vault (another installation).</source>
        <translation>Назар аударыңыз: бұл сақтық көшірме басқа қоймаға (басқа орнатуға) тиесілі.</translation>
    </message>
    <message>
        <source>Restore and sign in again</source>
        <translation>Қалпына келтіріп, қайта кіру</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>No backup folder is chosen. Choose one in Settings.</source>
        <translation>Сақтық көшірмелер қалтасы таңдалмаған. Оны баптауларда таңдаңыз.</translation>
    </message>
    <message>
        <source>The backup folder is not available. If it is on a USB stick, plug the stick in; the backup will be tried again.</source>
        <translation>Сақтық көшірмелер қалтасы қолжетімсіз. Егер ол флешкада болса, флешканы салыңыз — көшіру қайталанады.</translation>
    </message>
    <message>
        <source>The backup folder cannot be written to (no permission, or the stick is write-protected).</source>
        <translation>Сақтық көшірмелер қалтасына жазу мүмкін емес (рұқсат жоқ немесе флешка жазудан қорғалған).</translation>
    </message>
    <message>
        <source>The backup could not be written (is the disk or stick full?). Your records are intact.</source>
        <translation>Сақтық көшірмені жазу мүмкін болмады (диск не флешка толы ма?). Жазбаларыңыз сақталған.</translation>
    </message>
    <message>
        <source>This file is not a Qorgau backup, or it is damaged. Nothing was changed.</source>
        <translation>Бұл файл Qorgau сақтық көшірмесі емес немесе зақымдалған. Ештеңе өзгертілмеді.</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <source>Case summary</source>
        <translation>Білім алушымен жұмыс туралы анықтама</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Заңды өкілдер</translation>
    </message>
    <message>
        <source>Register entries</source>
        <translation>Есепке қою</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>Counselling sessions</source>
        <translation>Консультациялар</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Жоспарлар мен тапсырмалар</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Жолдамалар</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <source>male</source>
        <translation>ер</translation>
    </message>
    <message>
        <source>female</source>
        <translation>әйел</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Consent to support</source>
        <translation>Сүйемелдеуге келісім</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Қойылған күні</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Шығарылған күні</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Анықталған уақыты</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>What happened; measures</source>
        <translation>Не болды; қабылданған шаралар</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} мин</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өткізілген күні</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Ұзақтығы</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Түйін</translation>
    </message>
    <message>
        <source>done {0}</source>
        <translation>{0} орындалды</translation>
    </message>
    <message>
        <source>due {0}</source>
        <translation>мерзімі {0}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Қайда жолданды</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <source>Case summary: {0}, class {1}</source>
        <translation>Білім алушымен жұмыс туралы анықтама: {0}, {1} сынып</translation>
    </message>
    <message>
        <source>Prepared by {0} with Qorgau on {1}. Confidential.</source>
        <translation>Qorgau бағдарламасында {1} дайындаған: {0}. Құпия.</translation>
    </message>
</context>
<context>
    <name>CaseSummaryDialog</name>
    <message>
        <source>Case summary</source>
        <translation>Білім алушымен жұмыс туралы анықтама</translation>
    </message>
    <message>
        <source>Choose what the summary for a referral contains. Confidential notes of sessions are never included. Making the summary is recorded in the audit log.</source>
        <translation>Жолдамаға арналған анықтамаға не кіретінін таңдаңыз. Консультациялардың құпия жазбалары оған ешқашан қосылмайды. Анықтаманы жасау аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Басқаша сақтау…</translation>
    </message>
    <message>
        <source>Save the case summary</source>
        <translation>Білім алушымен жұмыс туралы анықтаманы сақтау</translation>
    </message>
</context>
<context>
    <name>Certificate</name>
    <message>
        <source>Notification certificate</source>
        <translation>Хабарлама туралы анықтама</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Иә</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Жоқ</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Incident category</source>
        <translation>Оқиға санаты</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Анықталған уақыты</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Алушылар</translation>
    </message>
    <message>
        <source>Notification created</source>
        <translation>Хабарлама жасалған уақыты</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Rules version</source>
        <translation>Ережелер нұсқасы</translation>
    </message>
    <message>
        <source>Corrects notification</source>
        <translation>Түзетілетін хабарлама</translation>
    </message>
    <message>
        <source>Receipt of the central server</source>
        <translation>Орталық сервердің түбіртегі</translation>
    </message>
    <message>
        <source>No receipt yet: the notification has not been delivered.</source>
        <translation>Түбіртек әлі жоқ: хабарлама жеткізілмеген.</translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation>Түбіртек нөмірі</translation>
    </message>
    <message>
        <source>Server time</source>
        <translation>Сервер уақыты</translation>
    </message>
    <message>
        <source>Payload hash (SHA-256)</source>
        <translation>Мазмұн хеші (SHA-256)</translation>
    </message>
    <message>
        <source>Server signature (Ed25519)</source>
        <translation>Сервер қолтаңбасы (Ed25519)</translation>
    </message>
    <message>
        <source>Delivered before the deadline</source>
        <translation>Мерзім өткенге дейін жеткізілді</translation>
    </message>
    <message>
        <source>Reported by telephone</source>
        <translation>Телефонмен хабарланды</translation>
    </message>
    <message>
        <source>Called at</source>
        <translation>Қоңырау уақыты</translation>
    </message>
    <message>
        <source>Number called</source>
        <translation>Терілген нөмір</translation>
    </message>
    <message>
        <source>Answered by</source>
        <translation>Кім жауап берді</translation>
    </message>
    <message>
        <source>Registration no.</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <source>Phoned before the deadline</source>
        <translation>Мерзім өткенге дейін телефонмен хабарланды</translation>
    </message>
    <message>
        <source>Acceptance by law enforcement</source>
        <translation>Құқық қорғау органдарының қабылдауы</translation>
    </message>
    <message>
        <source>Not yet accepted: no officer has accepted this notification so far.</source>
        <translation>Әлі қабылданбаған: әзірге бірде-бір қызметкер бұл хабарламаны қабылдаған жоқ.</translation>
    </message>
    <message>
        <source>not reported by the server</source>
        <translation>сервер хабарламады</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Қабылдаған</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <source>Registration no. (KUI / ERDR)</source>
        <translation>Тіркеу № (КУИ / ЕРДР)</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>Қабылданған уақыты</translation>
    </message>
    <message>
        <source>Accepted on time (accepted, or delivered and phoned, before the deadline)</source>
        <translation>Мерзімінде қабылданды (мерзімге дейін қабылданды немесе жеткізіліп, телефонмен хабарланды)</translation>
    </message>
    <message>
        <source>The QR code holds this receipt exactly as the central server signed it. Anyone with the server&apos;s public key can check it without a network connection:</source>
        <translation>QR-кодта осы түбіртек орталық сервер қол қойған күйінде дәл сақталған. Сервердің ашық кілті бар кез келген адам оны желіге қосылмай-ақ тексере алады:</translation>
    </message>
    <message>
        <source>Acknowledged by the recipient: {0}</source>
        <translation type="vanished">Алушы растады: {0}</translation>
    </message>
    <message>
        <source>The receipt is signed by the central server; its payload hash is the SHA-256 of the notification exactly as sent. Prepared with Qorgau on {0}.</source>
        <translation>Түбіртекке орталық сервер қол қойған; мазмұн хеші — хабарламаның дәл жіберілген түріндегі SHA-256 мәні. Qorgau бағдарламасында {0} дайындалды.</translation>
    </message>
</context>
<context>
    <name>ChronologyModel</name>
    <message>
        <source>Incident</source>
        <translation>Оқиға</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Консультация</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Жолдама</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Профилактика кеңесі</translation>
    </message>
    <message>
        <source>Council decision</source>
        <translation>Кеңес шешімі</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Сабаққа келмеу</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Put on the register</source>
        <translation>Есепке қою</translation>
    </message>
    <message>
        <source>Register review</source>
        <translation>Есепті қайта қарау</translation>
    </message>
    <message>
        <source>Taken off the register</source>
        <translation>Есептен шығарылды</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Хабарлама</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тақырыбы</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Толығырақ</translation>
    </message>
</context>
<context>
    <name>ClarificationDialog</name>
    <message>
        <source>Answer the clarification request</source>
        <translation>Нақтылау сұрауына жауап</translation>
    </message>
    <message>
        <source>{officer} ({unit}) asks: “{question}”</source>
        <translation>{officer} ({unit}) сұрайды: «{question}»</translation>
    </message>
    <message>
        <source>Your answer is sent as a correction of this notification. Fill in a fact below only if it changes; empty fields stay as they were sent.</source>
        <translation>Жауабыңыз осы хабарламаның түзетуі ретінде жіберіледі. Төмендегі өрісті мәлімет өзгерген жағдайда ғана толтырыңыз; бос өрістер жіберілген күйінде қалады.</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Жауап:</translation>
    </message>
    <message>
        <source>What happened (corrected):</source>
        <translation>Не болды (түзетілген):</translation>
    </message>
    <message>
        <source>Place (corrected):</source>
        <translation>Орны (түзетілген):</translation>
    </message>
    <message>
        <source>Measures taken (corrected):</source>
        <translation>Қабылданған шаралар (түзетілген):</translation>
    </message>
    <message>
        <source>Send the answer</source>
        <translation>Жауапты жіберу</translation>
    </message>
</context>
<context>
    <name>CloseEntryDialog</name>
    <message>
        <source>Take off the register</source>
        <translation>Есептен шығару</translation>
    </message>
    <message>
        <source>For example, the council decision and its date</source>
        <translation>Мысалы, кеңес шешімі және оның күні</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>Closed on:</source>
        <translation>Шығарылған күні:</translation>
    </message>
</context>
<context>
    <name>CouncilPage</name>
    <message>
        <source>Prevention council</source>
        <translation>Профилактика кеңесі</translation>
    </message>
    <message>
        <source>Open meeting</source>
        <translation>Отырысты ашу</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Жаңа отырыс…</translation>
    </message>
    <message>
        <source>Protocol…</source>
        <translation>Хаттама…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Құрамы</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>No prevention council meeting is planned. Use “New meeting…” to plan one, list the pupils to discuss, and record its decisions — each decision becomes a task.</source>
        <translation>Профилактика кеңесінің отырысы жоспарланбаған. Отырысты жоспарлау, талқыланатын білім алушыларды көрсету және шешімдерді жазу үшін «Жаңа отырыс…» батырмасын басыңыз — әр шешім тапсырмаға айналады.</translation>
    </message>
</context>
<context>
    <name>CouncilProtocol</name>
    <message>
        <source>Protocol of the prevention council</source>
        <translation>Профилактика кеңесінің хаттамасы</translation>
    </message>
    <message>
        <source>Protocol No. {0} of the prevention council meeting</source>
        <translation>Профилактика кеңесі отырысының № {0} хаттамасы</translation>
    </message>
    <message>
        <source>Date of the meeting: {0}</source>
        <translation>Отырыс күні: {0}</translation>
    </message>
    <message>
        <source>Status: {0} (the meeting is not marked as held)</source>
        <translation>Күйі: {0} (отырыс өткізілді деп белгіленбеген)</translation>
    </message>
    <message>
        <source>Members present</source>
        <translation>Қатысқандар</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Күн тәртібі</translation>
    </message>
    <message>
        <source>Pupils discussed</source>
        <translation>Талқыланған білім алушылар</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Шешімдер</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Төраға</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Хатшы</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>қолы</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>аты-жөні</translation>
    </message>
    <message>
        <source>signature, full name</source>
        <translation type="vanished">қолы, аты-жөні</translation>
    </message>
    <message>
        <source>Prepared with Qorgau on {0}.</source>
        <translation>Qorgau бағдарламасында {0} дайындалды.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{0} h {1:02d} min</source>
        <translation type="vanished">{0} сағ {1:02d} мин</translation>
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
        <translation type="vanished">{0} кешікті</translation>
    </message>
    <message>
        <source>due in {0}</source>
        <translation type="vanished">{0} қалды</translation>
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
        <translation>Профилактика кеңесінің келесі отырысы</translation>
    </message>
    <message>
        <source>Delivery to the server</source>
        <translation>Серверге жіберу</translation>
    </message>
    <message>
        <source>Clarification requested by the receiving side</source>
        <translation>Алушы тарап нақтылау сұрады</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Соңғы 12 ай</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Жіберуді күтуде:</translation>
    </message>
    <message>
        <source>Last delivery:</source>
        <translation>Соңғы жеткізу:</translation>
    </message>
    <message>
        <source>Waiting since:</source>
        <translation>Күту басталған уақыт:</translation>
    </message>
    <message>
        <source>Incidents and notifications per month</source>
        <translation>Айлар бойынша оқиғалар мен хабарламалар</translation>
    </message>
    <message>
        <source>Open register entries at the end of each month</source>
        <translation>Әр айдың соңында есепте тұрғандар</translation>
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
        <translation>Осы аптада тапсырма жоқ. Тапсырмалар жоспарлардан, консультациялардан және кеңес шешімдерінен пайда болады.</translation>
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
        <source>{category}: {officer} ({unit}) asks “{question}” — answer it</source>
        <translation>{category}: {officer} ({unit}) сұрайды «{question}» — жауап беріңіз</translation>
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
        <source>not enrolled: notifications are not sent (Settings → Server enrollment)</source>
        <translation>тіркелмеген: хабарламалар жіберілмейді (Баптаулар → Серверде тіркелу)</translation>
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
        <source>Open entries</source>
        <translation>Есепте</translation>
    </message>
    <message>
        <source>Waiting to be sent: {0}</source>
        <translation type="vanished">Жіберуді күтуде: {0}</translation>
    </message>
    <message>
        <source>Last delivery: {0}</source>
        <translation type="vanished">Соңғы жеткізу: {0}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>болған жоқ</translation>
    </message>
    <message>
        <source>Waiting since: {0}</source>
        <translation type="vanished">Күтуде, басталуы: {0}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>КК.АА.ЖЖЖЖ</translation>
    </message>
    <message>
        <source>Choose a date in the calendar</source>
        <translation>Күнтізбеден күнді таңдау</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>New decision</source>
        <translation>Жаңа шешім</translation>
    </message>
    <message>
        <source>The whole school (no particular pupil)</source>
        <translation>Бүкіл мектеп (нақты білім алушысыз)</translation>
    </message>
    <message>
        <source>About:</source>
        <translation>Кімге қатысты:</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Шешім:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Жауапты:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>The decision becomes a task for the person responsible.</source>
        <translation>Шешім жауапты адамға тапсырма болады.</translation>
    </message>
    <message>
        <source>Put the pupil on the register</source>
        <translation>Білім алушыны есепке қою</translation>
    </message>
    <message>
        <source>Basis (if empty: the decision)</source>
        <translation>Негізі (бос болса — шешім)</translation>
    </message>
    <message>
        <source>Register:</source>
        <translation>Есеп:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Келесі қайта қарау:</translation>
    </message>
    <message>
        <source>Take the pupil off the register</source>
        <translation>Білім алушыны есептен шығару</translation>
    </message>
    <message>
        <source>Reason (if empty: the decision)</source>
        <translation>Себебі (бос болса — шешім)</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Есеп жазбасы:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
    <message>
        <source>Create an individual plan</source>
        <translation>Жеке жоспар құру</translation>
    </message>
    <message>
        <source>If empty: the decision</source>
        <translation>Бос болса — шешім</translation>
    </message>
    <message>
        <source>Goals (if empty: the decision)</source>
        <translation>Мақсаттары (бос болса — шешім)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Жоспар:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Мақсаттары:</translation>
    </message>
    <message>
        <source>{register}, since {date}</source>
        <translation>{register}, {date} бастап</translation>
    </message>
    <message>
        <source>Registers and plans are changed by the psychologist or social pedagogue.</source>
        <translation>Есеп пен жоспарларды психолог немесе әлеуметтік педагог жүргізеді.</translation>
    </message>
    <message>
        <source>Choose a pupil to put on or take off the register or to plan for.</source>
        <translation>Есепке қою, есептен шығару немесе жоспар құру үшін білім алушыны таңдаңыз.</translation>
    </message>
    <message>
        <source>The pupil is on no register.</source>
        <translation>Білім алушы ешбір есепте тұрмайды.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Page {0} of {1}</source>
        <translation>{1} беттің {0}-беті</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV кестелері (*.csv)</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation>Құжат сақталды</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation>Құжат сақталмады</translation>
    </message>
    <message>
        <source>Save the notification certificate</source>
        <translation>Хабарлама туралы анықтаманы сақтау</translation>
    </message>
    <message>
        <source>Save the council protocol</source>
        <translation>Кеңес хаттамасын сақтау</translation>
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
        <source>The passphrase is easy to guess (a common password, a pattern, or your own login, name or school). Add another word or two.</source>
        <translation>Құпия фразаны табу оңай (кең тараған құпиясөз, үлгі немесе өз логиніңіз, атыңыз не мектебіңіз). Тағы бір-екі сөз қосыңыз.</translation>
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
        <source>The file&apos;s text encoding is unclear: one line does not match the rest. Save the file again as CSV from Excel; nothing was imported.</source>
        <translation>Файл мәтінінің кодталуы түсініксіз: бір жол қалғандарына сәйкес келмейді. Файлды Excel-ден CSV ретінде қайта сақтаңыз; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>The file is too large for a pupil list; nothing was imported.</source>
        <translation>Файл оқушылар тізімі үшін тым үлкен; ештеңе импортталған жоқ.</translation>
    </message>
    <message>
        <source>This is not a file that can be imported.</source>
        <translation>Бұл импорттауға болатын файл емес.</translation>
    </message>
    <message>
        <source>The call time is before the incident was detected. Check the date.</source>
        <translation>Қоңырау уақыты оқиға анықталғаннан ертерек. Күнді тексеріңіз.</translation>
    </message>
    <message>
        <source>This folder belongs to the vault itself. Choose another folder; nothing was written.</source>
        <translation>Бұл қалта қойманың өзіне тиесілі. Басқа қалтаны таңдаңыз; ештеңе жазылған жоқ.</translation>
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
        <source>This computer is not enrolled with a server, so nothing can be sent yet. Enroll it in Settings → Server enrollment; until then, report urgent cases by phone.</source>
        <translation>Бұл компьютер серверде тіркелмеген, сондықтан әзірге ештеңе жіберу мүмкін емес. Оны Баптаулар → Серверде тіркелу бөлімінде тіркеңіз; оған дейін шұғыл жағдайлар туралы телефон арқылы хабарлаңыз.</translation>
    </message>
    <message>
        <source>The disk is full: this change was not saved, and nothing saved earlier was lost. Free some space and try again.</source>
        <translation>Диск толы: бұл өзгеріс сақталмады, бұрын сақталғанның бәрі орнында. Орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written (a read-only disk or no permission). You can read, back up to another disk and export; nothing can be changed.</source>
        <translation>Қойма қалтасына жазу мүмкін емес (диск тек оқуға арналған немесе рұқсат жоқ). Оқуға, басқа дискке сақтық көшірме жасауға және экспорттауға болады; ештеңені өзгерту мүмкін емес.</translation>
    </message>
    <message>
        <source>Another program kept the vault busy (a large import?). Nothing was changed; try again when it has finished.</source>
        <translation>Басқа бағдарлама қойманы бос қоймады (үлкен импорт па?). Ештеңе өзгерген жоқ; ол аяқталғанда қайталаңыз.</translation>
    </message>
    <message>
        <source>The vault is open in another program or on another account. Close it there and try again; nothing was changed.</source>
        <translation>Қойма басқа бағдарламада немесе басқа тіркелгіде ашық. Оны сол жерде жауып, қайталаңыз; ештеңе өзгерген жоқ.</translation>
    </message>
    <message>
        <source>This backup file is damaged or incomplete, so it was not used. The vault was not touched; choose another backup.</source>
        <translation>Сақтық көшірме файлы зақымдалған немесе толық емес, сондықтан пайдаланылмады. Қойма өзгертілмеді; басқа сақтық көшірмені таңдаңыз.</translation>
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
        <source>The server address must start with {secure} (plain {plain} only for a server on this computer).</source>
        <translation>Сервер мекенжайы {secure} деп басталуы керек (қарапайым {plain} — тек осы компьютердегі сервер үшін).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified. Choose the certificate file you received with the code.</source>
        <translation>Сервер сертификатын тексеру мүмкін болмады. Кодпен бірге алған сертификат файлын таңдаңыз.</translation>
    </message>
    <message>
        <source>The server could not be reached at this address. Check the address and the connection, then try again.</source>
        <translation>Бұл мекенжай бойынша серверге қосылу мүмкін болмады. Мекенжай мен байланысты тексеріп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The server did not accept the enrollment. Check the one-time code (it can be used only once and expires) and try again.</source>
        <translation>Сервер тіркеуді қабылдамады. Бір реттік кодты тексеріңіз (оны тек бір рет пайдалануға болады және оның мерзімі шектеулі) және қайталап көріңіз.</translation>
    </message>
    <message>
        <source>The vault lost its last {0} recorded action(s), made up to {1}, probably in a power cut. A backup made after that time still holds them: restore it.</source>
        <translation>Қойма {1} дейін жасалған соңғы жазылған әрекеттерін ({0}) жоғалтты, бәлкім, электр өшкенде. Осы уақыттан кейін жасалған сақтық көшірмеде олар бар: оны қалпына келтіріңіз.</translation>
    </message>
    <message>
        <source>The vault&apos;s history up to {1} was altered or cut short. Compare with a backup made after that time.</source>
        <translation>Қойманың {1} дейінгі тарихы өзгертілген немесе қысқартылған. Осы уақыттан кейін жасалған сақтық көшірмемен салыстырыңыз.</translation>
    </message>
    <message>
        <source>The disk holding the vault is full. You can read, back up to another disk and export; free some space before changing anything.</source>
        <translation>Қойма тұрған диск толы. Оқуға, басқа дискке сақтық көшірме жасауға және экспорттауға болады; бірдеңені өзгертпес бұрын орын босатыңыз.</translation>
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
        <translation>{record} — {date} күні</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
    <message>
        <source>An IIN has exactly 12 digits.</source>
        <translation>ЖСН дәл 12 цифрдан тұрады.</translation>
    </message>
    <message>
        <source>An IIN contains digits only.</source>
        <translation>ЖСН тек цифрлардан тұрады.</translation>
    </message>
    <message>
        <source>The seventh digit of this IIN is not a valid century and sex digit.</source>
        <translation>Бұл ЖСН-нің жетінші цифры туған ғасыр мен жынысты білдіретін рұқсат етілген цифр емес.</translation>
    </message>
    <message>
        <source>This IIN does not start with a valid birth date.</source>
        <translation>Бұл ЖСН дұрыс туған күннен басталмайды.</translation>
    </message>
    <message>
        <source>The check digit of this IIN does not match. Check for a typo.</source>
        <translation>Бұл ЖСН-нің бақылау цифры сәйкес келмейді. Қате терілмегенін тексеріңіз.</translation>
    </message>
    <message>
        <source>This does not match the IIN.</source>
        <translation>Бұл ЖСН деректерімен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>A record with this value already exists.</source>
        <translation>Мұндай мәні бар жазба бұрыннан бар.</translation>
    </message>
    <message>
        <source>This value has the wrong format.</source>
        <translation>Мәннің пішімі қате.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Мән жарамсыз.</translation>
    </message>
    <message>
        <source>Choose a value from the list.</source>
        <translation>Тізімнен мән таңдаңыз.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Мәтін тым ұзын.</translation>
    </message>
    <message>
        <source>This text is too short.</source>
        <translation>Мәтін тым қысқа.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>Мән рұқсат етілген ауқымнан тыс.</translation>
    </message>
    <message>
        <source>Enter a number greater than zero.</source>
        <translation>Нөлден үлкен сан енгізіңіз.</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>Бұл күн болашақта бола алмайды.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Аяқталу күні басталу күнінен бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>This date cannot be in the past.</source>
        <translation>Бұл күн өткен уақытта бола алмайды.</translation>
    </message>
    <message>
        <source>This record is already closed.</source>
        <translation>Бұл жазба жабылып қойған.</translation>
    </message>
    <message>
        <source>This date cannot be before the register entry was opened.</source>
        <translation>Бұл күн есепке қойылған күннен бұрын бола алмайды.</translation>
    </message>
    <message>
        <source>The next review must come after this one.</source>
        <translation>Келесі қайта қарау осы қараудан кейін болуы керек.</translation>
    </message>
    <message>
        <source>Enter a valid date and time.</source>
        <translation>Дұрыс күн мен уақытты енгізіңіз.</translation>
    </message>
    <message>
        <source>An absence is recorded for at most three months (92 days). Record a longer absence as several periods, each with the work done about it.</source>
        <translation>Сабаққа келмеу ең көбі үш айға (92 күн) жазылады. Ұзағырақ келмеуді бірнеше кезеңмен жазыңыз, әрқайсысына жүргізілген жұмысты көрсетіңіз.</translation>
    </message>
    <message>
        <source>Enter the date as DD.MM.YYYY, for example 10.12.2026.</source>
        <translation>Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз, мысалы 10.12.2026.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Файл тым үлкен.</translation>
    </message>
    <message>
        <source>Choose a role for each pupil.</source>
        <translation>Әр білім алушының рөлін таңдаңыз.</translation>
    </message>
    <message>
        <source>One of the pupils no longer exists. Remove it and add it again.</source>
        <translation>Білім алушылардың бірі қоймада енді жоқ. Оны тізімнен алып тастап, қайта қосыңыз.</translation>
    </message>
    <message>
        <source>This does not match the rest of the record.</source>
        <translation>Бұл жазбаның басқа деректерімен сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Check the field “{field}”: {reason}</source>
        <translation>«{field}» өрісін тексеріңіз: {reason}</translation>
    </message>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation>Мұндай ЖСН-і бар білім алушы қоймада бұрыннан бар.</translation>
    </message>
    <message>
        <source>The pupil already has an open register entry of this category.</source>
        <translation>Білім алушы осы санат бойынша есепте тұр.</translation>
    </message>
    <message>
        <source>This register entry is already closed.</source>
        <translation>Білім алушы бұл есептен шығарылып қойған.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>{0} d {1} h</source>
        <translation>{0} күн {1} сағ</translation>
    </message>
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
    <name>ImportDialog</name>
    <message>
        <source>Import pupils</source>
        <translation>Білім алушыларды импорттау</translation>
    </message>
    <message>
        <source>Class lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Сынып тізімдері (*.csv *.xlsx);;CSV файлдары (*.csv);;Excel кітаптары (*.xlsx);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Жол</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Қате</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Файлды &amp;таңдау…</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) file with a class list</source>
        <translation>Сынып тізімі бар CSV немесе Excel (.xlsx) файлы</translation>
    </message>
    <message>
        <source>Which column holds what (* required)</source>
        <translation>Қай бағанда не бар (* — міндетті)</translation>
    </message>
    <message>
        <source>The first rows as they will be imported:</source>
        <translation>Импортталатын түріндегі алғашқы жолдар:</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Файл оқылуда…</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— импорттамау —</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Тексерілуде…</translation>
    </message>
    <message>
        <source>Nothing can be imported yet: choose a column for every field marked * (the problems are listed below).</source>
        <translation>Әзірге ештеңе импорттау мүмкін емес: * белгісі бар әр өріс үшін баған таңдаңыз (қателер төменде көрсетілген).</translation>
    </message>
    <message>
        <source>All {count} rows are valid.</source>
        <translation>Барлық жолдар дұрыс ({count}).</translation>
    </message>
    <message>
        <source>No row is valid. Correct the file and choose it again.</source>
        <translation>Бірде-бір дұрыс жол жоқ. Файлды түзетіп, қайта таңдаңыз.</translation>
    </message>
    <message>
        <source>{bad} rows have problems and would be skipped. {good} rows are valid.</source>
        <translation>Қатесі бар жолдар: {bad}, олар өткізіліп жіберіледі. Дұрыс жолдар: {good}.</translation>
    </message>
    <message>
        <source>Import all {count}</source>
        <translation>Барлығын импорттау ({count})</translation>
    </message>
    <message>
        <source>Import all</source>
        <translation>Барлығын импорттау</translation>
    </message>
    <message>
        <source>Import {count} valid rows only</source>
        <translation>Тек дұрыс жолдарды импорттау ({count})</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>Тек дұрыс жолдарды импорттау</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Импортталуда…</translation>
    </message>
    <message>
        <source>Imported pupils: {count}.</source>
        <translation>Импортталған білім алушылар: {count}.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Ештеңе импортталмады: {reason}</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Patronymic</source>
        <translation>Әкесінің аты</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>Заңды өкіл</translation>
    </message>
    <message>
        <source>The row has more cells than the header.</source>
        <translation>Жолда тақырып жолындағыдан көп ұяшық бар.</translation>
    </message>
    <message>
        <source>The file is not a readable Excel (.xlsx) workbook.</source>
        <translation>Файл оқылатын Excel (.xlsx) кітабы емес.</translation>
    </message>
    <message>
        <source>The file is too large for a list of pupils.</source>
        <translation>Файл білім алушылар тізімі үшін тым үлкен.</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation>Мұндай ЖСН-і бар білім алушы қоймада бұрыннан бар.</translation>
    </message>
    <message>
        <source>This IIN appears twice in the file.</source>
        <translation>Бұл ЖСН файлда екі рет кездеседі.</translation>
    </message>
    <message>
        <source>The file has no column for this field.</source>
        <translation>Файлда бұл өріске арналған баған жоқ.</translation>
    </message>
    <message>
        <source>The file has two columns for this field.</source>
        <translation>Файлда бұл өріске арналған екі баған бар.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл бос.</translation>
    </message>
    <message>
        <source>The file is not a valid CSV file.</source>
        <translation>Файл дұрыс CSV файлы емес.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read. Save the file as .xlsx or .csv and choose it again.</source>
        <translation>Ескі Excel файлдарын (.xls) оқу мүмкін емес. Файлды .xlsx немесе .csv пішімінде сақтап, қайта таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>A pupil with this IIN is already in the vault.</source>
        <translation type="vanished">Мұндай ЖСН-і бар білім алушы қоймада бұрыннан бар.</translation>
    </message>
    <message>
        <source>This IIN appears twice in the file.</source>
        <translation type="vanished">Бұл ЖСН файлда екі рет кездеседі.</translation>
    </message>
    <message>
        <source>The file has no column for this field.</source>
        <translation type="vanished">Файлда бұл өріске арналған баған жоқ.</translation>
    </message>
    <message>
        <source>The file has two columns for this field.</source>
        <translation type="vanished">Файлда бұл өріске арналған екі баған бар.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="vanished">Файл бос.</translation>
    </message>
    <message>
        <source>The file is not a valid CSV file.</source>
        <translation type="vanished">Файл дұрыс CSV файлы емес.</translation>
    </message>
    <message>
        <source>The row has more cells than the header.</source>
        <translation type="vanished">Жолда тақырып жолындағыдан көп ұяшық бар.</translation>
    </message>
    <message>
        <source>Problems in the import file</source>
        <translation type="vanished">Импорт файлындағы қателер</translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="vanished">Жол</translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="vanished">Өріс</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Қате</translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="vanished">Мәні</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file. Correct it and try again.</source>
        <translation type="vanished">Бұл файлдан ештеңе импорттау мүмкін емес. Оны түзетіп, қайталап көріңіз.</translation>
    </message>
    <message>
        <source>{bad} rows have problems and will be skipped. {good} rows are valid.</source>
        <translation type="vanished">Қатесі бар жолдар: {bad}, олар өткізіліп жіберіледі. Дұрыс жолдар: {good}.</translation>
    </message>
    <message>
        <source>Import {count} valid rows only</source>
        <translation type="vanished">Тек дұрыс жолдарды импорттау ({count})</translation>
    </message>
</context>
<context>
    <name>IncidentDetailDialog</name>
    <message>
        <source>Incident of {date}</source>
        <translation>{date} күнгі оқиға</translation>
    </message>
    <message>
        <source>Category: {name}</source>
        <translation>Санаты: {name}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>Не болды: {text}</translation>
    </message>
    <message>
        <source>Pupils involved: {list}</source>
        <translation>Қатысқан білім алушылар: {list}</translation>
    </message>
    <message>
        <source>Children who are not pupils of the school: {list}</source>
        <translation>Мектепте оқымайтын балалар: {list}</translation>
    </message>
    <message>
        <source>Learned of outside the school in the course of professional work.</source>
        <translation>Білім беру ұйымынан тыс жерде кәсіптік қызмет барысында белгілі болды.</translation>
    </message>
    <message>
        <source>Legal representatives not informed (against the child&apos;s interest): {why}</source>
        <translation>Заңды өкілдер хабардар етілмеді (баланың мүддесіне қайшы): {why}</translation>
    </message>
    <message>
        <source>Measures taken: {text}</source>
        <translation>Қабылданған шаралар: {text}</translation>
    </message>
    <message>
        <source>Notification to {recipients}: deadline {deadline}, state: {state}.</source>
        <translation>Хабарлама (алушылар: {recipients}): мерзімі {deadline}, күйі: {state}.</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>{d} d {h} h</source>
        <translation type="vanished">{d} күн {h} сағ</translation>
    </message>
    <message>
        <source>{h} h {m} min</source>
        <translation type="vanished">{h} сағ {m} мин</translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="vanished">{m} мин</translation>
    </message>
    <message>
        <source>overdue by {span}</source>
        <translation type="vanished">{span} кешікті</translation>
    </message>
    <message>
        <source>in {span}</source>
        <translation type="vanished">{span} қалды</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Санатты таңдаңыз</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>What happened, in plain words</source>
        <translation>Не болғанын қарапайым сөзбен жазыңыз</translation>
    </message>
    <message>
        <source>Who told you, or how it was noticed</source>
        <translation>Кім хабарлады немесе қалай байқалды</translation>
    </message>
    <message>
        <source>Detected at:</source>
        <translation>Анықталған уақыты:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <source>Pupils involved:</source>
        <translation>Қатысқан білім алушылар:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Не болды:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Дереккөзі:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <source>Measures taken:</source>
        <translation>Қабылданған шаралар:</translation>
    </message>
    <message>
        <source>Record incident</source>
        <translation>Оқиғаны тіркеу</translation>
    </message>
    <message>
        <source>Record a phone report…</source>
        <translation>Телефон арқылы хабарлауды жазу…</translation>
    </message>
    <message>
        <source>The law requires this incident to be reported. When you save, a notification to {recipients} is created. It must be delivered by {deadline}.</source>
        <translation>Заң бойынша бұл оқиға туралы хабарлау міндетті. Сақтаған кезде хабарлама жасалады (алушылар: {recipients}). Оны {deadline} дейін жеткізу керек.</translation>
    </message>
    <message>
        <source>No mandatory notification is required for this category.</source>
        <translation>Бұл санат үшін міндетті хабарлама талап етілмейді.</translation>
    </message>
    <message>
        <source>Next steps: {steps}</source>
        <translation>Келесі қадамдар: {steps}</translation>
    </message>
    <message>
        <source>No pupil is attached to this incident.</source>
        <translation>Оқиғаға бірде-бір білім алушы тіркелмеген.</translation>
    </message>
    <message>
        <source>The notification to {recipients} will say that the child is not identified, and they will have to find out who it is. Attach the pupils involved if you know them.</source>
        <translation>Хабарламада ({recipients}) бала анықталмағаны көрсетіледі, және олар оның кім екенін өздері анықтауға мәжбүр болады. Қатысқан білім алушыларды білсеңіз, оларды көрсетіңіз.</translation>
    </message>
    <message>
        <source>Attach a pupil</source>
        <translation>Білім алушыны көрсету</translation>
    </message>
    <message>
        <source>Record without a pupil</source>
        <translation>Білім алушысыз тіркеу</translation>
    </message>
    <message>
        <source>The incident was recorded.</source>
        <translation>Оқиға тіркелді.</translation>
    </message>
    <message>
        <source>A mandatory notification to {recipients} was queued. Deadline: {deadline} ({remaining}).</source>
        <translation>Міндетті хабарлама кезекке қойылды (алушылар: {recipients}). Мерзімі: {deadline} ({remaining}).</translation>
    </message>
    <message>
        <source>It will be sent to the server automatically.</source>
        <translation type="vanished">Ол серверге автоматты түрде жіберіледі.</translation>
    </message>
    <message>
        <source>There is no connection to the server now; it will be sent as soon as there is one.</source>
        <translation type="vanished">Қазір сервермен байланыс жоқ; байланыс пайда болған бойда хабарлама жіберіледі.</translation>
    </message>
    <message>
        <source>The deadline is near. Report by phone now:
{numbers}
Then record the call so that the report counts as made in time.</source>
        <translation>Мерзімі таяп қалды. Қазір телефон арқылы хабарлаңыз:
{numbers}
Содан кейін хабарлама уақтылы жасалған болып саналуы үшін қоңырауды жазып қойыңыз.</translation>
    </message>
    <message>
        <source>{task} ({pupil}), due {date}</source>
        <translation>{task} ({pupil}), мерзімі {date}</translation>
    </message>
    <message>
        <source>the incident</source>
        <translation>оқиға бойынша</translation>
    </message>
    <message>
        <source>Tasks created (shown on the dashboard):</source>
        <translation>Тапсырмалар құрылды (шолуда көрсетіледі):</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server, so the notification cannot be sent from here: report it by phone, and enroll the computer in Settings → Server enrollment.</source>
        <translation>Бұл компьютер серверде тіркелмеген, сондықтан хабарламаны осы жерден жіберу мүмкін емес: телефон арқылы хабарлаңыз және компьютерді Баптаулар → Серверде тіркелу бөлімінде тіркеңіз.</translation>
    </message>
    <message>
        <source>It will be sent to the server {0} automatically.</source>
        <translation>Ол {0} серверіне автоматты түрде жіберіледі.</translation>
    </message>
    <message>
        <source>It will be sent to the server {0} in the background as soon as the server can be reached.</source>
        <translation>Ол сервер қолжетімді болған бойда {0} серверіне фондық режимде жіберіледі.</translation>
    </message>
    <message>
        <source>There is no connection to the server {0} now; it will be sent as soon as there is one.</source>
        <translation>Қазір {0} серверімен байланыс жоқ; байланыс пайда болған бойда хабарлама жіберіледі.</translation>
    </message>
    <message>
        <source>The phone report was recorded: called {number} at {time}, answered by {who}.</source>
        <translation>Телефон арқылы хабарлау жазылды: {time} уақытта {number} нөміріне қоңырау шалынды, жауап берген: {who}.</translation>
    </message>
</context>
<context>
    <name>IncidentExtras</name>
    <message>
        <source>Learned of outside the school in the course of professional work</source>
        <translation>Білім беру ұйымынан тыс жерде кәсіптік қызмет барысында белгілі болды</translation>
    </message>
    <message>
        <source>A child who is not a pupil of the school:</source>
        <translation>Осы мектепте оқымайтын бала:</translation>
    </message>
    <message>
        <source>Surname and name</source>
        <translation>Тегі мен аты</translation>
    </message>
    <message>
        <source>Age or birth date (approximate)</source>
        <translation>Жасы немесе туған күні (шамамен)</translation>
    </message>
    <message>
        <source>Who it is, how to reach them</source>
        <translation>Кім екені, қалай байланысуға болады</translation>
    </message>
    <message>
        <source>Add the child</source>
        <translation>Баланы қосу</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <source>Informing the legal representatives would be against the child&apos;s interest</source>
        <translation>Заңды өкілдерді хабардар ету баланың мүддесіне қайшы</translation>
    </message>
    <message>
        <source>Why (recorded with the incident)</source>
        <translation>Неліктен (оқиғамен бірге жазылады)</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Оқиғалар</translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation>Жаңа оқиға…</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Анықталған уақыты</translation>
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
        <translation>Не болды</translation>
    </message>
    <message>
        <source>No incident has been recorded. Use “New incident…” when something happens: if the law requires a notification, it is created for you.</source>
        <translation>Бірде-бір оқиға тіркелмеген. Бір нәрсе болғанда «Жаңа оқиға…» батырмасын басыңыз: заң бойынша хабарлама қажет болса, ол автоматты түрде жасалады.</translation>
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
    <message>
        <source>Reinstalling after a broken disk or on a new computer? Do not create a new vault: choose “Restore from a backup…” below and pick the backup file (.qbk).</source>
        <translation>Диск бұзылғаннан кейін немесе жаңа компьютерге қайта орнатып жатырсыз ба? Жаңа қойма жасамаңыз: төменде «Сақтық көшірмеден қалпына келтіру…» тармағын таңдап, көшірме файлын (.qbk) көрсетіңіз.</translation>
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
        <source>Reports</source>
        <translation>Есептер</translation>
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
        <source>Demo: synthetic data in a temporary folder, deleted on exit. Passphrase to unlock: {0}</source>
        <translation>Демо: уақытша қалтадағы синтетикалық деректер, шыққанда жойылады. Құлыпты ашу үшін құпия фраза: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Not enrolled with a server</source>
        <translation>Серверде тіркелмеген</translation>
    </message>
    <message>
        <source>Delivery stopped on an error (see the log); sign out and in again</source>
        <translation>Жіберу қатеге байланысты тоқтады (журналды қараңыз); шығып, қайта кіріңіз</translation>
    </message>
    <message>
        <source>Server {0}: connected</source>
        <translation>Сервер {0}: байланыс бар</translation>
    </message>
    <message>
        <source>Server {0}: no connection</source>
        <translation>Сервер {0}: байланыс жоқ</translation>
    </message>
    <message>
        <source>Server {0}</source>
        <translation>Сервер {0}</translation>
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
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <source>Why the pupil is discussed</source>
        <translation type="vanished">Талқылау себебі</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>Шешім қосу…</translation>
    </message>
    <message>
        <source>Mark as held</source>
        <translation>Өткізілді деп белгілеу</translation>
    </message>
    <message>
        <source>Pupils discussed:</source>
        <translation>Талқыланған білім алушылар:</translation>
    </message>
    <message>
        <source>Add a pupil, then type why they are discussed in the “Reason” column.</source>
        <translation>Білім алушыны қосыңыз, содан кейін «Себебі» бағанына оның неге талқыланатынын жазыңыз.</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Шешімдер:</translation>
    </message>
    <message>
        <source>The whole school</source>
        <translation>Бүкіл мектеп</translation>
    </message>
    <message>
        <source>Prevention council of {date}</source>
        <translation>Профилактика кеңесінің {date} күнгі отырысы</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>Status: {status}. Members: {members}. Agenda: {agenda}</source>
        <translation>Күйі: {status}. Құрамы: {members}. Күн тәртібі: {agenda}</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Профилактика кеңесі</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New prevention council meeting</source>
        <translation>Профилактика кеңесінің жаңа отырысы</translation>
    </message>
    <message>
        <source>One member per line, with the position: for example, Director A. B. Seitova</source>
        <translation>Әр жолға бір мүше, лауазымымен: мысалы, директор Сейітова А. Б.</translation>
    </message>
    <message>
        <source>Why the pupil is discussed</source>
        <translation type="vanished">Талқылау себебі</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Себебі</translation>
    </message>
    <message>
        <source>Add a pupil, then type why they are discussed in the “Reason” column.</source>
        <translation>Білім алушыны қосыңыз, содан кейін «Себебі» бағанына оның неге талқыланатынын жазыңыз.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Құрамы:</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation>Күн тәртібі:</translation>
    </message>
    <message>
        <source>Pupils to discuss:</source>
        <translation>Талқыланатын білім алушылар:</translation>
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
        <source>The passphrase is easy to guess.</source>
        <translation>Құпия фразаны табу оңай.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес келмейді.</translation>
    </message>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation type="vanished">Тым қысқа: кемінде 8 таңба қажет.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Add words or characters.</source>
        <translation type="vanished">Әлсіз: оңай табылады. Сөз немесе таңба қосыңыз.</translation>
    </message>
    <message>
        <source>Fair. A few more words would make it strong.</source>
        <translation type="vanished">Орташа. Тағы бірнеше сөз оны берік етеді.</translation>
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
        <source>Weak: easy to guess.</source>
        <translation>Әлсіз: табу оңай.</translation>
    </message>
    <message>
        <source>Tip: four or more unrelated words are easy to remember and hard to guess.</source>
        <translation>Кеңес: өзара байланыссыз төрт не одан көп сөзді есте сақтау оңай, ал табу қиын.</translation>
    </message>
</context>
<context>
    <name>NotesKeySection</name>
    <message>
        <source>Confidential notes key</source>
        <translation>Құпия жазбалар кілті</translation>
    </message>
    <message>
        <source>Accounts holding the key:</source>
        <translation>Кілті бар тіркелгілер:</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Тіркелгі</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Кім берді</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Тексеру</translation>
    </message>
    <message>
        <source>Psychologists waiting for the key:</source>
        <translation>Кілтті күтіп отырған психологтар:</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Кім жасады</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ескертпе</translation>
    </message>
    <message>
        <source>&amp;Give the key…</source>
        <translation>Кілтті &amp;беру…</translation>
    </message>
    <message>
        <source>You hold the key. Give it only to a colleague psychologist in person, after she has signed in and changed the passphrase she was given.</source>
        <translation>Кілт сізде бар. Оны тек әріптес психологқа өзіне, ол кіріп, берілген құпия сөз тіркесін ауыстырғаннан кейін беріңіз.</translation>
    </message>
    <message>
        <source>not needed: you hold the key</source>
        <translation>қажет емес: кілт сізде бар</translation>
    </message>
    <message>
        <source>Confidential notes can be read only with this key. Your account does not hold it: a psychologist who holds it can give it to an account here, or the recovery key can (type it below).</source>
        <translation>Құпия жазбаларды тек осы кілтпен оқуға болады. Сіздің тіркелгіңізде ол жоқ: оны осы жерде кілті бар психолог немесе қалпына келтіру кілті бере алады (төменде енгізіңіз).</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>қалпына келтіру кілті</translation>
    </message>
    <message>
        <source>cannot be checked without the key</source>
        <translation>кілтсіз тексеру мүмкін емес</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>тексерілді</translation>
    </message>
    <message>
        <source>NOT VERIFIED: not given through Qorgau, or the account was changed</source>
        <translation>ТЕКСЕРІЛМЕДІ: Qorgau арқылы берілмеген немесе тіркелгі өзгертілген</translation>
    </message>
    <message>
        <source>set up the vault</source>
        <translation>қойманы жасаған</translation>
    </message>
    <message>
        <source>{0}, with the recovery key</source>
        <translation>{0}, қалпына келтіру кілтімен</translation>
    </message>
    <message>
        <source>Caution: created with another role; the role was changed later</source>
        <translation>Назар аударыңыз: басқа рөлмен жасалған; рөлі кейін өзгертілген</translation>
    </message>
    <message>
        <source>Give the confidential notes key to {name} ({login})?

The account was created by {by} on {when}.
{caution}Whoever knows this account&apos;s passphrase will read every confidential note. Give the key only to the psychologist herself, after she has changed the passphrase she was given. The hand-over is recorded in the audit log.</source>
        <translation>Құпия жазбалар кілтін {name} ({login}) тіркелгісіне беру керек пе?

Тіркелгіні {by} {when} жасаған.
{caution}Осы тіркелгінің құпия сөз тіркесін білетін кез келген адам барлық құпия жазбаларды оқи алады. Кілтті тек психологтың өзіне, ол берілген құпия сөз тіркесін ауыстырғаннан кейін беріңіз. Беру аудит журналына жазылады.</translation>
    </message>
    <message>
        <source>Give the key</source>
        <translation>Кілтті беру</translation>
    </message>
    <message>
        <source>Giving the key…</source>
        <translation>Кілт берілуде…</translation>
    </message>
    <message>
        <source>The key was given to {0}. It takes effect at their next sign-in.</source>
        <translation>Кілт {0} тіркелгісіне берілді. Ол келесі кіруде күшіне енеді.</translation>
    </message>
    <message>
        <source>You hold the key now and can write confidential notes.</source>
        <translation>Енді кілт сізде бар, құпия жазбалар жаза аласыз.</translation>
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
        <translation type="vanished">Жасалған</translation>
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
        <translation type="vanished">Сервер уақыты</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>Кім қабылдады</translation>
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
        <source>Clarification answered</source>
        <translation>Нақтылау берілді</translation>
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
        <source>Clarification requested</source>
        <translation>Нақтылау сұралды</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Қабылданды</translation>
    </message>
    <message>
        <source>Receipt no. {number}, server time {time}</source>
        <translation>Түбіртек № {number}, сервер уақыты {time}</translation>
    </message>
    <message>
        <source>Accepted by {officer} ({unit}), registration no. {reference}, at {time}</source>
        <translation>Қабылдаған {officer} ({unit}), тіркеу № {reference}, {time}</translation>
    </message>
    <message>
        <source>{officer} ({unit}) asked on {time}: “{question}”</source>
        <translation>{officer} ({unit}) {time} сұрады: «{question}»</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="vanished">Расталды</translation>
    </message>
    <message>
        <source>Last delivery attempt failed: {0}</source>
        <translation>Соңғы жеткізу әрекеті сәтсіз: {0}</translation>
    </message>
    <message>
        <source>{first} and {count} more</source>
        <translation>{first} және тағы {count}</translation>
    </message>
    <message>
        <source>{officer}, reg. no. {reference}</source>
        <translation>{officer}, тірк. № {reference}</translation>
    </message>
    <message>
        <source>Question: {0}</source>
        <translation>Сұрақ: {0}</translation>
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
        <source>{category} → {recipients}</source>
        <translation type="vanished">{category} → {recipients}</translation>
    </message>
    <message>
        <source>Created {created}, deadline {deadline}</source>
        <translation>Құрылды {created}, мерзімі {deadline}</translation>
    </message>
    <message>
        <source>late</source>
        <translation>мерзімі өтті</translation>
    </message>
    <message>
        <source>Corrects notification {0}</source>
        <translation>{0} хабарламасын түзетеді</translation>
    </message>
    <message>
        <source>Delivered: receipt no. {number}, server time {time}</source>
        <translation>Жеткізілді: түбіртек № {number}, сервер уақыты {time}</translation>
    </message>
    <message>
        <source>Not delivered to the server yet.</source>
        <translation>Серверге әлі жеткізілмеген.</translation>
    </message>
    <message>
        <source>Accepted by {officer} ({unit}), registration no. {reference}, at {time}</source>
        <translation>Қабылдаған {officer} ({unit}), тіркеу № {reference}, {time}</translation>
    </message>
    <message>
        <source>Not yet accepted by law enforcement.</source>
        <translation>Құқық қорғау органдары әлі қабылдаған жоқ.</translation>
    </message>
    <message>
        <source>Clarification requested: {0}</source>
        <translation>Нақтылау сұралды: {0}</translation>
    </message>
    <message>
        <source>Answered with a correction notification.</source>
        <translation>Түзету хабарламасымен жауап берілді.</translation>
    </message>
    <message>
        <source>Waiting for your answer: use “Answer clarification…”.</source>
        <translation>Жауабыңызды күтуде: «Нақтылауға жауап беру…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Phoned {number} at {time}, answered by {who}, reg. no. {reference}</source>
        <translation>{number} нөміріне {time} қоңырау шалынды, жауап берген {who}, тірк. № {reference}</translation>
    </message>
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
        <source>&amp;Certificate…</source>
        <translation>&amp;Анықтама…</translation>
    </message>
    <message>
        <source>&amp;Answer clarification…</source>
        <translation>Нақтылауға &amp;жауап беру…</translation>
    </message>
    <message>
        <source>There are no notifications yet. Recording an incident that the rules mark as mandatory creates one.</source>
        <translation>Хабарламалар әзірге жоқ. Ережелер бойынша хабарлануы міндетті оқиға тіркелгенде хабарлама жасалады.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server: notifications stay queued here. Enroll it in Settings → Server enrollment; report urgent cases by phone.</source>
        <translation>Бұл компьютер серверде тіркелмеген: хабарламалар кезекте қалады. Оны Баптаулар → Серверде тіркелу бөлімінде тіркеңіз; шұғыл жағдайлар туралы телефон арқылы хабарлаңыз.</translation>
    </message>
    <message>
        <source>Delivered to the server {0}.</source>
        <translation>{0} серверіне жеткізіледі.</translation>
    </message>
    <message>
        <source>Sending is already under way.</source>
        <translation>Жіберу жүріп жатыр.</translation>
    </message>
    <message>
        <source>Delivery is not running (the session is locked, or delivery stopped on an error: sign out and in again). Report urgent cases by phone.</source>
        <translation>Жеткізу жұмыс істемей тұр (сеанс құлыпталған немесе жеткізу қатеге байланысты тоқтады: шығып, қайта кіріңіз). Шұғыл жағдайлар туралы телефонмен хабарлаңыз.</translation>
    </message>
    <message>
        <source>Sending stopped: {0} still queued. Delivery retries in the background; report urgent cases by phone.</source>
        <translation>Жіберу тоқтады: кезекте әлі {0}. Жеткізу фонда қайталанады; шұғыл жағдайлар туралы телефонмен хабарлаңыз.</translation>
    </message>
    <message>
        <source>Sending finished: {0} delivered.</source>
        <translation>Жіберу аяқталды: {0} жеткізілді.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation.</source>
        <translation type="vanished">Бұл орнатуда жіберу бапталмаған.</translation>
    </message>
    <message>
        <source>{0} → {1}. Deadline: {2}.</source>
        <translation>{0} → {1}. Мерзімі: {2}.</translation>
    </message>
    <message>
        <source>Delivery is not set up in this installation yet. Use “Record phone report” for urgent notifications.</source>
        <translation type="vanished">Бұл орнатуда жіберу әлі бапталмаған. Шұғыл хабарламалар үшін «Қоңырауды жазу» батырмасын пайдаланыңыз.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Жіберілуде…</translation>
    </message>
    <message>
        <source>Sending… {0}</source>
        <translation type="vanished">Жіберілуде… {0}</translation>
    </message>
    <message>
        <source>Sending finished.</source>
        <translation type="vanished">Жіберу аяқталды.</translation>
    </message>
    <message>
        <source>Sending failed: {0}</source>
        <translation type="vanished">Жіберу сәтсіз: {0}</translation>
    </message>
</context>
<context>
    <name>OpenEntryDialog</name>
    <message>
        <source>Put on the register</source>
        <translation>Есепке қою</translation>
    </message>
    <message>
        <source>The decision or facts the entry rests on</source>
        <translation>Есепке қоюға негіз болған шешім немесе фактілер</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Санаты:</translation>
    </message>
    <message>
        <source>Basis:</source>
        <translation>Негізі:</translation>
    </message>
    <message>
        <source>Opened on:</source>
        <translation>Есепке қойылған күні:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Келесі қайта қарау:</translation>
    </message>
</context>
<context>
    <name>PassphraseFeedback</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Тым қысқа: кемінде 8 таңба қажет.</translation>
    </message>
    <message>
        <source>This is one of the ten most common passwords.</source>
        <translation>Бұл ең көп тараған он құпиясөздің бірі.</translation>
    </message>
    <message>
        <source>This is one of the hundred most common passwords.</source>
        <translation>Бұл ең көп тараған жүз құпиясөздің бірі.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation>Бұл өте көп тараған құпиясөз.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation>Бұл көп қолданылатын құпиясөзге ұқсас.</translation>
    </message>
    <message>
        <source>A single word is easy to guess.</source>
        <translation>Жалғыз сөзді табу оңай.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Аты-жөндерді жеке өзін табу оңай.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation>Көп тараған аттар мен тегтерді табу оңай.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Бір қатардағы қатарынан пернелерді табу оңай.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Пернетақтадағы қысқа өрнектерді табу оңай.</translation>
    </message>
    <message>
        <source>Repeats like “aaa” are easy to guess.</source>
        <translation>«ааа» сияқты қайталауларды табу оңай.</translation>
    </message>
    <message>
        <source>Repeats like “abcabcabc” are hardly harder to guess than “abc”.</source>
        <translation>«абвабвабв» сияқты қайталауларды табу «абв»-ны табудан әрең ғана қиын.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>«абв» немесе «6543» сияқты тізбектерді табу оңай.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Соңғы жылдарды табу оңай.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Күндерді көбіне табу оңай.</translation>
    </message>
    <message>
        <source>This is easy to guess.</source>
        <translation>Мұны табу оңай.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation>Бірнеше сөз қолданыңыз, жиі айтылатын тіркестерден аулақ болыңыз.</translation>
    </message>
    <message>
        <source>No need for symbols, digits or capital letters.</source>
        <translation>Таңбалар, цифрлар мен бас әріптер міндетті емес.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation>Тағы бір-екі сөз қосыңыз. Сирек сөздер жақсырақ.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation>Пернетақтада бұрылыстары көбірек ұзынырақ өрнек қолданыңыз.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation>Қайталанатын сөздер мен таңбалардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation>Тізбектерден аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation>Соңғы жылдардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation>Өзіңізбен байланысты жылдардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation>Өзіңізбен байланысты күндер мен жылдардан аулақ болыңыз.</translation>
    </message>
    <message>
        <source>A capital first letter does not help much.</source>
        <translation>Бірінші бас әріп онша көмектеспейді.</translation>
    </message>
    <message>
        <source>All capitals are almost as easy to guess as all lower case.</source>
        <translation>Тек бас әріптермен жазылғанды тек кіші әріптермен жазылған сияқты оңай табуға болады.</translation>
    </message>
    <message>
        <source>Words spelled backwards are not much harder to guess.</source>
        <translation>Кері жазылған сөздерді табу онша қиын емес.</translation>
    </message>
    <message>
        <source>Predictable substitutions like “@” for “a” do not help much.</source>
        <translation>«а» орнына «@» сияқты болжамды ауыстырулар онша көмектеспейді.</translation>
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
    <name>PeriodReport</name>
    <message>
        <source>Period report</source>
        <translation>Кезең бойынша есеп</translation>
    </message>
    <message>
        <source>Quarter {0} of {1}</source>
        <translation>{1} жылдың {0}-тоқсаны</translation>
    </message>
    <message>
        <source>School quarter {0} of the school year {1}/{2}</source>
        <translation>{1}/{2} оқу жылының {0}-тоқсаны</translation>
    </message>
    <message>
        <source>Month {0}.{1}</source>
        <translation>{0}.{1} айы</translation>
    </message>
    <message>
        <source>Year {0}</source>
        <translation>{0} жыл</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <source>fewer than {0}</source>
        <translation>{0} санынан аз</translation>
    </message>
    <message>
        <source>On time (delivered or phoned before the deadline)</source>
        <translation>Мерзімінде (мерзім өткенге дейін жеткізілді немесе телефонмен хабарланды)</translation>
    </message>
    <message>
        <source>Late (made after the deadline, or overdue)</source>
        <translation>Кешігіп (мерзім өткеннен кейін жасалды немесе мерзімі өтіп кетті)</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Мерзімі әлі келмеді</translation>
    </message>
    <message>
        <source>Reported by telephone (of all)</source>
        <translation>Телефонмен хабарланды (барлығының ішінен)</translation>
    </message>
    <message>
        <source>Accepted by law enforcement on time (accepted, or delivered and phoned, before the deadline)</source>
        <translation>Құқық қорғау органдары мерзімінде қабылдады (мерзімге дейін қабылданды немесе жеткізіліп, телефонмен хабарланды)</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Саны</translation>
    </message>
    <message>
        <source>Pupils on the register</source>
        <translation>Есептегі білім алушылар</translation>
    </message>
    <message>
        <source>At the start</source>
        <translation>Кезең басында</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Кезең соңында</translation>
    </message>
    <message>
        <source>Entries opened</source>
        <translation>Есепке қойылды</translation>
    </message>
    <message>
        <source>Entries closed</source>
        <translation>Есептен шығарылды</translation>
    </message>
    <message>
        <source>Incidents by category</source>
        <translation>Санаттар бойынша оқиғалар</translation>
    </message>
    <message>
        <source>Mandatory notifications</source>
        <translation>Міндетті хабарламалар</translation>
    </message>
    <message>
        <source>Counselling sessions by kind</source>
        <translation>Түрлері бойынша консультациялар</translation>
    </message>
    <message>
        <source>Referrals by destination</source>
        <translation>Бағыттары бойынша жолдамалар</translation>
    </message>
    <message>
        <source>{0}: {1} – {2}</source>
        <translation>{0}: {1} – {2}</translation>
    </message>
    <message>
        <source>Counts only, without names. Counts from 1 to {0} are shown as “fewer than {1}” so that no child can be recognised.</source>
        <translation>Тек сандар, есімдерсіз. Ешбір баланы тануға болмайтындай 1 мен {0} аралығындағы сандар «{1} санынан аз» деп көрсетілген.</translation>
    </message>
    <message>
        <source>Some other counts are marked “not shown”: with them, a hidden count could be worked out from the others.</source>
        <translation>Кейбір басқа сандар «көрсетілмеген» деп белгіленген: әйтпесе жасырын санды қалғандары арқылы есептеп шығаруға болар еді.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Prevention council</source>
        <translation>Профилактика кеңесі</translation>
    </message>
    <message>
        <source>Meetings held: {0}</source>
        <translation>Өткізілген отырыстар: {0}</translation>
    </message>
    <message>
        <source>Prepared with Qorgau on {0}.</source>
        <translation>Qorgau бағдарламасында {0} дайындалды.</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Мектеп</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Бөлім</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Көрсеткіш</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Өткізілген отырыстар</translation>
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
        <translation type="vanished">Телефон арқылы хабарлау</translation>
    </message>
    <message>
        <source>Call 102 (police) or 111 (child protection)</source>
        <translation type="vanished">102 (полиция) немесе 111 (балаларды қорғау) нөміріне қоңырау шалыңыз</translation>
    </message>
    <message>
        <source>{0} → {1}. Deadline: {2}. Record the call as soon as it is made; delivery to the server still follows.</source>
        <translation type="vanished">{0} → {1}. Мерзімі: {2}. Қоңырауды бірден жазып қойыңыз; серверге жіберу бәрібір орындалады.</translation>
    </message>
    <message>
        <source>Called &amp;at:</source>
        <translation type="vanished">Қоңырау &amp;уақыты:</translation>
    </message>
    <message>
        <source>&amp;Number called:</source>
        <translation type="vanished">Терілген &amp;нөмір:</translation>
    </message>
    <message>
        <source>&amp;Who answered:</source>
        <translation type="vanished">&amp;Кім жауап берді:</translation>
    </message>
    <message>
        <source>&amp;Registration no.:</source>
        <translation type="vanished">&amp;Тіркеу нөмірі:</translation>
    </message>
    <message>
        <source>name and rank of the officer</source>
        <translation type="vanished">қызметкердің аты-жөні мен атағы</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The pupil list is not available in this build.</source>
        <translation type="vanished">Бұл жинақта білім алушылар тізімі жоқ.</translation>
    </message>
    <message>
        <source>Record an incident from here or from a pupil&apos;s card. Notifications it creates are listed under Notifications.</source>
        <translation type="vanished">Оқиғаны осы жерден немесе білім алушының карточкасынан тіркеңіз. Жасалған хабарламалар «Хабарламалар» бөлімінде көрсетіледі.</translation>
    </message>
    <message>
        <source>Plans and their tasks are kept on each pupil&apos;s card. Tasks due this week are listed on the Dashboard.</source>
        <translation type="vanished">Жоспарлар мен тапсырмалар әр білім алушының карточкасында жүргізіледі. Осы аптадағы тапсырмалар шолуда көрсетіледі.</translation>
    </message>
    <message>
        <source>Plan a prevention council meeting here; decisions become tasks. The next meeting is shown on the Dashboard.</source>
        <translation type="vanished">Құқық бұзушылықтың алдын алу кеңесінің отырысын осы жерде жоспарлаңыз; шешімдер тапсырмаға айналады. Келесі отырыс шолуда көрсетіледі.</translation>
    </message>
    <message>
        <source>Record unexcused absences from a pupil&apos;s card. Absences needing action are counted on the Dashboard.</source>
        <translation type="vanished">Дәлелсіз себеппен сабаққа келмеулер білім алушының карточкасында жазылады. Шара қажет ететіндері шолуда саналады.</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation type="vanished">&amp;Жаңа жазба…</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>New plan</source>
        <translation>Жаңа жоспар</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Атауы:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Goals:</source>
        <translation>Мақсаттары:</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review the plan “{title}”</source>
        <translation>«{title}» жоспарын қайта қарау</translation>
    </message>
    <message>
        <source>Keep the plan active</source>
        <translation>Жоспарды күшінде қалдыру</translation>
    </message>
    <message>
        <source>The plan is completed</source>
        <translation>Жоспар орындалды</translation>
    </message>
    <message>
        <source>Cancel the plan</source>
        <translation>Жоспарды тоқтату</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Қорытынды:</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Қайта қаралған күні:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Күйі:</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Tasks due</source>
        <translation type="vanished">Мерзімі келген тапсырмалар</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>New task…</source>
        <translation>Жаңа тапсырма…</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Жоспарлар мен тапсырмалар</translation>
    </message>
    <message>
        <source>Active plans</source>
        <translation>Белсенді жоспарлар</translation>
    </message>
    <message>
        <source>Tasks not done yet</source>
        <translation>Орындалмаған тапсырмалар</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Ашық тапсырмалар</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Жақын мерзім</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>мерзімсіз</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Мерзімі өткен</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>мерзімі өткен</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>No task is waiting. Plans and their tasks are made on a pupil&apos;s card, in the tab “Plans and tasks”; “New task…” adds a task here.</source>
        <translation>Орындалмаған тапсырма жоқ. Жоспарлар мен олардың тапсырмалары білім алушының карточкасында, «Жоспарлар мен тапсырмалар» қойындысында жасалады; «Жаңа тапсырма…» мұнда тапсырма қосады.</translation>
    </message>
    <message>
        <source>Pupil</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Open pupil</source>
        <translation>Білім алушыны ашу</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>No task is overdue or due within {days} days. Plans and their tasks are made on a pupil&apos;s card, in the tab “Plans and tasks”.</source>
        <translation type="vanished">Мерзімі өткен немесе алдағы {days} күнде мерзімі келетін тапсырма жоқ. Жоспарлар мен тапсырмалар білім алушының карточкасында, «Жоспарлар мен тапсырмалар» қойындысында жасалады.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>about {0} s left</source>
        <translation>шамамен {0} с қалды</translation>
    </message>
    <message>
        <source>about {0} min left</source>
        <translation>шамамен {0} мин қалды</translation>
    </message>
    <message>
        <source>about {0} h {1} min left</source>
        <translation>шамамен {0} сағ {1} мин қалды</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Sending {0} of {1}</source>
        <translation>Жіберілуде: {0} / {1}</translation>
    </message>
    <message>
        <source>Backing up {0} of {1} MB</source>
        <translation>Сақтық көшірме: {0} / {1} МБ</translation>
    </message>
    <message>
        <source>Importing row {0} of {1}</source>
        <translation>Импорт: {0} / {1} жол</translation>
    </message>
</context>
<context>
    <name>PupilCard</name>
    <message>
        <source>New incident</source>
        <translation>Жаңа оқиға</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Жаңа консультация</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Жаңа жолдама</translation>
    </message>
    <message>
        <source>New absence</source>
        <translation>Сабаққа келмеуді тіркеу</translation>
    </message>
    <message>
        <source>Case summary…</source>
        <translation>Білім алушымен жұмыс туралы анықтама…</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Жеке деректер</translation>
    </message>
    <message>
        <source>Legal representatives</source>
        <translation>Заңды өкілдер</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Есеп</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Plans and tasks</source>
        <translation>Жоспарлар мен тапсырмалар</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Сынып:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Жеке деректерді өзгерту…</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Туыстығы</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Data processing consent</source>
        <translation>Деректерді өңдеуге келісім</translation>
    </message>
    <message>
        <source>Support consent</source>
        <translation>Сүйемелдеуге келісім</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Келісім күні</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <source>No legal representative is recorded. Add the parents or guardians with their phone numbers and consents.</source>
        <translation>Заңды өкілдер көрсетілмеген. Ата-аналарды немесе қамқоршыларды телефон нөмірлерімен және келісімдерімен қосыңыз.</translation>
    </message>
    <message>
        <source>Add representative…</source>
        <translation>Өкіл қосу…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Санат</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Қойылған күні</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Келесі қайта қарау</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Шығарылған күні</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Есептен шығару себебі</translation>
    </message>
    <message>
        <source>The pupil is not on any register. Use “Put on the register…” when the pupil needs pedagogical accompaniment.</source>
        <translation>Білім алушы ешбір есепте тұрмайды. Оған педагогикалық сүйемелдеу қажет болса, «Есепке қою…» батырмасын басыңыз.</translation>
    </message>
    <message>
        <source>Put on the register…</source>
        <translation>Есепке қою…</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Қайта қарау…</translation>
    </message>
    <message>
        <source>Take off the register…</source>
        <translation>Есептен шығару…</translation>
    </message>
    <message>
        <source>Nothing has been recorded about this pupil yet. Incidents, sessions, referrals, absences and council decisions will appear here by date.</source>
        <translation>Бұл білім алушы туралы әзірге ештеңе жазылмаған. Оқиғалар, консультациялар, жолдамалар, сабаққа келмеулер және кеңес шешімдері осында күні бойынша көрсетіледі.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Жоспар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Күйі</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Мақсаттары</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Тапсырма</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Мерзімі</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалған күні</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Жауапты</translation>
    </message>
    <message>
        <source>There is no plan yet. Create an accompaniment or rehabilitation plan, then add its tasks.</source>
        <translation>Әзірге жоспар жоқ. Сүйемелдеу немесе оңалту жоспарын жасап, оған тапсырмалар қосыңыз.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Жаңа жоспар…</translation>
    </message>
    <message>
        <source>Pupil card</source>
        <translation>Білім алушының карточкасы</translation>
    </message>
    <message>
        <source>Review plan…</source>
        <translation>Жоспарды қайта қарау…</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Тапсырма қосу…</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>Тапсырманы орындалды деп белгілеу</translation>
    </message>
    <message>
        <source>Tasks about this pupil:</source>
        <translation>Осы білім алушыға қатысты тапсырмалар:</translation>
    </message>
    <message>
        <source>Pupil card: {name}</source>
        <translation>Білім алушының карточкасы: {name}</translation>
    </message>
    <message>
        <source>Class {name}</source>
        <translation>{name} сынып</translation>
    </message>
    <message>
        <source>IIN {iin}</source>
        <translation>ЖСН {iin}</translation>
    </message>
    <message>
        <source>On the register: {names}</source>
        <translation>Есепте: {names}</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
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
        <translation>мысалы, 7А</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Ер</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Әйел</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ЖСН:</translation>
    </message>
    <message>
        <source>Surname:</source>
        <translation>Тегі:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Аты:</translation>
    </message>
    <message>
        <source>Patronymic:</source>
        <translation>Әкесінің аты:</translation>
    </message>
    <message>
        <source>Class:</source>
        <translation>Сынып:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Туған күні:</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Жынысы:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>Edit pupil</source>
        <translation>Білім алушы деректерін өзгерту</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Жаңа білім алушы</translation>
    </message>
    <message>
        <source>The IIN says the pupil was born on {date}.</source>
        <translation>ЖСН бойынша білім алушының туған күні — {date}.</translation>
    </message>
    <message>
        <source>The IIN says the pupil is male.</source>
        <translation>ЖСН бойынша білім алушының жынысы — ер.</translation>
    </message>
    <message>
        <source>The IIN says the pupil is female.</source>
        <translation>ЖСН бойынша білім алушының жынысы — әйел.</translation>
    </message>
    <message>
        <source>Birth date and sex are taken from the IIN.</source>
        <translation>Туған күні мен жынысы ЖСН-нен алынды.</translation>
    </message>
</context>
<context>
    <name>PupilPicker</name>
    <message>
        <source>Type a surname, IIN or class</source>
        <translation>Тегін, ЖСН-ді немесе сыныпты енгізіңіз</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <source>No pupil found.</source>
        <translation>Білім алушы табылмады.</translation>
    </message>
</context>
<context>
    <name>PupilsModel</name>
    <message>
        <source>Pupil</source>
        <translation>Білім алушы</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Сынып</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ЖСН</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>Есепте</translation>
    </message>
</context>
<context>
    <name>PupilsPage</name>
    <message>
        <source>Search by surname, name, IIN or class</source>
        <translation>Тегі, аты, ЖСН немесе сынып бойынша іздеу</translation>
    </message>
    <message>
        <source>New pupil</source>
        <translation>Жаңа білім алушы</translation>
    </message>
    <message>
        <source>Add a pupil (Ctrl+N)</source>
        <translation>Білім алушыны қосу (Ctrl+N)</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation type="vanished">CSV-ден импорттау…</translation>
    </message>
    <message>
        <source>Import a class list from a CSV file</source>
        <translation type="vanished">Сынып тізімін CSV файлынан импорттау</translation>
    </message>
    <message>
        <source>Import CSV or Excel…</source>
        <translation>CSV не Excel файлынан импорттау…</translation>
    </message>
    <message>
        <source>Import a class list from a CSV or Excel (.xlsx) file</source>
        <translation>Сынып тізімін CSV немесе Excel (.xlsx) файлынан импорттау</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Барлық сыныптар</translation>
    </message>
    <message>
        <source>Any register category</source>
        <translation>Есептің кез келген санаты</translation>
    </message>
    <message>
        <source>All pupils</source>
        <translation>Барлық білім алушылар</translation>
    </message>
    <message>
        <source>On the register</source>
        <translation>Есепте</translation>
    </message>
    <message>
        <source>Not on the register</source>
        <translation>Есепте жоқ</translation>
    </message>
    <message>
        <source>Pupils found: {count}</source>
        <translation>Табылған білім алушылар: {count}</translation>
    </message>
    <message>
        <source>No pupil matches the search. Check the spelling or clear the filters.</source>
        <translation>Іздеу бойынша білім алушы табылмады. Жазылуын тексеріңіз немесе сүзгілерді тазартыңыз.</translation>
    </message>
    <message>
        <source>There are no pupils yet. Add one with “New pupil” or import a class list with “Import CSV or Excel…”.</source>
        <translation>Әзірге білім алушылар жоқ. Оларды «Жаңа білім алушы» батырмасымен қосыңыз немесе сынып тізімін «CSV не Excel файлынан импорттау…» батырмасымен импорттаңыз.</translation>
    </message>
    <message>
        <source>There are no pupils yet. Add one with “New pupil” or import a class list with “Import CSV…”.</source>
        <translation type="vanished">Әзірге білім алушылар жоқ. Оларды «Жаңа білім алушы» батырмасымен қосыңыз немесе сынып тізімін «CSV-ден импорттау…» батырмасымен импорттаңыз.</translation>
    </message>
    <message>
        <source>Pupils</source>
        <translation>Білім алушылар</translation>
    </message>
    <message>
        <source>Import pupils</source>
        <translation type="vanished">Білім алушыларды импорттау</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="vanished">CSV файлдары (*.csv);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Imported pupils: {count}. Pupils found: {total}</source>
        <translation>Импортталған білім алушылар: {count}. Табылған білім алушылар: {total}</translation>
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
        <translation>Жаңа жолдама</translation>
    </message>
    <message>
        <source>Referred to:</source>
        <translation>Қайда жолданды:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Күні:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Себебі:</translation>
    </message>
</context>
<context>
    <name>ReferralOutcomeDialog</name>
    <message>
        <source>Outcome of the referral</source>
        <translation>Жолдаманың нәтижесі</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Нәтижесі:</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Есептер</translation>
    </message>
    <message>
        <source>Period report (counts only, no names)</source>
        <translation>Кезең бойынша есеп (тек сандар, есімдерсіз)</translation>
    </message>
    <message>
        <source>Documents for one record</source>
        <translation>Бір жазба бойынша құжаттар</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Кезең:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Пішімі:</translation>
    </message>
    <message>
        <source>Show counts below this as “fewer than”:</source>
        <translation>Осыдан кіші сандарды «N санынан аз» деп көрсету:</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>Басқаша &amp;сақтау…</translation>
    </message>
    <message>
        <source>Show &amp;figures</source>
        <translation>&amp;Көрсеткіштерді көрсету</translation>
    </message>
    <message>
        <source>Figures of the period report</source>
        <translation>Кезең есебінің көрсеткіштері</translation>
    </message>
    <message>
        <source>Notification &amp;certificate…</source>
        <translation>Хабарлама туралы &amp;анықтама…</translation>
    </message>
    <message>
        <source>Council &amp;protocol…</source>
        <translation>Кеңес &amp;хаттамасы…</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="vanished">Тоқсан</translation>
    </message>
    <message>
        <source>School quarter</source>
        <translation>Оқу тоқсаны</translation>
    </message>
    <message>
        <source>Calendar quarter</source>
        <translation>Күнтізбелік тоқсан</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Ай</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Жыл</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF құжаты</translation>
    </message>
    <message>
        <source>CSV table</source>
        <translation>CSV кестесі</translation>
    </message>
    <message>
        <source>{0} quarter</source>
        <translation>{0}-тоқсан</translation>
    </message>
    <message>
        <source>Q{0}</source>
        <translation>{0}-тоқсан</translation>
    </message>
    <message>
        <source>Meeting of {0}</source>
        <translation>{0} күнгі отырыс</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Есептелуде…</translation>
    </message>
    <message>
        <source>{period}. Counts below {threshold} are shown as “fewer than {threshold}” and have no bar; a count that would let a reader work one out is “not shown”.</source>
        <translation>{period}. {threshold} санынан аз сандар «{threshold} санынан аз» деп көрсетіледі және бағаны болмайды; жасырын санды есептеп шығаруға мүмкіндік беретін сан — «көрсетілмеген».</translation>
    </message>
    <message>
        <source>Save the period report</source>
        <translation>Кезең бойынша есепті сақтау</translation>
    </message>
    <message>
        <source>Save the notification certificate</source>
        <translation>Хабарлама туралы анықтаманы сақтау</translation>
    </message>
    <message>
        <source>Save the council protocol</source>
        <translation>Кеңес хаттамасын сақтау</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Құжат дайындалуда…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Сақталды: {0}</translation>
    </message>
    <message>
        <source>The document was not saved: {0}</source>
        <translation>Құжат сақталмады: {0}</translation>
    </message>
</context>
<context>
    <name>RepresentativeForm</name>
    <message>
        <source>Mother</source>
        <translation>Анасы</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Әкесі</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Қамқоршысы</translation>
    </message>
    <message>
        <source>Grandmother</source>
        <translation>Әжесі</translation>
    </message>
    <message>
        <source>Grandfather</source>
        <translation>Атасы</translation>
    </message>
    <message>
        <source>Consents to the processing of personal data</source>
        <translation>Дербес деректерді өңдеуге келісім берді</translation>
    </message>
    <message>
        <source>Consents to psychological support</source>
        <translation>Психологиялық сүйемелдеуге келісім берді</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Аты-жөні:</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Туыстығы:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефоны:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Мекенжайы:</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <translation>Келісім берілген күні:</translation>
    </message>
    <message>
        <source>Edit legal representative</source>
        <translation>Заңды өкіл деректерін өзгерту</translation>
    </message>
    <message>
        <source>New legal representative</source>
        <translation>Жаңа заңды өкіл</translation>
    </message>
</context>
<context>
    <name>ReviewEntryDialog</name>
    <message>
        <source>Review the register entry</source>
        <translation>Есепті қайта қарау</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>Қорытынды:</translation>
    </message>
    <message>
        <source>Reviewed on:</source>
        <translation>Қайта қаралған күні:</translation>
    </message>
    <message>
        <source>Next review:</source>
        <translation>Келесі қайта қарау:</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <source>Who is setting Qorgau up?</source>
        <translation>Qorgau-ды кім баптайды?</translation>
    </message>
    <message>
        <source>Your account is made with this role. Colleagues&apos; accounts are added later in Settings.</source>
        <translation>Сіздің тіркелгіңіз осы рөлмен жасалады. Әріптестердің тіркелгілері кейін Баптауларда қосылады.</translation>
    </message>
    <message>
        <source>Choose your own role at the school:</source>
        <translation>Мектептегі өз рөліңізді таңдаңыз:</translation>
    </message>
    <message>
        <source>&amp;Psychologist</source>
        <translation>&amp;Педагог-психолог</translation>
    </message>
    <message>
        <source>Records pupils, incidents, counselling sessions and plans; writes and reads confidential session notes (you hold the notes key from the start and can give it to a colleague psychologist); adds colleagues&apos; accounts.</source>
        <translation>Оқушыларды, оқиғаларды, консультацияларды және жоспарларды есепке алады; консультациялардың құпия жазбаларын жазады және оқиды (жазбалар кілті басынан сізде болады, оны әріптес психологқа бере аласыз); әріптестердің тіркелгілерін қосады.</translation>
    </message>
    <message>
        <source>&amp;Social pedagogue</source>
        <translation>&amp;Әлеуметтік педагог</translation>
    </message>
    <message>
        <source>Records pupils, incidents, counselling sessions and plans; adds colleagues&apos; accounts. Cannot read psychologists&apos; confidential notes; a psychologist added later receives the notes key with the recovery key.</source>
        <translation>Оқушыларды, оқиғаларды, консультацияларды және жоспарларды есепке алады; әріптестердің тіркелгілерін қосады. Психологтардың құпия жазбаларын оқи алмайды; кейін қосылған психолог жазбалар кілтін қалпына келтіру кілті арқылы алады.</translation>
    </message>
    <message>
        <source>&amp;Administrator who will create the others</source>
        <translation>Қалғандарын жасайтын ә&amp;кімші</translation>
    </message>
    <message>
        <source>Creates the accounts of the psychologist and the social pedagogue, enrolls the computer and manages backups. Records nothing itself (no incidents or sessions) and never reads confidential notes.</source>
        <translation>Психолог пен әлеуметтік педагогтың тіркелгілерін жасайды, компьютерді серверге қосады және сақтық көшірмелерді басқарады. Өзі ештеңе жазбайды (оқиғаларды да, консультацияларды да) және құпия жазбаларды ешқашан оқымайды.</translation>
    </message>
</context>
<context>
    <name>SchoolPage</name>
    <message>
        <source>School and administrator</source>
        <translation type="vanished">Мектеп және әкімші</translation>
    </message>
    <message>
        <source>The first account administers the vault: it adds the psychologists and social pedagogues.</source>
        <translation type="vanished">Бірінші тіркелгі қойманы басқарады: ол психологтар мен әлеуметтік педагогтарды қосады.</translation>
    </message>
    <message>
        <source>School and your account</source>
        <translation>Мектеп және сіздің тіркелгіңіз</translation>
    </message>
    <message>
        <source>You sign in with this account; it can add colleagues&apos; accounts later.</source>
        <translation>Бағдарламаға осы тіркелгімен кіресіз; кейін ол әріптестердің тіркелгілерін қоса алады.</translation>
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
        <source>This computer is enrolled with {0}.</source>
        <translation>Бұл компьютер {0} серверінде тіркелген.</translation>
    </message>
    <message>
        <source>This computer is enrolled.</source>
        <translation type="vanished">Компьютер тіркелді.</translation>
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
        <translation type="vanished">Демо: уақытша қалтадағы синтетикалық деректер, шыққанда жойылады. Құлыпты ашу үшін құпия фраза: {0}</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>First meeting</source>
        <translation>Алғашқы кездесу</translation>
    </message>
    <message>
        <source>Follow-up meeting</source>
        <translation>Қайталама кездесу</translation>
    </message>
    <message>
        <source>Crisis intervention</source>
        <translation>Дағдарыстық араласу</translation>
    </message>
    <message>
        <source>Support after violence or bullying</source>
        <translation>Зорлық-зомбылықтан немесе жәбірлеуден (буллингтен) кейінгі қолдау</translation>
    </message>
    <message>
        <source>Family consultation</source>
        <translation>Отбасылық консультация</translation>
    </message>
    <message>
        <source>Talk with a legal representative</source>
        <translation>Заңды өкілмен әңгіме</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>Топтық сабақ</translation>
    </message>
    <message>
        <source>Talk about absences</source>
        <translation>Сабаққа келмеулер туралы әңгіме</translation>
    </message>
    <message>
        <source>Conflict mediation</source>
        <translation>Жанжалды медиация арқылы шешу</translation>
    </message>
    <message>
        <source>New counselling session</source>
        <translation>Жаңа консультация</translation>
    </message>
    <message>
        <source>No template</source>
        <translation>Үлгісіз</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>What colleagues may read</source>
        <translation>Әріптестер оқи алатын мәтін</translation>
    </message>
    <message>
        <source>Only psychologists can read these notes; they are encrypted separately.</source>
        <translation>Бұл жазбаларды тек психологтар оқи алады; олар бөлек шифрланған.</translation>
    </message>
    <message>
        <source>Becomes a task for you</source>
        <translation>Сіздің тапсырмаңызға айналады</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Үлгі:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Held at:</source>
        <translation>Өткізілген уақыты:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Ұзақтығы:</translation>
    </message>
    <message>
        <source>Shared summary:</source>
        <translation>Ортақ түйін:</translation>
    </message>
    <message>
        <source>Confidential notes:</source>
        <translation>Құпия жазбалар:</translation>
    </message>
    <message>
        <source>You cannot write confidential notes yet: your account has not been given the confidential notes key. Ask a psychologist who holds it to give it to you in Settings → Confidential notes key, or give it with the recovery key there. After a colleague gives it, sign in again.</source>
        <translation>Сіз әзірге құпия жазбалар жаза алмайсыз: тіркелгіңізге құпия жазбалар кілті берілмеген. Кілті бар психологтан оны сізге Баптаулар → Құпия жазбалар кілті бөлімінде беруін сұраңыз немесе оны сол жерде қалпына келтіру кілтімен беріңіз. Кілтті әріптес берсе, қайта кіріңіз.</translation>
    </message>
    <message>
        <source>Confidential notes can be written by psychologists only.</source>
        <translation>Құпия жазбаларды тек психологтар жаза алады.</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Келесі қадам:</translation>
    </message>
    <message>
        <source>Next step due:</source>
        <translation>Келесі қадамның мерзімі:</translation>
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
        <translation>Түрі:</translation>
    </message>
    <message>
        <source>Held at:</source>
        <translation>Өткізілген уақыты:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Ұзақтығы:</translation>
    </message>
    <message>
        <source>Shared summary:</source>
        <translation>Ортақ түйін:</translation>
    </message>
    <message>
        <source>Confidential notes:</source>
        <translation>Құпия жазбалар:</translation>
    </message>
    <message>
        <source>This session has confidential notes. Only a psychologist who holds the confidential notes key can read them.</source>
        <translation>Бұл консультацияның құпия жазбалары бар. Оларды тек құпия жазбалар кілті бар психолог оқи алады.</translation>
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
        <source>Enrollment in the set-up wizard did not succeed. Check the address and the code, then enroll again.</source>
        <translation>Баптау шеберіндегі тіркеу сәтсіз аяқталды. Мекенжай мен кодты тексеріп, қайта тіркеліңіз.</translation>
    </message>
    <message>
        <source>This computer is not enrolled with a server: notifications wait in the outbox. Enter the address and the one-time code from the education department.</source>
        <translation>Бұл компьютер серверде тіркелмеген: хабарламалар жіберу кезегінде күтеді. Білім бөлімінен алған мекенжай мен бір реттік кодты енгізіңіз.</translation>
    </message>
    <message>
        <source>This computer is enrolled with {url} since {when}.</source>
        <translation>Бұл компьютер {when} бастап {url} серверінде тіркелген.</translation>
    </message>
    <message>
        <source>Enrollment is pending: it will be completed when delivery is available in this installation.</source>
        <translation type="vanished">Тіркеу күтуде: бұл орнатуда жіберу мүмкіндігі пайда болғанда аяқталады.</translation>
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
        <source>This computer is already enrolled with {0}.</source>
        <translation>Бұл компьютер {0} серверінде тіркеліп қойған.</translation>
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
        <translation type="vanished">Компьютер тіркелді.</translation>
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
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Сақтық көшірмеден қалпына келтіру</translation>
    </message>
    <message>
        <source>Qorgau backups (*.qbk);;All files (*)</source>
        <translation>Qorgau сақтық көшірмелері (*.qbk);;Барлық файлдар (*)</translation>
    </message>
    <message>
        <source>Restore this backup?

File: {name}
Made on: {when}
Size: {size}

The vault is put back as it was when the backup was made: its accounts and records. Everyone signs in with the passphrase that was valid then, or with the recovery key.</source>
        <translation>Осы сақтық көшірмені қалпына келтіру керек пе?

Файл: {name}
Жасалған күні: {when}
Өлшемі: {size}

Қойма көшірме жасалған кездегі күйіне қайтарылады: тіркелгілері мен жазбалары. Әркім сол кезде жарамды болған құпия фразамен немесе қалпына келтіру кілтімен кіреді.</translation>
    </message>
    <message>
        <source>Restore and sign in</source>
        <translation>Қалпына келтіріп, кіру</translation>
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
        <source>Next attempt possible in {0}.</source>
        <translation>Келесі әрекет {0} кейін мүмкін.</translation>
    </message>
    <message>
        <source>Next attempt possible in {0} s.</source>
        <translation type="vanished">Келесі әрекет {0} с кейін мүмкін.</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Nobody in particular</source>
        <translation>Нақты ешкім емес</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Жаңа тапсырма</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Тапсырма:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Жауапты:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Мерзімі:</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Тапсырмалар</translation>
    </message>
</context>
<context>
    <name>UnsavedForm</name>
    <message>
        <source>Discard the changes?</source>
        <translation>Енгізілген өзгерістерден бас тарту керек пе?</translation>
    </message>
    <message>
        <source>What you entered in this form has not been saved.</source>
        <translation>Осы нысанға енгізілгендер сақталмаған.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Сақтамау</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Толтыруды жалғастыру</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Victim</source>
        <translation>Зардап шеккен</translation>
    </message>
    <message>
        <source>Initiator</source>
        <translation>Бастамашы</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Куәгер</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Жеке</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Топтық</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Отбасылық</translation>
    </message>
    <message>
        <source>With a legal representative</source>
        <translation>Заңды өкілмен</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Дағдарыстық</translation>
    </message>
    <message>
        <source>Psychological support centre</source>
        <translation>Психологиялық қолдау орталығы</translation>
    </message>
    <message>
        <source>Child-friendly office</source>
        <translation>Зорлық-зомбылықтан зардап шеккен балаларға көмек кабинеті</translation>
    </message>
    <message>
        <source>Medical institution</source>
        <translation>Медициналық ұйым</translation>
    </message>
    <message>
        <source>Psychological, medical and pedagogical commission (PMPK)</source>
        <translation>Психологиялық-медициналық-педагогикалық консультация (ПМПК)</translation>
    </message>
    <message>
        <source>Helpline 111</source>
        <translation>111 байланыс орталығы</translation>
    </message>
    <message>
        <source>Commissioner for the rights of the child</source>
        <translation>Бала құқықтары жөніндегі уәкіл</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Pedagogical accompaniment</source>
        <translation>Педагогикалық сүйемелдеу</translation>
    </message>
    <message>
        <source>Social rehabilitation</source>
        <translation>Әлеуметтік оңалту</translation>
    </message>
    <message>
        <source>Work on absences</source>
        <translation>Сабаққа келмеулер бойынша жұмыс</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Күшінде</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Орындалды</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Тоқтатылды</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Жоспарланған</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Өткізілді</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Жіберуді күтуде</translation>
    </message>
    <message>
        <source>Reported by phone</source>
        <translation>Телефонмен хабарланды</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Жеткізілді</translation>
    </message>
    <message>
        <source>Accepted by law enforcement</source>
        <translation>Құқық қорғау органдары қабылдады</translation>
    </message>
    <message>
        <source>Clarification requested</source>
        <translation>Нақтылау сұралды</translation>
    </message>
    <message>
        <source>Acknowledged by the recipient</source>
        <translation type="vanished">Алушы растады</translation>
    </message>
    <message>
        <source>Consider putting the pupil on the register.</source>
        <translation type="vanished">Білім алушыны есепке қою мәселесін қарау.</translation>
    </message>
    <message>
        <source>Draw up a social rehabilitation plan.</source>
        <translation type="vanished">Әлеуметтік оңалту жоспарын жасау.</translation>
    </message>
    <message>
        <source>Discuss the case at the prevention council.</source>
        <translation type="vanished">Жағдайды құқық бұзушылықтың алдын алу кеңесінде талқылау.</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Дәлелді себеппен</translation>
    </message>
    <message>
        <source>Unexcused</source>
        <translation>Дәлелсіз себеппен</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Орындалмаған</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Орындалды</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="vanished">PDF құжаттары (*.pdf)</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation type="vanished">CSV кестелері (*.csv)</translation>
    </message>
    <message>
        <source>Document saved</source>
        <translation type="vanished">Құжат сақталды</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation type="vanished">Сақталды: {0}</translation>
    </message>
    <message>
        <source>The document was not saved</source>
        <translation type="vanished">Құжат сақталмады</translation>
    </message>
    <message>
        <source>Save the notification certificate</source>
        <translation type="vanished">Хабарлама туралы анықтаманы сақтау</translation>
    </message>
    <message>
        <source>Save the council protocol</source>
        <translation type="vanished">Кеңес хаттамасын сақтау</translation>
    </message>
</context>
</TS>
