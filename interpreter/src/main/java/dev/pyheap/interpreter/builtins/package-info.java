/**
 * {@code Python/bltinmodule.c}, {@code Python/import.c}, {@code Python/sysmodule.c} and the
 * Python-level modules written in Java.
 * <table>
 *   <caption>class → CPython</caption>
 *   <tr><th>class</th><th>CPython</th></tr>
 *   <tr><td>{@link dev.pyheap.interpreter.builtins.Builtins}, {@code CallArgs}</td><td>{@code Python/bltinmodule.c}, {@code Python/getargs.c}</td></tr>
 *   <tr><td>{@code CoreFunctions}</td><td>{@code Python/bltinmodule.c} ({@code exec}, {@code eval}, {@code compile}, {@code __build_class__})</td></tr>
 *   <tr><td>{@code BuiltinIterType}</td><td>{@code Objects/enumobject.c}, {@code Python/bltinmodule.c} ({@code zip}, {@code map}, {@code filter})</td></tr>
 *   <tr><td>{@code QuitterType}</td><td>{@code Lib/_sitebuiltins.py} ({@code Quitter}: the {@code exit} and {@code quit} that {@code site} installs)</td></tr>
 *   <tr><td>{@code TextIOType}</td><td>{@code Modules/_io/textio.c} ({@code _io.TextIOWrapper}, the one text type: the standard streams in Java, the text layers {@code open()} makes through the library's methods)</td></tr>
 *   <tr><td>{@code IoModule}</td><td>{@code Modules/_io/bufferedio.c} ({@code _buffered_readline}, {@code buffered_iternext}) and {@code Modules/_io/textio.c} ({@code _textiowrapper_readline}, {@code textiowrapper_iternext}): the per-line methods of lib/io.py's classes</td></tr>
 *   <tr><td>{@code BytesIOType}</td><td>{@code Modules/_io/bytesio.c} ({@code _io.BytesIO} over one bytes object grown by {@code resize_buffer} and shared with {@code getvalue()}; its nested {@code ExportType} is {@code _io._BytesIOBuffer}, what {@code getbuffer()}'s memoryview exports from)</td></tr>
 *   <tr><td>{@code StringIOType}</td><td>{@code Modules/_io/stringio.c} as 3.11 has it ({@code _io.StringIO}: the {@code _PyAccu} accumulating state, the realized UCS4 buffer, newline translation)</td></tr>
 *   <tr><td>{@code MemoryStreamType}</td><td>what {@code Modules/_io/bytesio.c} and {@code stringio.c} repeat: the read-only {@code __dict__}, traverse/clear of it alone, {@code __setstate__}'s dict item, the library base for the MRO</td></tr>
 *   <tr><td>{@code BufferedType}, {@code StdinBuffer}</td><td>{@code Modules/_io/bufferedio.c} ({@code BufferedReader} and {@code BufferedWriter}: the standard streams' {@code buffer}, descriptor 0's read-ahead)</td></tr>
 *   <tr><td>{@code ZlibModule}</td><td>{@code Modules/zlibmodule.c}'s engine (deflate, inflate, crc32, adler32; {@code zlib} is written in Python over it)</td></tr>
 *   <tr><td>{@code StreamHandles}</td><td>the int handles by which zlib's, lzma's and bz2's Python classes hold their Java streams (the module state's part of {@code zlibmodule.c}'s, {@code _lzmamodule.c}'s and {@code _bz2module.c}'s object structs)</td></tr>
 *   <tr><td>{@code Bz2Module}</td><td>{@code Modules/_bz2module.c}'s engine: libbzip2 itself through {@code java.lang.foreign} ({@code _pyheap_bz2}; {@code _bz2} and {@code bz2} are written in Python over it)</td></tr>
 *   <tr><td>{@code SqliteModule}</td><td>{@code Modules/_sqlite/*.c}'s engine: SQLite itself ({@code libsqlite3.so.0}) through
 *       {@code java.lang.foreign}, with upcalls for user functions, collations and hooks ({@code _pyheap_sqlite3};
 *       {@code _sqlite3} and the {@code sqlite3} package are written in Python over it)</td></tr>
 *   <tr><td>{@code LzmaModule}</td><td>{@code Modules/_lzmamodule.c}'s engine over XZ for Java (xz, alone and raw streams with filter chains; each decompressor's decoder on a virtual thread of its own; {@code lzma} is written in Python over it)</td></tr>
 *   <tr><td>{@code SocketModule}, {@code SocketCalls}</td><td>{@code Modules/socketmodule.c} and {@code Modules/selectmodule.c}'s system calls on the kernel's own descriptors through the C library ({@code _pyheap_socket}: sockets registered in the descriptor table, waits in {@code poll(2)} without the GIL, {@code select(2)}, {@code poll(2)} and {@code epoll} with the table's numbers translated, the kernel's errno; {@code socket}, {@code select} and {@code selectors} are written in Python over it)</td></tr>
 *   <tr><td>{@code KernelFile}, {@code KernelFd}</td><td>a kernel descriptor in the descriptor table ({@code os.pipe}'s ends from {@code pipe2(2)}, an epoll instance) and the kernel number behind a table entry</td></tr>
 *   <tr><td>{@code MultiprocessingModule}</td><td>{@code Lib/multiprocessing/spawn.py}'s command line of a child
 *       ({@code _pyheap_multiprocessing}: a new JVM running this interpreter, configured as this heap)</td></tr>
 *   <tr><td>{@code MmapModule}</td><td>{@code Modules/mmapmodule.c}'s mapping calls (mmap, munmap, msync, mremap over {@code FileChannel.map} and arenas; {@code mmap} is written in Python over it)</td></tr>
 *   <tr><td>{@code ObjgraphModule}</td><td>no CPython file: the counting loops of the third-party {@code objgraph.py} ({@code count}, {@code typestats},
 *       {@code by_type} over {@code gc.get_objects()}), as {@code _objgraph} under the library's {@code objgraph}</td></tr>
 *   <tr><td>{@code MarshalSupport}</td><td>{@code Python/marshal.c}'s {@code PyUnicode_CHECK_INTERNED} test and {@code TYPE_CODE} construction
 *       ({@code _pyheap_marshal}; {@code marshal} is written in Python over it)</td></tr>
 *   <tr><td>{@link dev.pyheap.interpreter.builtins.ModuleTable}</td><td>{@code Python/import.c}, the module table of {@code Modules/config.c}</td></tr>
 *   <tr><td>{@code LibraryCode}</td><td>the library's {@code __pycache__/*.pyc} files and {@code Tools/scripts/freeze_modules.py}
 *       (its code objects compiled at build time; {@code Lib/importlib/_bootstrap_external.py}'s check that one matches its source)</td></tr>
 *   <tr><td>{@code SysModule}</td><td>{@code Python/sysmodule.c}</td></tr>
 *   <tr><td>{@code TimeCalendar}</td><td>{@code Modules/timemodule.c}'s calendar functions ({@code struct_time}, {@code gmtime}, {@code localtime}, {@code mktime}, {@code strftime})</td></tr>
 *   <tr><td>{@code NamespaceType}</td><td>{@code Objects/namespaceobject.c} ({@code types.SimpleNamespace}, the type of {@code sys.implementation})</td></tr>
 *   <tr><td>{@code GcModuleFunctions}</td><td>{@code Modules/gcmodule.c}'s Python functions</td></tr>
 *   <tr><td>{@code MathModule}, {@code GammaErf}</td><td>{@code Modules/mathmodule.c} ({@code m_tgamma}, {@code m_lgamma}, {@code m_erf}, {@code m_erfc})</td></tr>
 *   <tr><td>{@code Libm}</td><td>the platform's {@code libm} that {@code Modules/mathmodule.c} calls ({@code atan2} through the native linker)</td></tr>
 *   <tr><td>{@code RandomModule}</td><td>{@code Modules/_randommodule.c}</td></tr>
 *   <tr><td>{@code ArrayModule}</td><td>{@code Modules/arraymodule.c} ({@code array.array} over a C buffer, its iterator, {@code _array_reconstructor})</td></tr>
 *   <tr><td>{@code LsprofModule}, {@code ProfilerType}</td><td>{@code Modules/_lsprof.c} ({@code _lsprof.Profiler}: {@code profiler_callback}, the entry and sub-entry tables, {@code getstats}; {@code profiler_entry}/{@code profiler_subentry})</td></tr>
 *   <tr><td>{@code CollectionsModule}, {@code DequeType}</td><td>{@code Modules/_collectionsmodule.c} ({@code deque}, its iterators, {@code _count_elements})</td></tr>
 *   <tr><td>{@code DefaultDictType}, {@code OrderedDictType} (with {@code OdictIterType}, {@code OdictViewType}), {@code DictSubtype}</td><td>{@code Modules/_collectionsmodule.c}'s {@code defaultdict}, {@code Objects/odictobject.c}; {@code DictSubtype} holds the slots both inherit from dict ({@code inherit_slots})</td></tr>
 *   <tr><td>{@code CtypesModule}</td><td>{@code Modules/_ctypes/_ctypes.c} ({@code CDataObject}: the {@code _CData} base and where an instance's memory is) and {@code cfield.c} (the getfunc/setfunc of each format code), as {@code _pyheap_ctypes} under the library's {@code _ctypes}/{@code ctypes}</td></tr>
 *   <tr><td>{@code CtypesForeign}</td><td>{@code Modules/_ctypes/callproc.c} (dlopen/dlsym, calls through the native linker, errno) and {@code callbacks.c} (callbacks as upcall stubs, the {@code CThunkObject})</td></tr>
 *   <tr><td>{@code CtypesPythonApi}</td><td>{@code ctypes.pythonapi}: the C API functions ({@code Objects/abstract.c}, {@code longobject.c}, {@code listobject.c}...) dispatched in Java</td></tr>
 *   <tr><td>{@code ThreadModule}</td><td>{@code Modules/_threadmodule.c} (threads, locks, sentinels, {@code _excepthook}, {@code _local})</td></tr>
 *   <tr><td>{@code ReModule}</td><td>{@code Modules/_sre/sre.c} (the engine module {@code _re}: {@code _sre.compile}'s part, the
 *       compiled regexes by handle, running one from a position, the successive matches after an empty one; the pattern is
 *       translated to java.util.regex by {@code re}'s parser, written in Python)</td></tr>
 *   <tr><td>{@code SrePatternType}</td><td>{@code Modules/_sre/sre.c}'s {@code PatternObject} ({@code re.Pattern}: match,
 *       fullmatch, search, findall, split, sub, subn, finditer, scanner; {@code pattern_subx}, {@code pattern_repr},
 *       {@code pattern_richcompare}, {@code pattern_hash}, {@code getstring}/{@code state_init}'s checks, {@code getslice})</td></tr>
 *   <tr><td>{@code SreMatchType}</td><td>{@code Modules/_sre/sre.c}'s {@code MatchObject} ({@code re.Match}: group, groups,
 *       groupdict, start, end, span, expand, regs, lastindex, lastgroup, {@code match_getindex}, {@code match_repr})</td></tr>
 *   <tr><td>{@code SreScannerType}</td><td>{@code Modules/_sre/sre.c}'s {@code ScannerObject} ({@code _sre.SRE_Scanner}: match
 *       and search taking up where the last match ended)</td></tr>
 *   <tr><td>{@code PosixModule}, {@code WorkingDirectory}</td><td>{@code Modules/posixmodule.c} (the process, the file system, file descriptors; {@code chdir}/{@code getcwd} over the interpreter's own working directory instead of the process's)</td></tr>
 *   <tr><td>{@code PosixSystem}, {@code PosixFileCalls}</td><td>{@code Modules/posixmodule.c}'s calls to the C library by name: the system and process ({@code uname}, {@code sysconf}, process groups, priorities, {@code getrandom}...) and the file system ({@code stat} with every field of {@code struct stat}, {@code statvfs}, {@code truncate}, {@code link}, {@code readlink}, {@code chown}, {@code mkfifo}, {@code mknod})</td></tr>
 *   <tr><td>{@code StandsForCModule}</td><td>no CPython file: {@code _pyheap_c} marks the library's Python functions that stand for C ones ({@code Modules/posixmodule.c}, {@code _datetimemodule.c}, {@code _heapqmodule.c}...) so their frames leave no traceback entry, as a C function's do</td></tr>
 *   <tr><td>{@code ResourceModule}</td><td>{@code Modules/resource.c} ({@code getrusage} from the kernel's {@code /proc} accounts, {@code getrlimit}, the constants)</td></tr>
 *   <tr><td>{@code PwdModule}</td><td>{@code Modules/pwdmodule.c} and {@code Modules/grpmodule.c} ({@code pwd} and {@code grp}: the user and group databases read from {@code /etc/passwd} and {@code /etc/group})</td></tr>
 *   <tr><td>{@code ImpModule}</td><td>{@code Python/import.c}'s {@code _imp} (is_builtin, extension_suffixes, and the library's files for {@code importlib.util})</td></tr>
 *   <tr><td>{@code UnicodedataModule}</td><td>{@code Modules/unicodedata.c} (Unicode 14.0's properties from a table written from CPython's module, names from the JDK; its Python part: the {@code UCD} type of {@code ucd_3_2_0}, 3.2.0's differences from the library's {@code _ucd_3_2_0})</td></tr>
 *   <tr><td>{@code PickleBufferType}</td><td>{@code Objects/picklebufobject.c} ({@code pickle.PickleBuffer}, in the module {@code _pyheap_pickle} that the library's pickle imports)</td></tr>
 *   <tr><td>{@code HeapqModule}</td><td>{@code Modules/_heapqmodule.c}: the heap walks on a list (heapq.py imports them; {@code merge}, {@code nsmallest} and {@code nlargest} stay Python, as CPython's)</td></tr>
 *   <tr><td>{@code JsonModule}</td><td>{@code Modules/_json.c}: the scanner ({@code make_scanner}, {@code scanstring}) and the encoder for {@code indent=None} ({@code make_encoder}, {@code encode_basestring(_ascii)}); json/*.py import them</td></tr>
 *   <tr><td>{@code StructModule}</td><td>{@code Modules/_struct.c}: {@code Struct}, its format cache, the packers of the native and standard tables, {@code iter_unpack}'s iterator (struct.py re-exports them)</td></tr>
 *   <tr><td>{@code CjkCodecsModule}</td><td>{@code Modules/cjkcodecs/} ({@code _codecs_jp}, {@code _codecs_cn}, {@code _codecs_kr}, {@code _codecs_tw}, {@code _codecs_hk} and {@code multibytecodec.c}'s loops) over tables recorded from CPython; lib/_multibytecodec.py holds the codec classes</td></tr>
 *   <tr><td>{@code ItertoolsModule}, {@code IterToolType}, {@code ItertoolsSharing}, {@code ItertoolsCombinatorics}</td><td>{@code Modules/itertoolsmodule.c}: every iterator type of 3.11's itertools (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile, filterfalse, groupby and _grouper, islice, starmap, tee and _tee_dataobject, zip_longest, product, permutations, combinations, combinations_with_replacement, pairwise) and {@code tee()}</td></tr>
 *   <tr><td>{@code FunctoolsModule}, {@code PartialType}, {@code LruCacheType}, {@code KeyWrapperType}</td><td>{@code Modules/_functoolsmodule.c}: {@code partial}, the {@code lru_cache} wrapper with its linked list, {@code cmp_to_key}'s keys and {@code reduce} (functools.py imports them)</td></tr>
 *   <tr><td>{@code OperatorModule}, {@code ItemGetterType}, {@code AttrGetterType}, {@code MethodCallerType}</td><td>{@code Modules/_operator.c}: the operator functions and the three getter types (operator.py imports them over its Python definitions)</td></tr>
 *   <tr><td>{@code HashlibModule}</td><td>{@code Modules/_hashopenssl.c}: OpenSSL's {@code libcrypto.so.3} itself through {@code java.lang.foreign} (the digests, SHAKE, PBKDF2, scrypt; {@code hashlib} is written in Python over it)</td></tr>
 *   <tr><td>{@code Blake2Module}</td><td>{@code Modules/_blake2}'s engine: BLAKE2b and BLAKE2s with keys, salts, personalization and tree parameters ({@code _pyheap_blake2}; {@code _blake2} is written in Python over it)</td></tr>
 *   <tr><td>{@code AstModule}</td><td>{@code Python/Python-ast.c} ({@code ast2obj_mod}, {@code obj2ast_mod}: the parser's tree as
 *       plain tuples for the library's {@code _ast}, and back), {@code compile()}'s tree paths of {@code Python/bltinmodule.c}</td></tr>
 *   <tr><td>{@link dev.pyheap.interpreter.builtins.SyntaxErrors}</td><td>{@code Parser/pegen_errors.c} ({@code _PyPegen_raise_error_known_location})</td></tr>
 * </table>
 */
package dev.pyheap.interpreter.builtins;
