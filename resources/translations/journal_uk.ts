<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Journal</source>
        <translation>Про застосунок «Щоденник»</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Щоденник</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версія %1</translation>
    </message>
    <message>
        <source>This app never connects to the network: no updates, no statistics, no crash reports. Everything you write stays in the encrypted journal on this computer.</source>
        <translation>Цей застосунок ніколи не підключається до мережі: жодних оновлень, статистики чи звітів про збої. Усе, що ви пишете, лишається в зашифрованому щоденнику на цьому комп&apos;ютері.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1).</source>
        <translation>Вільна програма за ліцензією GNU General Public License версії 3 або пізнішої (%1).</translation>
    </message>
    <message>
        <source>The journal is kept in this folder:</source>
        <translation>Щоденник зберігається в цій теці:</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>Прикріплені файли</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Прик&amp;ріпити файл…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикріпити файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Пере&amp;глянути</translation>
    </message>
    <message>
        <source>View the attachment in the app</source>
        <translation>Переглянути вкладення в програмі</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy</source>
        <translation>Експортувати незашифровану копію</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Вида&amp;лити</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Видалити вкладення</translation>
    </message>
    <message>
        <source>%1 (added when the document is saved)</source>
        <translation>%1 (додасться під час збереження документа)</translation>
    </message>
    <message>
        <source>Storing the file in the journal…</source>
        <translation>Зберігаємо файл у щоденнику…</translation>
    </message>
    <message>
        <source>The file was not attached. %1</source>
        <translation>Файл не прикріплено. %1</translation>
    </message>
    <message>
        <source>This file cannot be shown in the app. You can export a copy to open it.</source>
        <translation>Цей файл не можна показати в програмі. Можна експортувати копію і відкрити її.</translation>
    </message>
    <message>
        <source>The exported copy is NOT encrypted. Anyone with access to the place you save it to can open it. Delete it when you no longer need it.</source>
        <translation>Експортована копія НЕ зашифрована. Її зможе відкрити будь-хто, хто має доступ до місця, куди ви її збережете. Видаліть її, коли вона стане непотрібною.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Експорт вкладення</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Файл із такою назвою вже існує. Виберіть іншу назву.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Експортуємо…</translation>
    </message>
    <message>
        <source>The copy was not written. %1</source>
        <translation>Не вдалося записати копію. %1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Видалити вкладення</translation>
    </message>
    <message>
        <source>Remove this file from the journal?</source>
        <translation>Видалити цей файл зі щоденника?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>There is no backup of this journal yet. A backup on a USB stick keeps it safe if the laptop is lost or taken.</source>
        <extracomment>Reasons to lock with no backup: panic must be instant, a suspending laptop has no time, a deleted journal is gone.</extracomment>
        <translation>Цей щоденник поки не має резервної копії. Копія на флешці збереже його, якщо ноутбук загубиться або його заберуть.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago.</source>
        <translation>
            <numerusform>Останню резервну копію зроблено %n день тому.</numerusform>
            <numerusform>Останню резервну копію зроблено %n дні тому.</numerusform>
            <numerusform>Останню резервну копію зроблено %n днів тому.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>Making the daily backup before the journal locks…</source>
        <translation>Робимо щоденну резервну копію перед блокуванням щоденника…</translation>
    </message>
    <message>
        <source>Skip this backup</source>
        <translation>Пропустити цю копію</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Щоденна резервна копія</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервна копія…</translation>
    </message>
    <message>
        <source>Write an encrypted backup to a folder or a USB stick</source>
        <translation>Записати зашифровану резервну копію в теку або на флешку</translation>
    </message>
    <message>
        <source>&amp;Check a backup…</source>
        <translation>&amp;Перевірити копію…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Від&amp;новити з копії…</translation>
    </message>
    <message>
        <source>&amp;Merge a backup into this journal…</source>
        <translation>&amp;Об’єднати з копією…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експорт…</translation>
    </message>
    <message>
        <source>Write entries to a file that is not encrypted</source>
        <translation>Записати записи у файл, який не буде зашифровано</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Імпорт…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Зробити копію…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>The file will be named %1</source>
        <translation>Файл називатиметься %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервна копія</translation>
    </message>
    <message>
        <source>&amp;Folder or USB stick:</source>
        <translation>&amp;Тека або флешка:</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Тека для резервної копії</translation>
    </message>
    <message>
        <source>Protect it with the journal&apos;s &amp;passphrase</source>
        <translation>Захистити парольною &amp;фразою щоденника</translation>
    </message>
    <message>
        <source>Protect it with a &amp;separate passphrase</source>
        <translation>Захистити &amp;окремою парольною фразою</translation>
    </message>
    <message>
        <source>Journal&apos;s pass&amp;phrase:</source>
        <translation>Парольна фраза &amp;щоденника:</translation>
    </message>
    <message>
        <source>The journal&apos;s passphrase</source>
        <translation>Парольна фраза щоденника</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Нова парольна фраза:</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Парольна фраза для резервної копії</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Ще &amp;раз:</translation>
    </message>
    <message>
        <source>Passphrase for the backup, again</source>
        <translation>Парольна фраза для резервної копії, ще раз</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Створити копію</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Виберіть теку для резервної копії.</translation>
    </message>
    <message>
        <source>That folder is not there. Is the USB stick plugged in?</source>
        <translation>Цієї теки немає. Флешку під’єднано?</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Парольна фраза має містити щонайменше %n символ.</numerusform>
            <numerusform>Парольна фраза має містити щонайменше %n символи.</numerusform>
            <numerusform>Парольна фраза має містити щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Дві парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Введіть парольну фразу щоденника.</translation>
    </message>
    <message>
        <source>This is not the journal&apos;s passphrase.</source>
        <translation>Це не парольна фраза щоденника.</translation>
    </message>
    <message>
        <source>The backup is written: %1 (%2), in %3.</source>
        <translation>Резервну копію записано: %1 (%2), у теці %3.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Скасовано. Нічого не записано.</translation>
    </message>
    <message>
        <source>This passphrase does not open the jrnl journal.</source>
        <translation>Ця парольна фраза не відкриває журнал jrnl.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. Check it and try again.</source>
        <translation>Ця парольна фраза не відкриває резервну копію. Перевірте її та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a backup made by this app. Nothing was changed.</source>
        <translation>Цей файл пошкоджений або це не резервна копія з цього застосунку. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The journal file is damaged. Nothing was changed.</source>
        <translation>Файл щоденника пошкоджений. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The folder is not there any more (was a USB stick unplugged?). Nothing was written.</source>
        <translation>Теки більше немає (можливо, від’єднали флешку?). Нічого не записано.</translation>
    </message>
    <message>
        <source>There is not enough free space in the folder. Nothing was written.</source>
        <translation>У теці недостатньо вільного місця. Нічого не записано.</translation>
    </message>
    <message>
        <source>Only ordinary files can be imported or attached; this is a folder, a device or a pipe. Nothing was changed.</source>
        <translation>Імпортувати або прикріплювати можна лише звичайні файли; це тека, пристрій або канал. Нічого не змінено.</translation>
    </message>
    <message>
        <source>This cannot be done: %1.</source>
        <translation>Так не можна: %1.</translation>
    </message>
    <message>
        <source>The app may not write there. Choose another folder.</source>
        <translation>Застосунку не можна писати туди. Виберіть іншу теку.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1.</source>
        <translation>Не вдалося прочитати або записати файл: %1.</translation>
    </message>
    <message>
        <source>This did not work: %1.</source>
        <translation>Не вийшло: %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation>Щось пішло не так (%1). Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsGroup</name>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматичні резервні копії</translation>
    </message>
    <message>
        <source>Make a &amp;backup when the journal locks or the app quits (at most once a day)</source>
        <translation>Робити резервну &amp;копію під час блокування або виходу (не частіше ніж раз на день)</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Т&amp;ека для копій:</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Тека для автоматичних резервних копій</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>Зберіг&amp;ати останніх копій:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> шт.</translation>
    </message>
    <message>
        <source>How many automatic backups to keep</source>
        <translation>Скільки автоматичних копій зберігати</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Резервних копій поки не було.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Остання копія: %1</translation>
    </message>
    <message>
        <source>Backups are encrypted with the journal&apos;s passphrase. Only files this app named journal-….backup are ever deleted from the folder. If the folder is missing (a USB stick not plugged in), the backup waits for the next time.</source>
        <translation>Резервні копії шифруються парольною фразою щоденника. З теки видаляються лише файли, які програма сама назвала journal-….backup. Якщо теки немає (флешку не під’єднано), копія зачекає до наступного разу.</translation>
    </message>
