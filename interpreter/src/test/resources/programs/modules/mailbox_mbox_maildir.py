# mailbox as a mail archiver uses it: an mbox and a Maildir in a temporary directory, adding
# messages (str, bytes, email.message.Message), keys and iteration order, get_message/get_string,
# flags on mboxMessage and MaildirMessage (set_flags/add_flag/get_subdir/info), moving between
# formats with conversion of flags, lock/unlock, removing and the KeyError of a missing key,
# and From_ lines kept with a fixed date.
import email.message
import mailbox
import os
import tempfile

def make(subject, body, sender='ann@example.com'):
    m = email.message.Message()
    m['From'] = sender
    m['Subject'] = subject
    m.set_payload(body)
    return m

with tempfile.TemporaryDirectory() as d:
    mb = mailbox.mbox(os.path.join(d, 'inbox.mbox'))
    mb.lock()
    k1 = mb.add(make('First', 'hello\nFrom the start of a line\n'))
    k2 = mb.add('From: bob@example.com\nSubject: Second\n\nbody two\n')
    m3 = mailbox.mboxMessage(make('Third', 'three'))
    m3.set_from('carol@example.com', (2024, 1, 2, 3, 4, 5, 0, 2, 0))
    m3.set_flags('RO')
    k3 = mb.add(m3)
    mb.flush()
    mb.unlock()
    print(k1, k2, k3, len(mb), sorted(mb.keys()))
    for key, msg in mb.iteritems():
        print(key, msg['Subject'], msg.get_from().split()[0], repr(msg.get_flags()))
    print(mb.get_string(k3).splitlines()[:4])
    print(mb.get_message(k1).get_payload())
    mb.remove(k2)
    try:
        mb[k2]
    except KeyError as e:
        print('KeyError', e)
    mb.flush()
    with open(os.path.join(d, 'inbox.mbox')) as f:
        text = f.read()
    print(text.count('\nFrom '), '>From the start' in text, text.splitlines()[-6:])
    mb.close()

    md = mailbox.Maildir(os.path.join(d, 'Mail'), create=True)
    print(sorted(os.listdir(os.path.join(d, 'Mail'))))
    keys = []
    for m in mailbox.mbox(os.path.join(d, 'inbox.mbox')):
        mm = mailbox.MaildirMessage(m)
        print('converted', m['Subject'], repr(mm.get_flags()), mm.get_subdir())
        keys.append(md.add(mm))
    new = mailbox.MaildirMessage(make('Fresh', 'new mail'))
    new.add_flag('F')
    new.set_subdir('cur')
    keys.append(md.add(new))
    print(len(md), sorted(md.get_message(k)['Subject'] for k in md.keys()))
    fm = md.get_message(keys[-1])
    print(fm.get_subdir(), fm.get_flags(), fm.get_info())
    fm.add_flag('S'); fm.remove_flag('F')
    md[keys[-1]] = fm
    print(md.get_message(keys[-1]).get_flags(), sorted(os.listdir(os.path.join(d, 'Mail', 'cur'))) != [])
    sub = md.add_folder('Archive')
    sub.add(make('Archived', 'old'))
    print(md.list_folders(), len(md.get_folder('Archive')))
    try:
        md.get_folder('Nope')
    except mailbox.NoSuchMailboxError as e:
        print('NoSuchMailboxError', os.path.basename(str(e)))
    back = mailbox.mboxMessage(fm)
    print(repr(back.get_flags()), back['Status'], back['X-Status'])
    md.remove(keys[0])
    print(len(md))
    md.close()
    for cls in (mailbox.MH, mailbox.Babyl, mailbox.MMDF):
        box = cls(os.path.join(d, 'other.' + cls.__name__))
        box.add(make('In ' + cls.__name__, 'x'))
        box.flush()
        print(cls.__name__, len(box), [m['Subject'] for m in box])
        box.close()
