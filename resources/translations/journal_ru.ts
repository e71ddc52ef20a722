<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Journal</source>
        <translation>О программе «Дневник»</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>This app never connects to the network: no updates, no statistics, no crash reports. Everything you write stays in the encrypted journal on this computer.</source>
        <translation>Это приложение никогда не подключается к сети: ни обновлений, ни статистики, ни отчётов о сбоях. Всё, что вы пишете, остаётся в зашифрованном дневнике на этом компьютере.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (%1).</source>
        <translation>Свободная программа по лицензии GNU General Public License версии 3 или более поздней (%1).</translation>
    </message>
    <message>
        <source>The journal is kept in this folder:</source>
        <translation>Дневник хранится в этой папке:</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attached files</source>
        <translation>Прикреплённые файлы</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>Прик&amp;репить файл…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>View the attachment in the app</source>
        <translation>Посмотреть вложение в программе</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Export an unencrypted copy</source>
        <translation>Экспортировать незашифрованную копию</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>%1 (added when the document is saved)</source>
        <translation>%1 (добавится при сохранении документа)</translation>
    </message>
    <message>
        <source>Storing the file in the journal…</source>
        <translation>Сохраняем файл в дневнике…</translation>
    </message>
    <message>
        <source>The file was not attached. %1</source>
        <translation>Файл не прикреплён. %1</translation>
    </message>
    <message>
        <source>This file cannot be shown in the app. You can export a copy to open it.</source>
        <translation>Этот файл нельзя показать в программе. Можно экспортировать копию и открыть её.</translation>
    </message>
    <message>
        <source>The exported copy is NOT encrypted. Anyone with access to the place you save it to can open it. Delete it when you no longer need it.</source>
        <translation>Экспортированная копия НЕ зашифрована. Её сможет открыть любой, у кого есть доступ к месту, куда вы её сохраните. Удалите её, когда она станет не нужна.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Export attachment</source>
        <translation>Экспорт вложения</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Файл с таким именем уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспортируем…</translation>
    </message>
    <message>
        <source>The copy was not written. %1</source>
        <translation>Не удалось записать копию. %1</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Удалить вложение</translation>
    </message>
    <message>
        <source>Remove this file from the journal?</source>
        <translation>Удалить этот файл из дневника?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <source>There is no backup of this journal yet. A backup on a USB stick keeps it safe if the laptop is lost or taken.</source>
        <extracomment>Reasons to lock with no backup: panic must be instant, a suspending laptop has no time, a deleted journal is gone.</extracomment>
        <translation>У этого дневника пока нет резервной копии. Копия на флешке сохранит его, если ноутбук потеряется или его заберут.</translation>
    </message>
    <message numerus="yes">
        <source>The last backup was made %n day(s) ago.</source>
        <translation>
            <numerusform>Последняя резервная копия сделана %n день назад.</numerusform>
            <numerusform>Последняя резервная копия сделана %n дня назад.</numerusform>
            <numerusform>Последняя резервная копия сделана %n дней назад.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>Making the daily backup before the journal locks…</source>
        <translation>Делаем ежедневную резервную копию перед блокировкой дневника…</translation>
    </message>
    <message>
        <source>Skip this backup</source>
        <translation>Пропустить эту копию</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Ежедневная резервная копия</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Резервная копия…</translation>
    </message>
    <message>
        <source>Write an encrypted backup to a folder or a USB stick</source>
        <translation>Записать зашифрованную резервную копию в папку или на флешку</translation>
    </message>
    <message>
        <source>&amp;Check a backup…</source>
        <translation>&amp;Проверить копию…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Восс&amp;тановить из копии…</translation>
    </message>
    <message>
        <source>&amp;Merge a backup into this journal…</source>
        <translation>&amp;Объединить с копией…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>Write entries to a file that is not encrypted</source>
        <translation>Записать записи в файл, который не будет зашифрован</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Сделать копию…</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>The file will be named %1</source>
        <translation>Файл будет называться %1</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>&amp;Folder or USB stick:</source>
        <translation>&amp;Папка или флешка:</translation>
    </message>
    <message>
        <source>Folder for the backup</source>
        <translation>Папка для резервной копии</translation>
    </message>
    <message>
        <source>Protect it with the journal&apos;s &amp;passphrase</source>
        <translation>Защитить парольной &amp;фразой дневника</translation>
    </message>
    <message>
        <source>Protect it with a &amp;separate passphrase</source>
        <translation>Защитить &amp;отдельной парольной фразой</translation>
    </message>
    <message>
        <source>Journal&apos;s pass&amp;phrase:</source>
        <translation>Парольная фраза &amp;дневника:</translation>
    </message>
    <message>
        <source>The journal&apos;s passphrase</source>
        <translation>Парольная фраза дневника</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase for the backup</source>
        <translation>Парольная фраза для резервной копии</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Passphrase for the backup, again</source>
        <translation>Парольная фраза для резервной копии, ещё раз</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Создать копию</translation>
    </message>
    <message>
        <source>Choose a folder for the backup.</source>
        <translation>Выберите папку для резервной копии.</translation>
    </message>
    <message>
        <source>That folder is not there. Is the USB stick plugged in?</source>
        <translation>Этой папки нет. Флешка подключена?</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>В парольной фразе нужен хотя бы %n символ.</numerusform>
            <numerusform>В парольной фразе нужно хотя бы %n символа.</numerusform>
            <numerusform>В парольной фразе нужно хотя бы %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Type the journal&apos;s passphrase.</source>
        <translation>Введите парольную фразу дневника.</translation>
    </message>
    <message>
        <source>This is not the journal&apos;s passphrase.</source>
        <translation>Это не парольная фраза дневника.</translation>
    </message>
    <message>
        <source>The backup is written: %1 (%2), in %3.</source>
        <translation>Резервная копия записана: %1 (%2), в папке %3.</translation>
    </message>
</context>
<context>
    <name>BackupMessages</name>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Отменено. Ничего не записано.</translation>
    </message>
    <message>
        <source>This passphrase does not open the jrnl journal.</source>
        <translation>Эта парольная фраза не открывает журнал jrnl.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup. Check it and try again.</source>
        <translation>Эта парольная фраза не открывает резервную копию. Проверьте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a backup made by this app. Nothing was changed.</source>
        <translation>Этот файл повреждён или это не резервная копия из этого приложения. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The journal file is damaged. Nothing was changed.</source>
        <translation>Файл дневника повреждён. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The folder is not there any more (was a USB stick unplugged?). Nothing was written.</source>
        <translation>Папки больше нет (может быть, отключили флешку?). Ничего не записано.</translation>
    </message>
    <message>
        <source>There is not enough free space in the folder. Nothing was written.</source>
        <translation>В папке недостаточно свободного места. Ничего не записано.</translation>
    </message>
    <message>
        <source>Only ordinary files can be imported or attached; this is a folder, a device or a pipe. Nothing was changed.</source>
        <translation>Импортировать или прикреплять можно только обычные файлы; это папка, устройство или канал. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This cannot be done: %1.</source>
        <translation>Так нельзя: %1.</translation>
    </message>
    <message>
        <source>The app may not write there. Choose another folder.</source>
        <translation>Приложению нельзя писать туда. Выберите другую папку.</translation>
    </message>
    <message>
        <source>The file could not be read or written: %1.</source>
        <translation>Не удалось прочитать или записать файл: %1.</translation>
    </message>
    <message>
        <source>This did not work: %1.</source>
        <translation>Не получилось: %1.</translation>
    </message>
    <message>
        <source>Something went wrong (%1). Nothing was changed.</source>
        <translation>Что-то пошло не так (%1). Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>BackupSettingsGroup</name>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <source>Make a &amp;backup when the journal locks or the app quits (at most once a day)</source>
        <translation>Делать резервную &amp;копию при блокировке или выходе (не чаще раза в день)</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>П&amp;апка для копий:</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Папка для автоматических резервных копий</translation>
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
        <source>How many automatic backups to keep</source>
        <translation>Сколько автоматических копий хранить</translation>
    </message>
    <message>
        <source>No backup has been made yet.</source>
        <translation>Резервных копий пока не было.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Последняя копия: %1</translation>
    </message>
    <message>
        <source>Backups are encrypted with the journal&apos;s passphrase. Only files this app named journal-….backup are ever deleted from the folder. If the folder is missing (a USB stick not plugged in), the backup waits for the next time.</source>
        <translation>Резервные копии шифруются парольной фразой дневника. Из папки удаляются только файлы, которые программа сама назвала journal-….backup. Если папки нет (флешка не подключена), копия подождёт до следующего раза.</translation>
    </message>
</context>
<context>
    <name>BrokenItemsText</name>
    <message numerus="yes">
        <source>%n planner item(s) hold a value out of range and are left out of the horizon. Fix or delete them in %1.</source>
        <translation>
            <numerusform>%n запись в планах содержит недопустимое значение и не показана в обзоре сроков. Исправьте или удалите её в разделе «%1».</numerusform>
            <numerusform>%n записи в планах содержат недопустимые значения и не показаны в обзоре сроков. Исправьте или удалите их в разделе «%1».</numerusform>
            <numerusform>%n записей в планах содержат недопустимые значения и не показаны в обзоре сроков. Исправьте или удалите их в разделе «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar: days in bold have entries</source>
        <translation>Календарь: дни с записями выделены жирным</translation>
    </message>
    <message>
        <source>On this day in earlier years:</source>
        <translation>В этот день в прошлые годы:</translation>
    </message>
    <message>
        <source>On this day in earlier years</source>
        <translation>В этот день в прошлые годы</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Пока ничего.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Write these words down and keep them somewhere safe. Without them the journal cannot be opened.</source>
        <translation>Запишите эти слова и храните в надёжном месте. Без них дневник не открыть.</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Две новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Changing the passphrase… This takes a few seconds.</source>
        <translation>Парольная фраза меняется… Это займёт несколько секунд.</translation>
    </message>
    <message>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>Нынешняя парольная фраза неверна. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This passphrase cannot be used for this journal. Please choose another one.</source>
        <translation>Эту парольную фразу нельзя использовать для этого дневника. Выберите другую.</translation>
    </message>
    <message>
        <source>The journal was locked. Nothing was changed.</source>
        <translation>Дневник был заблокирован. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed: the journal folder cannot be written (is the disk full or read-only?). The old passphrase still opens the journal.</source>
        <translation>Не удалось сменить парольную фразу: в папку дневника нельзя записать (диск заполнен или только для чтения?). Дневник по-прежнему открывается старой парольной фразой.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed. The old passphrase still opens the journal.</source>
        <translation>Не удалось сменить парольную фразу. Дневник по-прежнему открывается старой парольной фразой.</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>The journal is encrypted again with the new passphrase. Afterwards it locks, and you unlock it with the new passphrase. Backups made before keep their old passphrase. A second (decoy) passphrase, if you set one, stays as it is.</source>
        <translation>Дневник будет заново зашифрован новой парольной фразой. После этого он заблокируется, и вы откроете его новой фразой. Резервные копии, сделанные раньше, открываются старой фразой. Вторая (подставная) парольная фраза, если она задана, остаётся прежней.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>&amp;Нынешняя парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Н&amp;овая парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new one:</source>
        <translation>&amp;Повторите новую:</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Нынешняя парольная фраза</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Show passphrases</source>
        <translation>П&amp;оказать парольные фразы</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>&amp;Всё равно использовать этот слабый пароль</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Сменить парольную фразу</translation>
    </message>