</context>
<context>
    <name>BrokenItemsText</name>
    <message numerus="yes">
        <source>%n planner item(s) hold a value out of range and are left out of the horizon. Fix or delete them in %1.</source>
        <translation>
            <numerusform>%n запис у планах містить неприпустиме значення і не показаний в огляді термінів. Виправте або видаліть його в розділі «%1».</numerusform>
            <numerusform>%n записи в планах містять неприпустимі значення і не показані в огляді термінів. Виправте або видаліть їх у розділі «%1».</numerusform>
            <numerusform>%n записів у планах містять неприпустимі значення і не показані в огляді термінів. Виправте або видаліть їх у розділі «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar: days in bold have entries</source>
        <translation>Календар: дні із записами виділено жирним</translation>
    </message>
    <message>
        <source>On this day in earlier years:</source>
        <translation>Цього дня в минулі роки:</translation>
    </message>
    <message>
        <source>On this day in earlier years</source>
        <translation>Цього дня в минулі роки</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Поки нічого.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Write these words down and keep them somewhere safe. Without them the journal cannot be opened.</source>
        <translation>Запишіть ці слова і зберігайте в надійному місці. Без них щоденник не відкрити.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Дві нові парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>Changing the passphrase… This takes a few seconds.</source>
        <translation>Парольна фраза змінюється… Це займе кілька секунд.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Теперішня парольна фраза неправильна. Нічого не змінено.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used for this journal. Please choose another one.</source>
        <translation>Цю парольну фразу не можна використати для цього щоденника. Виберіть іншу.</translation>
    </message>
    <message>
        <source>The journal was locked. Nothing was changed.</source>
        <translation>Щоденник було заблоковано. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the journal folder cannot be written (is the disk full or read-only?). The old passphrase still opens the journal.</source>
        <translation>Не вдалося змінити парольну фразу: до теки щоденника не можна записати (диск заповнений або лише для читання?). Щоденник і далі відкривається старою парольною фразою.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed. The old passphrase still opens the journal.</source>
        <translation>Не вдалося змінити парольну фразу. Щоденник і далі відкривається старою парольною фразою.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Зміна парольної фрази</translation>
    </message>
    <message>
        <source>The journal is encrypted again with the new passphrase. Afterwards it locks, and you unlock it with the new passphrase. Backups made before keep their old passphrase. A second (decoy) passphrase, if you set one, stays as it is.</source>
        <translation>Щоденник буде наново зашифровано новою парольною фразою. Після цього він заблокується, і ви відкриєте його новою фразою. Резервні копії, зроблені раніше, відкриваються старою фразою. Друга (підставна) парольна фраза, якщо її задано, лишається такою самою.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Теперішня парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Н&amp;ова парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>П&amp;овторіть нову:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Теперішня парольна фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Нова парольна фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторіть нову парольну фразу</translation>
    </message>
    <message>
        <source>&amp;Show passphrases</source>
        <translation>По&amp;казати парольні фрази</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надійність парольної фрази</translation>
    </message>
    <message>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>&amp;Усе одно використати цей слабкий пароль</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Змінити парольну фразу</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Folder for the journal</source>
        <translation>Тека для щоденника</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Дві парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>Створюємо щоденник…</translation>
    </message>
    <message>
        <source>Create your journal</source>
        <translation>Створіть свій щоденник</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Повторіть &amp;її:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>По&amp;казати парольну фразу</translation>
    </message>
    <message>
        <source>Write these words down and keep them somewhere safe. Without them the journal cannot be opened.</source>
        <translation>Запишіть ці слова і зберігайте в надійному місці. Без них щоденник не відкрити.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надійність парольної фрази</translation>
    </message>
    <message>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>&amp;Все одно використати цю слабку фразу</translation>
    </message>
    <message>
        <source>Where the journal is kept:</source>
        <translation>Де зберігається щоденник:</translation>
    </message>
    <message>
        <source>In the &amp;usual place</source>
        <translation>У &amp;звичайному місці</translation>
    </message>
    <message>
        <source>In a folder I &amp;choose (for example on a USB stick)</source>
        <translation>У теці, яку я ви&amp;беру (наприклад, на флешці)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вибрат&amp;и…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Вибрати теку</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Create &amp;journal</source>
        <translation>Створити &amp;щоденник</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose on a calendar: %1</source>
        <translation>Вибрати в календарі: %1</translation>
    </message>
    <message>
        <source>Not a date yet (%1)</source>
        <translation>Ще не дата (%1)</translation>
    </message>
    <message>
        <source>DD</source>
        <translation>ДД</translation>
    </message>
    <message>
        <source>MM</source>
        <translation>ММ</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>РРРР</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Вибрати в календарі (Alt+Вниз)</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Edit deadline</source>
        <extracomment>how the due date is set: a date chosen, or computed from the zone&apos;s stay answer (the core&apos;s due_rule kind &quot;stay&quot;)</extracomment>
        <translation>Змінити строк</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Новий строк</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Час:</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>Н&amp;агадати:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Н&amp;отатки:</translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation>&amp;Стосується:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторювати</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Щороку</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Щомісяця</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Кожні N днів</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Дата строку</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>Вказати час</translation>
    </message>
    <message>
        <source>The deadline has a time of day</source>
        <translation>Строк має час доби</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> дн. заздалегідь</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>У день строку</translation>
    </message>
    <message>
        <source>Reminder, days before the due date</source>
        <translation>Нагадування: за скільки днів до строку</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Repeat every this many days</source>
        <translation>Повторювати через стільки днів</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>The document or trip this deadline belongs to</source>
        <translation>Документ або поїздка, яких стосується строк</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Нічого</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <source>Trip: %1, from %2</source>
        <translation>Поїздка: %1, з %2</translation>
    </message>
    <message>
        <source>Give the deadline a title.</source>
        <translation>Вкажіть назву строку.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Однаково зберегти</translation>
    </message>
    <message>
        <source>Be&amp;fore:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>У визначений день</translation>
    </message>
    <message>
        <source>Before the latest exit</source>
        <translation>До останнього дня виїзду</translation>
    </message>
    <message>
        <source>How the due date is set</source>
        <translation>Як задається строк</translation>
    </message>
    <message>
        <source> days before the latest exit from</source>
        <translation> дн. до останнього дня виїзду з</translation>
    </message>
    <message>
        <source>On the day of the latest exit from</source>
        <translation>В останній день виїзду з</translation>
    </message>
    <message>
        <source>Days before the latest exit</source>
        <translation>Днів до останнього дня виїзду</translation>
    </message>
    <message>
        <source>The due date follows the zone&apos;s stay answer: it moves when you add or change a trip.</source>
        <translation>Строк слідує за розрахунком перебування в зоні: він зсувається, коли ви додаєте або змінюєте поїздку.</translation>
    </message>
    <message>
        <source>Zone whose latest exit the deadline is counted from</source>
        <translation>Зона, від останнього дня виїзду з якої відлічується строк</translation>
    </message>
    <message>
        <source>Add a zone first: the date is counted from its trips.</source>
        <translation>Спершу додайте зону: дату рахують за її поїздками.</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Нагадування</translation>
    </message>
    <message>
        <source>Deadlines by checklist; tick one when it is done</source>
        <translation>Строки за чек-листами; позначте, коли виконаєте</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Показувати ви&amp;конані</translation>
    </message>
    <message>
        <source>Show deadlines that are done</source>
        <translation>Показувати виконані строки</translation>
    </message>
    <message>
        <source>&amp;Add deadline…</source>
        <translation>&amp;Додати строк…</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Додати строк</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Edit the deadline</source>
        <translation>Змінити строк</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Delete the deadline</source>
        <translation>Видалити строк</translation>
    </message>
    <message>
        <source>Apply a &amp;checklist…</source>
        <translation>Застосувати &amp;чек-лист…</translation>
    </message>
    <message>
        <source>Apply a checklist template</source>
        <translation>Застосувати шаблон чек-листа</translation>
    </message>
    <message>
        <source>Export to ca&amp;lendar…</source>
        <translation>Експорт у ка&amp;лендар…</translation>
    </message>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation>Експортувати строки у файл календаря</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Строки</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дні</numerusform>
            <numerusform>за %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (прострочено)</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Позначено як зроблене.</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>Позначку «зроблено» знято.</translation>
    </message>
    <message>
        <source>Done; it comes again on %1.</source>
        <translation>Зроблено; наступного разу — %1.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Delete deadline</source>
        <translation>Видалити строк</translation>
    </message>
    <message>
        <source>Delete this deadline? This cannot be undone.</source>
        <translation>Видалити цей строк? Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Export to a calendar file</source>
        <translation>Експорт у файл календаря</translation>
    </message>
    <message>
        <source>The calendar file is NOT encrypted: anyone who can open it will read the titles and notes of your deadlines. Calendar apps may also copy it to other devices.</source>
        <translation>Файл календаря НЕ зашифрований: будь-хто, хто зможе його відкрити, прочитає назви й нотатки ваших строків. Програми-календарі також можуть скопіювати його на інші пристрої.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>Експорт строків</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Календар (*.ics)</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Файл із такою назвою вже існує. Виберіть іншу назву.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) exported. Delete the file when you no longer need it.</source>
        <translation>
            <numerusform>Експортовано %n строк. Видаліть файл, коли він стане непотрібним.</numerusform>
            <numerusform>Експортовано %n строки. Видаліть файл, коли він стане непотрібним.</numerusform>
            <numerusform>Експортовано %n строків. Видаліть файл, коли він стане непотрібним.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecoySection</name>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Парольні фрази поки не збігаються.</translation>
    </message>
    <message>
        <source>Strength: %1. %2</source>
        <translation>Надійність: %1. %2</translation>
    </message>
    <message>
        <source>Setting the second passphrase…</source>
        <translation>Задаємо другу парольну фразу…</translation>
    </message>
    <message>
        <source>Remove the decoy journal</source>
        <translation>Видалити підставний щоденник</translation>
    </message>
    <message>
        <source>The second passphrase will stop working, and the journal it opens is overwritten: everything written in it is gone. This journal stays as it is.</source>
        <translation>Друга парольна фраза перестане працювати, а щоденник, який вона відкриває, буде перезаписано: усе, що в ньому написано, зникне. Цей щоденник залишиться як є.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Unlock the journal to set or remove a second passphrase.</source>
        <translation>Відкрийте щоденник, щоб задати або видалити другу парольну фразу.</translation>
    </message>
    <message>
        <source>Done. The second passphrase now opens an empty decoy journal. Lock, unlock with it and write a few ordinary entries, so that it looks lived in.</source>
        <translation>Готово. Друга парольна фраза тепер відкриває порожній підставний щоденник. Заблокуйте щоденник, відкрийте його другою фразою і напишіть кілька звичайних записів, щоб він виглядав обжитим.</translation>
    </message>
    <message>
        <source>Done. The decoy journal is gone; only this journal&apos;s passphrase opens the vault.</source>
        <translation>Готово. Підставного щоденника більше немає; сховище відкриває лише парольна фраза цього щоденника.</translation>
    </message>
    <message>
        <source>That is this journal&apos;s passphrase. Choose a different one for the decoy journal.</source>
        <translation>Це парольна фраза цього щоденника. Для підставного виберіть іншу.</translation>
    </message>
    <message>
        <source>The journal was locked before this was finished. Nothing was changed.</source>
        <translation>Щоденник заблокувався раніше, ніж усе завершилося. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The journal folder could not be written. Nothing was changed.</source>
        <translation>Не вдалося записати в теку щоденника. Нічого не змінено.</translation>
    </message>
    <message>
        <source>This did not work. Nothing was changed.</source>
        <translation>Не вийшло. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Second passphrase (decoy journal)</source>
        <translation>Друга парольна фраза (підставний щоденник)</translation>
    </message>
    <message>
        <source>If someone presses you for your passphrase, you can give a second one. It opens a separate, harmless journal instead of this one, and nothing in that journal points to this one. The files on the disk look the same with or without it.</source>
        <translation>Якщо від вас вимагають парольну фразу, можна назвати другу. Вона відкриває окремий, безневинний щоденник замість цього, і ніщо в ньому не вказує на цей. Файли на диску виглядають однаково — з другою фразою і без неї.</translation>
    </message>
    <message>
        <source>What it cannot do: someone who compares copies of the disk taken at different times may notice which file changes, so write to the decoy journal now and then. Setting a second passphrase replaces any earlier one, and the decoy journal starts empty. Removing it destroys the decoy journal. Do this only from your real journal: done from the decoy journal, it would replace your real one.</source>
        <translation>Чого це не може: той, хто порівняє копії диска, зроблені в різний час, може помітити, який файл змінюється, тож час від часу пишіть і в підставний щоденник. Нова друга парольна фраза замінює попередню, а підставний щоденник починається порожнім. Видалення знищує підставний щоденник. Робіть це лише зі справжнього щоденника: якщо зробити це з підставного, він замінить ваш справжній.</translation>
    </message>
    <message>
        <source>Important: the app cannot know which of the two journals is your real one. If you set or remove a second passphrase while the decoy journal is open, the other journal, your real one, is overwritten and lost for good. So: unlock with your real passphrase before you change anything here, never do it while someone makes you open the decoy, and keep a backup of your real journal on another device.</source>
        <translation>Важливо: застосунок не може знати, який із двох щоденників справжній. Якщо задати або вилучити другу парольну фразу, коли відкрито підставний щоденник, інший щоденник — ваш справжній — буде перезаписано й втрачено назавжди. Тому: перш ніж щось тут змінювати, відкрийте щоденник своєю справжньою парольною фразою; ніколи не робіть цього, коли вас змушують відкрити підставний щоденник; зберігайте резервну копію справжнього щоденника на іншому пристрої.</translation>
    </message>
    <message>
        <source>Second &amp;passphrase:</source>
        <translation>Друга &amp;парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Повторіть &amp;її:</translation>
    </message>
    <message>
        <source>Second passphrase, for the decoy journal</source>
        <translation>Друга парольна фраза, для підставного щоденника</translation>
    </message>
    <message>
        <source>Second passphrase again</source>
        <translation>Друга парольна фраза ще раз</translation>
    </message>
    <message>
        <source>&amp;Set second passphrase</source>
        <translation>Задати &amp;другу фразу</translation>
    </message>
    <message>
        <source>Remo&amp;ve decoy journal…</source>
        <translation>Видалити під&amp;ставний щоденник…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Виконується</translation>
    </message>
