# spwd: the DeprecationWarning at import, struct_spwd (9 items, sp_nam/sp_pwd by name only), getspnam
# and getspall over /etc/shadow (run as root, as the recording and the tests are), and the errors.
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import spwd
print([(w.category.__name__, str(w.message)) for w in caught])
print(spwd.struct_spwd, spwd.struct_spwd.n_fields, spwd.struct_spwd.n_sequence_fields)
r = spwd.getspnam('root')
print(type(r).__name__, len(r), r.sp_namp, r.sp_nam == r.sp_namp, r.sp_pwd == r.sp_pwdp, r.sp_flag, r[8], type(r.sp_max).__name__)
print([k for k in dir(r) if k.startswith('sp_')])
all_ = spwd.getspall()
print(all_[0].sp_namp, all_[0] == r, [e.sp_namp for e in all_] == [l.split(':')[0] for l in open('/etc/shadow') if l.strip()])
for a in ['nosuch', 1, 'a\0b']:
    try:
        spwd.getspnam(a)
    except Exception as e:
        print(type(e).__name__, e)
for f, args in [(spwd.getspall, (1,)), (spwd.getspnam, ())]:
    try:
        f(*args)
    except TypeError as e:
        print('TypeError', e)