</context>
<context>
    <name>CreateVaultPage</name>
    <message>
        <source>Folder for the journal</source>
        <translation>Папка для дневника</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Две парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>Creating the journal…</source>
        <translation>Создаём дневник…</translation>
    </message>
    <message>
        <source>Create your journal</source>
        <translation>Создайте свой дневник</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Повторите &amp;её:</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation>По&amp;казать парольную фразу</translation>
    </message>
    <message>
        <source>Write these words down and keep them somewhere safe. Without them the journal cannot be opened.</source>
        <translation>Запишите эти слова и храните в надёжном месте. Без них дневник не открыть.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>&amp;Use this weak passphrase anyway</source>
        <translation>&amp;Всё равно использовать эту слабую фразу</translation>
    </message>
    <message>
        <source>Where the journal is kept:</source>
        <translation>Где хранится дневник:</translation>
    </message>
    <message>
        <source>In the &amp;usual place</source>
        <translation>В &amp;обычном месте</translation>
    </message>
    <message>
        <source>In a folder I &amp;choose (for example on a USB stick)</source>
        <translation>В папке, которую я в&amp;ыберу (например, на флешке)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Create &amp;journal</source>
        <translation>Создать &amp;дневник</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Choose on a calendar: %1</source>
        <translation>Выбрать в календаре: %1</translation>
    </message>
    <message>
        <source>Not a date yet (%1)</source>
        <translation>Пока не дата (%1)</translation>
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
        <translation>ГГГГ</translation>
    </message>
    <message>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation>Выбрать в календаре (Alt+Вниз)</translation>
    </message>
</context>
<context>
    <name>DeadlineDialog</name>
    <message>
        <source>Edit deadline</source>
        <extracomment>how the due date is set: a date chosen, or computed from the zone&apos;s stay answer (the core&apos;s due_rule kind &quot;stay&quot;)</extracomment>
        <translation>Изменить срок</translation>
    </message>
    <message>
        <source>New deadline</source>
        <translation>Новый срок</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Время:</translation>
    </message>
    <message>
        <source>&amp;Remind:</source>
        <translation>Н&amp;апомнить:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation>&amp;Относится к:</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Не повторять</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Каждый год</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message>
        <source>Every N days</source>
        <translation>Каждые N дней</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Дата срока</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>Указать время</translation>
    </message>
    <message>
        <source>The deadline has a time of day</source>
        <translation>У срока есть время суток</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> дн. заранее</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>В день срока</translation>
    </message>
    <message>
        <source>Reminder, days before the due date</source>
        <translation>Напоминание: за сколько дней до срока</translation>
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
        <translation>Повторять через столько дней</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>The document or trip this deadline belongs to</source>
        <translation>Документ или поездка, к которым относится срок</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Ни к чему</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Документ: %1</translation>
    </message>
    <message>
        <source>Trip: %1, from %2</source>
        <translation>Поездка: %1, с %2</translation>
    </message>
    <message>
        <source>Give the deadline a title.</source>
        <translation>Укажите название срока.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Be&amp;fore:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <source>On a date</source>
        <translation>В определённый день</translation>
    </message>
    <message>
        <source>Before the latest exit</source>
        <translation>До последнего дня выезда</translation>
    </message>
    <message>
        <source>How the due date is set</source>
        <translation>Как задаётся срок</translation>
    </message>
    <message>
        <source> days before the latest exit from</source>
        <translation> дн. до последнего дня выезда из</translation>
    </message>
    <message>
        <source>On the day of the latest exit from</source>
        <translation>В последний день выезда из</translation>
    </message>
    <message>
        <source>Days before the latest exit</source>
        <translation>Дней до последнего дня выезда</translation>
    </message>
    <message>
        <source>The due date follows the zone&apos;s stay answer: it moves when you add or change a trip.</source>
        <translation>Срок следует за расчётом пребывания в зоне: он сдвигается, когда вы добавляете или меняете поездку.</translation>
    </message>
    <message>
        <source>Zone whose latest exit the deadline is counted from</source>
        <translation>Зона, от последнего дня выезда из которой отсчитывается срок</translation>
    </message>
    <message>
        <source>Add a zone first: the date is counted from its trips.</source>
        <translation>Сначала добавьте зону: дата считается по её поездкам.</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
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
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Deadlines by checklist; tick one when it is done</source>
        <translation>Сроки по чек-листам; отметьте, когда выполните</translation>
    </message>
    <message>
        <source>Show &amp;done</source>
        <translation>Показывать &amp;выполненные</translation>
    </message>
    <message>
        <source>Show deadlines that are done</source>
        <translation>Показывать выполненные сроки</translation>
    </message>
    <message>
        <source>&amp;Add deadline…</source>
        <translation>&amp;Новый срок…</translation>
    </message>
    <message>
        <source>Add a deadline</source>
        <translation>Добавить срок</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the deadline</source>
        <translation>Изменить срок</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the deadline</source>
        <translation>Удалить срок</translation>
    </message>
    <message>
        <source>Apply a &amp;checklist…</source>
        <translation>Применить &amp;чек-лист…</translation>
    </message>
    <message>
        <source>Apply a checklist template</source>
        <translation>Применить шаблон чек-листа</translation>
    </message>
    <message>
        <source>Export to ca&amp;lendar…</source>
        <translation>Экспорт в &amp;календарь…</translation>
    </message>
    <message>
        <source>Export deadlines to a calendar file</source>
        <translation>Экспортировать сроки в файл календаря</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дня</numerusform>
            <numerusform>за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
    <message>
        <source>Marked as done.</source>
        <translation>Отмечено как сделанное.</translation>
    </message>
    <message>
        <source>Marked as not done.</source>
        <translation>Отметка «сделано» снята.</translation>
    </message>
    <message>
        <source>Done; it comes again on %1.</source>
        <translation>Сделано; в следующий раз — %1.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Delete deadline</source>
        <translation>Удалить срок</translation>
    </message>
    <message>
        <source>Delete this deadline? This cannot be undone.</source>
        <translation>Удалить этот срок? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Export to a calendar file</source>
        <translation>Экспорт в файл календаря</translation>
    </message>
    <message>
        <source>The calendar file is NOT encrypted: anyone who can open it will read the titles and notes of your deadlines. Calendar apps may also copy it to other devices.</source>
        <translation>Файл календаря НЕ зашифрован: любой, кто сможет его открыть, прочитает названия и заметки ваших сроков. Программы-календари также могут скопировать его на другие устройства.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>Экспорт сроков</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Календарь (*.ics)</translation>
    </message>
    <message>
        <source>A file with that name already exists. Choose another name.</source>
        <translation>Файл с таким именем уже есть. Выберите другое имя.</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) exported. Delete the file when you no longer need it.</source>
        <translation>
            <numerusform>Экспортирован %n срок. Удалите файл, когда он станет не нужен.</numerusform>
            <numerusform>Экспортировано %n срока. Удалите файл, когда он станет не нужен.</numerusform>
            <numerusform>Экспортировано %n сроков. Удалите файл, когда он станет не нужен.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecoySection</name>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Парольные фразы пока не совпадают.</translation>
    </message>
    <message>
        <source>Strength: %1. %2</source>
        <translation>Надёжность: %1. %2</translation>
    </message>
    <message>
        <source>Setting the second passphrase…</source>
        <translation>Задаём вторую парольную фразу…</translation>
    </message>
    <message>
        <source>Remove the decoy journal</source>
        <translation>Удалить подставной дневник</translation>
    </message>
    <message>
        <source>The second passphrase will stop working, and the journal it opens is overwritten: everything written in it is gone. This journal stays as it is.</source>
        <translation>Вторая парольная фраза перестанет работать, а дневник, который она открывает, будет перезаписан: всё, что в нём написано, пропадёт. Этот дневник останется как есть.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Unlock the journal to set or remove a second passphrase.</source>
        <translation>Откройте дневник, чтобы задать или удалить вторую парольную фразу.</translation>
    </message>
    <message>
        <source>Done. The second passphrase now opens an empty decoy journal. Lock, unlock with it and write a few ordinary entries, so that it looks lived in.</source>
        <translation>Готово. Вторая парольная фраза теперь открывает пустой подставной дневник. Заблокируйте дневник, откройте его второй фразой и напишите несколько обычных записей, чтобы он выглядел обжитым.</translation>
    </message>
    <message>
        <source>Done. The decoy journal is gone; only this journal&apos;s passphrase opens the vault.</source>
        <translation>Готово. Подставного дневника больше нет; хранилище открывает только парольная фраза этого дневника.</translation>
    </message>
    <message>
        <source>That is this journal&apos;s passphrase. Choose a different one for the decoy journal.</source>
        <translation>Это парольная фраза этого дневника. Для подставного выберите другую.</translation>
    </message>
    <message>
        <source>The journal was locked before this was finished. Nothing was changed.</source>
        <translation>Дневник заблокировался раньше, чем всё завершилось. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The journal folder could not be written. Nothing was changed.</source>
        <translation>Не удалось записать в папку дневника. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This did not work. Nothing was changed.</source>
        <translation>Не получилось. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Second passphrase (decoy journal)</source>
        <translation>Вторая парольная фраза (подставной дневник)</translation>
    </message>
    <message>
        <source>If someone presses you for your passphrase, you can give a second one. It opens a separate, harmless journal instead of this one, and nothing in that journal points to this one. The files on the disk look the same with or without it.</source>
        <translation>Если от вас требуют парольную фразу, можно назвать вторую. Она открывает отдельный, безобидный дневник вместо этого, и ничто в нём не указывает на этот. Файлы на диске выглядят одинаково — со второй фразой и без неё.</translation>
    </message>
    <message>
        <source>What it cannot do: someone who compares copies of the disk taken at different times may notice which file changes, so write to the decoy journal now and then. Setting a second passphrase replaces any earlier one, and the decoy journal starts empty. Removing it destroys the decoy journal. Do this only from your real journal: done from the decoy journal, it would replace your real one.</source>
        <translation>Чего это не может: тот, кто сравнит копии диска, снятые в разное время, может заметить, какой файл меняется, поэтому иногда пишите и в подставной дневник. Новая вторая парольная фраза заменяет прежнюю, а подставной дневник начинается пустым. Удаление уничтожает подставной дневник. Делайте это только из настоящего дневника: если сделать это из подставного, он заменит ваш настоящий.</translation>
    </message>
    <message>
        <source>Important: the app cannot know which of the two journals is your real one. If you set or remove a second passphrase while the decoy journal is open, the other journal, your real one, is overwritten and lost for good. So: unlock with your real passphrase before you change anything here, never do it while someone makes you open the decoy, and keep a backup of your real journal on another device.</source>
        <translation>Важно: приложение не может знать, какой из двух дневников настоящий. Если задать или удалить вторую парольную фразу, когда открыт подставной дневник, другой дневник — ваш настоящий — будет перезаписан и потерян навсегда. Поэтому: прежде чем что-то здесь менять, откройте дневник своей настоящей парольной фразой; никогда не делайте этого, когда вас заставляют открыть подставной дневник; храните резервную копию настоящего дневника на другом устройстве.</translation>
    </message>
    <message>
        <source>Second &amp;passphrase:</source>
        <translation>Вторая &amp;парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>Повторите &amp;её:</translation>
    </message>
    <message>
        <source>Second passphrase, for the decoy journal</source>
        <translation>Вторая парольная фраза, для подставного дневника</translation>
    </message>
    <message>
        <source>Second passphrase again</source>
        <translation>Вторая парольная фраза ещё раз</translation>
    </message>
    <message>
        <source>&amp;Set second passphrase</source>
        <translation>Задать &amp;вторую фразу</translation>
    </message>
    <message>
        <source>Remo&amp;ve decoy journal…</source>
        <translation>Удалить под&amp;ставной дневник…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