</context>
<context>
    <name>DeleteJournalDialog</name>
    <message>
        <source>DELETE</source>
        <translation>ВИДАЛИТИ</translation>
    </message>
    <message>
        <source>Backup files to delete as well</source>
        <translation>Резервні копії, які теж треба видалити</translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s) will be deleted as well.</source>
        <translation>
            <numerusform>Разом зі щоденником буде видалено %n резервну копію.</numerusform>
            <numerusform>Разом зі щоденником буде видалено %n резервні копії.</numerusform>
            <numerusform>Разом зі щоденником буде видалено %n резервних копій.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this journal</source>
        <translation>Видалити цей щоденник</translation>
    </message>
    <message>
        <source>Everything in the journal&apos;s folder will be overwritten with random bytes and deleted: entries, documents, deadlines, trips, attachments, and any other journal kept in the same folder. This cannot be undone. Backups are kept unless you add them below.</source>
        <translation>Усе в теці щоденника буде перезаписано випадковими даними й видалено: записи, документи, строки, поїздки, вкладення та будь-який інший щоденник у тій самій теці. Це не можна скасувати. Резервні копії залишаться, якщо не додати їх нижче.</translation>
    </message>
    <message>
        <source>What this cannot promise: on SSDs, USB sticks and memory cards, and on file systems that keep snapshots or copies, old pieces of the files may survive where the app cannot reach them. Those pieces are still encrypted: without your passphrase they are unreadable.</source>
        <translation>Чого це не гарантує: на SSD, флешках і картах пам’яті, а також у файлових системах, що зберігають знімки або копії, старі фрагменти файлів можуть залишитися там, куди програма не може дістатися. Ці фрагменти й далі зашифровані: без вашої парольної фрази їх не прочитати.</translation>
    </message>
    <message>
        <source>To confirm, type the word %1:</source>
        <translation>Для підтвердження введіть слово %1:</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Слово для підтвердження</translation>
    </message>
    <message>
        <source>Also delete &amp;backup files…</source>
        <translation>Видалити й &amp;резервні копії…</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Видалити назавжди</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Edit document</source>
        <translation>Змінити документ</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Новий документ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Власник:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Но&amp;мер:</translation>
    </message>
    <message>
        <source>Issuing &amp;country:</source>
        <translation>&amp;Країна видачі:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>Ви&amp;дано:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Закінчується:</translation>
    </message>
    <message>
        <source>Start &amp;renewing:</source>
        <translation>Почати &amp;продовження:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Н&amp;отатки:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файли:</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>For example: My passport</source>
        <translation>Наприклад: Мій паспорт</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Yourself or a family member</source>
        <translation>Ви або хтось із родини</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Країна видачі</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Відома</translation>
    </message>
    <message>
        <source>The issue date is known</source>
        <translation>Дата видачі відома</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Дата видачі</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Дата закінчення</translation>
    </message>
    <message>
        <source>No e&amp;xpiry</source>
        <translation>&amp;Безстроковий</translation>
    </message>
    <message>
        <source>The document does not expire</source>
        <translation>Документ безстроковий</translation>
    </message>
    <message>
        <source> days before it expires</source>
        <translation> дн. до закінчення</translation>
    </message>
    <message>
        <source>Renewal lead time in days</source>
        <translation>За скільки днів до закінчення почати продовження</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Give the document a title, for example “My passport”.</source>
        <translation>Дайте документу назву, наприклад «Мій паспорт».</translation>
    </message>
    <message>
        <source>The expiry date is before the issue date.</source>
        <translation>Дата закінчення раніша за дату видачі.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Однаково зберегти</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Visas and passport</source>
        <translation>Візи та паспорт</translation>
    </message>
    <message>
        <source>The &amp;passport must be valid this many months after the exit:</source>
        <translation>&amp;Паспорт має бути чинним стільки місяців після виїзду:</translation>
    </message>
    <message>
        <source>Months the passport must stay valid after the exit</source>
        <translation>Скільки місяців паспорт має бути чинним після виїзду</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Чинна з</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Чинна до</translation>
    </message>
    <message>
        <source>Entries (0: multiple)</source>
        <translation>В&apos;їзди (0: багаторазова)</translation>
    </message>
    <message>
        <source>Days (0: any)</source>
        <translation>Дні (0: без ліміту)</translation>
    </message>
    <message>
        <source>Visas; with any listed, a stay needs one</source>
        <translation>Візи; якщо вказано хоч одну, для перебування потрібна віза</translation>
    </message>
    <message>
        <source>Add &amp;visa</source>
        <translation>Додати &amp;візу</translation>
    </message>
    <message>
        <source>Remove visa</source>
        <translation>Видалити візу</translation>
    </message>
    <message>
        <source>Remove the selected visa</source>
        <translation>Видалити вибрану візу</translation>
    </message>
    <message>
        <source>Visa valid from</source>
        <translation>Віза чинна з</translation>
    </message>
    <message>
        <source>Visa valid until</source>
        <translation>Віза чинна до</translation>
    </message>
    <message>
        <source>Entries the visa allows (0: multiple)</source>
        <translation>Скільки в&apos;їздів дозволяє віза (0: багаторазова)</translation>
    </message>
    <message>
        <source>Days of stay the visa allows (0: only the zone&apos;s rules)</source>
        <translation>Скільки днів перебування дозволяє віза (0: лише правила зони)</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Власник</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Закінчується</translation>
    </message>
    <message>
        <source>Start renewing</source>
        <translation>Почати продовження</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Documents, what needs action first</source>
        <translation>Документи: спершу ті, що потребують уваги</translation>
    </message>
    <message>
        <source>No documents yet. Add your passports, visas and permits to see when to renew them.</source>
        <translation>Документів поки немає. Додайте паспорти, візи й посвідки, щоб бачити, коли їх продовжувати.</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>&amp;Додати документ…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Додати документ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Змінити…</translation>
    </message>
    <message>
        <source>Edit the document</source>
        <translation>Змінити документ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Delete the document</source>
        <translation>Видалити документ</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Безстроково</translation>
    </message>
    <message>
        <source>This document is no longer valid.</source>
        <translation>Цей документ більше не чинний.</translation>
    </message>
    <message>
        <source>Time to start renewing</source>
        <translation>Час починати продовження</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Закінчився %n день тому</numerusform>
            <numerusform>Закінчився %n дні тому</numerusform>
            <numerusform>Закінчився %n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Закінчується сьогодні</translation>
    </message>
    <message numerus="yes">
        <source>Start renewing now; expires in %n day(s)</source>
        <translation>
            <numerusform>Час продовжувати; закінчується через %n день</numerusform>
            <numerusform>Час продовжувати; закінчується через %n дні</numerusform>
            <numerusform>Час продовжувати; закінчується через %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Видалити документ</translation>
    </message>
    <message>
        <source>Delete this document and its attached files from the journal? This cannot be undone.</source>
        <translation>Видалити цей документ і прикріплені до нього файли зі щоденника? Це не можна скасувати.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Bold</source>
        <translation>Жирний</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Жирний (Ctrl+B)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Курсив</translation>
    </message>
    <message>
        <source>Italic (Ctrl+I)</source>
        <translation>Курсив (Ctrl+I)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Heading (Ctrl+Shift+H; Ctrl+1 to Ctrl+3, Ctrl+0 for text)</source>
        <translation>Заголовок (Ctrl+Shift+H; Ctrl+1 – Ctrl+3, Ctrl+0 — звичайний текст)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Маркований список (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Прапорець</translation>
    </message>
    <message>
        <source>Checkbox list; on a checkbox: tick it (Ctrl+Shift+X)</source>
        <translation>Список із прапорцями; на прапорці — позначити його (Ctrl+Shift+X)</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Quote (Ctrl+Shift+.)</source>
        <translation>Цитата (Ctrl+Shift+.)</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Посилання</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <translation>Посилання (Ctrl+K)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Прикріпити</translation>
    </message>
    <message>
        <source>Attach a photo or a file to this entry (Ctrl+Shift+A)</source>
        <translation>Прикріпити до запису фото або файл (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>Show the entry as it reads, or its text again (Ctrl+Shift+P)</source>
        <translation>Показати запис так, як він читається, або знову його текст (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Форматування</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата запису</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Мі&amp;тки:</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>через кому</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>Наст&amp;рій:</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Настрій</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 – very bad</source>
        <translation>1 – дуже погано</translation>
    </message>
    <message>
        <source>2 – bad</source>
        <translation>2 – погано</translation>
    </message>
    <message>
        <source>3 – so-so</source>
        <translation>3 – так собі</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – добре</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – дуже добре</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>В обраному</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Текст запису</translation>
    </message>
    <message>
        <source>Entry as it reads</source>
        <translation>Запис, як він читається</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>Пишіть тут…</translation>
    </message>
    <message>
        <source>Address of the link (empty removes it):</source>
        <translation>Адреса посилання (порожня — прибрати посилання):</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Файли Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Вебсторінка (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експорт</translation>
    </message>
    <message>
        <source>Markdown (a folder, one file per entry)</source>
        <translation>Markdown (тека, по файлу на запис)</translation>
    </message>
    <message>
        <source>HTML (one web page)</source>
        <translation>HTML (одна вебсторінка)</translation>
    </message>
    <message>
        <source>PDF (a timeline to print or hand over)</source>
        <translation>PDF (хронологія для друку або передачі)</translation>
    </message>
    <message>
        <source>JSON (everything, to move to another app or computer)</source>
        <translation>JSON (усе, для перенесення в іншу програму або на інший комп’ютер)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Формат експорту</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>З&amp;берегти як:</translation>
    </message>
    <message>
        <source>New file or folder for the export</source>
        <translation>Новий файл або тека для експорту</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Дати:</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;з</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;по</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Перший день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Останній день</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Мітки:</translation>
    </message>
    <message>
        <source>Only entries with all the ticked tags (none ticked: all entries)</source>
        <translation>Лише записи з усіма позначеними мітками (нічого не позначено — усі записи)</translation>
    </message>
    <message>
        <source>Only entries with all the ticked tags; tick none for all entries</source>
        <translation>Лише записи з усіма позначеними мітками; щоб узяти всі записи, нічого не позначайте</translation>
    </message>
    <message>
        <source>With the &amp;documents</source>
        <translation>З &amp;документами</translation>
    </message>
    <message>
        <source>With the tri&amp;ps</source>
        <translation>З поїзд&amp;ками</translation>
    </message>
    <message>
        <source>Each entry on a ne&amp;w page</source>
        <translation>Кожен запис з &amp;нової сторінки</translation>
    </message>
    <message>
        <source>Warning: the exported file is NOT encrypted. Anyone who gets it, or the disk or USB stick it is on, can read everything in it. Keep it only as long as you need it.</source>
        <translation>Увага: експортований файл НЕ зашифровано. Будь-хто, до кого потрапить він сам або диск чи флешка з ним, зможе прочитати все, що в ньому є. Зберігайте його, лише доки він потрібен.</translation>
    </message>
    <message>
        <source>I &amp;understand: write a file that is not encrypted</source>
        <translation>Я &amp;розумію: записати незашифрований файл</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Експортувати</translation>
    </message>
    <message>
        <source>Tick that you understand that the file is not encrypted.</source>
        <translation>Позначте, що розумієте: файл не зашифровано.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Виберіть, куди зберегти експорт.</translation>
    </message>
    <message>
        <source>Something with that name is already there. Choose a new name.</source>
        <translation>Там уже є щось із такою назвою. Виберіть іншу назву.</translation>
    </message>
    <message>
        <source>That folder is not there.</source>
        <translation>Цієї теки немає.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Перший день пізніше за останній.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Щоденник</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>в обраному</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>настрій</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>Entries from {first} to {last}</source>
        <translation>Записи з {first} по {last}</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>Записів: {n}</translation>
    </message>
    <message>
        <source>Made on {day}. This file is not encrypted.</source>
        <translation>Створено {day}. Цей файл не зашифровано.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Поїздки</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>закінчується</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>ще там</translation>
    </message>
    <message>
        <source>{n}</source>
        <comment>page number at the foot of a PDF page</comment>
        <translation>{n}</translation>
    </message>
    <message>
        <source>An entry of {date} is larger than {limit} MB; export it as Markdown or HTML.</source>
        <translation>Запис від {date} більший за {limit} МБ; експортуйте його в Markdown або HTML.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1. This copy is not encrypted.</source>
        <translation>
            <numerusform>%n запис експортовано в %1. Ця копія не зашифрована.</numerusform>
            <numerusform>%n записи експортовано в %1. Ця копія не зашифрована.</numerusform>
            <numerusform>%n записів експортовано в %1. Ця копія не зашифрована.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome</source>
        <translation>Ласкаво просимо</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Everything you write here is encrypted on this computer with your passphrase; without it, nobody can read your journal.</source>
        <translation>Усе, що ви тут пишете, шифрується на цьому комп’ютері вашою парольною фразою; без неї ніхто не зможе прочитати щоденник.</translation>
    </message>
    <message>
        <source>It does not hide that this app is installed, or that a journal exists on this computer.</source>
        <translation>Програма не приховує, що її встановлено і що на цьому комп’ютері є щоденник.</translation>
    </message>
    <message>
        <source>If you forget your passphrase, nobody can recover your journal, not even us.</source>
        <translation>Якщо ви забудете парольну фразу, щоденник не зможе відновити ніхто, навіть ми.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продовжити</translation>
    </message>
</context>
<context>
    <name>GenerateButton</name>
    <message>
        <source>&amp;Generate a passphrase</source>
        <translation>П&amp;ридумати парольну фразу</translation>
    </message>
    <message>
        <source>Six random words; write them down and keep them somewhere safe.</source>
        <translation>Шість випадкових слів; запишіть їх і зберігайте в надійному місці.</translation>
    </message>
    <message>
        <source>English words</source>
        <translation>Англійські слова</translation>
    </message>
    <message>
        <source>Russian words</source>
        <translation>Російські слова</translation>
    </message>
    <message>
        <source>Ukrainian words</source>
        <translation>Українські слова</translation>
    </message>
    <message>
        <source>Language of the generated words</source>
        <translation>Мова придуманих слів</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Посібник</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>The passphrase has been changed. Unlock the journal with the new passphrase.</source>
        <translation>Парольну фразу змінено. Відкрийте щоденник новою фразою.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Попередні версії</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Текст вибраної версії</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Відновити цю версію</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Відновити цю версію</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Збережено %1</translation>
    </message>
    <message>
        <source>This entry has no earlier versions yet.</source>
        <translation>Цей запис поки не має попередніх версій.</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Public holidays</source>
        <translation>Державні свята</translation>
    </message>
    <message>
        <source>none: only weekends are known</source>
        <translation>немає: відомі лише вихідні</translation>
    </message>
    <message>
        <source>%1. Years covered: %2. Written %3.</source>
        <translation>%1. Роки: %2. Складено %3.</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>Не ввійшло: %1</translation>
    </message>
    <message>
        <source>&amp;Days off</source>
        <translation>&amp;Вихідні та свята</translation>
    </message>
    <message>
        <source>&amp;Working weekend days</source>
        <translation>&amp;Робочі вихідні дні</translation>
    </message>
    <message>
        <source>Day to add</source>
        <translation>День для додавання</translation>
    </message>
    <message>
        <source>Add day &amp;off</source>
        <translation>Додати в&amp;ихідний</translation>
    </message>
    <message>
        <source>Add wor&amp;king day</source>
        <translation>Додати ро&amp;бочий день</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Remove the selected day</source>
        <translation>Видалити вибраний день</translation>
    </message>
</context>
<context>
    <name>HomeWorkspace</name>
    <message>
        <source>Show it</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Show what is due</source>
        <translation>Показати найближче</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Щоденник</translation>
    </message>
    <message>
        <source>&amp;Plans and documents</source>
        <translation>&amp;Плани й документи</translation>
    </message>
    <message>
        <source>Journal and plans</source>
        <translation>Щоденник і плани</translation>
    </message>
</context>
<context>
    <name>HorizonView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>По&amp;казати:</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Найближчий %n день</numerusform>
            <numerusform>Найближчі %n дні</numerusform>
            <numerusform>Найближчі %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>How far ahead to look</source>
        <translation>На скільки наперед дивитися</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Що на черзі</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Everything due, overdue first, then by week</source>
        <translation>Усе, що на черзі: спершу прострочене, потім за тижнями</translation>
    </message>
    <message>
        <source>Nothing is due in this time. Rest easy.</source>
        <translation>За цей період строків немає. Можна видихнути.</translation>
    </message>
    <message>
        <source>Now: over the stay limit</source>
        <translation>Зараз: строк перебування перевищено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Цього тижня</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Тиждень: %1</translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation>Позначте, коли зробите</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (прострочено)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Attached image</source>
        <translation>Прикріплене зображення</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>jrnl journals (*.txt *.jrnl);;All files (*)</source>
        <translation>Щоденники jrnl (*.txt *.jrnl);;Усі файли (*)</translation>
    </message>
    <message>
        <source>JSON export (*.json);;All files (*)</source>
        <translation>Експорт JSON (*.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>A jrnl journal</source>
        <translation>Щоденник jrnl</translation>
    </message>
    <message>
        <source>A JSON export of this app</source>
        <translation>Експорт цієї програми в JSON</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Що:</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Що імпортувати</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для імпорту</translation>
    </message>
    <message>
        <source>jrnl &amp;passphrase (if it is encrypted):</source>
        <translation>&amp;Парольна фраза jrnl (якщо його зашифровано):</translation>
    </message>
    <message>
        <source>The jrnl journal&apos;s passphrase, if it is encrypted</source>
        <translation>Парольна фраза щоденника jrnl, якщо його зашифровано</translation>
    </message>
    <message>
        <source>Everything is imported, or nothing: a file with a mistake changes nothing in this journal.</source>
        <translation>Імпортується все або нічого: файл із помилкою нічого не змінить у цьому щоденнику.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Виберіть файл для імпорту.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) imported.</source>
        <translation>
            <numerusform>Імпортовано %n запис.</numerusform>
            <numerusform>Імпортовано %n записи.</numerusform>
            <numerusform>Імпортовано %n записів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here and left as they were.</source>
        <translation>
            <numerusform>%n вже був тут і залишився без змін.</numerusform>
            <numerusform>%n вже були тут і залишилися без змін.</numerusform>
            <numerusform>%n вже були тут і залишилися без змін.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept twice because this journal had another version.</source>
        <translation>
            <numerusform>%n збережено у двох варіантах: у цьому щоденнику була інша версія.</numerusform>
            <numerusform>%n збережено у двох варіантах: у цьому щоденнику була інша версія.</numerusform>
            <numerusform>%n збережено у двох варіантах: у цьому щоденнику була інша версія.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalMessages</name>
    <message>
        <source>The journal is locked.</source>
        <translation>Щоденник заблоковано.</translation>
    </message>
    <message>
        <source>The journal file could not be written: the disk may be full or the file damaged.</source>
        <translation>Не вдалося записати файл щоденника: можливо, диск заповнений або файл пошкоджений.</translation>
    </message>
    <message>
        <source>Something in the entry is not accepted (for example, a tag longer than 100 characters).</source>
        <translation>Щось у записі не підходить (наприклад, мітка довша за 100 символів).</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Цього запису вже немає.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Щось пішло не так.</translation>
    </message>
    <message>
        <source>Not saved. {reason} Your text is still here; try again with Ctrl+S.</source>
        <translation>Не збережено. {reason} Ваш текст на місці; спробуйте ще раз: Ctrl+S.</translation>
    </message>
    <message>
        <source>The journal file could not be read or written. It may be damaged.</source>
        <translation>Не вдалося прочитати або записати файл щоденника. Можливо, він пошкоджений.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Цього запису вже немає.</translation>
    </message>
    <message>
        <source>That did not work. Nothing was changed.</source>
        <translation>Не вийшло. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>JournalWorkspace</name>
    <message>
        <source>Journal entries</source>
        <translation>Записи щоденника</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Новий запис</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Новий запис (Ctrl+N)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показати всі</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>Показати всі записи</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Історія…</translation>
    </message>
    <message>
        <source>Earlier versions of this entry (Ctrl+Shift+Y)</source>
        <translation>Попередні версії цього запису (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Earlier versions of this entry</source>
        <translation>Попередні версії цього запису</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>Ко&amp;шик…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календар</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Мітки</translation>
    </message>
    <message>
        <source>Calendar and tags</source>
        <translation>Календар і мітки</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Перемістити до кошика</translation>
    </message>
    <message>
        <source>Moved to trash.</source>
        <translation>Переміщено до кошика.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Мітка: %1</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>День: %1</translation>
    </message>
    <message>
        <source>An earlier version was restored.</source>
        <translation>Відновлено попередню версію.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The journal could not be deleted: it is open in another window, or the folder cannot be written.</source>
        <translation>Не вдалося видалити щоденник: його відкрито в іншому вікні або в теку не можна записувати.</translation>
    </message>
    <message>
        <source>The journal could not be deleted: the folder cannot be written.</source>
        <translation>Не вдалося видалити щоденник: у теку не можна записувати.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. Quit anyway and lose them?</source>
        <translation>Останні зміни не вдалося зберегти. Все одно вийти і втратити їх?</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New entry</source>
        <extracomment>The icons of the main commands (resources/icons/NAME.svg).</extracomment>
        <translation>&amp;Новий запис</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Зберегти зараз</translation>
    </message>
    <message>
        <source>&amp;History of this entry…</source>
        <translation>&amp;Історія запису…</translation>
    </message>
    <message>
        <source>&amp;Move entry to trash</source>
        <translation>&amp;Перемістити запис до кошика</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Кошик…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Змінити &amp;парольну фразу…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вирізати</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авити</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Виділити &amp;все</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Жирний</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Посилання…</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Прикріпити файли…</translation>
    </message>
    <message>
        <source>&amp;Heading</source>
        <translation>&amp;Заголовок</translation>
    </message>
    <message>
        <source>Heading &amp;1</source>
        <translation>Заголовок &amp;1</translation>
    </message>
    <message>
        <source>Heading &amp;2</source>
        <translation>Заголовок &amp;2</translation>
    </message>
    <message>
        <source>Heading &amp;3</source>
        <translation>Заголовок &amp;3</translation>
    </message>
    <message>
        <source>&amp;Plain text</source>
        <translation>&amp;Звичайний текст</translation>
    </message>
    <message>
        <source>Bulleted &amp;list</source>
        <translation>&amp;Маркований список</translation>
    </message>
    <message>
        <source>Check bo&amp;x</source>
        <translation>&amp;Прапорець</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Щоденник</translation>
    </message>
    <message>
        <source>&amp;Plans and documents</source>
        <translation>&amp;Плани й документи</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календар</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Мітки</translation>
    </message>
    <message>
        <source>P&amp;review of the entry</source>
        <translation>П&amp;ерегляд запису</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>На весь &amp;екран</translation>
    </message>
    <message>
        <source>&amp;What is due</source>
        <translation>&amp;Найближче</translation>
    </message>
    <message>
        <source>New &amp;document…</source>
        <translation>Новий &amp;документ…</translation>
    </message>
    <message>
        <source>New dead&amp;line…</source>
        <translation>Новий &amp;строк…</translation>
    </message>
    <message>
        <source>Add from a &amp;checklist…</source>
        <translation>Додати зі сп&amp;иску…</translation>
    </message>
    <message>
        <source>Export deadlines to a &amp;calendar file…</source>
        <translation>Експорт строків у файл &amp;календаря…</translation>
    </message>
    <message>
        <source>Record a &amp;trip…</source>
        <translation>Записати &amp;поїздку…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Посібник</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;About Journal</source>
        <translation>&amp;Про застосунок</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>П&amp;лани</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Як у &amp;системі</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Світла</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Темна</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Високий контраст</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a backup</source>
        <translation>Об’єднати з резервною копією</translation>
    </message>
    <message>
        <source>Entries and plans of the backup that are missing here are added; where both changed, the newer one wins, and where both changed since they parted, both are kept.</source>
        <translation>Записи й плани з резервної копії, яких тут немає, додаються; де змінювалися обидві копії, залишається новіша версія, а де обидві змінилися після того, як копії розійшлися, зберігаються обидві.</translation>
    </message>
    <message>
        <source>Backups (%1);;All files (*)</source>
        <translation>Резервні копії (%1);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл резервної копії:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервної копії</translation>
    </message>
    <message>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>&amp;Парольна фраза копії:</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Парольна фраза резервної копії</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Об’єднати</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Виберіть файл резервної копії.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Введіть парольну фразу резервної копії.</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Об’єднано: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n запис додано</numerusform>
            <numerusform>%n записи додано</numerusform>
            <numerusform>%n записів додано</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n оновлено</numerusform>
            <numerusform>%n оновлено</numerusform>
            <numerusform>%n оновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept twice because both copies had changed</source>
        <translation>
            <numerusform>%n збережено у двох варіантах, бо змінювалися обидві копії</numerusform>
            <numerusform>%n збережено у двох варіантах, бо змінювалися обидві копії</numerusform>
            <numerusform>%n збережено у двох варіантах, бо змінювалися обидві копії</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), deadline(s), trip(s) or file(s) added or updated</source>
        <translation>
            <numerusform>документів, строків, поїздок і файлів додано або оновлено: %n</numerusform>
            <numerusform>документів, строків, поїздок і файлів додано або оновлено: %n</numerusform>
            <numerusform>документів, строків, поїздок і файлів додано або оновлено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already the same</source>
        <translation>
            <numerusform>%n вже збігається</numerusform>
            <numerusform>%n вже збігаються</numerusform>
            <numerusform>%n вже збігаються</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрити повідомлення</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Повідомлення</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вибрат&amp;и…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Вибрати: %1</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Вибрати теку</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Вибрати файл</translation>
    </message>
    <message>
        <source>Choose a new file</source>
        <translation>Вибрати новий файл</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Попередня сторінка</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Наступна сторінка</translation>
    </message>
    <message>
        <source>Page of the attached PDF</source>
        <translation>Сторінка вкладеного PDF</translation>
    </message>
    <message>
        <source>Drawing the page</source>
        <translation>Сторінка малюється</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>Цю сторінку не вдається показати.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Also due: %1 and %2. Everything is in the Horizon.</source>
        <translation>Крім того: %1 і %2. Усе це — у вкладці «Найближче».</translation>
    </message>
    <message>
        <source>Also due: %1. Everything is in the Horizon.</source>
        <translation>Крім того: %1. Усе це — у вкладці «Найближче».</translation>
    </message>
    <message>
        <source>When you have a moment: %1 and %2. They are in the Horizon.</source>
        <translation>Коли матимете хвилинку: %1 і %2. Усе це — у вкладці «Найближче».</translation>
    </message>
    <message>
        <source>When you have a moment: %1. It is in the Horizon.</source>
        <translation>Коли матимете хвилинку: %1. Це — у вкладці «Найближче».</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документи</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Терміни</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Перебування</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>Закордонний паспорт</translation>
    </message>
    <message>
        <source>Internal passport</source>
        <translation>Внутрішній паспорт</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Віза</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Посвідка на проживання</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Реєстрація</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Посвідчення особи</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Посвідчення водія</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Страховка</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Податковий номер</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Інший документ</translation>
    </message>
    <message>
        <source>Days within a rolling window</source>
        <translation>Дні в ковзному вікні</translation>
    </message>
    <message>
        <source>Days per entry</source>
        <translation>Дні за один в’їзд</translation>
    </message>
    <message>
        <source>Days per calendar year</source>
        <translation>Дні за календарний рік</translation>
    </message>
    <message>
        <source>%1 days in any %2 days</source>
        <translation>%1 дн. у будь-які %2 дн.</translation>
    </message>
    <message>
        <source>Schengen area</source>
        <translation>Шенгенська зона</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Туреччина</translation>
    </message>
    <message>
        <source>Kazakhstan (not EAEU citizens)</source>
        <translation>Казахстан (громадяни не з ЄАЕС)</translation>
    </message>
    <message>
        <source>Kazakhstan (EAEU citizens)</source>
        <translation>Казахстан (громадяни ЄАЕС)</translation>
    </message>
    <message>
        <source>Georgia (Russian citizens)</source>
        <translation>Грузія (громадяни Росії)</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербія</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Вірменія</translation>
    </message>
    <message>
        <source>Russia (foreign citizens)</source>
        <translation>Росія (іноземні громадяни)</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Щороку</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Щомісяця</translation>
    </message>
    <message>
        <source>Start renewing: %1</source>
        <translation>Час продовжувати: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Спливає: %1</translation>
    </message>
    <message>
        <source>Latest exit from %1</source>
        <translation>Останній виїзд: %1</translation>
    </message>
    <message>
        <source>Planned trips go over the limit: %1</source>
        <translation>Заплановані поїздки перевищують ліміт: %1</translation>
    </message>
    <message>
        <source>Register arrival: %1</source>
        <translation>Реєстрація після приїзду: %1</translation>
    </message>
    <message>
        <source>%1 is far in the past.</source>
        <translation>Дата %1 — далеко в минулому.</translation>
    </message>
    <message>
        <source>%1 is far in the future.</source>
        <translation>Дата %1 — далеко в майбутньому.</translation>
    </message>
    <message>
        <source>The issue date, %1, is in the future.</source>
        <translation>Дата видачі (%1) ще не настала.</translation>
    </message>
    <message>
        <source>This repeating deadline starts on %1: it is more than one repeat behind already.</source>
        <translation>Перша дата цього повторюваного строку (%1) відстала вже більш ніж на один повтор.</translation>
    </message>
    <message>
        <source>Please check the dates:</source>
        <translation>Перевірте дати:</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Однаково зберегти?</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>з %1 по %2</translation>
    </message>
    <message>
        <source>from %1, still there</source>
        <translation>з %1, поїздка триває</translation>
    </message>
    <message>
        <source>This trip shares days with another trip in the same zone (%1). Save it anyway?</source>
        <translation>Ця поїздка має спільні дні з іншою поїздкою в тій самій зоні (%1). Однаково зберегти?</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>Щоденник заблоковано.</translation>
    </message>
    <message>
        <source>The journal file could not be read or written. It may be damaged.</source>
        <translation>Не вдалося прочитати або записати файл щоденника. Можливо, він пошкоджений.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Цього вже немає.</translation>
    </message>
    <message>
        <source>The exit date is before the entry date.</source>
        <translation>Дата виїзду раніша за дату в’їзду.</translation>
    </message>
    <message>
        <source>This trip shares days with another trip in the same zone.</source>
        <translation>Ця поїздка має спільні дні з іншою поїздкою в тій самій зоні.</translation>
    </message>
    <message>
        <source>A date must be between %1 and %2, and a number of days at most %3 (about ten years).</source>
        <translation>Дата має бути між %1 і %2, а кількість днів — не більше %3 (близько десяти років).</translation>
    </message>
    <message>
        <source>Something in the form is not accepted. Please check the dates and numbers.</source>
        <translation>Щось у формі не підходить. Перевірте дати й числа.</translation>
    </message>
    <message>
        <source>That did not work. Nothing was changed.</source>
        <translation>Не вийшло. Нічого не змінено.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Не вдалося прочитати або записати файл.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Щось пішло не так. Нічого не змінено.</translation>
    </message>
    <message>
        <source>Months per entry</source>
        <translation>Місяців за в&apos;їзд</translation>
    </message>
    <message>
        <source>Days within calendar months</source>
        <translation>Днів за календарні місяці</translation>
    </message>
    <message>
        <source>Entries within a window</source>
        <translation>В&apos;їздів за період</translation>
    </message>
    <message>
        <source>Days outside before re-entry</source>
        <translation>Днів поза країною до нового в&apos;їзду</translation>
    </message>
    <message>
        <source>of moving to each new address</source>
        <translation>після переїзду на кожну нову адресу</translation>
    </message>
    <message>
        <source>of each arrival</source>
        <translation>після кожного в&apos;їзду</translation>
    </message>
    <message>
        <source>Latest exit from %1: the visa ends</source>
        <translation>Останній день виїзду з %1: закінчується віза</translation>
    </message>
    <message>
        <source>Latest exit from %1: the passport must stay valid</source>
        <translation>Останній день виїзду з %1: паспорт має залишатися чинним</translation>
    </message>
    <message>
        <source>A planned trip to %1 has no visa for its dates</source>
        <translation>Для запланованої поїздки до %1 немає візи на ці дати</translation>
    </message>
    <message>
        <source>A planned trip to %1 ends too close to the passport&apos;s expiry</source>
        <translation>Запланована поїздка до %1 закінчується надто близько до кінця строку паспорта</translation>
    </message>
</context>
<context>
    <name>PlannerPlurals</name>
    <message numerus="yes">
        <source>%n day(s) per entry</source>
        <translation>
            <numerusform>%n день за в’їзд</numerusform>
            <numerusform>%n дні за в’їзд</numerusform>
            <numerusform>%n днів за в’їзд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) per calendar year</source>
        <translation>
            <numerusform>%n день за календарний рік</numerusform>
            <numerusform>%n дні за календарний рік</numerusform>
            <numerusform>%n днів за календарний рік</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Кожен %n день</numerusform>
            <numerusform>Кожні %n дні</numerusform>
            <numerusform>Кожні %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n справа прострочена</numerusform>
            <numerusform>%n справи прострочені</numerusform>
            <numerusform>%n справ прострочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within two weeks</source>
        <translation>
            <numerusform>%n строк у найближчі два тижні</numerusform>
            <numerusform>%n строки в найближчі два тижні</numerusform>
            <numerusform>%n строків у найближчі два тижні</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the limit in %1 by %n day(s), since %2</source>
        <translation>
            <numerusform>Строк перевищено: %1 — на %n день, з %2</numerusform>
            <numerusform>Строк перевищено: %1 — на %n дні, з %2</numerusform>
            <numerusform>Строк перевищено: %1 — на %n днів, з %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are over the limit in %1 by %n day(s) since %2.</source>
        <translation>
            <numerusform>Ви перевищили строк перебування: %1 — на %n день, з %2.</numerusform>
            <numerusform>Ви перевищили строк перебування: %1 — на %n дні, з %2.</numerusform>
            <numerusform>Ви перевищили строк перебування: %1 — на %n днів, з %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over by %n day(s)</source>
        <translation>
            <numerusform>перевищено на %n день</numerusform>
            <numerusform>перевищено на %n дні</numerusform>
            <numerusform>перевищено на %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>залишився %n день</numerusform>
            <numerusform>залишилося %n дні</numerusform>
            <numerusform>залишилося %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trip is %Ln day(s) long.</source>
        <translation>
            <numerusform>Поїздка триває %Ln день.</numerusform>
            <numerusform>Поїздка триває %Ln дні.</numerusform>
            <numerusform>Поїздка триває %Ln днів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reminder, %n day(s) before %1, would have started before today.</source>
        <translation>
            <numerusform>Нагадування за %n день до строку (%1) почалося б раніше, ніж сьогодні.</numerusform>
            <numerusform>Нагадування за %n дні до строку (%1) почалося б раніше, ніж сьогодні.</numerusform>
            <numerusform>Нагадування за %n днів до строку (%1) почалося б раніше, ніж сьогодні.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerWorkspace</name>
    <message>
        <source>&amp;Horizon</source>
        <translation>&amp;Найближче</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Д&amp;окументи</translation>
    </message>
    <message>
        <source>Dead&amp;lines</source>
        <translation>&amp;Строки</translation>
    </message>
    <message>
        <source>&amp;Stays</source>
        <translation>П&amp;еребування</translation>
    </message>
    <message>
        <source>Documents, deadlines and stays</source>
        <translation>Документи, строки й перебування</translation>
    </message>
</context>
<context>
    <name>RegistrationBox</name>
    <message>
        <source>Registration</source>
        <translation>Реєстрація</translation>
    </message>
    <message>
        <source>Register &amp;within</source>
        <translation>Зареєструватися &amp;протягом</translation>
    </message>
    <message>
        <source>Registration is required after arrival</source>
        <translation>Після в&apos;їзду потрібна реєстрація</translation>
    </message>
    <message>
        <source>Time to register</source>
        <translation>Строк реєстрації</translation>
    </message>
    <message>
        <source>days</source>
        <translation>днів</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>робочих днів</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>годин</translation>
    </message>
    <message>
        <source>of each arrival</source>
        <translation>після кожного в&apos;їзду</translation>
    </message>
    <message>
        <source>of moving to each new address</source>
        <translation>після переїзду на кожну нову адресу</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Рахується в</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Рахується від</translation>
    </message>
    <message>
        <source>only if the stay is longer than (days):</source>
        <translation>лише якщо перебування довше (днів):</translation>
    </message>
    <message>
        <source>Stays up to this many days need no registration</source>
        <translation>Перебування до стількох днів не потребує реєстрації</translation>
    </message>
    <message>
        <source>Public holidays o&amp;f:</source>
        <translation>Свята к&amp;раїни:</translation>
    </message>
    <message>
        <source>Edit &amp;holidays…</source>
        <translation>&amp;Свята…</translation>
    </message>
    <message>
        <source>Edit the public holidays of the country</source>
        <translation>Змінити державні свята країни</translation>
    </message>
    <message>
        <source>Public holidays of the country</source>
        <translation>Державні свята країни</translation>
    </message>
    <message>
        <source>Whose public holidays are skipped when counting working days</source>
        <translation>Чиї свята пропускаються під час підрахунку робочих днів</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Journal: over a stay limit</source>
        <translation>Щоденник: строк перебування перевищено</translation>
    </message>
    <message>
        <source>You are over a stay limit now. Open the journal to see where and since when.</source>
        <translation>Зараз строк перебування перевищено. Відкрийте щоденник, щоб побачити, де і з якого дня.</translation>
    </message>
    <message>
        <source>Journal: reminder</source>
        <translation>Щоденник: нагадування</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) today</source>
        <translation>
            <numerusform>На сьогодні %n строк</numerusform>
            <numerusform>На сьогодні %n строки</numerusform>
            <numerusform>На сьогодні %n строків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
            <numerusform>і ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Відновити з резервної копії</translation>
    </message>
    <message>
        <source>Backups (%1);;All files (*)</source>
        <translation>Резервні копії (%1);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл резервної копії:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервної копії</translation>
    </message>
    <message>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>&amp;Парольна фраза копії:</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Парольна фраза резервної копії</translation>
    </message>
    <message>
        <source>&amp;Restore into the folder:</source>
        <translation>&amp;Відновити в теку:</translation>
    </message>
    <message>
        <source>Folder for the restored journal (new or empty)</source>
        <translation>Тека для відновленого щоденника (нова або порожня)</translation>
    </message>
    <message>
        <source>New passphrase (&amp;optional):</source>
        <translation>Нова парольна фраза (&amp;необов’язково):</translation>
    </message>
    <message>
        <source>New passphrase for the restored journal (optional)</source>
        <translation>Нова парольна фраза для відновленого щоденника (необов’язково)</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Ще &amp;раз:</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Нова парольна фраза, ще раз</translation>
    </message>
    <message>
        <source>Use the restored journal from now on</source>
        <translation>Надалі користуватися відновленим щоденником</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Відн&amp;овити</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Виберіть файл резервної копії.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Введіть парольну фразу резервної копії.</translation>
    </message>
    <message>
        <source>Choose a folder for the restored journal.</source>
        <translation>Виберіть теку для відновленого щоденника.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>Парольна фраза має містити щонайменше %n символ.</numerusform>
            <numerusform>Парольна фраза має містити щонайменше %n символи.</numerusform>
            <numerusform>Парольна фраза має містити щонайменше %n символів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Нові парольні фрази не збігаються.</translation>
    </message>
    <message>
        <source>The open journal could not be locked (its changes could not be saved).</source>
        <translation>Не вдалося заблокувати відкритий щоденник (його зміни не збереглися).</translation>
    </message>
    <message>
        <source>The journal is restored into %1.</source>
        <translation>Щоденник відновлено в теку %1.</translation>
    </message>
    <message>
        <source>The journal that was there is kept as %1.</source>
        <translation>Щоденник, який там був, збережено як %1.</translation>
    </message>
</context>
<context>
    <name>RulePlurals</name>
    <message numerus="yes">
        <source>%n month(s) per entry</source>
        <translation>
            <numerusform>%n місяць за в&apos;їзд</numerusform>
            <numerusform>%n місяці за в&apos;їзд</numerusform>
            <numerusform>%n місяців за в&apos;їзд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in any</source>
        <translation>
            <numerusform>%n день у будь-які</numerusform>
            <numerusform>%n дні у будь-які</numerusform>
            <numerusform>%n днів у будь-які</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar month(s)</source>
        <translation>
            <numerusform>%n календарний місяць</numerusform>
            <numerusform>%n календарні місяці</numerusform>
            <numerusform>%n календарних місяців</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n entry(ies) in any</source>
        <translation>
            <numerusform>не більше %n в&apos;їзду за будь-які</numerusform>
            <numerusform>не більше %n в&apos;їздів за будь-які</numerusform>
            <numerusform>не більше %n в&apos;їздів за будь-які</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) outside before entering again</source>
        <translation>
            <numerusform>%n день поза країною до нового в&apos;їзду</numerusform>
            <numerusform>%n дні поза країною до нового в&apos;їзду</numerusform>
            <numerusform>%n днів поза країною до нового в&apos;їзду</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register within %n hour(s)</source>
        <translation>
            <numerusform>Зареєструватися протягом %n години</numerusform>
            <numerusform>Зареєструватися протягом %n годин</numerusform>
            <numerusform>Зареєструватися протягом %n годин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register within %n working day(s)</source>
        <translation>
            <numerusform>Зареєструватися протягом %n робочого дня</numerusform>
            <numerusform>Зареєструватися протягом %n робочих днів</numerusform>
            <numerusform>Зареєструватися протягом %n робочих днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register within %n day(s)</source>
        <translation>
            <numerusform>Зареєструватися протягом %n дня</numerusform>
            <numerusform>Зареєструватися протягом %n днів</numerusform>
            <numerusform>Зареєструватися протягом %n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>if the stay is longer than %n day(s)</source>
        <translation>
            <numerusform>якщо перебування довше за %n день</numerusform>
            <numerusform>якщо перебування довше за %n дні</numerusform>
            <numerusform>якщо перебування довше за %n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Пошук (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words find every form of the word. &quot;two words&quot; finds a phrase, pref* a beginning, -word excludes, tag:name, from:YYYY-MM-DD and to:YYYY-MM-DD filter.</source>
        <translation>Слово знаходиться в усіх формах. &quot;два слова&quot; — пошук фрази, поч* — початок слова, -слово — виключити; tag:назва, from:РРРР-ММ-ДД і to:РРРР-ММ-ДД — фільтри.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Шукаємо…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>Знайдено %n запис</numerusform>
            <numerusform>Знайдено %n записи</numerusform>
            <numerusform>Знайдено %n записів</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries found</source>
        <translation>Нічого не знайдено</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Оформлення:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Блокувати після &amp;бездіяльності:</translation>
    </message>
    <message>
        <source>Clear copied text &amp;after:</source>
        <translation>Прибирати скопійований текст &amp;через:</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>&amp;Розмір шрифту редактора:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світле</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темне</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Високий контраст</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Ніколи</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray</source>
        <translation>Показувати значок у системному &amp;лотку</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Оформлення</translation>
    </message>
    <message>
        <source>Minutes without use before the journal locks</source>
        <translation>Хвилин без дій до блокування щоденника</translation>
    </message>
    <message>
        <source>Seconds before copied text is removed from the clipboard</source>
        <translation>Секунд до видалення скопійованого тексту з буфера обміну</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Розмір шрифту редактора</translation>
    </message>
    <message>
        <source>&amp;Window title:</source>
        <translation>&amp;Заголовок вікна:</translation>
    </message>
    <message>
        <source>The name others see on the window and in the task bar. Do not write anything private here.</source>
        <translation>Цю назву бачать інші: на вікні й на панелі завдань. Не пишіть сюди нічого особистого.</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>Заголовок вікна</translation>
    </message>
    <message>
        <source>&amp;Delete the journal after this many wrong passphrases in a row:</source>
        <translation>&amp;Видаляти щоденник після стількох неправильних парольних фраз поспіль:</translation>
    </message>
    <message>
        <source>Wrong passphrases before the journal is deleted</source>
        <translation>Неправильних парольних фраз до видалення щоденника</translation>
    </message>
    <message>
        <source>Warning: when this is on, the journal is overwritten and deleted without asking once the number is reached. Anyone who has the laptop can do that by typing wrong passphrases, and so can you on a bad day. Deleted means gone: keep a backup somewhere else if you turn this on. Someone who copies the journal&apos;s files first is not stopped by this.</source>
        <translation>Увага: якщо це ввімкнено, щоденник буде перезаписано й видалено без запитань, щойно число буде досягнуто. Це може зробити будь-хто, у кого опиниться ноутбук, просто вводячи неправильні парольні фрази, — і ви самі у важкий день. Видалене не повернути: якщо вмикаєте це, зберігайте резервну копію деінде. Того, хто спершу скопіює файли щоденника, це не зупинить.</translation>
    </message>
    <message>
        <source>Delete this &amp;journal…</source>
        <translation>Видалити цей &amp;щоденник…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Змінити &amp;парольну фразу…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>Пошук комбінацій клавіш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Що робить</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
</context>
<context>
    <name>StayAnswers</name>
    <message>
        <source>Days used:</source>
        <translation>Використано:</translation>
    </message>
    <message>
        <source>Days remaining:</source>
        <translation>Залишилося:</translation>
    </message>
    <message>
        <source>Longest stay from this date:</source>
        <translation>Можна пробути з цієї дати:</translation>
    </message>
    <message>
        <source>Latest exit:</source>
        <translation>Виїхати не пізніше:</translation>
    </message>
    <message>
        <source>Earliest entry:</source>
        <translation>В’їхати не раніше:</translation>
    </message>
    <message>
        <source>Earliest entry for the stay:</source>
        <translation>В’їхати на такий строк не раніше:</translation>
    </message>
    <message>
        <source>Each rule:</source>
        <translation>За кожним правилом:</translation>
    </message>
    <message>
        <source>Days over the limit:</source>
        <translation>Дні понад ліміт:</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 з %2 дн.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the limit by %n day(s)</source>
        <translation>
            <numerusform>Понад ліміт на %n день</numerusform>
            <numerusform>Понад ліміт на %n дні</numerusform>
            <numerusform>Понад ліміт на %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>No day is allowed from this date</source>
        <translation>З цієї дати не можна пробути жодного дня</translation>
    </message>
    <message>
        <source>Not within the next ten years</source>
        <translation>Не в найближчі десять років</translation>
    </message>
    <message numerus="yes">
        <source>Earliest entry for %n day(s):</source>
        <translation>
            <numerusform>В’їхати на %n день не раніше:</numerusform>
            <numerusform>В’їхати на %n дні не раніше:</numerusform>
            <numerusform>В’їхати на %n днів не раніше:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 used, %3</source>
        <translation>%1: використано %2, %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Немає</translation>
    </message>
    <message>
        <source>%1 to %2 (up to %3 days)</source>
        <translation>з %1 по %2 (до %3 дн.)</translation>
    </message>
</context>
<context>
    <name>StayChart</name>
    <message>
        <source>Chart of days used over time</source>
        <extracomment>One color per rule, in the zone&apos;s order (the first is the palette&apos;s link color).</extracomment>
        <translation>Графік використаних днів у часі</translation>
    </message>
    <message>
        <source>Today %1 of %2 days used.</source>
        <translation>Сьогодні використано %1 з %2 дн.</translation>
    </message>
    <message>
        <source>Over the limit.</source>
        <translation>Ліміт перевищено.</translation>
    </message>
    <message>
        <source>Days free up from %1.</source>
        <translation>Дні почнуть звільнятися з %1.</translation>
    </message>
    <message>
        <source>No trips to show.</source>
        <translation>Поїздок поки немає.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сьогодні, %1</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (ліміт %2)</translation>
    </message>
</context>
<context>
    <name>StaysView</name>
    <message>
        <source>Countries and zones</source>
        <translation>Країни та зони</translation>
    </message>
    <message>
        <source>New &amp;zone…</source>
        <translation>&amp;Своя зона…</translation>
    </message>
    <message>
        <source>Delete zone…</source>
        <translation>Видалити зону…</translation>
    </message>
    <message>
        <source>Delete this zone and its trips</source>
        <translation>Видалити цю зону та її поїздки</translation>
    </message>
    <message>
        <source>Add a country or area with its own rules</source>
        <translation>Додати країну або зону з власними правилами</translation>
    </message>
    <message>
        <source>Edit &amp;rules…</source>
        <translation>Змінити п&amp;равила…</translation>
    </message>
    <message>
        <source>Edit the rules of this zone</source>
        <translation>Змінити правила цієї зони</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Поїздки</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>В’їзд</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Виїзд</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Днів</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Рахуються</translation>
    </message>
    <message>
        <source>Trips to this zone, past and planned</source>
        <translation>Поїздки до цієї зони, минулі й заплановані</translation>
    </message>
    <message>
        <source>&amp;Add trip…</source>
        <translation>&amp;Додати поїздку…</translation>
    </message>
    <message>
        <source>Add a trip</source>
        <translation>Додати поїздку</translation>
    </message>
    <message>
        <source>&amp;Edit trip…</source>
        <translation>&amp;Змінити поїздку…</translation>
    </message>
    <message>
        <source>Edit the trip</source>
        <translation>Змінити поїздку</translation>
    </message>
    <message>
        <source>&amp;Delete trip</source>
        <translation>&amp;Видалити поїздку</translation>
    </message>
    <message>
        <source>Delete the trip</source>
        <translation>Видалити поїздку</translation>
    </message>
    <message>
        <source>How long may I stay?</source>
        <translation>Скільки можна пробути?</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>На да&amp;ту:</translation>
    </message>
    <message>
        <source>The date to answer for</source>
        <translation>Дата, на яку потрібна відповідь</translation>
    </message>
    <message>
        <source>A stay &amp;of:</source>
        <translation>Тр&amp;ивалість перебування:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Length of a planned stay in days</source>
        <translation>Тривалість запланованого перебування в днях</translation>
    </message>
    <message numerus="yes">
        <source>Register within %n day(s) of arrival.</source>
        <translation>
            <numerusform>Реєстрація — протягом %n дня після прибуття.</numerusform>
            <numerusform>Реєстрація — протягом %n днів після прибуття.</numerusform>
            <numerusform>Реєстрація — протягом %n днів після прибуття.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset written %1. Rules change: check the official source before you rely on it.</source>
        <translation>Дані на %1. Правила змінюються: перш ніж на них покладатися, перевірте офіційне джерело.</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>ще там</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>No (resident)</source>
        <translation>Ні (посвідка)</translation>
    </message>
    <message>
        <source>Delete trip</source>
        <translation>Видалити поїздку</translation>
    </message>
    <message>
        <source>Delete this trip?</source>
        <translation>Видалити цю поїздку?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message numerus="yes">
        <source>Delete the zone %1 and its %n trip(s)? Its deadlines stay.</source>
        <translation>
            <numerusform>Видалити зону %1 і її %n поїздку? Строки залишаться.</numerusform>
            <numerusform>Видалити зону %1 і її %n поїздки? Строки залишаться.</numerusform>
            <numerusform>Видалити зону %1 і її %n поїздок? Строки залишаться.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Видалити зону</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Tags</source>
        <translation>Мітки</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Усі записи</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запис</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Working…</source>
        <translation>Виконується…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасовуємо…</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Apply a checklist template</source>
        <translation>Застосувати шаблон чек-листа</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Чек-лист:</translation>
    </message>
    <message>
        <source>Checklist template</source>
        <translation>Шаблон чек-листа</translation>
    </message>
    <message>
        <source>Anchor date</source>
        <translation>Опорна дата</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Завдання</translation>
    </message>
    <message>
        <source>Tasks this checklist will add</source>
        <translation>Завдання, які додасть цей чек-лист</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Застосувати</translation>
    </message>
    <message>
        <source>No checklist templates were found.</source>
        <translation>Шаблонів чек-листів не знайдено.</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>Складено %1.</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Однаково застосувати</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Кошик</translation>
    </message>
    <message>
        <source>Entries in the trash</source>
        <translation>Записи в кошику</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Restore the chosen entries</source>
        <translation>Відновити вибрані записи</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Очистити кошик…</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Очистити кошик</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>Видалити на&amp;завжди</translation>
    </message>
    <message>
        <source>Delete every entry in the trash for good</source>
        <translation>Видалити назавжди всі записи в кошику</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без назви</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Кошик порожній.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Видалити %n запис назавжди? Це не можна скасувати.</numerusform>
            <numerusform>Видалити %n записи назавжди? Це не можна скасувати.</numerusform>
            <numerusform>Видалити %n записів назавжди? Це не можна скасувати.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показати</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Edit trip</source>
        <translation>Змінити поїздку</translation>
    </message>
    <message>
        <source>New trip</source>
        <translation>Нова поїздка</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;В’їзд:</translation>
    </message>
    <message>
        <source>E&amp;xit:</source>
        <translation>Виї&amp;зд:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата в’їзду</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Дата виїзду</translation>
    </message>
    <message>
        <source>&amp;Still there</source>
        <translation>&amp;Ще там</translation>
    </message>
    <message>
        <source>Still there, no exit date yet</source>
        <translation>Ще там, дати виїзду поки немає</translation>
    </message>
    <message>
        <source>Under a residence permit or long-stay visa (days do not count)</source>
        <translation>За посвідкою на проживання або довгостроковою візою (дні не рахуються)</translation>
    </message>
    <message>
        <source>Days under a residence permit do not count</source>
        <translation>Дні за посвідкою на проживання не рахуються</translation>
    </message>
    <message>
        <source>The exit date is before the entry date.</source>
        <translation>Дата виїзду раніша за дату в’їзду.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Однаково зберегти</translation>
    </message>
    <message>
        <source>Register arrival: {zone}</source>
        <translation>Зареєструватися після прибуття: {zone}</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>&amp;Border:</source>
        <translation>&amp;Кордон:</translation>
    </message>
    <message>
        <source>Country entered, a two- or three-letter code</source>
        <translation>Країна в&apos;їзду, код із двох або трьох літер</translation>
    </message>
    <message>
        <source>For zones whose members joined on different dates: the country you entered (BG, RO, HR).</source>
        <translation>Для зон, країни яких приєдналися в різний час: країна, до якої ви в&apos;їхали (BG, RO, HR).</translation>
    </message>
    <message>
        <source>Any member</source>
        <translation>Будь-яка країна зони</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>By air</source>
        <translation>Повітрям</translation>
    </message>
    <message>
        <source>By sea</source>
        <translation>Морем</translation>
    </message>
    <message>
        <source>By land</source>
        <translation>Суходолом</translation>
    </message>
    <message>
        <source>How you crossed the border</source>
        <translation>Як ви перетнули кордон</translation>
    </message>
    <message>
        <source>The country is a two- or three-letter code, such as BG or HR.</source>
        <translation>Країну вказують кодом із двох або трьох літер, наприклад BG або HR.</translation>
    </message>
    <message>
        <source>Public holidays of {year} are not known: only weekends were skipped.</source>
        <translation>Святкові дні {year} року невідомі: пропущено лише вихідні.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Opening the journal…</source>
        <translation>Відкриваємо щоденник…</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Забагато неправильних парольних фраз. Спробувати знову можна через %n секунду.</numerusform>
            <numerusform>Забагато неправильних парольних фраз. Спробувати знову можна через %n секунди.</numerusform>
            <numerusform>Забагато неправильних парольних фраз. Спробувати знову можна через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Зачекайте %n с</numerusform>
            <numerusform>Зачекайте %n с</numerusform>
            <numerusform>Зачекайте %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Сховати</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показати</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Сховати парольну фразу</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показати парольну фразу</translation>
    </message>
    <message>
        <source>The journal is locked</source>
        <translation>Щоденник заблоковано</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Схоже, увімкнено Caps Lock.</translation>
    </message>
    <message>
        <source>Create a &amp;new journal…</source>
        <translation>Створити &amp;новий щоденник…</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>The journal is open in another window. Lock or close it there first, then try again.</source>
        <translation>Щоденник відкрито в іншому вікні. Заблокуйте або закрийте його там і спробуйте знову.</translation>
    </message>
    <message>
        <source>That passphrase did not open the journal. Please check it and try again.</source>
        <translation>Ця парольна фраза не відкрила щоденник. Перевірте її і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal cannot be opened. Your passphrase was not the problem and nothing was changed. Free some space on this disk, then try again.</source>
        <translation>Диск заповнений, тому щоденник не відкривається. Справа не в парольній фразі, і нічого не змінено. Звільніть місце на цьому диску й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The journal folder cannot be written to (a read-only disk or folder), so the journal cannot be opened. Your passphrase was not the problem and nothing was changed.</source>
        <translation>У теку щоденника не можна записувати (диск або тека лише для читання), тому щоденник не відкривається. Справа не в парольній фразі, і нічого не змінено.</translation>
    </message>
    <message>
        <source>The journal files could not be read. Your passphrase was not the problem and nothing was changed. Check that the drive is connected and that you may read the folder, then try again.</source>
        <translation>Файли щоденника не вдалося прочитати. Справа не в парольній фразі, і нічого не змінено. Перевірте, що диск підключено і що у вас є право читати теку, і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The journal files are damaged and cannot be opened. Nothing has been changed. Keep the folder as it is; if you have a backup, you can restore it into another folder.</source>
        <translation>Файли щоденника пошкоджено, відкрити їх не можна. Нічого не змінено. Залиште теку як є; якщо у вас є резервна копія, її можна відновити в іншу теку.</translation>
    </message>
    <message>
        <source>There is no journal in this folder.</source>
        <translation>У цій теці немає щоденника.</translation>
    </message>
    <message>
        <source>The journal folder could not be read. Check that the drive is connected and readable.</source>
        <translation>Не вдалося прочитати теку щоденника. Перевірте, що диск під’єднано і він доступний для читання.</translation>
    </message>
    <message>
        <source>The journal could not be opened.</source>
        <translation>Не вдалося відкрити щоденник.</translation>
    </message>
    <message>
        <source>There is already a journal in this folder. Unlock it instead, or choose another folder.</source>
        <translation>У цій теці вже є щоденник. Відкрийте його або виберіть іншу теку.</translation>
    </message>
    <message>
        <source>This place is a file, not a folder. Please choose a folder.</source>
        <translation>Тут файл, а не тека. Виберіть теку.</translation>
    </message>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <source>The journal could not be created in this folder. Check that you may write there.</source>
        <translation>Не вдалося створити щоденник у цій теці. Перевірте, що туди можна записувати.</translation>
    </message>
    <message>
        <source>The journal could not be created.</source>
        <translation>Не вдалося створити щоденник.</translation>
    </message>
    <message>
        <source>This is one of the passphrases people use most often; it is guessed first.</source>
        <translation>Це одна з найчастіших парольних фраз; її підбирають першою.</translation>
    </message>
    <message>
        <source>A single word is easy to guess. Use several words.</source>
        <translation>Одне слово легко підібрати. Використайте кілька слів.</translation>
    </message>
    <message>
        <source>Names and surnames are easy to guess.</source>
        <translation>Імена і прізвища легко підібрати.</translation>
    </message>
    <message>
        <source>Keys next to each other on the keyboard are easy to guess.</source>
        <translation>Сусідні клавіші на клавіатурі легко підібрати.</translation>
    </message>
    <message>
        <source>Repeated letters or words are easy to guess.</source>
        <translation>Повторювані літери або слова легко підібрати.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Послідовності на кшталт «abc» або «6543» легко підібрати.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>Дати і роки легко підібрати.</translation>
    </message>
    <message>
        <source>This is too close to the current passphrase.</source>
        <translation>Вона надто схожа на теперішню парольну фразу.</translation>
    </message>
    <message>
        <source>Too short or too simple. Add a few more uncommon words.</source>
        <translation>Занадто коротко або просто. Додайте ще кілька рідкісних слів.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>дуже слабка</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабка</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>середня</translation>
    </message>
    <message>
        <source>good</source>
        <translation>добра</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надійна</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Перевірити резервну копію</translation>
    </message>
    <message>
        <source>Backups (%1);;All files (*)</source>
        <translation>Резервні копії (%1);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл резервної копії:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервної копії</translation>
    </message>
    <message>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>&amp;Парольна фраза копії:</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Парольна фраза резервної копії</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Пере&amp;вірити</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Виберіть файл резервної копії.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Введіть парольну фразу резервної копії.</translation>
    </message>
    <message>
        <source>The backup is whole (made %1).</source>
        <translation>Резервна копія ціла (створена %1).</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Journal</source>
        <extracomment>Where a Cyrillic layout (Russian, Ukrainian, Belarusian) puts the letters of the two keys: Д is on L, Й on Q. Qt&apos;s X11 and Windows back ends already report the Latin key while Ctrl is held; this covers the others. The tray tooltip and window title: the app&apos;s neutral name only, never anything from the journal.</extracomment>
        <translation>&amp;Щоденник</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокувати</translation>
    </message>
    <message>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Заблокувати щоденник (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock and &amp;hide</source>
        <translation>Заблокувати і &amp;сховати</translation>
    </message>
    <message>
        <source>Lock at once, empty the clipboard and hide the window (Ctrl+Shift+Q)</source>
        <translation>Одразу заблокувати, очистити буфер обміну і сховати вікно (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вихід</translation>
    </message>
</context>
<context>
    <name>ZoneRulesDialog</name>
    <message>
        <source>Zone rules</source>
        <extracomment>what the two number columns hold for each rule kind: (first key, second key or None)</extracomment>
        <translation>Правила зони</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Нова зона</translation>
    </message>
    <message>
        <source>Country or &amp;area:</source>
        <translation>&amp;Країна або зона:</translation>
    </message>
    <message>
        <source>Name of the country or area</source>
        <translation>Назва країни або зони</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Число</translation>
    </message>
    <message>
        <source>Window or months</source>
        <translation>Період або місяці</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> в&apos;їзд.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> міс.</translation>
    </message>
    <message>
        <source>Days allowed</source>
        <translation>Дозволено днів</translation>
    </message>
    <message>
        <source>Rules; all must hold</source>
        <translation>Правила; мають виконуватися всі</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Додати правило</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Додати правило</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Видалити правило</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Видалити вибране правило</translation>
    </message>
    <message>
        <source>Rule type</source>
        <translation>Тип правила</translation>
    </message>
    <message>
        <source>Entries allowed</source>
        <translation>Дозволено в&apos;їздів</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Місяці</translation>
    </message>
    <message>
        <source>Days outside before entering again</source>
        <translation>Днів поза країною до нового в&apos;їзду</translation>
    </message>
    <message>
        <source>Window in days</source>
        <translation>Період у днях</translation>
    </message>
    <message>
        <source>Not used by this rule</source>
        <translation>Це правило не використовує</translation>
    </message>
    <message>
        <source>A rule&apos;s numbers do not fit together: please check them.</source>
        <translation>Числа правила не узгоджуються між собою: перевірте їх.</translation>
    </message>
    <message>
        <source>A zone needs at least one rule.</source>
        <translation>Для зони потрібне хоча б одне правило.</translation>
    </message>
    <message>
        <source>A window must be at least as long as the days allowed in it.</source>
        <translation>Період не може бути коротшим за кількість дозволених у ньому днів.</translation>
    </message>
    <message>
        <source>A visa cannot end before it starts.</source>
        <translation>Віза не може закінчитися раніше, ніж почнеться.</translation>
    </message>
    <message>
        <source>Please give the country or area a name.</source>
        <translation>Дайте країні або зоні назву.</translation>
    </message>
    <message>
        <source>There is already a zone with this name.</source>
        <translation>Зона з такою назвою вже є.</translation>
    </message>
</context>
</TS>