</context>
<context>
    <name>DeleteJournalDialog</name>
    <message>
        <source>DELETE</source>
        <translation>УДАЛИТЬ</translation>
    </message>
    <message>
        <source>Backup files to delete as well</source>
        <translation>Резервные копии, которые тоже нужно удалить</translation>
    </message>
    <message numerus="yes">
        <source>%n backup file(s) will be deleted as well.</source>
        <translation>
            <numerusform>Вместе с дневником будет удалена %n резервная копия.</numerusform>
            <numerusform>Вместе с дневником будут удалены %n резервные копии.</numerusform>
            <numerusform>Вместе с дневником будут удалены %n резервных копий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this journal</source>
        <translation>Удалить этот дневник</translation>
    </message>
    <message>
        <source>Everything in the journal&apos;s folder will be overwritten with random bytes and deleted: entries, documents, deadlines, trips, attachments, and any other journal kept in the same folder. This cannot be undone. Backups are kept unless you add them below.</source>
        <translation>Всё в папке дневника будет перезаписано случайными данными и удалено: записи, документы, сроки, поездки, вложения и любой другой дневник в той же папке. Это нельзя отменить. Резервные копии останутся, если не добавить их ниже.</translation>
    </message>
    <message>
        <source>What this cannot promise: on SSDs, USB sticks and memory cards, and on file systems that keep snapshots or copies, old pieces of the files may survive where the app cannot reach them. Those pieces are still encrypted: without your passphrase they are unreadable.</source>
        <translation>Чего это не гарантирует: на SSD, флешках и картах памяти, а также в файловых системах, которые хранят снимки или копии, старые фрагменты файлов могут остаться там, куда программа не может добраться. Эти фрагменты по-прежнему зашифрованы: без вашей парольной фразы их не прочитать.</translation>
    </message>
    <message>
        <source>To confirm, type the word %1:</source>
        <translation>Для подтверждения введите слово %1:</translation>
    </message>
    <message>
        <source>Confirmation word</source>
        <translation>Слово для подтверждения</translation>
    </message>
    <message>
        <source>Also delete &amp;backup files…</source>
        <translation>Удалить и &amp;резервные копии…</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Удалить навсегда</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>Edit document</source>
        <translation>Изменить документ</translation>
    </message>
    <message>
        <source>New document</source>
        <translation>Новый документ</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Holder:</source>
        <translation>&amp;Владелец:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>Но&amp;мер:</translation>
    </message>
    <message>
        <source>Issuing &amp;country:</source>
        <translation>&amp;Страна выдачи:</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>Вы&amp;дан:</translation>
    </message>
    <message>
        <source>&amp;Expires:</source>
        <translation>&amp;Истекает:</translation>
    </message>
    <message>
        <source>Start &amp;renewing:</source>
        <translation>Начать &amp;продление:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Files:</source>
        <translation>Файлы:</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Тип документа</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>For example: My passport</source>
        <translation>Например: Мой паспорт</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Yourself or a family member</source>
        <translation>Вы или кто-то из семьи</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Страна выдачи</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Известна</translation>
    </message>
    <message>
        <source>The issue date is known</source>
        <translation>Дата выдачи известна</translation>
    </message>
    <message>
        <source>Issue date</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <source>No e&amp;xpiry</source>
        <translation>&amp;Бессрочный</translation>
    </message>
    <message>
        <source>The document does not expire</source>
        <translation>Документ бессрочный</translation>
    </message>
    <message>
        <source> days before it expires</source>
        <translation> дн. до окончания</translation>
    </message>
    <message>
        <source>Renewal lead time in days</source>
        <translation>За сколько дней до окончания начать продление</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Give the document a title, for example “My passport”.</source>
        <translation>Дайте документу название, например «Мой паспорт».</translation>
    </message>
    <message>
        <source>The expiry date is before the issue date.</source>
        <translation>Дата окончания раньше даты выдачи.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
</context>
<context>
    <name>DocumentsBox</name>
    <message>
        <source>Visas and passport</source>
        <translation>Визы и паспорт</translation>
    </message>
    <message>
        <source>The &amp;passport must be valid this many months after the exit:</source>
        <translation>&amp;Паспорт должен действовать столько месяцев после выезда:</translation>
    </message>
    <message>
        <source>Months the passport must stay valid after the exit</source>
        <translation>Сколько месяцев паспорт должен действовать после выезда</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <source>Entries (0: multiple)</source>
        <translation>Въезды (0: многократная)</translation>
    </message>
    <message>
        <source>Days (0: any)</source>
        <translation>Дни (0: без лимита)</translation>
    </message>
    <message>
        <source>Visas; with any listed, a stay needs one</source>
        <translation>Визы; если указана хоть одна, для пребывания нужна виза</translation>
    </message>
    <message>
        <source>Add &amp;visa</source>
        <translation>Добавить &amp;визу</translation>
    </message>
    <message>
        <source>Remove visa</source>
        <translation>Удалить визу</translation>
    </message>
    <message>
        <source>Remove the selected visa</source>
        <translation>Удалить выбранную визу</translation>
    </message>
    <message>
        <source>Visa valid from</source>
        <translation>Виза действует с</translation>
    </message>
    <message>
        <source>Visa valid until</source>
        <translation>Виза действует до</translation>
    </message>
    <message>
        <source>Entries the visa allows (0: multiple)</source>
        <translation>Сколько въездов разрешает виза (0: многократная)</translation>
    </message>
    <message>
        <source>Days of stay the visa allows (0: only the zone&apos;s rules)</source>
        <translation>Сколько дней пребывания разрешает виза (0: только правила зоны)</translation>
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
        <translation>Владелец</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Start renewing</source>
        <translation>Начать продление</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Documents, what needs action first</source>
        <translation>Документы: сначала те, что требуют внимания</translation>
    </message>
    <message>
        <source>No documents yet. Add your passports, visas and permits to see when to renew them.</source>
        <translation>Документов пока нет. Добавьте паспорта, визы и ВНЖ, чтобы видеть, когда их продлевать.</translation>
    </message>
    <message>
        <source>&amp;Add document…</source>
        <translation>&amp;Новый документ…</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Добавить документ</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Edit the document</source>
        <translation>Изменить документ</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Delete the document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>This document is no longer valid.</source>
        <translation>Этот документ больше не действителен.</translation>
    </message>
    <message>
        <source>Time to start renewing</source>
        <translation>Пора начинать продление</translation>
    </message>
    <message numerus="yes">
        <source>Expired %n day(s) ago</source>
        <translation>
            <numerusform>Истёк %n день назад</numerusform>
            <numerusform>Истёк %n дня назад</numerusform>
            <numerusform>Истёк %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Expires today</source>
        <translation>Истекает сегодня</translation>
    </message>
    <message numerus="yes">
        <source>Start renewing now; expires in %n day(s)</source>
        <translation>
            <numerusform>Пора продлевать; истекает через %n день</numerusform>
            <numerusform>Пора продлевать; истекает через %n дня</numerusform>
            <numerusform>Пора продлевать; истекает через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Удалить документ</translation>
    </message>
    <message>
        <source>Delete this document and its attached files from the journal? This cannot be undone.</source>
        <translation>Удалить этот документ и прикреплённые к нему файлы из дневника? Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Bold</source>
        <translation>Жирный</translation>
    </message>
    <message>
        <source>Bold (Ctrl+B)</source>
        <translation>Жирный (Ctrl+B)</translation>
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
        <translation>Заголовок (Ctrl+Shift+H; Ctrl+1 – Ctrl+3, Ctrl+0 — обычный текст)</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Bulleted list (Ctrl+Shift+8)</source>
        <translation>Маркированный список (Ctrl+Shift+8)</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Флажок</translation>
    </message>
    <message>
        <source>Checkbox list; on a checkbox: tick it (Ctrl+Shift+X)</source>
        <translation>Список с флажками; на флажке — отметить его (Ctrl+Shift+X)</translation>
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
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Link (Ctrl+K)</source>
        <translation>Ссылка (Ctrl+K)</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Прикрепить</translation>
    </message>
    <message>
        <source>Attach a photo or a file to this entry (Ctrl+Shift+A)</source>
        <translation>Прикрепить к записи фото или файл (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Show the entry as it reads, or its text again (Ctrl+Shift+P)</source>
        <translation>Показать запись так, как она читается, или снова её текст (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Форматирование</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата записи</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ме&amp;тки:</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>&amp;Mood:</source>
        <translation>На&amp;строение:</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Настроение</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 – very bad</source>
        <translation>1 – очень плохо</translation>
    </message>
    <message>
        <source>2 – bad</source>
        <translation>2 – плохо</translation>
    </message>
    <message>
        <source>3 – so-so</source>
        <translation>3 – так себе</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – хорошо</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – очень хорошо</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>В избранном</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Текст записи</translation>
    </message>
    <message>
        <source>Entry as it reads</source>
        <translation>Запись, как она читается</translation>
    </message>
    <message>
        <source>Write here…</source>
        <translation>Пишите здесь…</translation>
    </message>
    <message>
        <source>Address of the link (empty removes it):</source>
        <translation>Адрес ссылки (пустой — убрать ссылку):</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Файлы Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
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
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>Markdown (a folder, one file per entry)</source>
        <translation>Markdown (папка, по файлу на запись)</translation>
    </message>
    <message>
        <source>HTML (one web page)</source>
        <translation>HTML (одна веб-страница)</translation>
    </message>
    <message>
        <source>PDF (a timeline to print or hand over)</source>
        <translation>PDF (хронология для печати или передачи)</translation>
    </message>
    <message>
        <source>JSON (everything, to move to another app or computer)</source>
        <translation>JSON (всё, для переноса в другую программу или на другой компьютер)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Формат экспорта</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Куда сохранить:</translation>
    </message>
    <message>
        <source>New file or folder for the export</source>
        <translation>Новый файл или папка для экспорта</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;с</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Метки:</translation>
    </message>
    <message>
        <source>Only entries with all the ticked tags (none ticked: all entries)</source>
        <translation>Только записи со всеми отмеченными метками (ничего не отмечено — все записи)</translation>
    </message>
    <message>
        <source>Only entries with all the ticked tags; tick none for all entries</source>
        <translation>Только записи со всеми отмеченными метками; чтобы взять все записи, ничего не отмечайте</translation>
    </message>
    <message>
        <source>With the &amp;documents</source>
        <translation>С &amp;документами</translation>
    </message>
    <message>
        <source>With the tri&amp;ps</source>
        <translation>С по&amp;ездками</translation>
    </message>
    <message>
        <source>Each entry on a ne&amp;w page</source>
        <translation>Каждая запись с &amp;новой страницы</translation>
    </message>
    <message>
        <source>Warning: the exported file is NOT encrypted. Anyone who gets it, or the disk or USB stick it is on, can read everything in it. Keep it only as long as you need it.</source>
        <translation>Внимание: экспортированный файл НЕ зашифрован. Любой, к кому попадёт он сам или диск либо флешка с ним, сможет прочитать всё, что в нём есть. Храните его, только пока он нужен.</translation>
    </message>
    <message>
        <source>I &amp;understand: write a file that is not encrypted</source>
        <translation>Я &amp;понимаю: записать незашифрованный файл</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Tick that you understand that the file is not encrypted.</source>
        <translation>Отметьте, что понимаете: файл не зашифрован.</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Выберите, куда сохранить экспорт.</translation>
    </message>
    <message>
        <source>Something with that name is already there. Choose a new name.</source>
        <translation>Там уже есть что-то с таким именем. Выберите другое имя.</translation>
    </message>
    <message>
        <source>That folder is not there.</source>
        <translation>Этой папки нет.</translation>
    </message>
    <message>
        <source>The first day is after the last day.</source>
        <translation>Первый день позже последнего.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Дневник</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>в избранном</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>настроение</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>Entries from {first} to {last}</source>
        <translation>Записи с {first} по {last}</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>Записей: {n}</translation>
    </message>
    <message>
        <source>Made on {day}. This file is not encrypted.</source>
        <translation>Создан {day}. Этот файл не зашифрован.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Поездки</translation>
    </message>
    <message>
        <source>expires</source>
        <translation>истекает</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>ещё там</translation>
    </message>
    <message>
        <source>{n}</source>
        <comment>page number at the foot of a PDF page</comment>
        <translation>{n}</translation>
    </message>
    <message>
        <source>An entry of {date} is larger than {limit} MB; export it as Markdown or HTML.</source>
        <translation>Запись от {date} больше {limit} МБ; экспортируйте её в Markdown или HTML.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1. This copy is not encrypted.</source>
        <translation>
            <numerusform>%n запись экспортирована в %1. Эта копия не зашифрована.</numerusform>
            <numerusform>%n записи экспортированы в %1. Эта копия не зашифрована.</numerusform>
            <numerusform>%n записей экспортировано в %1. Эта копия не зашифрована.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome</source>
        <translation>Добро пожаловать</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Everything you write here is encrypted on this computer with your passphrase; without it, nobody can read your journal.</source>
        <translation>Всё, что вы здесь пишете, шифруется на этом компьютере вашей парольной фразой; без неё никто не сможет прочитать дневник.</translation>
    </message>
    <message>
        <source>It does not hide that this app is installed, or that a journal exists on this computer.</source>
        <translation>Программа не скрывает, что она установлена и что на этом компьютере есть дневник.</translation>
    </message>
    <message>
        <source>If you forget your passphrase, nobody can recover your journal, not even us.</source>
        <translation>Если вы забудете парольную фразу, дневник не сможет восстановить никто, даже мы.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
</context>
<context>
    <name>GenerateButton</name>
    <message>
        <source>&amp;Generate a passphrase</source>
        <translation>П&amp;ридумать парольную фразу</translation>
    </message>
    <message>
        <source>Six random words; write them down and keep them somewhere safe.</source>
        <translation>Шесть случайных слов; запишите их и храните в надёжном месте.</translation>
    </message>
    <message>
        <source>English words</source>
        <translation>Английские слова</translation>
    </message>
    <message>
        <source>Russian words</source>
        <translation>Русские слова</translation>
    </message>
    <message>
        <source>Ukrainian words</source>
        <translation>Украинские слова</translation>
    </message>
    <message>
        <source>Language of the generated words</source>
        <translation>Язык придуманных слов</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство</translation>
    </message>
</context>
<context>
    <name>HelpActions</name>
    <message>
        <source>The passphrase has been changed. Unlock the journal with the new passphrase.</source>
        <translation>Парольная фраза изменена. Откройте дневник новой фразой.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Earlier versions</source>
        <translation>Прежние версии</translation>
    </message>
    <message>
        <source>Text of the chosen version</source>
        <translation>Текст выбранной версии</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Восстановить эту версию</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>Восстановить эту версию</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено %1</translation>
    </message>
    <message>
        <source>This entry has no earlier versions yet.</source>
        <translation>У этой записи пока нет прежних версий.</translation>
    </message>
</context>
<context>
    <name>HolidaysDialog</name>
    <message>
        <source>Public holidays</source>
        <translation>Государственные праздники</translation>
    </message>
    <message>
        <source>none: only weekends are known</source>
        <translation>нет: известны только выходные</translation>
    </message>
    <message>
        <source>%1. Years covered: %2. Written %3.</source>
        <translation>%1. Годы: %2. Составлено %3.</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>Не вошло: %1</translation>
    </message>
    <message>
        <source>&amp;Days off</source>
        <translation>&amp;Выходные и праздники</translation>
    </message>
    <message>
        <source>&amp;Working weekend days</source>
        <translation>&amp;Рабочие выходные дни</translation>
    </message>
    <message>
        <source>Day to add</source>
        <translation>День для добавления</translation>
    </message>
    <message>
        <source>Add day &amp;off</source>
        <translation>Добавить в&amp;ыходной</translation>
    </message>
    <message>
        <source>Add wor&amp;king day</source>
        <translation>Добавить ра&amp;бочий день</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected day</source>
        <translation>Удалить выбранный день</translation>
    </message>
</context>
<context>
    <name>HomeWorkspace</name>
    <message>
        <source>Show it</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show what is due</source>
        <translation>Показать ближайшее</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Дневник</translation>
    </message>
    <message>
        <source>&amp;Plans and documents</source>
        <translation>&amp;Планы и документы</translation>
    </message>
    <message>
        <source>Journal and plans</source>
        <translation>Дневник и планы</translation>
    </message>
</context>
<context>
    <name>HorizonView</name>
    <message>
        <source>&amp;Show:</source>
        <translation>По&amp;казать:</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>Ближайший %n день</numerusform>
            <numerusform>Ближайшие %n дня</numerusform>
            <numerusform>Ближайшие %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>How far ahead to look</source>
        <translation>На сколько вперёд смотреть</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что предстоит</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Everything due, overdue first, then by week</source>
        <translation>Всё, что предстоит: сначала просроченное, потом по неделям</translation>
    </message>
    <message>
        <source>Nothing is due in this time. Rest easy.</source>
        <translation>За этот период сроков нет. Можно выдохнуть.</translation>
    </message>
    <message>
        <source>Now: over the stay limit</source>
        <translation>Сейчас: срок пребывания превышен</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Неделя: %1</translation>
    </message>
    <message>
        <source>Tick when done</source>
        <translation>Отметьте, когда сделаете</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (просрочено)</translation>
    </message>
</context>
<context>
    <name>ImageViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Attached image</source>
        <translation>Прикреплённое изображение</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>jrnl journals (*.txt *.jrnl);;All files (*)</source>
        <translation>Дневники jrnl (*.txt *.jrnl);;Все файлы (*)</translation>
    </message>
    <message>
        <source>JSON export (*.json);;All files (*)</source>
        <translation>Экспорт JSON (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>A jrnl journal</source>
        <translation>Дневник jrnl</translation>
    </message>
    <message>
        <source>A JSON export of this app</source>
        <translation>Экспорт этой программы в JSON</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>What to import</source>
        <translation>Что импортировать</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Файл для импорта</translation>
    </message>
    <message>
        <source>jrnl &amp;passphrase (if it is encrypted):</source>
        <translation>&amp;Парольная фраза jrnl (если он зашифрован):</translation>
    </message>
    <message>
        <source>The jrnl journal&apos;s passphrase, if it is encrypted</source>
        <translation>Парольная фраза дневника jrnl, если он зашифрован</translation>
    </message>
    <message>
        <source>Everything is imported, or nothing: a file with a mistake changes nothing in this journal.</source>
        <translation>Импортируется всё или ничего: файл с ошибкой ничего не изменит в этом дневнике.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Выберите файл для импорта.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) imported.</source>
        <translation>
            <numerusform>Импортирована %n запись.</numerusform>
            <numerusform>Импортировано %n записи.</numerusform>
            <numerusform>Импортировано %n записей.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already here and left as they were.</source>
        <translation>
            <numerusform>%n уже была здесь и осталась без изменений.</numerusform>
            <numerusform>%n уже были здесь и остались без изменений.</numerusform>
            <numerusform>%n уже были здесь и остались без изменений.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept twice because this journal had another version.</source>
        <translation>
            <numerusform>%n сохранена в двух вариантах: в этом дневнике была другая версия.</numerusform>
            <numerusform>%n сохранены в двух вариантах: в этом дневнике была другая версия.</numerusform>
            <numerusform>%n сохранено в двух вариантах: в этом дневнике была другая версия.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalMessages</name>
    <message>
        <source>The journal is locked.</source>
        <translation>Дневник заблокирован.</translation>
    </message>
    <message>
        <source>The journal file could not be written: the disk may be full or the file damaged.</source>
        <translation>Не удалось записать файл дневника: возможно, диск заполнен или файл повреждён.</translation>
    </message>
    <message>
        <source>Something in the entry is not accepted (for example, a tag longer than 100 characters).</source>
        <translation>Что-то в записи не подходит (например, метка длиннее 100 символов).</translation>
    </message>
    <message>
        <source>The entry no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Что-то пошло не так.</translation>
    </message>
    <message>
        <source>Not saved. {reason} Your text is still here; try again with Ctrl+S.</source>
        <translation>Не сохранено. {reason} Ваш текст на месте; попробуйте ещё раз: Ctrl+S.</translation>
    </message>
    <message>
        <source>The journal file could not be read or written. It may be damaged.</source>
        <translation>Не удалось прочитать или записать файл дневника. Возможно, он повреждён.</translation>
    </message>
    <message>
        <source>That entry no longer exists.</source>
        <translation>Этой записи больше нет.</translation>
    </message>
    <message>
        <source>That did not work. Nothing was changed.</source>
        <translation>Не получилось. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>JournalWorkspace</name>
    <message>
        <source>Journal entries</source>
        <translation>Записи дневника</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Новая запись (Ctrl+N)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Показать все</translation>
    </message>
    <message>
        <source>Show all entries</source>
        <translation>Показать все записи</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;История…</translation>
    </message>
    <message>
        <source>Earlier versions of this entry (Ctrl+Shift+Y)</source>
        <translation>Прежние версии этой записи (Ctrl+Shift+Y)</translation>
    </message>
    <message>
        <source>Earlier versions of this entry</source>
        <translation>Прежние версии этой записи</translation>
    </message>
    <message>
        <source>T&amp;rash…</source>
        <translation>Ко&amp;рзина…</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>Calendar and tags</source>
        <translation>Календарь и метки</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Переместить в корзину</translation>
    </message>
    <message>
        <source>Moved to trash.</source>
        <translation>Перемещено в корзину.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Метка: %1</translation>
    </message>
    <message>
        <source>Day: %1</source>
        <translation>День: %1</translation>
    </message>
    <message>
        <source>An earlier version was restored.</source>
        <translation>Восстановлена прежняя версия.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The journal could not be deleted: it is open in another window, or the folder cannot be written.</source>
        <translation>Не удалось удалить дневник: он открыт в другом окне или в папку нельзя записывать.</translation>
    </message>
    <message>
        <source>The journal could not be deleted: the folder cannot be written.</source>
        <translation>Не удалось удалить дневник: в папку нельзя записывать.</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved. Quit anyway and lose them?</source>
        <translation>Последние изменения не удалось сохранить. Всё равно выйти и потерять их?</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;New entry</source>
        <extracomment>The icons of the main commands (resources/icons/NAME.svg).</extracomment>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Сохранить сейчас</translation>
    </message>
    <message>
        <source>&amp;History of this entry…</source>
        <translation>&amp;История записи…</translation>
    </message>
    <message>
        <source>&amp;Move entry to trash</source>
        <translation>&amp;Переместить запись в корзину</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Корзина…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Вст&amp;авить</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;Bold</source>
        <translation>&amp;Жирный</translation>
    </message>
    <message>
        <source>&amp;Italic</source>
        <translation>&amp;Курсив</translation>
    </message>
    <message>
        <source>&amp;Link…</source>
        <translation>&amp;Ссылка…</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Прикрепить файлы…</translation>
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
        <translation>&amp;Обычный текст</translation>
    </message>
    <message>
        <source>Bulleted &amp;list</source>
        <translation>&amp;Маркированный список</translation>
    </message>
    <message>
        <source>Check bo&amp;x</source>
        <translation>&amp;Флажок</translation>
    </message>
    <message>
        <source>&amp;Quote</source>
        <translation>&amp;Цитата</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Дневник</translation>
    </message>
    <message>
        <source>&amp;Plans and documents</source>
        <translation>&amp;Планы и документы</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Календарь</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <source>P&amp;review of the entry</source>
        <translation>П&amp;росмотр записи</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Во весь &amp;экран</translation>
    </message>
    <message>
        <source>&amp;What is due</source>
        <translation>&amp;Ближайшее</translation>
    </message>
    <message>
        <source>New &amp;document…</source>
        <translation>Новый &amp;документ…</translation>
    </message>
    <message>
        <source>New dead&amp;line…</source>
        <translation>Новый &amp;срок…</translation>
    </message>
    <message>
        <source>Add from a &amp;checklist…</source>
        <translation>Добавить из сп&amp;иска…</translation>
    </message>
    <message>
        <source>Export deadlines to a &amp;calendar file…</source>
        <translation>Экспорт сроков в файл &amp;календаря…</translation>
    </message>
    <message>
        <source>Record a &amp;trip…</source>
        <translation>Записать &amp;поездку…</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Journal</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>&amp;Формат</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>&amp;Plans</source>
        <translation>П&amp;ланы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>As the &amp;system</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Высокий контраст</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a backup</source>
        <translation>Объединить с резервной копией</translation>
    </message>
    <message>
        <source>Entries and plans of the backup that are missing here are added; where both changed, the newer one wins, and where both changed since they parted, both are kept.</source>
        <translation>Записи и планы из резервной копии, которых здесь нет, добавляются; где менялись обе копии, остаётся более новая версия, а где обе изменились после того, как копии разошлись, сохраняются обе.</translation>
    </message>
    <message>
        <source>Backups (%1);;All files (*)</source>
        <translation>Резервные копии (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл резервной копии:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>&amp;Парольная фраза копии:</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Объединить</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Введите парольную фразу резервной копии.</translation>
    </message>
    <message>
        <source>Merged: %1</source>
        <translation>Объединено: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) added</source>
        <translation>
            <numerusform>%n запись добавлена</numerusform>
            <numerusform>%n записи добавлены</numerusform>
            <numerusform>%n записей добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n обновлена</numerusform>
            <numerusform>%n обновлены</numerusform>
            <numerusform>%n обновлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept twice because both copies had changed</source>
        <translation>
            <numerusform>%n сохранена в двух вариантах, потому что менялись обе копии</numerusform>
            <numerusform>%n сохранены в двух вариантах, потому что менялись обе копии</numerusform>
            <numerusform>%n сохранено в двух вариантах, потому что менялись обе копии</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s), deadline(s), trip(s) or file(s) added or updated</source>
        <translation>
            <numerusform>документов, сроков, поездок и файлов добавлено или обновлено: %n</numerusform>
            <numerusform>документов, сроков, поездок и файлов добавлено или обновлено: %n</numerusform>
            <numerusform>документов, сроков, поездок и файлов добавлено или обновлено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already the same</source>
        <translation>
            <numerusform>%n уже совпадает</numerusform>
            <numerusform>%n уже совпадают</numerusform>
            <numerusform>%n уже совпадают</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Закрыть сообщение</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>В&amp;ыбрать…</translation>
    </message>
    <message>
        <source>Choose: %1</source>
        <translation>Выбрать: %1</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Выбрать папку</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Выбрать файл</translation>
    </message>
    <message>
        <source>Choose a new file</source>
        <translation>Выбрать новый файл</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>&amp;Предыдущая страница</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Следующая страница</translation>
    </message>
    <message>
        <source>Page of the attached PDF</source>
        <translation>Страница вложенного PDF</translation>
    </message>
    <message>
        <source>Drawing the page</source>
        <translation>Страница отрисовывается</translation>
    </message>
    <message>
        <source>This page cannot be shown.</source>
        <translation>Эту страницу не удаётся показать.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>Planner</name>
    <message>
        <source>Also due: %1 and %2. Everything is in the Horizon.</source>
        <translation>Кроме того: %1 и %2. Всё это — во вкладке «Ближайшее».</translation>
    </message>
    <message>
        <source>Also due: %1. Everything is in the Horizon.</source>
        <translation>Кроме того: %1. Всё это — во вкладке «Ближайшее».</translation>
    </message>
    <message>
        <source>When you have a moment: %1 and %2. They are in the Horizon.</source>
        <translation>Когда будет минутка: %1 и %2. Всё это — во вкладке «Ближайшее».</translation>
    </message>
    <message>
        <source>When you have a moment: %1. It is in the Horizon.</source>
        <translation>Когда будет минутка: %1. Это — во вкладке «Ближайшее».</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Пребывание</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>Загранпаспорт</translation>
    </message>
    <message>
        <source>Internal passport</source>
        <translation>Внутренний паспорт</translation>
    </message>
    <message>
        <source>Visa</source>
        <translation>Виза</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>ВНЖ</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>ID card</source>
        <translation>Удостоверение личности</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Водительские права</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Страховка</translation>
    </message>
    <message>
        <source>Tax number</source>
        <translation>Налоговый номер</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Другой документ</translation>
    </message>
    <message>
        <source>Days within a rolling window</source>
        <translation>Дни в скользящем окне</translation>
    </message>
    <message>
        <source>Days per entry</source>
        <translation>Дни за один въезд</translation>
    </message>
    <message>
        <source>Days per calendar year</source>
        <translation>Дни за календарный год</translation>
    </message>
    <message>
        <source>%1 days in any %2 days</source>
        <translation>%1 дн. в любые %2 дн.</translation>
    </message>
    <message>
        <source>Schengen area</source>
        <translation>Шенгенская зона</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Kazakhstan (not EAEU citizens)</source>
        <translation>Казахстан (граждане не из ЕАЭС)</translation>
    </message>
    <message>
        <source>Kazakhstan (EAEU citizens)</source>
        <translation>Казахстан (граждане ЕАЭС)</translation>
    </message>
    <message>
        <source>Georgia (Russian citizens)</source>
        <translation>Грузия (граждане России)</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербия</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Russia (foreign citizens)</source>
        <translation>Россия (иностранные граждане)</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Каждый год</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Каждый месяц</translation>
    </message>
    <message>
        <source>Start renewing: %1</source>
        <translation>Пора продлевать: %1</translation>
    </message>
    <message>
        <source>Expires: %1</source>
        <translation>Истекает: %1</translation>
    </message>
    <message>
        <source>Latest exit from %1</source>
        <translation>Крайний выезд: %1</translation>
    </message>
    <message>
        <source>Planned trips go over the limit: %1</source>
        <translation>Запланированные поездки превышают лимит: %1</translation>
    </message>
    <message>
        <source>Register arrival: %1</source>
        <translation>Регистрация по приезде: %1</translation>
    </message>
    <message>
        <source>%1 is far in the past.</source>
        <translation>Дата %1 — далеко в прошлом.</translation>
    </message>
    <message>
        <source>%1 is far in the future.</source>
        <translation>Дата %1 — далеко в будущем.</translation>
    </message>
    <message>
        <source>The issue date, %1, is in the future.</source>
        <translation>Дата выдачи (%1) ещё не наступила.</translation>
    </message>
    <message>
        <source>This repeating deadline starts on %1: it is more than one repeat behind already.</source>
        <translation>Первая дата этого повторяющегося срока (%1) отстала уже больше чем на один повтор.</translation>
    </message>
    <message>
        <source>Please check the dates:</source>
        <translation>Проверьте даты:</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Всё равно сохранить?</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>from %1, still there</source>
        <translation>с %1, поездка продолжается</translation>
    </message>
    <message>
        <source>This trip shares days with another trip in the same zone (%1). Save it anyway?</source>
        <translation>У этой поездки есть общие дни с другой поездкой в той же зоне (%1). Всё равно сохранить?</translation>
    </message>
    <message>
        <source>The journal is locked.</source>
        <translation>Дневник заблокирован.</translation>
    </message>
    <message>
        <source>The journal file could not be read or written. It may be damaged.</source>
        <translation>Не удалось прочитать или записать файл дневника. Возможно, он повреждён.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Этого больше нет.</translation>
    </message>
    <message>
        <source>The exit date is before the entry date.</source>
        <translation>Дата выезда раньше даты въезда.</translation>
    </message>
    <message>
        <source>This trip shares days with another trip in the same zone.</source>
        <translation>У этой поездки есть общие дни с другой поездкой в той же зоне.</translation>
    </message>
    <message>
        <source>A date must be between %1 and %2, and a number of days at most %3 (about ten years).</source>
        <translation>Дата должна быть между %1 и %2, а число дней — не больше %3 (около десяти лет).</translation>
    </message>
    <message>
        <source>Something in the form is not accepted. Please check the dates and numbers.</source>
        <translation>Что-то в форме не подходит. Проверьте даты и числа.</translation>
    </message>
    <message>
        <source>That did not work. Nothing was changed.</source>
        <translation>Не получилось. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The file could not be read or written.</source>
        <translation>Не удалось прочитать или записать файл.</translation>
    </message>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Что-то пошло не так. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Months per entry</source>
        <translation>Месяцев за въезд</translation>
    </message>
    <message>
        <source>Days within calendar months</source>
        <translation>Дней за календарные месяцы</translation>
    </message>
    <message>
        <source>Entries within a window</source>
        <translation>Въездов за период</translation>
    </message>
    <message>
        <source>Days outside before re-entry</source>
        <translation>Дней вне страны до нового въезда</translation>
    </message>
    <message>
        <source>of moving to each new address</source>
        <translation>после переезда на каждый новый адрес</translation>
    </message>
    <message>
        <source>of each arrival</source>
        <translation>после каждого въезда</translation>
    </message>
    <message>
        <source>Latest exit from %1: the visa ends</source>
        <translation>Последний день выезда из %1: заканчивается виза</translation>
    </message>
    <message>
        <source>Latest exit from %1: the passport must stay valid</source>
        <translation>Последний день выезда из %1: паспорт должен оставаться действительным</translation>
    </message>
    <message>
        <source>A planned trip to %1 has no visa for its dates</source>
        <translation>У запланированной поездки в %1 нет визы на эти даты</translation>
    </message>
    <message>
        <source>A planned trip to %1 ends too close to the passport&apos;s expiry</source>
        <translation>Запланированная поездка в %1 заканчивается слишком близко к концу срока паспорта</translation>
    </message>
</context>
<context>
    <name>PlannerPlurals</name>
    <message numerus="yes">
        <source>%n day(s) per entry</source>
        <translation>
            <numerusform>%n день за въезд</numerusform>
            <numerusform>%n дня за въезд</numerusform>
            <numerusform>%n дней за въезд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) per calendar year</source>
        <translation>
            <numerusform>%n день за календарный год</numerusform>
            <numerusform>%n дня за календарный год</numerusform>
            <numerusform>%n дней за календарный год</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Каждый %n день</numerusform>
            <numerusform>Каждые %n дня</numerusform>
            <numerusform>Каждые %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) overdue</source>
        <translation>
            <numerusform>%n дело просрочено</numerusform>
            <numerusform>%n дела просрочены</numerusform>
            <numerusform>%n дел просрочено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due within two weeks</source>
        <translation>
            <numerusform>%n срок в ближайшие две недели</numerusform>
            <numerusform>%n срока в ближайшие две недели</numerusform>
            <numerusform>%n сроков в ближайшие две недели</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the limit in %1 by %n day(s), since %2</source>
        <translation>
            <numerusform>Срок превышен: %1 — на %n день, с %2</numerusform>
            <numerusform>Срок превышен: %1 — на %n дня, с %2</numerusform>
            <numerusform>Срок превышен: %1 — на %n дней, с %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You are over the limit in %1 by %n day(s) since %2.</source>
        <translation>
            <numerusform>Вы превысили срок пребывания: %1 — на %n день, с %2.</numerusform>
            <numerusform>Вы превысили срок пребывания: %1 — на %n дня, с %2.</numerusform>
            <numerusform>Вы превысили срок пребывания: %1 — на %n дней, с %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>over by %n day(s)</source>
        <translation>
            <numerusform>превышено на %n день</numerusform>
            <numerusform>превышено на %n дня</numerusform>
            <numerusform>превышено на %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>остался %n день</numerusform>
            <numerusform>осталось %n дня</numerusform>
            <numerusform>осталось %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The trip is %Ln day(s) long.</source>
        <translation>
            <numerusform>Поездка длится %Ln день.</numerusform>
            <numerusform>Поездка длится %Ln дня.</numerusform>
            <numerusform>Поездка длится %Ln дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reminder, %n day(s) before %1, would have started before today.</source>
        <translation>
            <numerusform>Напоминание за %n день до срока (%1) началось бы раньше сегодняшнего дня.</numerusform>
            <numerusform>Напоминание за %n дня до срока (%1) началось бы раньше сегодняшнего дня.</numerusform>
            <numerusform>Напоминание за %n дней до срока (%1) началось бы раньше сегодняшнего дня.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerWorkspace</name>
    <message>
        <source>&amp;Horizon</source>
        <translation>&amp;Ближайшее</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>Д&amp;окументы</translation>
    </message>
    <message>
        <source>Dead&amp;lines</source>
        <translation>&amp;Сроки</translation>
    </message>
    <message>
        <source>&amp;Stays</source>
        <translation>П&amp;ребывание</translation>
    </message>
    <message>
        <source>Documents, deadlines and stays</source>
        <translation>Документы, сроки и пребывание</translation>
    </message>
</context>
<context>
    <name>RegistrationBox</name>
    <message>
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <source>Register &amp;within</source>
        <translation>Зарегистрироваться в &amp;течение</translation>
    </message>
    <message>
        <source>Registration is required after arrival</source>
        <translation>После въезда нужна регистрация</translation>
    </message>
    <message>
        <source>Time to register</source>
        <translation>Срок регистрации</translation>
    </message>
    <message>
        <source>days</source>
        <translation>дней</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>рабочих дней</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часов</translation>
    </message>
    <message>
        <source>of each arrival</source>
        <translation>после каждого въезда</translation>
    </message>
    <message>
        <source>of moving to each new address</source>
        <translation>после переезда на каждый новый адрес</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Считается в</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Считается от</translation>
    </message>
    <message>
        <source>only if the stay is longer than (days):</source>
        <translation>только если пребывание дольше (дней):</translation>
    </message>
    <message>
        <source>Stays up to this many days need no registration</source>
        <translation>Пребывание до стольких дней не требует регистрации</translation>
    </message>
    <message>
        <source>Public holidays o&amp;f:</source>
        <translation>Праздни&amp;ки страны:</translation>
    </message>
    <message>
        <source>Edit &amp;holidays…</source>
        <translation>Пра&amp;здники…</translation>
    </message>
    <message>
        <source>Edit the public holidays of the country</source>
        <translation>Изменить государственные праздники страны</translation>
    </message>
    <message>
        <source>Public holidays of the country</source>
        <translation>Государственные праздники страны</translation>
    </message>
    <message>
        <source>Whose public holidays are skipped when counting working days</source>
        <translation>Чьи праздники пропускаются при подсчёте рабочих дней</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>Journal: over a stay limit</source>
        <translation>Дневник: срок пребывания превышен</translation>
    </message>
    <message>
        <source>You are over a stay limit now. Open the journal to see where and since when.</source>
        <translation>Сейчас срок пребывания превышен. Откройте дневник, чтобы узнать, где и с какого дня.</translation>
    </message>
    <message>
        <source>Journal: reminder</source>
        <translation>Дневник: напоминание</translation>
    </message>
    <message numerus="yes">
        <source>%n deadline(s) today</source>
        <translation>
            <numerusform>На сегодня %n срок</numerusform>
            <numerusform>На сегодня %n срока</numerusform>
            <numerusform>На сегодня %n сроков</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Восстановить из резервной копии</translation>
    </message>
    <message>
        <source>Backups (%1);;All files (*)</source>
        <translation>Резервные копии (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл резервной копии:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>&amp;Парольная фраза копии:</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>&amp;Restore into the folder:</source>
        <translation>&amp;Восстановить в папку:</translation>
    </message>
    <message>
        <source>Folder for the restored journal (new or empty)</source>
        <translation>Папка для восстановленного дневника (новая или пустая)</translation>
    </message>
    <message>
        <source>New passphrase (&amp;optional):</source>
        <translation>Новая парольная фраза (&amp;необязательно):</translation>
    </message>
    <message>
        <source>New passphrase for the restored journal (optional)</source>
        <translation>Новая парольная фраза для восстановленного дневника (необязательно)</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Новая парольная фраза, ещё раз</translation>
    </message>
    <message>
        <source>Use the restored journal from now on</source>
        <translation>Дальше пользоваться восстановленным дневником</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Во&amp;сстановить</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Введите парольную фразу резервной копии.</translation>
    </message>
    <message>
        <source>Choose a folder for the restored journal.</source>
        <translation>Выберите папку для восстановленного дневника.</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase needs at least %n character(s).</source>
        <translation>
            <numerusform>В парольной фразе нужен хотя бы %n символ.</numerusform>
            <numerusform>В парольной фразе нужно хотя бы %n символа.</numerusform>
            <numerusform>В парольной фразе нужно хотя бы %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two new passphrases are not the same.</source>
        <translation>Новые парольные фразы не совпадают.</translation>
    </message>
    <message>
        <source>The open journal could not be locked (its changes could not be saved).</source>
        <translation>Не удалось заблокировать открытый дневник (его изменения не сохранились).</translation>
    </message>
    <message>
        <source>The journal is restored into %1.</source>
        <translation>Дневник восстановлен в папку %1.</translation>
    </message>
    <message>
        <source>The journal that was there is kept as %1.</source>
        <translation>Дневник, который там был, сохранён как %1.</translation>
    </message>
</context>
<context>
    <name>RulePlurals</name>
    <message numerus="yes">
        <source>%n month(s) per entry</source>
        <translation>
            <numerusform>%n месяц за въезд</numerusform>
            <numerusform>%n месяца за въезд</numerusform>
            <numerusform>%n месяцев за въезд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in any</source>
        <translation>
            <numerusform>%n день в любые</numerusform>
            <numerusform>%n дня в любые</numerusform>
            <numerusform>%n дней в любые</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n calendar month(s)</source>
        <translation>
            <numerusform>%n календарный месяц</numerusform>
            <numerusform>%n календарных месяца</numerusform>
            <numerusform>%n календарных месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %n entry(ies) in any</source>
        <translation>
            <numerusform>не более %n въезда за любые</numerusform>
            <numerusform>не более %n въездов за любые</numerusform>
            <numerusform>не более %n въездов за любые</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) outside before entering again</source>
        <translation>
            <numerusform>%n день вне страны до нового въезда</numerusform>
            <numerusform>%n дня вне страны до нового въезда</numerusform>
            <numerusform>%n дней вне страны до нового въезда</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register within %n hour(s)</source>
        <translation>
            <numerusform>Зарегистрироваться в течение %n часа</numerusform>
            <numerusform>Зарегистрироваться в течение %n часов</numerusform>
            <numerusform>Зарегистрироваться в течение %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register within %n working day(s)</source>
        <translation>
            <numerusform>Зарегистрироваться в течение %n рабочего дня</numerusform>
            <numerusform>Зарегистрироваться в течение %n рабочих дней</numerusform>
            <numerusform>Зарегистрироваться в течение %n рабочих дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register within %n day(s)</source>
        <translation>
            <numerusform>Зарегистрироваться в течение %n дня</numerusform>
            <numerusform>Зарегистрироваться в течение %n дней</numerusform>
            <numerusform>Зарегистрироваться в течение %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>if the stay is longer than %n day(s)</source>
        <translation>
            <numerusform>если пребывание дольше %n дня</numerusform>
            <numerusform>если пребывание дольше %n дней</numerusform>
            <numerusform>если пребывание дольше %n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Поиск (Ctrl+F)</translation>
    </message>
    <message>
        <source>Words find every form of the word. &quot;two words&quot; finds a phrase, pref* a beginning, -word excludes, tag:name, from:YYYY-MM-DD and to:YYYY-MM-DD filter.</source>
        <translation>Слово находится во всех формах. &quot;два слова&quot; — поиск фразы, нач* — начало слова, -слово — исключить; tag:имя, from:ГГГГ-ММ-ДД и to:ГГГГ-ММ-ДД — фильтры.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ищем…</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found</source>
        <translation>
            <numerusform>Найдена %n запись</numerusform>
            <numerusform>Найдено %n записи</numerusform>
            <numerusform>Найдено %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>No entries found</source>
        <translation>Ничего не найдено</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Оформление:</translation>
    </message>
    <message>
        <source>Lock after &amp;idle time:</source>
        <translation>Блокировать после &amp;бездействия:</translation>
    </message>
    <message>
        <source>Clear copied text &amp;after:</source>
        <translation>Убирать скопированный текст &amp;через:</translation>
    </message>
    <message>
        <source>Editor &amp;font size:</source>
        <translation>&amp;Размер шрифта редактора:</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлое</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмное</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Высокий контраст</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
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
        <translation>Показывать значок в системном &amp;лотке</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Оформление</translation>
    </message>
    <message>
        <source>Minutes without use before the journal locks</source>
        <translation>Минут без действий до блокировки дневника</translation>
    </message>
    <message>
        <source>Seconds before copied text is removed from the clipboard</source>
        <translation>Секунд до удаления скопированного текста из буфера обмена</translation>
    </message>
    <message>
        <source>Editor font size</source>
        <translation>Размер шрифта редактора</translation>
    </message>
    <message>
        <source>&amp;Window title:</source>
        <translation>&amp;Заголовок окна:</translation>
    </message>
    <message>
        <source>The name others see on the window and in the task bar. Do not write anything private here.</source>
        <translation>Это название видно другим: на окне и на панели задач. Не пишите сюда ничего личного.</translation>
    </message>
    <message>
        <source>Window title</source>
        <translation>Заголовок окна</translation>
    </message>
    <message>
        <source>&amp;Delete the journal after this many wrong passphrases in a row:</source>
        <translation>&amp;Удалять дневник после стольких неверных парольных фраз подряд:</translation>
    </message>
    <message>
        <source>Wrong passphrases before the journal is deleted</source>
        <translation>Неверных парольных фраз до удаления дневника</translation>
    </message>
    <message>
        <source>Warning: when this is on, the journal is overwritten and deleted without asking once the number is reached. Anyone who has the laptop can do that by typing wrong passphrases, and so can you on a bad day. Deleted means gone: keep a backup somewhere else if you turn this on. Someone who copies the journal&apos;s files first is not stopped by this.</source>
        <translation>Внимание: если это включено, дневник будет перезаписан и удалён без вопросов, как только число будет достигнуто. Это может сделать любой, у кого окажется ноутбук, просто вводя неверные парольные фразы, — и вы сами в тяжёлый день. Удалённое не вернуть: если включаете это, храните резервную копию в другом месте. Того, кто сначала скопирует файлы дневника, это не остановит.</translation>
    </message>
    <message>
        <source>Delete this &amp;journal…</source>
        <translation>Удалить этот &amp;дневник…</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Сменить &amp;парольную фразу…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Search the shortcuts</source>
        <translation>Поиск по сочетаниям клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Что делает</translation>
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
        <translation>Использовано:</translation>
    </message>
    <message>
        <source>Days remaining:</source>
        <translation>Осталось:</translation>
    </message>
    <message>
        <source>Longest stay from this date:</source>
        <translation>Можно пробыть с этой даты:</translation>
    </message>
    <message>
        <source>Latest exit:</source>
        <translation>Выехать не позже:</translation>
    </message>
    <message>
        <source>Earliest entry:</source>
        <translation>Въехать не раньше:</translation>
    </message>
    <message>
        <source>Earliest entry for the stay:</source>
        <translation>Въехать на такой срок не раньше:</translation>
    </message>
    <message>
        <source>Each rule:</source>
        <translation>По каждому правилу:</translation>
    </message>
    <message>
        <source>Days over the limit:</source>
        <translation>Дни сверх лимита:</translation>
    </message>
    <message>
        <source>%1 of %2 days</source>
        <translation>%1 из %2 дн.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over the limit by %n day(s)</source>
        <translation>
            <numerusform>Сверх лимита на %n день</numerusform>
            <numerusform>Сверх лимита на %n дня</numerusform>
            <numerusform>Сверх лимита на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>No day is allowed from this date</source>
        <translation>С этой даты нельзя пробыть ни дня</translation>
    </message>
    <message>
        <source>Not within the next ten years</source>
        <translation>Не в ближайшие десять лет</translation>
    </message>
    <message numerus="yes">
        <source>Earliest entry for %n day(s):</source>
        <translation>
            <numerusform>Въехать на %n день не раньше:</numerusform>
            <numerusform>Въехать на %n дня не раньше:</numerusform>
            <numerusform>Въехать на %n дней не раньше:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 used, %3</source>
        <translation>%1: использовано %2, %3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 to %2 (up to %3 days)</source>
        <translation>с %1 по %2 (до %3 дн.)</translation>
    </message>
</context>
<context>
    <name>StayChart</name>
    <message>
        <source>Chart of days used over time</source>
        <extracomment>One color per rule, in the zone&apos;s order (the first is the palette&apos;s link color).</extracomment>
        <translation>График использованных дней во времени</translation>
    </message>
    <message>
        <source>Today %1 of %2 days used.</source>
        <translation>Сегодня использовано %1 из %2 дн.</translation>
    </message>
    <message>
        <source>Over the limit.</source>
        <translation>Лимит превышен.</translation>
    </message>
    <message>
        <source>Days free up from %1.</source>
        <translation>Дни начнут освобождаться с %1.</translation>
    </message>
    <message>
        <source>No trips to show.</source>
        <translation>Поездок пока нет.</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>%1 (limit %2)</source>
        <translation>%1 (лимит %2)</translation>
    </message>
</context>
<context>
    <name>StaysView</name>
    <message>
        <source>Countries and zones</source>
        <translation>Страны и зоны</translation>
    </message>
    <message>
        <source>New &amp;zone…</source>
        <translation>&amp;Своя зона…</translation>
    </message>
    <message>
        <source>Delete zone…</source>
        <translation>Удалить зону…</translation>
    </message>
    <message>
        <source>Delete this zone and its trips</source>
        <translation>Удалить эту зону и её поездки</translation>
    </message>
    <message>
        <source>Add a country or area with its own rules</source>
        <translation>Добавить страну или зону со своими правилами</translation>
    </message>
    <message>
        <source>Edit &amp;rules…</source>
        <translation>Изменить пр&amp;авила…</translation>
    </message>
    <message>
        <source>Edit the rules of this zone</source>
        <translation>Изменить правила этой зоны</translation>
    </message>
    <message>
        <source>Trips</source>
        <translation>Поездки</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Въезд</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Выезд</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дней</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Считаются</translation>
    </message>
    <message>
        <source>Trips to this zone, past and planned</source>
        <translation>Поездки в эту зону, прошлые и запланированные</translation>
    </message>
    <message>
        <source>&amp;Add trip…</source>
        <translation>&amp;Новая поездка…</translation>
    </message>
    <message>
        <source>Add a trip</source>
        <translation>Добавить поездку</translation>
    </message>
    <message>
        <source>&amp;Edit trip…</source>
        <translation>&amp;Изменить поездку…</translation>
    </message>
    <message>
        <source>Edit the trip</source>
        <translation>Изменить поездку</translation>
    </message>
    <message>
        <source>&amp;Delete trip</source>
        <translation>&amp;Удалить поездку</translation>
    </message>
    <message>
        <source>Delete the trip</source>
        <translation>Удалить поездку</translation>
    </message>
    <message>
        <source>How long may I stay?</source>
        <translation>Сколько можно пробыть?</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>На да&amp;ту:</translation>
    </message>
    <message>
        <source>The date to answer for</source>
        <translation>Дата, на которую нужен ответ</translation>
    </message>
    <message>
        <source>A stay &amp;of:</source>
        <translation>Срок пребы&amp;вания:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Length of a planned stay in days</source>
        <translation>Длительность планируемого пребывания в днях</translation>
    </message>
    <message numerus="yes">
        <source>Register within %n day(s) of arrival.</source>
        <translation>
            <numerusform>Регистрация — в течение %n дня после прибытия.</numerusform>
            <numerusform>Регистрация — в течение %n дней после прибытия.</numerusform>
            <numerusform>Регистрация — в течение %n дней после прибытия.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preset written %1. Rules change: check the official source before you rely on it.</source>
        <translation>Данные на %1. Правила меняются: прежде чем на них полагаться, проверьте официальный источник.</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>ещё там</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>No (resident)</source>
        <translation>Нет (ВНЖ)</translation>
    </message>
    <message>
        <source>Delete trip</source>
        <translation>Удалить поездку</translation>
    </message>
    <message>
        <source>Delete this trip?</source>
        <translation>Удалить эту поездку?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message numerus="yes">
        <source>Delete the zone %1 and its %n trip(s)? Its deadlines stay.</source>
        <translation>
            <numerusform>Удалить зону %1 и её %n поездку? Сроки останутся.</numerusform>
            <numerusform>Удалить зону %1 и её %n поездки? Сроки останутся.</numerusform>
            <numerusform>Удалить зону %1 и её %n поездок? Сроки останутся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete zone</source>
        <translation>Удалить зону</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отменяем…</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>Apply a checklist template</source>
        <translation>Применить шаблон чек-листа</translation>
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
        <translation>Опорная дата</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Tasks this checklist will add</source>
        <translation>Задачи, которые добавит этот чек-лист</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>No checklist templates were found.</source>
        <translation>Шаблоны чек-листов не найдены.</translation>
    </message>
    <message>
        <source>Written %1.</source>
        <translation>Составлено %1.</translation>
    </message>
    <message>
        <source>Apply anyway</source>
        <translation>Всё равно применить</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Entries in the trash</source>
        <translation>Записи в корзине</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <source>Restore the chosen entries</source>
        <translation>Восстановить выбранные записи</translation>
    </message>
    <message>
        <source>&amp;Empty trash…</source>
        <translation>&amp;Очистить корзину…</translation>
    </message>
    <message>
        <source>Empty trash</source>
        <translation>Очистить корзину</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Удалить навсегда</translation>
    </message>
    <message>
        <source>Delete every entry in the trash for good</source>
        <translation>Удалить навсегда все записи в корзине</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Без названия</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Удалить %n запись навсегда? Это нельзя отменить.</numerusform>
            <numerusform>Удалить %n записи навсегда? Это нельзя отменить.</numerusform>
            <numerusform>Удалить %n записей навсегда? Это нельзя отменить.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Показать</translation>
    </message>
</context>
<context>
    <name>TripDialog</name>
    <message>
        <source>Edit trip</source>
        <translation>Изменить поездку</translation>
    </message>
    <message>
        <source>New trip</source>
        <translation>Новая поездка</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Въезд:</translation>
    </message>
    <message>
        <source>E&amp;xit:</source>
        <translation>В&amp;ыезд:</translation>
    </message>
    <message>
        <source>Entry date</source>
        <translation>Дата въезда</translation>
    </message>
    <message>
        <source>Exit date</source>
        <translation>Дата выезда</translation>
    </message>
    <message>
        <source>&amp;Still there</source>
        <translation>&amp;Ещё там</translation>
    </message>
    <message>
        <source>Still there, no exit date yet</source>
        <translation>Ещё там, даты выезда пока нет</translation>
    </message>
    <message>
        <source>Under a residence permit or long-stay visa (days do not count)</source>
        <translation>По ВНЖ или долгосрочной визе (дни не считаются)</translation>
    </message>
    <message>
        <source>Days under a residence permit do not count</source>
        <translation>Дни по ВНЖ не считаются</translation>
    </message>
    <message>
        <source>The exit date is before the entry date.</source>
        <translation>Дата выезда раньше даты въезда.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Всё равно сохранить</translation>
    </message>
    <message>
        <source>Register arrival: {zone}</source>
        <translation>Зарегистрироваться по прибытии: {zone}</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>&amp;Border:</source>
        <translation>&amp;Граница:</translation>
    </message>
    <message>
        <source>Country entered, a two- or three-letter code</source>
        <translation>Страна въезда, код из двух или трёх букв</translation>
    </message>
    <message>
        <source>For zones whose members joined on different dates: the country you entered (BG, RO, HR).</source>
        <translation>Для зон, страны которых вступили в разное время: страна, в которую вы въехали (BG, RO, HR).</translation>
    </message>
    <message>
        <source>Any member</source>
        <translation>Любая страна зоны</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>By air</source>
        <translation>По воздуху</translation>
    </message>
    <message>
        <source>By sea</source>
        <translation>По морю</translation>
    </message>
    <message>
        <source>By land</source>
        <translation>По суше</translation>
    </message>
    <message>
        <source>How you crossed the border</source>
        <translation>Как вы пересекли границу</translation>
    </message>
    <message>
        <source>The country is a two- or three-letter code, such as BG or HR.</source>
        <translation>Страна указывается кодом из двух или трёх букв, например BG или HR.</translation>
    </message>
    <message>
        <source>Public holidays of {year} are not known: only weekends were skipped.</source>
        <translation>Праздничные дни {year} года неизвестны: пропущены только выходные.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Opening the journal…</source>
        <translation>Открываем дневник…</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passphrases. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Слишком много неверных парольных фраз. Попробовать снова можно через %n секунду.</numerusform>
            <numerusform>Слишком много неверных парольных фраз. Попробовать снова можно через %n секунды.</numerusform>
            <numerusform>Слишком много неверных парольных фраз. Попробовать снова можно через %n секунд.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n s</source>
        <translation>
            <numerusform>Подождите %n с</numerusform>
            <numerusform>Подождите %n с</numerusform>
            <numerusform>Подождите %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <source>The journal is locked</source>
        <translation>Дневник заблокирован</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Похоже, включён Caps Lock.</translation>
    </message>
    <message>
        <source>Create a &amp;new journal…</source>
        <translation>Создать &amp;новый дневник…</translation>
    </message>
</context>
<context>
    <name>VaultMessages</name>
    <message>
        <source>The journal is open in another window. Lock or close it there first, then try again.</source>
        <translation>Дневник открыт в другом окне. Заблокируйте или закройте его там и попробуйте снова.</translation>
    </message>
    <message>
        <source>That passphrase did not open the journal. Please check it and try again.</source>
        <translation>Эта парольная фраза не открыла дневник. Проверьте её и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The disk is full, so the journal cannot be opened. Your passphrase was not the problem and nothing was changed. Free some space on this disk, then try again.</source>
        <translation>Диск заполнен, поэтому дневник не открывается. Дело не в парольной фразе, и ничего не изменено. Освободите место на этом диске и попробуйте снова.</translation>
    </message>
    <message>
        <source>The journal folder cannot be written to (a read-only disk or folder), so the journal cannot be opened. Your passphrase was not the problem and nothing was changed.</source>
        <translation>В папку дневника нельзя записывать (диск или папка только для чтения), поэтому дневник не открывается. Дело не в парольной фразе, и ничего не изменено.</translation>
    </message>
    <message>
        <source>The journal files could not be read. Your passphrase was not the problem and nothing was changed. Check that the drive is connected and that you may read the folder, then try again.</source>
        <translation>Файлы дневника не удалось прочитать. Дело не в парольной фразе, и ничего не изменено. Проверьте, что диск подключён и что у вас есть право читать папку, и попробуйте снова.</translation>
    </message>
    <message>
        <source>The journal files are damaged and cannot be opened. Nothing has been changed. Keep the folder as it is; if you have a backup, you can restore it into another folder.</source>
        <translation>Файлы дневника повреждены, открыть их нельзя. Ничего не изменено. Оставьте папку как есть; если у вас есть резервная копия, её можно восстановить в другую папку.</translation>
    </message>
    <message>
        <source>There is no journal in this folder.</source>
        <translation>В этой папке нет дневника.</translation>
    </message>
    <message>
        <source>The journal folder could not be read. Check that the drive is connected and readable.</source>
        <translation>Не удалось прочитать папку дневника. Проверьте, что диск подключён и доступен для чтения.</translation>
    </message>
    <message>
        <source>The journal could not be opened.</source>
        <translation>Не удалось открыть дневник.</translation>
    </message>
    <message>
        <source>There is already a journal in this folder. Unlock it instead, or choose another folder.</source>
        <translation>В этой папке уже есть дневник. Откройте его или выберите другую папку.</translation>
    </message>
    <message>
        <source>This place is a file, not a folder. Please choose a folder.</source>
        <translation>Здесь файл, а не папка. Выберите папку.</translation>
    </message>
    <message>
        <source>Please enter a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>The journal could not be created in this folder. Check that you may write there.</source>
        <translation>Не удалось создать дневник в этой папке. Проверьте, что туда можно записывать.</translation>
    </message>
    <message>
        <source>The journal could not be created.</source>
        <translation>Не удалось создать дневник.</translation>
    </message>
    <message>
        <source>This is one of the passphrases people use most often; it is guessed first.</source>
        <translation>Это одна из самых частых парольных фраз; её подбирают первой.</translation>
    </message>
    <message>
        <source>A single word is easy to guess. Use several words.</source>
        <translation>Одно слово легко подобрать. Используйте несколько слов.</translation>
    </message>
    <message>
        <source>Names and surnames are easy to guess.</source>
        <translation>Имена и фамилии легко подобрать.</translation>
    </message>
    <message>
        <source>Keys next to each other on the keyboard are easy to guess.</source>
        <translation>Соседние клавиши на клавиатуре легко подобрать.</translation>
    </message>
    <message>
        <source>Repeated letters or words are easy to guess.</source>
        <translation>Повторяющиеся буквы или слова легко подобрать.</translation>
    </message>
    <message>
        <source>Sequences like “abc” or “6543” are easy to guess.</source>
        <translation>Последовательности вроде «abc» или «6543» легко подобрать.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess.</source>
        <translation>Даты и годы легко подобрать.</translation>
    </message>
    <message>
        <source>This is too close to the current passphrase.</source>
        <translation>Она слишком похожа на нынешнюю парольную фразу.</translation>
    </message>
    <message>
        <source>Too short or too simple. Add a few more uncommon words.</source>
        <translation>Слишком коротко или просто. Добавьте ещё несколько редких слов.</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>очень слабая</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>слабая</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>средняя</translation>
    </message>
    <message>
        <source>good</source>
        <translation>хорошая</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>надёжная</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Check a backup</source>
        <translation>Проверить резервную копию</translation>
    </message>
    <message>
        <source>Backups (%1);;All files (*)</source>
        <translation>Резервные копии (%1);;Все файлы (*)</translation>
    </message>
    <message>
        <source>&amp;Backup file:</source>
        <translation>&amp;Файл резервной копии:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <source>Backup&apos;s &amp;passphrase:</source>
        <translation>&amp;Парольная фраза копии:</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>Про&amp;верить</translation>
    </message>
    <message>
        <source>Choose a backup file.</source>
        <translation>Выберите файл резервной копии.</translation>
    </message>
    <message>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Введите парольную фразу резервной копии.</translation>
    </message>
    <message>
        <source>The backup is whole (made %1).</source>
        <translation>Резервная копия цела (создана %1).</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;Journal</source>
        <extracomment>Where a Cyrillic layout (Russian, Ukrainian, Belarusian) puts the letters of the two keys: Д is on L, Й on Q. Qt&apos;s X11 and Windows back ends already report the Latin key while Ctrl is held; this covers the others. The tray tooltip and window title: the app&apos;s neutral name only, never anything from the journal.</extracomment>
        <translation>&amp;Дневник</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Lock the journal (Ctrl+L)</source>
        <translation>Заблокировать дневник (Ctrl+L)</translation>
    </message>
    <message>
        <source>Lock and &amp;hide</source>
        <translation>Заблокировать и &amp;скрыть</translation>
    </message>
    <message>
        <source>Lock at once, empty the clipboard and hide the window (Ctrl+Shift+Q)</source>
        <translation>Сразу заблокировать, очистить буфер обмена и скрыть окно (Ctrl+Shift+Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>ZoneRulesDialog</name>
    <message>
        <source>Zone rules</source>
        <extracomment>what the two number columns hold for each rule kind: (first key, second key or None)</extracomment>
        <translation>Правила зоны</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>Новая зона</translation>
    </message>
    <message>
        <source>Country or &amp;area:</source>
        <translation>Страна или &amp;зона:</translation>
    </message>
    <message>
        <source>Name of the country or area</source>
        <translation>Название страны или зоны</translation>
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
        <translation>Период или месяцы</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source> entries</source>
        <translation> въезд.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>Days allowed</source>
        <translation>Разрешено дней</translation>
    </message>
    <message>
        <source>Rules; all must hold</source>
        <translation>Правила; должны соблюдаться все</translation>
    </message>
    <message>
        <source>&amp;Add rule</source>
        <translation>&amp;Добавить правило</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Удалить правило</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Удалить выбранное правило</translation>
    </message>
    <message>
        <source>Rule type</source>
        <translation>Тип правила</translation>
    </message>
    <message>
        <source>Entries allowed</source>
        <translation>Разрешено въездов</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Месяцы</translation>
    </message>
    <message>
        <source>Days outside before entering again</source>
        <translation>Дней вне страны до нового въезда</translation>
    </message>
    <message>
        <source>Window in days</source>
        <translation>Период в днях</translation>
    </message>
    <message>
        <source>Not used by this rule</source>
        <translation>Это правило не использует</translation>
    </message>
    <message>
        <source>A rule&apos;s numbers do not fit together: please check them.</source>
        <translation>Числа правила не согласуются друг с другом: проверьте их.</translation>
    </message>
    <message>
        <source>A zone needs at least one rule.</source>
        <translation>Для зоны нужно хотя бы одно правило.</translation>
    </message>
    <message>
        <source>A window must be at least as long as the days allowed in it.</source>
        <translation>Период не может быть короче числа разрешённых в нём дней.</translation>
    </message>
    <message>
        <source>A visa cannot end before it starts.</source>
        <translation>Виза не может закончиться раньше, чем начнётся.</translation>
    </message>
    <message>
        <source>Please give the country or area a name.</source>
        <translation>Дайте стране или зоне название.</translation>
    </message>
    <message>
        <source>There is already a zone with this name.</source>
        <translation>Зона с таким названием уже есть.</translation>
    </message>
</context>
</TS>
